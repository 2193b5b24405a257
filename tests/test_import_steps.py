"""The importer's steps, each on its own: layout → blocks → header → kind → structure →
targets and tasks → completeness (issue 12). Examples are the ways real plans are written."""

from pathlib import Path

import docx
import pytest

from cascade.importer import build, header, kind, reader, structure
from cascade.importer.completeness import completeness
from cascade.importer.reader import Block
from cascade.load import load_workspace


@pytest.fixture(scope="module")
def ws():
    return load_workspace()


@pytest.fixture(scope="module")
def areas(ws):
    return build.area_keys(ws.rules)


def blocks_of(text: str, tmp_path: Path) -> list[Block]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return reader.read(path)


def head_of(text: str, tmp_path: Path) -> header.Header:
    return header.read_header(blocks_of(text, tmp_path))


# ---------------------------------------------------------------- layout → blocks


def test_pipe_rows_and_space_aligned_columns_are_table_rows(tmp_path):
    blocks = blocks_of("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                       "UBND XÃ A          Độc lập - Tự do - Hạnh phúc\n|\n-------\nSố: 0156/KH-UBND |\n", tmp_path)
    assert [b.cells for b in blocks[:2]] == [["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                                             ["UBND XÃ A", "Độc lập - Tự do - Hạnh phúc"]]
    assert blocks[2].text == "Số: 0156/KH-UBND" and len(blocks) == 3  # "|" and "----" are layout


def test_bold_and_a_bold_lead_in_are_kept(tmp_path):
    blocks = blocks_of("**MỤC TIÊU**\n**1. Cải cách thể chế:** 100% văn bản được rà soát.\n", tmp_path)
    assert (blocks[0].bold, blocks[0].text) == (True, "MỤC TIÊU")
    assert (blocks[1].bold, blocks[1].lead) == (False, "1. Cải cách thể chế:")


def test_word_bold_paragraphs_are_flagged(tmp_path):
    d = docx.Document()
    d.add_paragraph().add_run("Cải cách thể chế").bold = True
    d.save(tmp_path / "p.docx")
    assert reader.read(tmp_path / "p.docx")[0].bold


# ---------------------------------------------------------------- header


def test_a_one_line_header_with_a_stray_space(tmp_path):
    head = head_of("Số: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n", tmp_path)
    assert (head.fields["number"], head.fields["date"], head.fields["place"]) == ("01/KH-UBND", "2025-01-03", "Định Hưng")


def test_a_letterhead_table_and_a_date_broken_over_two_lines(tmp_path):
    head = head_of("UBND XÃ MÙ CẢ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/KH-UBND\tMù Cả, ngày\n"
                   "09 tháng 12 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2025\n", tmp_path)
    assert (head.fields["number"], head.fields["date"], head.fields["title"]) == ("15/KH-UBND", "2024-12-09", "Cải cách hành chính năm 2025")
    assert {0, 1, 2, 3, 4} <= head.used


def test_number_and_date_in_prose(tmp_path):
    head = head_of("Tin tức\nNgày 30/12/2025, UBND xã đã ban hành Kế hoạch số 1888/KH-VPUBND về cải cách hành chính năm 2026.\n",
                   tmp_path)
    assert (head.fields["number"], head.fields["date"]) == ("1888/KH-VPUBND", "2025-12-30")


def test_a_cited_plan_gives_no_number(tmp_path):
    head = head_of("Thực hiện Kế hoạch số 3210/KH-UBND ngày 07/5/2024 của UBND tỉnh; Sở Nội vụ dự thảo Mẫu phiếu.\n", tmp_path)
    assert "number" not in head.fields and "date" not in head.fields


def test_an_impossible_date_stays_absent_but_written(tmp_path):
    head = head_of("Số: 2/KH-UBND\nLai Châu, ngày 30 tháng 02 năm 2026\n", tmp_path)
    assert head.fields["date"] is None and head.fields["date_as_written"] == "Lai Châu, ngày 30 tháng 02 năm 2026"


def test_a_draft_leaves_the_day_blank(tmp_path):
    head = head_of("Số: /KH-TTr\nLai Châu, ngày tháng 12 năm 2025\n", tmp_path)
    assert (head.fields["number"], head.fields["date"]) == (None, "2025-12")


@pytest.mark.parametrize("title, period", [
    ("Kế hoạch 257/KH-UBND năm 2025 cải cách hành chính năm 2026", (2026, 2026)),
    ("CẢI CÁCH HÀNH CHÍNH NĂM 2025", (2025, 2025)),
    ("Cải cách hành chính giai đoạn 2026 - 2030", (2026, 2030)),
    ("những kết quả đạt được trong năm 2021 và một số nhiệm vụ trọng tâm năm 2022", (2021, 2022)),
    ("Triển khai dịch vụ công trực tuyến trên địa bàn tỉnh", None),
])
def test_the_period_is_the_documents_own(title, period):
    found = header.period(title)
    assert (found and (found["start"], found["end"])) == period


def test_the_period_is_never_a_cited_documents():
    assert header.period("Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ") is None


def test_a_title_in_capitals_without_the_word_ke_hoach(tmp_path):
    head = head_of("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                   "Số: 270/KH-UBND | Bắc Giang, ngày 19 tháng 01 năm 2022 |\n"
                   "THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2022\nThực hiện Nghị định số 63/2010/NĐ-CP …\n", tmp_path)
    assert head.fields["title"] == "THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2022"


# ---------------------------------------------------------------- kind


@pytest.mark.parametrize("form, title, expected", [
    ("KẾ HOẠCH", "Cải cách hành chính năm 2026", ("plan", None)),
    ("KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2024", ("inspection-plan", None)),
    ("KẾ HOẠCH", "Cải thiện, nâng cao Chỉ số PAPI năm 2025", ("index-plan", None)),
    ("KẾ HOẠCH", "Khảo sát, đo lường sự hài lòng của người dân năm 2024", ("index-plan", None)),
    ("KẾ HOẠCH", "Thông tin, tuyên truyền cải cách hành chính năm 2022", ("communication-plan", None)),
    ("KẾ HOẠCH", "Triển khai dịch vụ công trực tuyến trên địa bàn tỉnh", ("other", None)),
    ("CHƯƠNG TRÌNH", "Cải cách hành chính tỉnh giai đoạn 2021 - 2030", ("programme", None)),
    ("BÁO CÁO", "Kết quả công tác cải cách hành chính Quý I năm 2025", ("report", None)),
    ("QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023", ("decision", "inspection-plan")),
])
def test_the_kind_from_form_and_title(form, title, expected, areas):
    assert kind.document_kind(form, None, title, None, [], areas) == expected


def test_a_text_that_never_presents_itself_as_a_plan_is_other(areas):
    texts = ["Thực hiện Kế hoạch số 3210/KH-UBND của UBND tỉnh; Sở Nội vụ dự thảo Mẫu phiếu khảo sát."]
    assert kind.document_kind(None, None, "Chuẩn bị khảo sát sự hài lòng năm 2024", None, texts, areas) == ("other", None)


def test_the_number_says_the_form(areas):
    assert kind.document_kind(None, "1813/QĐ-UBND", None, "Kế hoạch đo lường mức độ hài lòng", [], areas) == ("decision", "index-plan")


# ---------------------------------------------------------------- structure


@pytest.mark.parametrize("text, expected", [
    ("I. MỤC TIÊU", ("I", "roman", "MỤC TIÊU", "")),
    ("1.1. Cải cách thể chế", ("1.1", "dotted2", "Cải cách thể chế", "")),
    ("đ) Cải cách tài chính công", ("đ", "letter", "Cải cách tài chính công", "")),
    ("1. Cải cách thể chế: Đảm bảo 100% văn bản được rà soát.", ("1", "arabic", "Cải cách thể chế",
                                                                 "Đảm bảo 100% văn bản được rà soát.")),
    ("Về công tác chỉ đạo, điều hành cải cách hành chính", (None, "plain", "Về công tác chỉ đạo, điều hành cải cách hành chính", "")),
    ("NỘI DUNG THỰC HIỆN", (None, "caps", "NỘI DUNG THỰC HIỆN", "")),
])
def test_headings_numbered_or_not(text, expected, areas):
    h = structure.heading_of(Block(text, "line 1"), areas)
    assert (h.num, h.style, h.text, h.rest) == expected


@pytest.mark.parametrize("text", ["1. Đẩy mạnh công tác tuyên truyền cải cách hành chính trên địa bàn bằng nhiều hình thức phù hợp.",
                                  "Tối thiểu 95% số hồ sơ được giải quyết đúng hạn", "Cắt giảm 100% điều kiện kinh doanh"])
def test_items_are_not_headings(text, areas):
    assert structure.heading_of(Block(text, "line 1"), areas) is None


def test_a_bold_line_is_a_heading(areas):
    assert structure.heading_of(Block("Cải cách thể chế", "line 1", bold=True), areas).style == "bold"


def test_levels_follow_the_order_styles_appear():
    outline = structure.Outline()
    assert [outline.level(s) for s in ("arabic", "dotted2", "letter", "dotted2", "arabic")] == [1, 2, 3, 2, 1]


# ---------------------------------------------------------------- targets and tasks


def read_body(text: str, tmp_path: Path, ws, kind_: str = "plan"):
    blocks = blocks_of(text, tmp_path)
    return build.build(blocks, header.read_header(blocks), kind_, ws.rules, ws.hierarchy, None)


def targets(doc: dict) -> list[tuple]:
    return [(area, t["comparator"], t["value"], t["unit"]) for area, c in doc["areas"].items()
            for t in c["targets"] if "value" in t]


def test_arabic_top_level_and_dash_lists(tmp_path, ws):
    doc, _ = read_body("1. MỤC TIÊU\n1.1. Cải cách thủ tục hành chính\n- Tối thiểu 95% số hồ sơ được giải quyết đúng hạn.\n"
                       "1.2. Cải cách thể chế\n- 100% văn bản quy phạm pháp luật được rà soát.\n", tmp_path, ws)
    assert targets(doc) == [("thu-tuc-hanh-chinh", ">=", 95, "percent"), ("the-che", ">=", 100, "percent")]


def test_a_heading_with_its_target_on_the_same_line(tmp_path, ws):
    doc, _ = read_body("II. MỤC TIÊU\n1. Cải cách thể chế: Đảm bảo 100% văn bản được kiểm tra, rà soát.\n", tmp_path, ws)
    assert targets(doc) == [("the-che", ">=", 100, "percent")]


def test_a_figure_in_prose_outside_any_section_is_a_target_placed_by_its_clause(tmp_path, ws):
    doc, unread = read_body("Nhằm nâng cao hiệu quả; phấn đấu chỉ số PAPI của tỉnh tăng ít nhất 01 bậc so với năm 2024; "
                            "tỷ lệ hồ sơ trực tuyến đạt trên 80%.\nTổ chức hội nghị quán triệt.\n", tmp_path, ws)
    assert targets(doc) == [("chi-dao-dieu-hanh", ">=", 1, "rank"), ("thu-tuc-hanh-chinh", ">", 80, "percent")]
    assert [u["where"] for u in unread] == ["line 2"]  # nothing dropped silently


def test_a_reports_figures_are_results_not_targets(tmp_path, ws):
    doc, unread = read_body("Tỷ lệ hồ sơ trực tuyến đạt 85%.\n", tmp_path, ws, "report")
    assert targets(doc) == [] and len(unread) == 1


def test_a_band_is_a_target(tmp_path, ws):
    doc, _ = read_body("Chỉ số PAPI duy trì trong nhóm 2 (nhóm Trung bình - Cao) của cả nước.\n", tmp_path, ws)
    assert targets(doc) == [("chi-dao-dieu-hanh", "=", 2, "group")]


# ---------------------------------------------------------------- completeness


def test_a_document_with_closing_and_signature_is_complete(tmp_path):
    text = "KẾ HOẠCH\nI. MỤC TIÊU\n- 100% văn bản được rà soát.\nTrên đây là Kế hoạch cải cách hành chính năm 2026.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A\n"
    assert completeness(blocks_of(text, tmp_path)) == (True, None)


@pytest.mark.parametrize("text, where", [
    ("KẾ HOẠCH\nI. MỤC TIÊU\n- Tối thiểu 95% hồ sơ được giải quyết đúng h\n", "line 3"),  # mid-sentence
    ("KẾ HOẠCH\nI. MỤC TIÊU\n- 100% văn bản được rà soát.\n", "line 3"),  # no closing, no signature
    ("KẾ HOẠCH\nI. MỤC TIÊU\n- 100% văn bản được rà soát.\n(còn nữa)\n", "line 4"),  # a cut marker
])
def test_a_document_cut_short_says_where(text, where, tmp_path):
    assert completeness(blocks_of(text, tmp_path)) == (False, where)


@pytest.mark.parametrize("sentence, indicator", [
    ("Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính "
     "đặc thù của tỉnh đạt tối thiểu 80%.", "full-online-provincial-procedures"),
    ("100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.", "full-online-procedures"),
    ("80% TTHC có nghĩa vụ tài chính được thanh toán trực tuyến.", "online-payment-procedures"),
    ("Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán đạt 50%.", "online-payment"),
    ("60% giao dịch hành chính trực tuyến có sử dụng định danh và xác thực điện tử (VNeID).", "eid-transactions"),
    ("100% người dân dùng dịch vụ công trực tuyến được định danh điện tử.", "citizens-with-eid"),
])
def test_measures_that_share_words_are_told_apart(ws, sentence, indicator):
    """The same words over another denominator are another indicator (issue 14): the province's
    own procedures, procedures payable online against payments made, transactions against people."""
    found = build.phrases.targets(sentence, ws.rules.indicators.indicators)
    assert [t["indicator"] for t in found] == [indicator]


def test_a_task_table_says_which_columns_it_has(ws, tmp_path):
    """An empty cell means something only in a table that has that column: the importer records
    each task table's columns (issue 14, TSK-003)."""
    text = ("KẾ HOẠCH\n\nSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n"
            "1\tRà soát văn bản quy phạm pháp luật\tUBND xã Mù Cả\tQuý II/2026\n"
            "2\tTuyên truyền, phổ biến pháp luật\t\t\n")
    doc, _ = read_body(text, tmp_path, ws)
    assert doc["task_tables"] == [{"clause": "Phụ lục", "columns": ["lead", "deadline"]}]
