"""The restyled seeds (tests/restyle): each layout changes only the layout.

Every target and task sentence of a seed stays word for word; the header says what the seed
says and nothing more; the .txt and .docx writers hold the same words. How well the importer
reads these files is measured by scripts/restyled_accuracy.py, not asserted here.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import docx
import pytest
import yaml

import restyle
from restyle import Para, Table

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "lai-chau"
SEEDS = sorted((EXAMPLE / "seeds").glob("*.txt"))
LAYOUTS = list(restyle.LAYOUTS)


@cache
def fixture_of(seed: Path) -> dict:
    text = next(t for p in sorted((EXAMPLE / "documents").glob("*.yaml"))
                if seed.name in (t := p.read_text(encoding="utf-8")))
    return yaml.load(text, Loader=restyle.Loader)


def sentences(fixture: dict) -> list[str]:
    """The text of every target and task of the fixture, inside tasks too."""
    found = []
    for content in fixture["areas"].values():
        found += [t["text"] for t in content.get("targets") or []]
        for task in content.get("tasks") or []:
            found += [task["text"]] + [t["text"] for t in task.get("targets") or []]
    return [" ".join(s.split()) for s in found]


def words_of(blocks: list) -> str:
    out = []
    for b in blocks:
        out += [cell for row in b.rows for cell in row] if isinstance(b, Table) else [f"{b.lead} {b.text}"]
    return "\n".join(" ".join(t.split()) for t in out)


@cache
def restyled(seed: Path, layout: str) -> list:
    return restyle.restyle(seed.read_text(encoding="utf-8"), layout, restyle.facts_of(seed))


@cache
def held_by_seed(seed: Path) -> list[str]:
    """The fixture's sentences the seed holds word for word (a few table tasks join cells the
    conversion split over two rows, and are not)."""
    text = words_of(restyled(seed, "as-seed"))
    return [s for s in sentences(fixture_of(seed)) if s in text]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_the_seed_holds_most_of_its_fixtures_sentences(seed):
    assert len(held_by_seed(seed)) >= 0.85 * len(sentences(fixture_of(seed)))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_layout_keeps_every_target_and_task_sentence(seed, layout):
    text = words_of(restyled(seed, layout))
    assert [s for s in held_by_seed(seed) if s not in text] == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_layout_invents_a_number_or_a_date(seed, layout):
    seed_text = seed.read_text(encoding="utf-8")
    text = words_of(restyled(seed, layout))
    for number in re.findall(r"\d+/KH-[\wĐ]+", text):
        assert number in seed_text
    for day, month, year in re.findall(r"[Nn]gày (\d+)/(\d+)/(\d{4})", text):
        assert re.search(rf"\b{day}/{month}/{year}|ngày {day} tháng {month} năm {year}", seed_text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_the_letterhead_table_holds_the_seeds_own_number_and_date(seed):
    fixture = fixture_of(seed)
    first, *body = restyled(seed, "letterhead-table")
    cells = [cell for row in first.rows for cell in row]
    assert isinstance(first, Table)
    assert cells[0] == fixture["issuer_as_written"].upper()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc" in cells
    if fixture.get("number_as_written"):
        assert fixture["number_as_written"] in cells
    if fixture.get("date_as_written"):
        assert any(c.endswith(fixture["date_as_written"]) and c.startswith(fixture["place"]) for c in cells)
    if not fixture.get("number_as_written") and not fixture.get("date_as_written"):
        assert len(first.rows) == 1  # a plan with no number and no date gets none
    header = words_of(body[:3])
    assert not re.search(r"^Số\s*:", header, re.M) and ", ngày" not in header  # moved, not copied


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_the_prose_header_says_the_seeds_number_and_date_and_no_other(seed):
    fixture = fixture_of(seed)
    blocks = restyled(seed, "prose-header")
    opening = next(b.text for b in blocks if isinstance(b, Para) and " ban hành Kế hoạch" in b.text)
    assert fixture["issuer_as_written"] in opening
    assert (f"số {fixture.get('number')}" in opening) == bool(fixture.get("number"))
    date = str(fixture.get("date") or "")
    if re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        year, month, day = date.split("-")
        assert opening.startswith(f"Ngày {int(day)}/{int(month)}/{year}, ")
    elif date:
        year, month = date.split("-")
        assert opening.startswith(f"Tháng {int(month)} năm {year}, ")
    else:
        assert not re.search(r"\d{4}, ", opening)
    assert not any(isinstance(b, Para) and re.match(r"Số\s*:", b.text) for b in blocks[:3])


def body(seed: Path, layout: str) -> list[Para]:
    """The paragraphs from "MỤC ĐÍCH, YÊU CẦU" to the closing "Trên đây là ..."."""
    paras = [b for b in restyled(seed, layout) if isinstance(b, Para)]
    start = next(i for i, p in enumerate(paras) if "MỤC ĐÍCH" in p.text)
    end = next(i for i, p in enumerate(paras) if p.text.startswith("Trên đây là"))
    return paras[start:end]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_arabic_numbering_numbers_the_top_level_1_2(seed):
    paras = body(seed, "arabic-numbering")
    assert paras[0].text == "1. MỤC ĐÍCH, YÊU CẦU"
    assert not any(re.match(r"[IVX]+\. ", p.text) for p in paras)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_dash_lists_have_bold_unnumbered_headings_and_dash_items(seed):
    paras = body(seed, "dash-lists")
    assert paras[0] == Para("MỤC ĐÍCH, YÊU CẦU", bold=True)
    assert not any(re.match(r"([IVX]+|\d+(\.\d+)*)\.\s|[a-zđ]\)\s|\+\s", p.text) for p in paras)
    assert all(p.bold or p.text.startswith("- ") for p in paras if p.text[:1].isupper())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_inline_headings_carry_their_first_item(seed):
    leads = [p for p in body(seed, "inline-headings") if p.lead]
    assert leads and all(re.match(r"\d+(\.\d+)*\.\s.+:$", p.lead) and not p.text.startswith("- ") for p in leads)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_the_capital_title_is_one_line_in_capitals(seed):
    blocks = restyled(seed, "capital-title")
    title = next(b for b in blocks if isinstance(b, Para) and b.text.startswith("KẾ HOẠCH"))
    assert title.text == title.text.upper() and title.text.startswith("KẾ HOẠCH ") and title.bold


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_the_docx_and_txt_hold_the_same_sentences(seed, layout, tmp_path):
    blocks = restyled(seed, layout)
    document = docx.Document(str(restyle.write(blocks, tmp_path / "plan.docx")))
    in_docx = "\n".join([p.text for p in document.paragraphs]
                        + [c.text for t in document.tables for row in t.rows for c in row.cells])
    in_txt = restyle.write(blocks, tmp_path / "plan.txt").read_text(encoding="utf-8").replace("**", "")
    for sentence in held_by_seed(seed):
        assert sentence in " ".join(in_docx.split())
        assert sentence in " ".join(in_txt.split())
    if layout == "letterhead-table":
        assert document.tables and document.tables[0].cell(0, 0).text == fixture_of(seed)["issuer_as_written"].upper()
