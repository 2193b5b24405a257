"""`cascade import` and `cascade check` on Word and text files."""

import json
import sys
from pathlib import Path

import docx
import pytest
import yaml

from cascade.importer import import_file
from cascade.load import load_workspace
from cascade.workspace import example_workspace
from cascade.models import Document

SEEDS = example_workspace() / "seeds"


def make_docx(path: Path, issuer_sentence: str = "UBND xã Mù Cả xây dựng Kế hoạch cải cách hành chính năm 2026 như sau:") -> Path:
    """A small plan as a planner writes it in Word: header, citation, headings, a bulleted and a
    numbered list, and a task table."""
    d = docx.Document()
    d.add_paragraph("Số: 15/KH-UBND")
    d.add_paragraph("Mù Cả, ngày 10 tháng 01 năm 2026")
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2026")
    d.add_paragraph("Căn cứ Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh Lai Châu về cải cách hành chính năm 2026; "
                    + issuer_sentence)
    d.add_paragraph("I. MỤC TIÊU")
    d.add_paragraph("1. Cải cách thủ tục hành chính")
    d.add_paragraph("Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.", style="List Bullet")
    d.add_paragraph("Trên 95% văn bản điện tử được ký số.", style="List Bullet")
    d.add_paragraph("2. Xây dựng và phát triển chính quyền điện tử, chính quyền số")
    d.add_paragraph("Đạt cấp độ 3 về mức độ trưởng thành trong quản trị dữ liệu.", style="List Bullet")
    d.add_paragraph("II. NHIỆM VỤ VÀ GIẢI PHÁP")
    d.add_paragraph("Đẩy mạnh tuyên truyền cải cách hành chính trên địa bàn xã bằng nhiều hình thức phù hợp.", style="List Number")
    d.add_paragraph("Rà soát, công bố công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công.", style="List Number")
    d.add_paragraph("BIỂU NHIỆM VỤ")
    table = d.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]):
        cell.text = text
    for row in (["1", "Kiểm tra công tác cải cách hành chính các phòng", "Văn phòng HĐND và UBND",
                 "Phòng Văn hóa - Xã hội, Phòng Kinh tế", "Quý III/2026"],
                ["2", "Số hóa hồ sơ thủ tục hành chính", "Trung tâm Phục vụ hành chính công", "", "Thường xuyên"]):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.save(path)
    return path


@pytest.fixture(scope="module")
def ws():
    return load_workspace(example_workspace())


def test_word_plan_is_imported(tmp_path, ws):
    doc = import_file(make_docx(tmp_path / "ke-hoach.docx"), ws).document
    assert (doc.issuer, doc.issuer_as_written, doc.number, doc.date) == ("xa-mu-ca", "UBND xã Mù Cả", "15/KH-UBND", "2026-01-10")
    assert (doc.title, doc.period.start, doc.period.end, doc.kind) == ("Cải cách hành chính năm 2026", 2026, 2026, "plan")
    assert [(c.number, c.date, c.document) for c in doc.cites] == [("8328/KH-UBND", "2025-12-23", "kh-8328-2025")]
    tthc = doc.areas["thu-tuc-hanh-chinh"].targets
    assert [(t.indicator, t.comparator, t.value, t.unit) for t in tthc] == [
        ("online-dossiers", ">=", 60, "percent"), ("signed-electronic-documents", ">", 95, "percent")]
    level = doc.areas["chinh-quyen-so"].targets[0]
    assert (level.indicator, level.comparator, level.value, level.unit) == ("data-governance-maturity", ">=", 3, "level")
    assert [h.area for h in doc.headings if h.level == 2] == ["thu-tuc-hanh-chinh", "chinh-quyen-so"]


def test_word_numbered_lists_and_tables_become_tasks(tmp_path, ws):
    doc = import_file(make_docx(tmp_path / "ke-hoach.docx"), ws).document
    tasks = {t.clause: t for c in doc.areas.values() for t in c.tasks}
    assert {"II.1", "II.2"} <= set(tasks)
    row = tasks["Biểu nhiệm vụ, dòng 1"]
    assert (row.lead, row.support, row.deadline) == (["Văn phòng HĐND và UBND"], ["Phòng Văn hóa - Xã hội", "Phòng Kinh tế"], "2026-Q3")
    assert tasks["Biểu nhiệm vụ, dòng 2"].recurrence == "regular"


def test_import_writes_yaml_that_loads_and_never_overwrites(tmp_path, run):
    source, out = make_docx(tmp_path / "ke-hoach.docx"), tmp_path / "ke-hoach.yaml"
    code, _, _ = run("import", source, "-o", out)
    assert code == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert Document.model_validate(data).issuer == "xa-mu-ca"
    assert out.read_text(encoding="utf-8").startswith("# Imported by `cascade import` from ke-hoach.docx")
    code, _, err = run("import", source, "-o", out, "--lang", "en")
    assert code == 2 and "--force" in err
    assert run("import", source, "-o", out, "--force")[0] == 0


def test_every_unclassified_passage_is_reported_with_its_place(tmp_path, run):
    code, out, err = run("import", SEEDS / "003_18adec97334e5832.txt", "--lang", "en")
    lines = err.splitlines()
    assert code == 0 and lines
    assert all(": line " in line and ": not classified: " in line for line in lines)
    assert any("Nơi nhận" in line for line in lines)
    assert f"# {len(lines)} passages were not classified" in out and len(lines) > 1


def test_check_a_word_file_in_one_step(tmp_path, run):
    source = make_docx(tmp_path / "ke-hoach.docx")
    code, out, _ = run("check", source, "--format", "json")
    data = json.loads(out)
    # This small plan has no closing and no signature: it may be cut short, so the four areas it
    # lacks are not reported missing, and the report says what it did not conclude.
    assert "COV-001" not in {f["rule"] for f in data["findings"]}
    assert [n["reason"] for n in data["summary"]["not_checked"]][:1] == ["incomplete"]


def test_check_a_seed_text_finds_the_wrong_commune_name(run):
    code, out, _ = run("check", SEEDS / "003_18adec97334e5832.txt", "--format", "json")
    assert ("NAM-001", "UBND xã Mù Cỏ") in {(f["rule"], f["actual"]) for f in json.loads(out)["findings"]}


def test_findings_on_a_seed_text_point_at_its_lines(run):
    seed = SEEDS / "003_18adec97334e5832.txt"
    lines = seed.read_text(encoding="utf-8").splitlines()
    code, out, _ = run("check", seed, "--format", "json")
    at = {f["rule"]: f["location"] for f in json.loads(out)["findings"]}
    assert at["NAM-001"]["file"].endswith(seed.name)
    assert "Mù Cỏ" in lines[at["NAM-001"]["line"] - 1]
    assert "(Có phụ lục kèm theo)" in lines[at["STR-003"]["line"] - 1]


def test_items_of_a_word_file_know_their_paragraph_or_table_row(tmp_path, ws):
    """In Word, "line" counts paragraphs and table rows from the top: 15 paragraphs, then the table."""
    document = import_file(make_docx(tmp_path / "ke-hoach.docx"), ws).document
    loc = {item.text[:20]: item.loc.line for c in document.areas.values() for item in (*c.targets, *c.tasks)}
    assert loc["Trên 95% văn bản điệ"] == 9
    assert loc["Số hóa hồ sơ thủ tục"] == 18  # header row 16, first row 17


def test_unknown_issuer_asks_for_issuer(tmp_path, run):
    source = make_docx(tmp_path / "ke-hoach.docx", "Ban Quản lý dự án X xây dựng Kế hoạch như sau:")
    code, _, err = run("import", source, "--lang", "en")
    assert code == 2 and "--issuer" in err
    code, out, _ = run("import", source, "--issuer", "xa-ta-tong")
    assert code == 0 and "issuer: xa-ta-tong" in out


@pytest.mark.parametrize("name, content, message", [
    ("rong.docx", b"", "the file has nothing to import"),
    ("hong.docx", b"PK\x03\x04 not really a zip", "the Word file is damaged or not a .docx"),
    ("mat-khau.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "the Word file is password-protected or encrypted"),
    ("cu.doc", b"\xd0\xcf\x11\xe0", "cannot import files of type '.doc'"),
    ("latin1.txt", "Kế hoạch".encode("cp1258", errors="ignore") + b"\xff\xfe", "the text file is not UTF-8"),
])
def test_bad_files_get_a_clear_error(tmp_path, run, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run("import", path, "--lang", "en")
    assert code == 2 and message in err and "Traceback" not in err
    assert err.splitlines()[0].startswith(f"{path}:1:1: ")


@pytest.mark.parametrize("command", ["import", "check"])
def test_a_missing_file_gets_a_clear_error(tmp_path, run, command):
    code, _, err = run(command, tmp_path / "khong-co.docx", "--lang", "en")
    assert code == 2 and "Traceback" not in err
    assert err.splitlines()[0] == f"{tmp_path / 'khong-co.docx'}:1:1: there is no such file — the path of an existing .docx, .md or .txt file"


def test_every_reason_the_reader_refuses_a_file_has_its_message():
    """Each Unreadable code raised by the reader renders in both languages with its one detail."""
    import re

    from cascade import messages
    from cascade.errors import Location, Problem
    from cascade.importer import reader

    codes = set(re.findall(r'Unreadable\("([\w-]+)"', Path(reader.__file__).read_text(encoding="utf-8")))
    assert len(codes) >= 6
    for code in codes:
        for lang in ("vi", "en"):
            messages.render(Problem.at(Location("f.docx", 1, 1), code, detail="x"), lang)


def test_an_enormous_file_is_refused_without_reading_it(tmp_path, run):
    path = tmp_path / "khong-lo.txt"
    with open(path, "wb") as f:
        f.truncate(25 * 1024 * 1024)  # sparse: no time spent writing it
    code, _, err = run("import", path, "--lang", "en")
    assert code == 2 and "too large" in err


def test_the_importer_reads_the_seeds_well_enough():
    """scripts/import_accuracy.py: at least 95 % of the seeds' targets with the right area,
    indicator, comparator and value, and every appendix table row imported as a task."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import import_accuracy

    ws = load_workspace(example_workspace())
    by_seed = {d.seed: d for d in ws.documents.values() if d.seed}
    full = total = 0
    for seed in sorted(SEEDS.glob("*.txt")):
        _, (right, expected), (got_rows, table_rows, leads) = import_accuracy.measure(seed, by_seed[seed.name], ws)
        full, total = full + right, total + expected
        assert got_rows == table_rows and leads == table_rows
    assert full / total >= 0.95


@pytest.mark.parametrize("seed", ["000", "003"])
def test_an_announced_appendix_is_imported_like_the_fixture(seed, ws):
    """"(Có phụ lục kèm theo)" in seeds 000 and 003: same clause and words as the hand-made fixture."""
    text = next(SEEDS.glob(f"{seed}_*.txt"))
    fixture = next(d for d in ws.documents.values() if d.seed == text.name)
    imported = import_file(text, ws).document
    assert [(a.clause, a.text) for a in imported.announced] == [(a.clause, a.text) for a in fixture.announced]


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_checking_a_seed_text_finds_what_checking_its_fixture_finds(seed, ws, run):
    """The planner's path (check the text as written) and the auditor's (check the reviewed YAML)
    give the same findings: rule by rule, as many of each."""
    text = next(SEEDS.glob(f"{seed}_*.txt"))
    fixture = next(d.id for d in ws.documents.values() if d.seed == text.name)

    def rules(target):
        _, out, _ = run("check", target, "--format", "json", "--fail-on", "never")
        return sorted(f["rule"] for f in json.loads(out)["findings"])

    assert rules(text) == rules(fixture)
