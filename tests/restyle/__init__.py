"""The seed documents laid out the ways Vietnamese offices lay out a plan (issue 12).

A seed (fixtures/lai-chau/seeds/*.txt: one paragraph a line, Markdown bold and headings, table
rows as tab-separated cells) is read into *blocks* — paragraphs (with a bold flag, and an
optional bold lead-in on the same line) and tables — and each layout is a small function on
those blocks. A layout moves, renumbers or recases headings and header lines; it never changes
a word of a target or task sentence, and never invents a number or a date the seed lacks.

    blocks = restyle(seed_text, "dash-lists", facts_of(seed_path))
    write(blocks, Path("out.docx"))          # or .txt

The main body (from the first Roman heading to "Trên đây là ..." / "Nơi nhận") is what the
numbering layouts change; the opening, the closing, appendices and tables stay as they are.
In .txt, bold is written as **...**, the seeds' own convention, and table rows as cells
separated by tabs (a letterhead table's cell lines side by side).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import zip_longest
from pathlib import Path

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"

ROMAN = re.compile(r"^(?P<num>[IVX]+)\.\s+(?P<rest>.+)$")
SUB = re.compile(r"^(?P<num>\d+\.\d+)\.?\s+(?P<rest>.+)$")  # "2.1. Giai đoạn 2026-2027"
ARABIC = re.compile(r"^(?P<num>\d+)\.\s+(?P<rest>.+)$")
LETTER = re.compile(r"^(?P<num>[a-zđ])\)\s+(?P<rest>.+)$")
LETTERS = "abcdđeghik"  # a), b), c), d), đ), e), g), ...
MARK = re.compile(r"^[-+•]\s+(?P<rest>.+)$")
NUMBER_LINE = re.compile(r"^Số\s*:")
DATE_LINE = re.compile(r"^[^,]{2,40}, ngày\b.*\bnăm \d{4}$")  # "Lai Châu, ngày 11 tháng 6 năm 2026"


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    lead: str = ""  # bold words before the text on the same line ("1. Cải cách thể chế:")


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # a cell may hold several lines ("\n")


@dataclass(frozen=True)
class Facts:
    """The header as the seed writes it; None where the seed has none."""

    issuer: str  # as the document writes its own name (the fixture's issuer_as_written)
    number_line: str | None  # "Số: 4745/KH-UBND", "Số: /KH-TTr" (a draft)
    date_line: str | None  # "Lai Châu, ngày 11 tháng 6 năm 2026"


# ---------------------------------------------------------------- reading a seed


def parse(text: str) -> list:
    """Seed text → blocks: one paragraph a line, Markdown marks and HTML tags away, a sentence
    broken over two lines by the conversion joined again, tab-separated rows into tables."""
    blocks, bold_open = [], False
    for raw in text.splitlines():
        line = raw.strip()
        if "\t" in raw:
            row = tuple(_plain(c) for c in raw.split("\t"))
            if blocks and isinstance(blocks[-1], Table):
                blocks[-1] = Table(blocks[-1].rows + (row,))
            else:
                blocks.append(Table((row,)))
            continue
        if not line:
            continue
        line = re.sub(r"^#+\s*", "", line)  # Markdown heading marks
        whole = re.fullmatch(r"\*\*\*?[^*]+\*\*\*?", line)  # **bold** or ***bold italic***
        opens = line.startswith("**") and line.count("**") == 1  # bold over several lines
        para = Para(_plain(line), bold=bold_open or bool(whole or opens))
        if line.count("**") % 2:
            bold_open = not bold_open
        if not para.text:
            continue
        last = blocks[-1] if blocks else None
        if isinstance(last, Para) and _continues(last.text, para.text):
            blocks[-1] = replace(last, text=f"{last.text} {para.text}")
        else:
            blocks.append(para)
    return blocks


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("*", "")
    return " ".join(text.split())


def _continues(before: str, text: str) -> bool:
    return text[:1].islower() and not LETTER.match(text) and not before.endswith((".", ":", ";"))


def facts_of(seed: Path) -> Facts:
    """The seed's own number and place-date lines, and the issuer's name from its fixture."""
    fixtures = sorted((seed.parent.parent / "documents").glob("*.yaml"))
    texts = (p.read_text(encoding="utf-8") for p in fixtures)
    fixture = next(yaml.load(t, Loader=Loader) for t in texts if seed.name in t)
    issuer = fixture["issuer_as_written"]
    blocks = parse(seed.read_text(encoding="utf-8"))
    head = blocks[:_title_span(blocks)[0]]
    number = next((p.text for p in head if NUMBER_LINE.match(p.text)), None)
    date = next((p.text for p in head if DATE_LINE.match(p.text)), None)
    return Facts(issuer, number, date)


# ---------------------------------------------------------------- where things are


def _title_span(blocks: list) -> tuple[int, int]:
    """The title: the "KẾ HOẠCH" line, and the next line when it holds the rest of the title."""
    i = next(i for i, b in enumerate(blocks) if isinstance(b, Para) and b.text.upper().startswith("KẾ HOẠCH"))
    return (i, i + 2) if blocks[i].text.strip().upper() == "KẾ HOẠCH" else (i, i + 1)


def _is_header_line(block) -> bool:
    return isinstance(block, Para) and bool(NUMBER_LINE.match(block.text) or DATE_LINE.match(block.text))


def _without_header_lines(blocks: list) -> list:
    """The blocks without the "Số" and place-date lines above the title."""
    start = _title_span(blocks)[0]
    return [b for b in blocks[:start] if not _is_header_line(b)] + blocks[start:]


def _title_words(blocks: list) -> str:
    start, end = _title_span(blocks)
    return " ".join(b.text for b in blocks[start:end])


def body_span(blocks: list) -> tuple[int, int]:
    """From the first Roman heading to the closing ("Trên đây là ...", "Nơi nhận")."""
    paras = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Para)]
    start = next(i for i, b in paras if ROMAN.match(b.text))
    closing = (i for i, b in paras if i > start and b.text.startswith(("Trên đây là", "Nơi nhận")))
    end = next(closing, len(blocks))
    return start, end


def _heading(para: Para) -> bool:
    """A numbered line is a heading when it is Roman, or short and not a sentence."""
    if ROMAN.match(para.text):
        return True
    m = SUB.match(para.text) or ARABIC.match(para.text)
    return bool(m) and len(m["rest"]) <= 100 and not m["rest"].endswith((".", ";"))


def _in_body(blocks: list, change) -> list:
    """`change(para)` applied to each paragraph of the main body; the rest unchanged."""
    start, end = body_span(blocks)
    return [change(b) if start <= i < end and isinstance(b, Para) else b for i, b in enumerate(blocks)]


# ---------------------------------------------------------------- the layouts


def as_seed(blocks: list, facts: Facts) -> list:
    """The seed itself, only read into blocks: the control every layout is compared with."""
    return blocks


def letterhead_table(blocks: list, facts: Facts) -> list:
    """Issuer and number on the left, motto and place-date on the right, in a two-column table."""
    rows = [(facts.issuer.upper(), MOTTO)]
    if facts.number_line or facts.date_line:
        rows.append((facts.number_line or "", facts.date_line or ""))
    return [Table(tuple(rows))] + _without_header_lines(blocks)


def arabic_numbering(blocks: list, facts: Facts) -> list:
    """I., II. → 1., 2.; their 1., 2. → 1.1., 1.2.; 2.1., 2.2. → a), b)."""
    top = ""

    def renumber(p: Para) -> Para:
        nonlocal top
        if m := ROMAN.match(p.text):
            top = str(_roman(m["num"]))
            return replace(p, text=f"{top}. {m['rest']}")
        if m := SUB.match(p.text):
            return replace(p, text=f"{LETTERS[int(m['num'].split('.')[1]) - 1]}) {m['rest']}")
        if (m := ARABIC.match(p.text)) and top:
            return replace(p, text=f"{top}.{m['num']}. {m['rest']}")
        return p

    return _in_body(blocks, renumber)


def dash_lists(blocks: list, facts: Facts) -> list:
    """Headings bold and unnumbered; numbered, lettered, "+" and plain items as "- " items."""

    def undress(p: Para) -> Para:
        if _heading(p):
            return Para((ROMAN.match(p.text) or SUB.match(p.text) or ARABIC.match(p.text))["rest"], bold=True)
        if m := ARABIC.match(p.text) or LETTER.match(p.text) or MARK.match(p.text):
            return replace(p, text=f"- {m['rest']}")
        if p.text[:1].isupper() and not p.bold:
            return replace(p, text=f"- {p.text}")
        return p

    return _in_body(blocks, undress)


def inline_headings(blocks: list, facts: Facts) -> list:
    """A numbered heading below a Roman one and its first item on one line: "1. Cải cách thể
    chế: 100% các văn bản ..." (a lettered item keeps its own line)."""
    start, end = body_span(blocks)
    out = []
    for i, b in enumerate(blocks):
        before = out[-1] if out else None
        if (start < i < end and isinstance(b, Para) and not _heading(b) and isinstance(before, Para)
                and _heading(before) and not ROMAN.match(before.text) and not before.lead
                and not LETTER.match(b.text)):
            m = MARK.match(b.text)
            out[-1] = Para(m["rest"] if m else b.text, lead=before.text.rstrip(":") + ":")
        else:
            out.append(b)
    return out


def prose_header(blocks: list, facts: Facts) -> list:
    """No "Số" and date lines: the opening says them ("Ngày 11/6/2026, UBND tỉnh Lai Châu ban
    hành Kế hoạch số 4745/KH-UBND ..."). Only what the seed has is said."""
    number = facts.number_line and facts.number_line.split(":", 1)[1].strip()
    said = f" số {number}" if number and not number.startswith("/") else ""
    words = _title_words(blocks)
    subject = re.sub(r"^KẾ HOẠCH\s*", "", words, flags=re.I)
    subject = subject[:1].lower() + subject[1:]
    sentence = f"{_date_in_prose(facts.date_line)}{facts.issuer} ban hành Kế hoạch{said} {subject}."
    kept = _without_header_lines(blocks)
    _, end = _title_span(kept)
    return kept[:end] + [Para(sentence[:1].upper() + sentence[1:])] + kept[end:]


def capital_title(blocks: list, facts: Facts) -> list:
    """The whole title on one line in capitals: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH XÃ MÙ CẢ NĂM 2026"."""
    start, end = _title_span(blocks)
    return blocks[:start] + [Para(_title_words(blocks).upper(), bold=True)] + blocks[end:]


LAYOUTS = {
    "letterhead-table": letterhead_table,
    "arabic-numbering": arabic_numbering,
    "dash-lists": dash_lists,
    "inline-headings": inline_headings,
    "prose-header": prose_header,
    "capital-title": capital_title,
}


def restyle(text: str, layout: str, facts: Facts) -> list:
    change = as_seed if layout == "as-seed" else LAYOUTS[layout]
    return change(parse(text), facts)


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip_longest(numeral, numeral[1:]):
        total += -values[a] if b and values[b] > values[a] else values[a]
    return total


def _date_in_prose(date_line: str | None) -> str:
    """ "Lai Châu, ngày 11 tháng 6 năm 2026" → "Ngày 11/6/2026, "; a blank day → "Tháng 4 năm 2026, "."""
    m = re.search(r"ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d{4})", date_line or "")
    if not m:
        return ""
    day, month, year = m.groups()
    if day and month:
        return f"Ngày {day}/{month}/{year}, "
    return f"Tháng {month} năm {year}, " if month else f"Năm {year}, "


# ---------------------------------------------------------------- writing


def to_txt(blocks: list) -> str:
    lines = []
    for b in blocks:
        if isinstance(b, Table):
            lines += ["\t".join(side_by_side) for row in b.rows
                      for side_by_side in zip_longest(*(c.split("\n") for c in row), fillvalue="")]
        elif b.lead:
            lines.append(f"**{b.lead}** {b.text}")
        else:
            lines.append(f"**{b.text}**" if b.bold else b.text)
        lines.append("")
    return "\n".join(lines)


def write_docx(blocks: list, path: Path) -> None:
    import docx

    document = docx.Document()
    for b in blocks:
        if isinstance(b, Table):
            table = document.add_table(rows=0, cols=max(len(r) for r in b.rows))
            for row in b.rows:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
        else:
            paragraph = document.add_paragraph()
            if b.lead:
                paragraph.add_run(b.lead).bold = True
                paragraph.add_run(" ")
            paragraph.add_run(b.text).bold = b.bold
    document.save(str(path))


def write(blocks: list, path: Path) -> Path:
    """Write to .txt or .docx, by the path's suffix."""
    if path.suffix == ".docx":
        write_docx(blocks, path)
    else:
        path.write_text(to_txt(blocks), encoding="utf-8")
    return path
