"""`cascade serve`'s pages through Starlette's test client: the planner's upload and answer, the
issuer choice, bad uploads (each a clear page and status code, and the server keeps serving),
cross-site forms, the auditor's and the explain pages."""

from __future__ import annotations

import base64
import io
import json
import re
import tempfile
import time
import zipfile
from html import unescape
from pathlib import Path

import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

import restyle
from cascade.paths import example_workspace
from cascade.web import app as web_app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "lai-chau" / "seeds" / "003_18adec97334e5832.txt"


@pytest.fixture(scope="module")
def client():
    with TestClient(web_app.create_app(example_workspace()), raise_server_exceptions=False) as c:
        yield c


def token(client, lang: str = "vi") -> str:
    page = client.get(f"/?lang={lang}")
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def upload(client, name: str, content: bytes, lang: str = "vi", **fields):
    return client.post("/check", data={"csrf": token(client), "lang": lang, **fields}, files={"file": (name, content)})


def seed_docx(folder: Path) -> bytes:
    blocks = restyle.restyle(SEED.read_text(encoding="utf-8"), "as-seed", restyle.facts_of(SEED))
    return restyle.write(blocks, folder / "ke-hoach-mu-ca.docx").read_bytes()


def paragraph_of(page: str, rule: str) -> str:
    """The plan paragraph (its own text) under which a finding of `rule` is shown."""
    for block in re.findall(r'<div class="para flagged[^"]*" id="p-\d+">(.*?)(?=<div class="para|</div>\s*</section>)', page, re.S):
        if f"<code>{rule}</code>" in block:
            return unescape(re.sub(r"<[^>]+>", " ", block.split('<div class="finding', 1)[0]))
    raise AssertionError(f"{rule} is not shown at any paragraph")


def error_code(page: str) -> str:
    return re.search(r'data-code="([^"]+)"', page).group(1)


def test_the_planner_page_is_vietnamese_with_a_switch_to_english(client):
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="vi">' in page.text
    assert "Kiểm tra dự thảo kế hoạch CCHC" in page.text and 'type="file" name="file"' in page.text
    assert "?lang=en" in page.text
    english = client.get("/?lang=en")
    assert '<html lang="en">' in english.text and "Check a draft PAR plan" in english.text
    # everything it loads comes from itself
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', page.text)
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/style.css").status_code == 200


def test_a_seed_plan_as_docx_gets_its_findings_at_its_paragraphs(client, tmp_path):
    page = upload(client, "Kế hoạch Mù Cả.docx", seed_docx(tmp_path))
    assert page.status_code == 200, page.text[:500]
    assert "8 phát hiện: 1 lỗi, 5 cảnh báo, 2 thông tin" in page.text
    assert "Mù Cỏ" in paragraph_of(page.text, "NAM-001")
    assert "2025" in paragraph_of(page.text, "YRS-001")
    assert "phụ lục" in paragraph_of(page.text, "STR-003").lower()
    assert "theo mục tiêu tỉnh giao" in paragraph_of(page.text, "TGT-003")
    # the draft's missing number and date are about the whole document
    whole = page.text.split('id="whole"', 1)[1].split('<div class="plan">', 1)[0]
    assert "DOC-001" in whole and "DOC-002" in whole
    assert "Những gì chưa kiểm tra được" in page.text and "UBND xã Mù Cả" in page.text
    # the higher document a finding comes from, and its fix
    assert "Cách sửa:" in page.text


def test_the_answer_downloads_as_json_and_xlsx(client, tmp_path):
    page = upload(client, "du-thao.docx", seed_docx(tmp_path))
    uri = re.search(r'href="data:application/json;charset=utf-8;base64,([^"]+)" class="button" id="download-json"', page.text).group(1)
    report = json.loads(base64.b64decode(uri))
    assert report["summary"]["findings"] == 8
    assert {f["location"]["file"] for f in report["findings"]} == {"du-thao.docx"}  # never the temporary path
    xlsx = re.search(r'href="data:[^;]+;base64,([^"]+)" class="button" id="download-xlsx"', page.text).group(1)
    book = load_workbook(io.BytesIO(base64.b64decode(xlsx)))
    rows = list(book["Phát hiện"].values)
    assert len(rows) == 9 and "NAM-001" in {r[2] for r in rows}
    html = re.search(r'href="data:text/html;charset=utf-8;base64,([^"]+)" class="button" id="download-html"', page.text).group(1)
    html = base64.b64decode(html).decode()
    assert "8 phát hiện" in html and "UBND xã Mù Cỏ" in html and "<script" not in html and "<link" not in html


def test_a_finding_leads_to_where_its_requirement_comes_from(client, tmp_path):
    page = upload(client, "du-thao.docx", seed_docx(tmp_path))
    links = set(re.findall(r'href="(/explain/[^"]+)"', page.text))
    assert "/explain/xa-mu-ca?year=2026&amp;lang=vi#area-thu-tuc-hanh-chinh" in links
    explained = client.get("/explain/xa-mu-ca?year=2026&lang=vi").text
    for link in links:  # every area a finding points at has its heading there
        if "#area-" in link:
            assert f'id="area-{link.split("#area-")[1]}"' in explained


def test_a_text_plan_in_english(client):
    page = upload(client, "plan.txt", SEED.read_bytes(), lang="en")
    assert page.status_code == 200 and '<html lang="en">' in page.text
    assert "8 findings: 1 error, 5 warnings, 2 info" in page.text
    assert "Mù Cỏ" in paragraph_of(page.text, "NAM-001")


def test_html_in_a_plan_shows_as_text(client):
    evil = SEED.read_text(encoding="utf-8").replace(
        "**II. MỤC TIÊU**", "Ghi chú &lt;script&gt;alert('x')&lt;/script&gt; <img src=x onerror=alert(1)>\n\n**II. MỤC TIÊU**")
    page = upload(client, "<img src=y onerror=alert(2)>.md", evil.encode())
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page.text
    assert "<img src=y" not in page.text and "&lt;img src=y onerror=alert(2)&gt;.md" in page.text


def docx_bytes(parts: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


BAD = {
    "empty": ("ke-hoach.docx", b"", 400, "empty", "Tệp trống"),
    "renamed PDF": ("ke-hoach.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", 415, "pdf", "tệp PDF"),
    ".doc": ("ke-hoach.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, 415, "doc", "Word cũ (.doc)"),
    "damaged .docx": ("ke-hoach.docx", b"PK\x03\x04" + b"\x00" * 200, 422, "damaged", "bị hỏng"),
    "a .docx whose document is not XML": ("ke-hoach.docx", docx_bytes({"[Content_Types].xml": b"<", "word/document.xml": b"not xml"}),
                                          422, "damaged", "bị hỏng"),
    "a zip that is not Word": ("ke-hoach.docx", docx_bytes({"a.txt": b"hello"}), 415, "not-word", "không phải văn bản Word"),
    "zip bomb": ("ke-hoach.docx", docx_bytes({"word/document.xml": b"\x00" * (60 * 1024 * 1024)}), 422, "zip-bomb", "giải nén"),
    "binary": ("ke-hoach.txt", bytes(range(256)) * 4, 415, "not-text", "UTF-8"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_upload_gets_a_clear_page_and_the_server_keeps_serving(client, case):
    name, content, status, code, words = BAD[case]
    page = upload(client, name, content)
    assert page.status_code == status and error_code(page.text) == code
    assert words in page.text and "Traceback" not in page.text and "Quay lại trang kiểm tra" in page.text
    assert client.get("/").status_code == 200


def test_an_oversized_upload_is_refused_before_it_is_read(client):
    page = upload(client, "ke-hoach.txt", b"a" * (41 * 1024 * 1024))
    assert page.status_code == 413 and error_code(page.text) == "too-large"
    page = upload(client, "ke-hoach.txt", "Kế hoạch ".encode() * (upload_limit() // 10 + 1))
    assert page.status_code == 413 and "20 MB" in page.text
    assert client.get("/").status_code == 200


def upload_limit() -> int:
    return web_app.upload.MAX_BYTES


def test_no_file(client):
    page = client.post("/check", data={"csrf": token(client)})
    assert page.status_code == 400 and error_code(page.text) == "no-file"


def test_a_form_from_another_site_is_refused(client):
    good = token(client)
    page = client.post("/check", data={"csrf": "forged"}, files={"file": ("a.txt", SEED.read_bytes())})
    assert page.status_code == 403 and error_code(page.text) == "csrf"
    page = client.post("/check", data={"csrf": good}, files={"file": ("a.txt", SEED.read_bytes())},
                       headers={"Origin": "https://evil.example"})
    assert page.status_code == 403
    assert client.cookies.get(web_app.CSRF_COOKIE) == good  # the cookie is the browser's own, not the form's


def test_uploads_live_only_in_a_temporary_folder_removed_after_the_answer(client, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    page = upload(client, "../../../etc/passwd.txt", SEED.read_bytes())
    assert page.status_code == 200 and "Kết quả kiểm tra: passwd.txt" in page.text
    assert list(scratch.iterdir()) == []


def test_an_ambiguous_issuer_offers_the_candidates_and_rechecks_with_the_one_chosen(client):
    text = ("UBND XÃ TÂN THÀNH\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nUBND xã Tân Thành xây dựng Kế hoạch "
            "cải cách hành chính năm 2026 như sau:\n\nI. MỤC TIÊU\n\n1. Cải cách thể chế\n\n- 100% văn bản được rà soát.\n")
    page = upload(client, "tan-thanh.txt", text.encode())
    assert page.status_code == 409 and "là tên của nhiều đơn vị" in page.text
    assert "lam-dong.xa-tan-thanh" in page.text and "UBND tỉnh Lâm Đồng" in page.text
    kept = re.search(r'name="kept" value="([^"]+)"', page.text).group(1)
    assert page.text.count(kept) <= 3  # the page keeps the file in its forms, not once per candidate
    answer = client.post("/check", data={"csrf": token(client), "kept": kept, "name": "tan-thanh.txt",
                                         "issuer": "lam-dong.xa-tan-thanh"})
    assert answer.status_code == 200 and "UBND xã Tân Thành" in answer.text and "Kết quả kiểm tra" in answer.text


def test_an_unrecognised_issuer_offers_a_unit_search(client):
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\n\nMột đơn vị xây dựng Kế hoạch cải cách hành chính năm 2026:\n\n"
            "I. MỤC TIÊU\n\n- 100% văn bản được rà soát.\n")
    page = upload(client, "khong-ro.txt", text.encode())
    assert page.status_code == 409 and "không nhận ra đơn vị ban hành" in page.text
    kept = re.search(r'name="kept" value="([^"]+)"', page.text).group(1)
    found = client.post("/check", data={"csrf": token(client), "kept": kept, "name": "khong-ro.txt", "q": "Mù Cả"})
    assert found.status_code == 200 and "xa-mu-ca" in found.text
    answer = client.post("/check", data={"csrf": token(client), "kept": kept, "name": "khong-ro.txt", "issuer": "xa-mu-ca"})
    assert answer.status_code == 200 and "UBND xã Mù Cả" in answer.text


def test_a_check_that_takes_too_long_is_stopped(client, monkeypatch):
    monkeypatch.setattr(web_app, "TIME_LIMIT", 0.2)
    monkeypatch.setattr(web_app, "_check_upload", lambda *a: time.sleep(1.5))
    page = upload(client, "plan.txt", SEED.read_bytes())
    assert page.status_code == 503 and error_code(page.text) == "timeout"


def test_a_bug_is_a_page_not_a_traceback(client, monkeypatch):
    def broken(*args):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(web_app, "_check_upload", broken)
    page = upload(client, "plan.txt", SEED.read_bytes())
    assert page.status_code == 500 and error_code(page.text) == "internal"
    assert "secret internals" not in page.text and "Traceback" not in page.text


def test_unknown_pages_and_methods(client):
    assert client.get("/nowhere").status_code == 404
    assert "Không có trang này" in client.get("/nowhere").text
    assert client.delete("/check").status_code == 405
    assert client.get("/static/../../pyproject.toml").status_code == 404
    assert client.get("/check", follow_redirects=False).status_code == 303


def test_the_workspace_is_read_again_when_a_file_changes(tmp_path):
    import shutil

    root = tmp_path / "ws"
    shutil.copytree(example_workspace(), root)
    workspaces = web_app.Workspaces(root)
    first, signature = workspaces.get()
    assert workspaces.get()[1] == signature
    plan = next((root / "documents").glob("*.yaml"))
    plan.write_text(plan.read_text(encoding="utf-8").replace("\n", "\n\n", 1), encoding="utf-8")
    second, changed = workspaces.get()
    assert changed != signature and second.documents.keys() == first.documents.keys()
    second.documents["extra"] = None
    assert "extra" not in workspaces.get()[0].documents  # each request has its own list of documents


def test_the_auditor_page(client):
    page = client.get("/audit?year=2026")
    assert page.status_code == 200 and "Báo cáo rà soát tính thống nhất kế hoạch CCHC năm 2026" in page.text
    assert page.text.count("<svg") == 3
    assert "54 / 54 đơn vị" in page.text
    # problems first: the first rows of the matrix are units with a missing, weaker or unknown cell
    first_row = page.text.split('class="matrix"', 1)[1].split("<tbody>", 1)[1].split("</tr>", 1)[0]
    assert re.search(r'class="cell (missing|weaker|unknown)"', first_row)


def test_the_matrix_filters_by_unit_and_area(client):
    one = client.get("/audit", params={"year": "2026", "unit": "Mù Cả"})
    assert "1 / 54 đơn vị" in one.text and "UBND xã Mù Cả" in one.text.split('class="matrix"', 1)[1]
    findings = one.text.split('id="findings"', 1)[1]
    assert "UBND xã Mù Cả" in findings and "Thanh tra tỉnh" not in findings  # the findings follow the unit filter
    weak = client.get("/audit", params={"year": "2026", "area": "thu-tuc-hanh-chinh", "problems": "1"})
    rows = weak.text.split('class="matrix"', 1)[1].split("</table>", 1)[0]
    assert "Văn phòng UBND tỉnh" in rows and "Mù Cả" in rows and "xã Tà Tổng" not in rows


def test_a_long_matrix_is_cut_with_a_note(client, monkeypatch):
    monkeypatch.setattr(web_app, "MATRIX_ROWS", 5)
    page = client.get("/audit?year=2026&lang=en")
    assert page.text.split('class="matrix"', 1)[1].split("</table>", 1)[0].count("<tr>") == 6  # header and 5 units
    assert "Only the first 5 units are shown" in page.text


def test_the_audit_downloads(client):
    data = client.get("/audit/download/json?year=2026").json()
    assert data["year"] == 2026 and data["summary"]["units"] == 54
    assert data["summary"]["documents"] == 4  # the plans uploaded before were never added to the workspace
    xlsx = client.get("/audit/download/xlsx?year=2026")
    assert "attachment" in xlsx.headers["content-disposition"]
    assert len(load_workbook(io.BytesIO(xlsx.content)).sheetnames) == 6
    assert client.get("/audit/download/exe").status_code == 404


def test_the_explain_page(client):
    page = client.get("/explain/xa-mu-ca?year=2026")
    assert page.status_code == 200 and "Nghĩa vụ của UBND xã Mù Cả năm 2026" in page.text
    assert "4745/KH-UBND, Biểu nhiệm vụ trọng tâm, dòng 1" in page.text  # documents by number, as planners cite them
    assert "so với 2024" in page.text and "Mục tiêu trong kế hoạch của UBND tỉnh giao cho các sở" in page.text
    assert not any(word in page.text for word in ("kh-4745-2026", "par-facts", "CAS-00", " vs "))
    assert client.get("/explain/nobody").status_code == 404


def test_serve_binds_to_loopback_unless_told(run, monkeypatch):
    from cascade import web

    started = []
    monkeypatch.setattr(web, "serve", lambda root, host, port: started.append((root, host, port)))
    code, _, err = run("serve", "--port", "0")
    assert code == 0 and started == [(example_workspace(), "127.0.0.1", 0)]
    assert "http://127.0.0.1:0/" in err
    code, _, err = run("serve", "--host", "0.0.0.0", "--port", "0", "--lang", "en")
    assert started[-1][1] == "0.0.0.0" and "other machines" in err


def test_the_server_collects_its_garbage_though_commands_pause_the_collector(run, monkeypatch):
    """Every command pauses the collector (gcpause.py); a server lives long, so it runs it."""
    import gc

    from cascade import web

    seen = []
    monkeypatch.setattr(web, "serve", lambda root, host, port: seen.append(gc.isenabled()))
    gc.disable()
    try:
        assert run("serve", "--port", "0")[0] == 0 and seen == [True]
        assert not gc.isenabled()  # paused again once the server stops, as the run had it
    finally:
        gc.enable()


def test_serve_on_a_busy_port_is_one_clear_line(run):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        code, _, err = run("serve", "--port", busy.getsockname()[1])
    assert code == 2 and "--port" in err and "Traceback" not in err


def test_on_loopback_only_the_machines_own_names_are_served():
    from cascade import web

    web.CONFIG.update(root=example_workspace(), host="127.0.0.1")
    with TestClient(web_app.from_config(), base_url="http://127.0.0.1:8000") as local:
        assert local.get("/").status_code == 200
        assert local.get("/", headers={"Host": "localhost:8000"}).status_code == 200
        assert local.get("/", headers={"Host": "attacker.example"}).status_code == 400
    web.CONFIG.clear()


def test_an_answer_is_not_cached(client):
    page = upload(client, "plan.txt", SEED.read_bytes())
    assert page.headers["cache-control"] == "no-store"
