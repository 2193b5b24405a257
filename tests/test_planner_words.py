"""What a planner reads is in a planner's words: names and documents rather than cascade's ids
and reference notes, the place in a Word file numbered alike by `import` and `check`, and
English counts with their plurals."""

from __future__ import annotations

import json
import re

import docx
import pytest

from cascade.load import load_workspace
from cascade.report.summary import summary_line
from cascade.workspace import example_workspace


@pytest.fixture(scope="module")
def ws():
    return load_workspace(example_workspace())


def _ids_in(text: str, ids) -> list[str]:
    return [i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)]


def test_explain_names_indicators_areas_documents_and_how_a_target_came(ws, run):
    out = run("explain", "UBND xã Mù Cả", "--period", "2026")[1]
    rules = ws.rules
    ids = [*(i.id for i in rules.indicators.indicators), *(a.id for a in rules.areas.areas),
           *(f.id for f in rules.cascade.flows), *ws.documents]
    assert not _ids_in(out, ids)
    assert "par-facts" not in out and " vs " not in out
    assert "−≥ 50 % so với 2024" in out  # a cut against a baseline, in Vietnamese
    assert "Mục tiêu trong kế hoạch của UBND tỉnh giao cho các sở, ban, ngành tỉnh và UBND các xã, phường." in out
    assert "    nguồn: 4745/KH-UBND, Biểu nhiệm vụ trọng tâm, dòng 1; qua \"UBND các xã, phường\"" in out
    assert "[Cải cách thủ tục hành chính] Tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính" in out


def test_messages_cite_the_higher_document_by_its_number_never_our_reference_notes(ws, run):
    findings = json.loads(run("check", "--format", "json")[1])["findings"]
    for f in findings:
        assert "par-facts" not in f["message"] + f["fix"] + (f["source"] or ""), f["message"]
        assert not _ids_in(f["message"], ws.documents), f["message"]
    floor = [f for f in findings if f["rule"] == "TGT-004"]  # Mù Cả's "> 95 %" under QĐ 942's 2025 level
    assert floor and all("(942/QĐ-TTg)" in f["message"] for f in floor)
    assert floor[0]["source"] == "qd-942-2021"  # the JSON keeps the id, for machines; the clause is not known
    tasks = [f for f in findings if f["rule"] == "TSK-002"]
    assert tasks and tasks[0]["source"] == "kh-4745-2026, I.2.b" and "4745/KH-UBND, I.2.b" in tasks[0]["message"]


def test_what_could_not_be_checked_tells_a_planner_what_is_missing(run, tmp_path, monkeypatch):
    plan = _word_plan(tmp_path / "ke-hoach.docx")
    monkeypatch.delenv("CASCADE_WORKSPACE")
    monkeypatch.chdir(tmp_path)  # no workspace: the national layer alone, the province's plan unknown
    out = run("check", plan)[1]
    assert "chưa có kế hoạch năm nay của UBND tỉnh Lai Châu để đối chiếu" in out
    assert "không gian làm việc" not in out.split("Chưa kiểm tra được")[1]
    assert "văn bản bị cắt sau đoạn 12;" in out  # the place in the reader's words


def _word_plan(path):
    """A commune's plan in Word under a letterhead table (one row, so paragraph and row counts differ)."""
    d = docx.Document()
    letterhead = d.add_table(rows=1, cols=2).rows[0].cells
    letterhead[0].text, letterhead[1].text = "ỦY BAN NHÂN DÂN XÃ MÙ CẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    for text in ["Số: 15/KH-UBND", "Mù Cả, ngày 10 tháng 01 năm 2026", "KẾ HOẠCH", "Cải cách hành chính năm 2026",
                 "UBND xã Mù Cả xây dựng Kế hoạch cải cách hành chính năm 2026 như sau:", "I. MỤC TIÊU",
                 "1. Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                 "Trên 95% văn bản điện tử được ký số.",  # paragraph 9: the table's row is 1
                 "Các bộ phận chuyên môn tham mưu UBND xã:",  # paragraph 10: nothing to read in it
                 "II. NHIỆM VỤ VÀ GIẢI PHÁP", "Tổ chức thực hiện"]:
        d.add_paragraph(text)
    d.save(path)
    return path


def test_a_word_plan_is_numbered_alike_by_import_and_check(run, tmp_path):
    plan = _word_plan(tmp_path / "ke-hoach.docx")
    _, _, err = run("import", plan)
    assert f"{plan}: đoạn 10: chưa phân loại: Các bộ phận chuyên môn tham mưu UBND xã:" in err.splitlines()
    _, _, err = run("import", plan, "--lang", "en")
    assert f"{plan}: paragraph 10: not classified: Các bộ phận chuyên môn tham mưu UBND xã:" in err.splitlines()
    out = run("check", plan)[1]
    row = next(line for line in out.splitlines() if "TGT-004" in line)
    assert re.search(r"TGT-004\s+đoạn 9\s+I\.1, ý 1\s", row), row
    findings = json.loads(run("check", plan, "--format", "json")[1])["findings"]
    assert [f["location"]["line"] for f in findings if f["rule"] == "TGT-004"] == [9]


@pytest.mark.parametrize("counts, line", [
    ((1, 1, 1, 0, 0, 0), "1 document, 1 finding: 1 error, 0 warnings, 0 info."),
    ((2, 7, 1, 5, 1, 1), "2 documents, 7 findings: 1 error, 5 warnings, 1 info. 1 waived finding, counted apart."),
    ((1, 2, 0, 2, 0, 3), "1 document, 2 findings: 0 errors, 2 warnings, 0 info. 3 waived findings, counted apart."),
])
def test_english_counts_take_their_plurals(counts, line):
    documents, findings, error, warning, info, waived = counts
    summary = {"documents": documents, "findings": findings, "waived": waived,
               "by_severity": {"error": error, "warning": warning, "info": info}}
    assert summary_line(summary, "en") == line
    assert summary_line(summary, "vi").startswith(f"{documents} văn bản, {findings} phát hiện: {error} lỗi")


def test_the_audit_cites_no_row_of_our_reference_notes(run):
    for fmt in ("text", "markdown"):
        out = run("audit", "--as-of", "2026-11-21", "--format", fmt)[1]
        assert "qd-282-2026" in out and "par-facts" not in out
