"""`cascade audit` on the Lai Châu example: the content of every format, and safe output files."""

import datetime as dt
from collections import Counter
import json
import os
import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook

from cascade import audit
from test_cli import communes_ended_in_2025
from cascade.load import load_workspace
from cascade.paths import example_workspace

AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def report():
    return audit.build(load_workspace(example_workspace()), 2026, dt.date.fromisoformat(AS_OF), "en")


def status(report, unit):
    return next(u for u in report.units if u.unit == unit)


def test_every_unit_expected_to_plan_is_listed_with_its_status(report):
    assert report.summary["units"] == 54  # the province, 15 departments, 38 communes and wards
    assert {u.unit: u.status for u in report.units if u.status != "no-plan"} == {
        "lai-chau": "plan-not-available", "thanh-tra-tinh": "errors", "van-phong-ubnd-tinh": "errors", "xa-mu-ca": "errors"}
    assert status(report, "xa-mu-ca").counts == {"error": 1, "warning": 5, "info": 2}


def test_without_a_register_a_missing_remediation_plan_is_not_called_overdue(report):
    """KH 4745 asks every department and commune for a remediation plan by 15/6/2026; the
    workspace holds none, but nothing tells whether they were sent."""
    owed = [u for u in report.units if any(o["state"] == "not-in-workspace" for o in u.owed)]
    # every department and commune but Sở Nội vụ, which the row names as support (phối hợp)
    assert "so-noi-vu" not in {u.unit for u in owed}
    assert len(owed) == 52 and not [u for u in report.units if any(o["state"] == "overdue" for o in u.owed)]
    assert status(report, "xa-muong-te").owed == [{
        "source": "kh-4745-2026", "clause": "Biểu nhiệm vụ trọng tâm, dòng 1", "kinds": ["remediation-plan"],
        "due": "2026-06-14", "state": "not-in-workspace", "filed": []}]  # "trước ngày 15/6/2026"
    assert report.summary["plans_held"] == 3 and report.summary["register"] is False


def test_with_a_register_the_audit_says_who_filed_and_who_is_overdue(tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(example_workspace(), root)
    (root / "register.yaml").write_text(
        "received:\n  - {unit: xa-muong-te, kind: remediation-plan, received: 2026-06-10, number: 21/KH-UBND}\n",
        encoding="utf-8")
    states = {u.unit: {o["state"] for o in u.owed} for u in audit.build(load_workspace(root), 2026, dt.date.fromisoformat(AS_OF), "en").units}
    assert states["xa-muong-te"] == {"filed"} and states["xa-mu-ca"] == {"overdue"}


def test_before_the_deadline_it_is_only_due():
    early = audit.build(load_workspace(example_workspace()), 2026, dt.date(2026, 6, 12), "en")
    assert {o["state"] for u in early.units for o in u.owed} == {"due"}


def test_coverage_matrix(report):
    # its 80 % counts the province's own procedures, not QĐ 282's eligible ones; what remains are
    # figures "Chính phủ giao" that no available document gives
    assert report.matrix["van-phong-ubnd-tinh"]["thu-tuc-hanh-chinh"] == "unknown"
    assert report.matrix["thanh-tra-tinh"]["thu-tuc-hanh-chinh"] == "covered"  # its cut is of internal procedures
    assert report.matrix["xa-mu-ca"]["thu-tuc-hanh-chinh"] == "unknown"
    assert report.matrix["xa-mu-ca"]["the-che"] == "covered"
    assert set(report.matrix["xa-ta-tong"].values()) == {"no-plan"}


def test_unknown_has_its_own_share_and_shares_add_up(report):
    answers, shares = report.summary["answers"], report.summary["shares"]
    assert answers["unknown"] > 0 and "unknown" in shares
    assert sum(answers.values()) == report.summary["obligations"]
    assert sum(shares.values()) == pytest.approx(100, abs=0.5)


def test_reverse_coverage_of_an_assigned_task(report):
    row = next(r for r in report.reverse if r.document == "kh-4745-2026" and r.clause == "Biểu nhiệm vụ trọng tâm, dòng 5")
    assert len(row.answers) == 52  # the departments and communes it leads, but Sở Tư pháp, named as support
    assert {u: s for u, s in row.answers.items() if s != "no-plan"} == {
        "thanh-tra-tinh": "picked-up", "van-phong-ubnd-tinh": "picked-up", "xa-mu-ca": "picked-up"}


def test_reverse_coverage_of_a_national_target(report):
    row = next(r for r in report.reverse if r.document == "qd-282-2026" and r.clause.startswith("par-facts §2, dòng 6"))
    # the Office's 80 % counts the province's own procedures, another denominator: not an answer
    assert row.answers["van-phong-ubnd-tinh"] == "missed" and row.answers["thanh-tra-tinh"] == "missed"


def run_audit(run, *args):
    return run("audit", "--as-of", AS_OF, *args)


def test_text_report(run):
    code, out, err = run_audit(run, "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("PAR plan consistency report 2026 (as of 2026-11-21)\n")
    for title in ("== Summary", "== Plan status per unit", "== Coverage matrix",
                  "== Obligations from higher documents and who picked them up", "== Findings by unit"):
        assert title in out
    assert "Obligations by outcome: unknown" in out


def test_markdown_report_is_vietnamese_by_default(run):
    code, out, _ = run_audit(run, "--format", "markdown")
    assert out.startswith("# Báo cáo rà soát tính thống nhất kế hoạch CCHC năm 2026 (đến ngày 2026-11-21)")
    assert "## Ma trận bao phủ lĩnh vực" in out and "| UBND xã Mù Cả " in out


def test_json_report(run):
    code, out, _ = run_audit(run, "--format", "json")
    data = json.loads(out)
    assert data["schema_version"] == 1 and data["year"] == 2026 and data["as_of"] == AS_OF
    assert len(data["units"]) == 54 and data["coverage"]["xa-mu-ca"]["thu-tuc-hanh-chinh"] == "unknown"
    assert len(data["findings"]) == data["summary"]["findings"] == 31


def test_sarif_report(run):
    code, out, _ = run_audit(run, "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert len(run_["results"]) == 31
    for result in run_["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert result["partialFingerprints"]["cascadeFinding/v1"]


def test_xlsx_report_reads_back(run, tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    code, _, _ = run_audit(run, "--format", "xlsx", "--output", path, "--lang", "en")
    assert code == 0 and zipfile.is_zipfile(path)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Plan status", "Coverage", "Reverse coverage", "Findings", "Not checked"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert all(cell.font.bold for cell in sheet[1])
    plans = book["Plan status"]
    assert [c.value for c in plans[1]][:3] == ["Unit", "Level", "Status"]
    assert plans.max_row == 55
    rows = {r[0]: r for r in plans.iter_rows(min_row=2, values_only=True)}
    assert rows["UBND xã Mù Cả"][2] == "plan with errors" and rows["UBND xã Mù Cả"][4] == 1
    assert book["Findings"].max_row == 32
    coverage = {r[0]: r for r in book["Coverage"].iter_rows(min_row=2, values_only=True)}
    assert coverage["Văn phòng UBND tỉnh"][3] == "unknown" and coverage["Thanh tra tỉnh"][3] == "covered"


def test_xlsx_numbers_are_numbers_with_a_per_cent_format(run, tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    run_audit(run, "--format", "xlsx", "--output", path, "--lang", "en")
    summary = load_workbook(path)["Summary"]
    assert [c.value for c in summary[1]] == ["Item", "Count", "Share (%)"]
    data = json.loads(run_audit(run, "--format", "json")[1])["summary"]
    shares = {row[0].value: row for row in summary.iter_rows(min_row=2) if row[0].value.startswith("Obligations by outcome: ")}
    assert len(shares) == len(data["answers"])
    unknown = shares["Obligations by outcome: unknown"]
    assert unknown[1].value == data["answers"]["unknown"] and type(unknown[1].value) is int
    assert unknown[2].value == pytest.approx(data["shares"]["unknown"] / 100) and unknown[2].number_format == "0.0%"
    counts = {row[0]: row[1] for row in summary.iter_rows(min_row=2, values_only=True)}
    assert counts["Units expected to plan"] == 54 and counts["Findings"] == data["findings"]
    assert all(isinstance(n, int) for n in counts.values())


def test_xlsx_matrix_cells_are_filled_by_outcome_with_a_legend(run, tmp_path, report):
    path = tmp_path / "bao-cao.xlsx"
    run_audit(run, "--format", "xlsx", "--output", path, "--lang", "en")
    sheet = load_workbook(path)["Coverage"]
    colour = {"covered": "C8E6C9", "missing": "EF9A9A", "weaker": "FFCC80", "unknown": "B3C7E6", "no-plan": "EEEEEE"}
    rows = list(sheet.iter_rows(min_row=2, max_row=len(report.matrix) + 1))
    for row, (unit, cells) in zip(rows, report.matrix.items()):
        assert row[0].value == report.names[unit]
        assert [c.fill.fgColor.rgb[-6:] for c in row[1:]] == [colour[cells[a]] for a in report.areas]
    legend = {c.value: c.fill.fgColor.rgb[-6:] for c in sheet[sheet.max_row] if c.value}
    assert legend == {"covered": "C8E6C9", "missing": "EF9A9A", "weaker": "FFCC80", "unknown": "B3C7E6",
                      "— plan not in the workspace": "EEEEEE"}
    assert sheet.auto_filter.ref == f"A1:H{len(report.matrix) + 1}"  # the table, not its legend


def test_xlsx_prints_on_a4_landscape_with_the_header_on_every_page(run, tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    run_audit(run, "--format", "xlsx", "--output", path)
    for sheet in load_workbook(path).worksheets:
        setup = sheet.page_setup
        assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (9, "landscape", 1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.print_title_rows == "$1:$1"


def test_xlsx_needs_an_output_file(run):
    code, _, err = run_audit(run, "--format", "xlsx")
    assert code == 2 and "--output" in err


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.external = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.hrefs.append(attrs.get("href", ""))
        if tag in ("script", "link", "img", "iframe") or "src" in attrs:
            self.external.append(tag)


def test_html_report_is_self_contained_and_its_links_resolve(run, tmp_path):
    path = tmp_path / "bao-cao.html"
    assert run_audit(run, "--format", "html", "--output", path)[0] == 0
    page = path.read_text(encoding="utf-8")
    links = Links()
    links.feed(page)
    assert links.external == []
    assert all(h.startswith("#") and h[1:] in links.ids for h in links.hrefs)
    assert sum(h.startswith("#f-") for h in links.hrefs) >= 3  # matrix cells link to their findings
    assert "@page{size:A4" in page and 'class="cell weaker"' in page


class Charts(HTMLParser):
    """Each chart's bars: {bar key: (the number written beside it, {segment class: value})}."""

    def __init__(self):
        super().__init__()
        self.charts, self.chart, self.bar, self.in_value = {}, None, None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and attrs.get("class") == "chart":
            self.chart = self.charts.setdefault(attrs["id"].removeprefix("chart-"), {})
        elif tag == "g" and attrs.get("class") == "bar":
            self.bar = self.chart.setdefault(attrs["data-key"], [None, {}])
        elif tag == "rect" and "data-value" in attrs:
            self.bar[1][attrs["class"]] = int(attrs["data-value"])
        self.in_value = tag == "text" and attrs.get("class") == "value"

    def handle_data(self, data):
        if self.in_value:
            self.bar[0] = int(data)
            self.in_value = False


def test_html_summary_is_charts_whose_numbers_are_the_audits(run, tmp_path):
    path = tmp_path / "bao-cao.html"
    run_audit(run, "--format", "html", "--output", path, "--lang", "en")
    charts = Charts()
    charts.feed(path.read_text(encoding="utf-8"))
    data = json.loads(run_audit(run, "--format", "json")[1])
    assert set(charts.charts) == {"status", "answers", "areas"}
    status = Counter(u["status"] for u in data["units"])
    assert {k: n for k, (n, _) in charts.charts["status"].items()} == {s: status[s] for s in charts.charts["status"]}
    assert sum(n for n, _ in charts.charts["status"].values()) == data["summary"]["units"] == 54
    assert {k: n for k, (n, _) in charts.charts["answers"].items()} == data["summary"]["answers"]
    found = Counter((f["area"] or "", f["severity"]) for f in data["findings"] if not f.get("waived"))
    drawn = {(area, sev): n for area, (_, parts) in charts.charts["areas"].items() for sev, n in parts.items()}
    assert drawn == dict(found) and sum(drawn.values()) == data["summary"]["findings"] == 31
    assert all(total == sum(parts.values()) for total, parts in charts.charts["areas"].values())


def test_reverse_coverage_shows_the_task_and_its_deadline_apart(run):
    out = run_audit(run, "--format", "markdown", "--lang", "en")[1]
    table = out.split("## Obligations from higher documents", 1)[1].split("\n## ", 1)[0]
    header = [c.strip() for c in table.splitlines()[2].strip("|").split("|")]
    assert header[4:6] == ["Required", "Deadline"]
    row = next(line for line in table.splitlines() if "| Biểu nhiệm vụ, dòng 7 " in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[4].startswith("Công khai quy trình; kiểm tra công vụ") and cells[5] == "31/12/2026"
    target = next(line for line in table.splitlines() if "TTHC có nghĩa vụ tài chính được thanh toán trực tuyến" in line)
    assert "TTHC có nghĩa vụ tài chính được thanh toán trực tuyến: ≥ 80 %" in target


@pytest.mark.parametrize("lang, name", [("vi", "Ngoài bảy lĩnh vực"), ("en", "Outside the seven areas")])
def test_the_area_outside_the_seven_has_a_name(run, lang, name):
    out = run_audit(run, "--format", "markdown", "--lang", lang)[1]
    assert f"| {name} " in out and "| other " not in out


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"), reason="Chromium is installed by .ci/run")
def test_html_report_renders_in_a_real_browser(run, tmp_path):
    """Headless Chromium draws the page and prints it on A4; the screenshot was looked at by hand."""
    assert CHROMIUM, "CI must install Debian's chromium (see .ci/run)"
    page = tmp_path / "bao-cao.html"
    run_audit(run, "--format", "html", "--output", page)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars"]
    shot, pdf = tmp_path / "bao-cao.png", tmp_path / "bao-cao.pdf"
    subprocess.run([CHROMIUM, *flags, "--window-size=1400,1800", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    subprocess.run([CHROMIUM, *flags, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())
    assert pdf.read_bytes()[:5] == b"%PDF-" and len(pages) >= 2


def test_output_is_never_overwritten_without_force(run, tmp_path):
    path = tmp_path / "bao-cao.md"
    path.write_text("old", encoding="utf-8")
    code, _, err = run_audit(run, "--format", "markdown", "--output", path)
    assert code == 2 and "--force" in err and path.read_text(encoding="utf-8") == "old"
    assert run_audit(run, "--format", "markdown", "--output", path, "--force")[0] == 0
    assert path.read_text(encoding="utf-8").startswith("# Báo cáo")


def test_an_interrupted_write_leaves_no_half_file(tmp_path, monkeypatch):
    from cascade import output

    path = tmp_path / "bao-cao.json"
    path.write_text("previous report", encoding="utf-8")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output.write_atomically(path, "new report", force=True)
    assert path.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.json"]


def test_progress_is_silent_when_not_on_a_terminal(run):
    code, _, err = run_audit(run, "--format", "json")
    assert err == ""


def test_audit_of_2024_reads_the_2024_tree(run):
    code, out, _ = run("audit", "--period", "2024", "--as-of", "2024-12-31", "--format", "json")
    data = json.loads(out)
    kinds = Counter(u["kind"] for u in data["units"])
    # the province, its 19 departments of 2024 and 8 districts, and the communes of that year
    assert dict(kinds) == {"province": 1, "dept": 19, "district": 8, "commune": len(communes_ended_in_2025())}
    assert {u["unit"]: u["status"] for u in data["units"]}["lai-chau"] == "plan-not-available"


def test_progress_counts_on_a_terminal(monkeypatch, capsys):
    from cascade.cli import Progress

    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    progress = Progress("en", after=0)
    for i in range(1, 4):
        progress(i, 3)
    assert capsys.readouterr().err == "\rauditing 1/3 units\rauditing 2/3 units\rauditing 3/3 units\n"
