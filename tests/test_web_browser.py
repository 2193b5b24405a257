"""`cascade serve` in a real browser: Playwright driving Debian's Chromium (installed by
.ci/run; no browser is ever downloaded). A planner uploads a seed plan as .docx, sees its
findings at the right paragraphs, switches to English and downloads the results; an auditor
filters the matrix. Screenshots are saved in the test's temporary folder."""

from __future__ import annotations

import io
import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

import restyle
from cascade.paths import example_workspace
from cascade.web.app import create_app

CHROMIUM = "/usr/bin/chromium"
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "lai-chau" / "seeds" / "003_18adec97334e5832.txt"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed here (.ci/run installs it: apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(example_workspace()), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "CI must install Debian's chromium (see .ci/run)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def seed_docx(tmp_path) -> Path:
    blocks = restyle.restyle(SEED.read_text(encoding="utf-8"), "as-seed", restyle.facts_of(SEED))
    return restyle.write(blocks, tmp_path / "Kế hoạch CCHC xã Mù Cả 2026.docx")


def flagged_text(page, rule: str) -> str:
    """The plan's own text of the paragraph a finding of `rule` is shown at."""
    para = page.locator(".para.flagged", has=page.locator(f"code:text-is('{rule}')")).first
    return para.locator("p.text, .row").first.inner_text()


def test_a_planner_uploads_a_word_plan_and_reads_the_answer(server, browser, seed_docx, tmp_path):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Kiểm tra dự thảo kế hoạch CCHC"
    page.screenshot(path=tmp_path / "1-upload.png", full_page=True)

    page.set_input_files("input[type=file]", str(seed_docx))
    page.click("button.primary")
    page.wait_for_selector("#counts")
    assert page.locator("#counts").inner_text().strip() == "8 phát hiện: 1 lỗi, 5 cảnh báo, 2 thông tin"
    assert "Mù Cỏ" in flagged_text(page, "NAM-001")
    assert "2025" in flagged_text(page, "YRS-001")
    assert "theo mục tiêu tỉnh giao" in flagged_text(page, "TGT-003")
    assert page.locator("#whole code", has_text="DOC-001").count() == 1
    page.screenshot(path=tmp_path / "2-result-vi.png", full_page=False)
    page.locator(".para.flagged").first.scroll_into_view_if_needed()
    page.screenshot(path=tmp_path / "3-result-finding.png")

    # a finding in the list leads to its paragraph
    page.locator("#findings-list a", has_text="Mù Cỏ").click()
    assert page.evaluate("location.hash").startswith("#p-")

    page.locator("form.lang button").click()  # English
    page.wait_for_selector("html[lang=en]")
    assert page.locator("#counts").inner_text().strip() == "8 findings: 1 error, 5 warnings, 2 info"
    assert "Mù Cỏ" in flagged_text(page, "NAM-001")
    page.screenshot(path=tmp_path / "4-result-en.png", full_page=True)

    with page.expect_download() as info:
        page.click("#download-json")
    report = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert report["summary"]["findings"] == 8 and info.value.suggested_filename.endswith(".json")
    assert "Mù Cỏ" in next(f["actual"] for f in report["findings"] if f["rule"] == "NAM-001")

    with page.expect_download() as info:
        page.click("#download-xlsx")
    book = load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
    assert {r[2] for r in list(book["Findings"].values)[1:]} >= {"NAM-001", "YRS-001", "DOC-001"}
    context.close()


def test_the_upload_works_with_javascript_off(server, browser, seed_docx):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/?lang=en")
    page.set_input_files("input[type=file]", str(seed_docx))
    page.click("button.primary")
    page.wait_for_selector("#counts")
    assert page.locator("#counts").inner_text().strip().startswith("8 findings")
    context.close()


def test_a_bad_upload_is_a_clear_page(server, browser, tmp_path):
    fake = tmp_path / "ke-hoach.docx"
    fake.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    page = browser.new_page()
    page.goto(server + "/")
    page.set_input_files("input[type=file]", str(fake))
    page.click("button.primary")
    page.wait_for_selector(".error-page")
    assert "tệp PDF" in page.locator(".error-page .message").inner_text()
    page.screenshot(path=tmp_path / "5-error.png")
    page.close()


def test_an_auditor_filters_the_matrix(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server + "/audit?year=2026")
    assert page.locator("svg").count() == 3
    assert page.locator("#matrix-count").inner_text() == "54 / 54 đơn vị"
    page.screenshot(path=tmp_path / "6-audit.png")
    page.fill("input[name=unit]", "Mù Cả")
    page.click("form.filter button")
    page.wait_for_url("**unit=*")
    assert page.locator("#matrix-count").inner_text() == "1 / 54 đơn vị"
    assert page.locator("table.matrix tbody tr").count() == 1
    page.screenshot(path=tmp_path / "7-audit-filtered.png", full_page=False)
    page.locator("table.matrix td.unit a").click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text().startswith("Nghĩa vụ của UBND xã Mù Cả")
    page.close()


def test_a_planner_chooses_the_issuer_when_the_name_is_ambiguous(server, browser, tmp_path):
    plan = tmp_path / "ke-hoach-tan-thanh.txt"
    plan.write_text("UBND XÃ TÂN THÀNH\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nUBND xã Tân Thành xây dựng Kế hoạch "
                    "cải cách hành chính năm 2026 như sau:\n\nI. MỤC TIÊU\n\n1. Cải cách thể chế\n\n- 100% văn bản được rà soát.\n",
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.set_input_files("input[type=file]", str(plan))
    page.click("button.primary")
    page.wait_for_selector("form.choose")
    page.screenshot(path=tmp_path / "8-choose.png")
    page.check("input[value='lam-dong.xa-tan-thanh']")
    page.click("form.choose button")
    page.wait_for_selector("#counts")
    assert "UBND xã Tân Thành" in page.locator("dl.facts").inner_text()
    page.close()


def test_a_plan_dropped_on_the_field_is_checked(server, browser, seed_docx):
    """Drag and drop, where JavaScript is on: the file dropped is uploaded at once."""
    import base64

    page = browser.new_page()
    page.goto(server + "/")
    data = base64.b64encode(seed_docx.read_bytes()).decode()
    transfer = page.evaluate_handle("""(data) => {
        const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], "ke-hoach.docx"));
        return dt;
    }""", data)
    page.dispatch_event("#drop", "dragover", {"dataTransfer": transfer})
    assert "over" in page.get_attribute("#drop", "class")
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})
    page.wait_for_selector("#counts")
    assert page.locator("#counts").inner_text().strip().startswith("8 phát hiện")
    page.close()
