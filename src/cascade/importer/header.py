"""Blocks → the header: number, place and date, form ("KẾ HOẠCH", "QUYẾT ĐỊNH", …), title and
period, wherever the document writes them.

Offices write the header in many ways: letterhead lines, a two-column letterhead table (cells),
one line ("Số: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025"), lines broken anywhere
("Hà Nội, ngày 08" / "tháng 3 năm 2023"), or — in news items — in prose ("Ngày 30/12/2025,
UBND … đã ban hành Kế hoạch số 1888/KH-VPUBND"). What is not written stays absent.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from cascade.importer.reader import Block, capitals

FORMS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "BÁO CÁO", "CHƯƠNG TRÌNH", "ĐỀ ÁN")
FORM_OF_CODE = {"KH": "KẾ HOẠCH", "QĐ": "QUYẾT ĐỊNH", "BC": "BÁO CÁO", "CTr": "CHƯƠNG TRÌNH"}
# "Số: 4745/KH-UBND", "Số: 31  /BC-UBND", "Số: /KH-TTr" (a draft: no number yet)
NUMBER_LINE = re.compile(r"(?:^|\s)Số\s*:\s*(?P<n>\d*\s*/\s*[\wĐđ.]+(?:-[\wĐđ.]+)*(?:/[\wĐđ-]+)?)")
NUMBER = r"(?<!\d)\d{1,9}(?:/\d{4})?/[A-ZĐ][\wĐđ.]*(?:-[\wĐđ.]+)*"
DATE_WORDS = re.compile(r"ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.I)
MOTTO = re.compile(r"CỘNG H[OÒ]À XÃ HỘI|CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do|^-{3,}$", re.I)
# The sentence in which a document (or a news item about it) says it was issued:
# "Ngày 19/1/2026, Bộ Tài chính đã ban hành Quyết định số 84/QĐ-BTC ban hành Kế hoạch …"
ISSUED = re.compile(r"(?:ban hành|ký)\s+(?P<form>Kế hoạch|Quyết định|Chương trình|Báo cáo)"
                    rf"(?:\s+số\s+(?P<n>{NUMBER}))?(?:\s+ngày\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}}))?", re.I)
# the date that opens the sentence: "Ngày 11/03/2021, UBND tỉnh đã ban hành …" ("Ngày 31/3," without a year)
PROSE_DATE = re.compile(r"(?:^|[.;]\s+|\s)(?:Ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?|Tháng\s+(?P<m2>\d{1,2})"
                        r"\s+năm\s+(?P<y2>\d{4})|Năm\s+(?P<y3>\d{4})),[^.;]{0,500}$")
# The plan naming itself: "UBND xã … xây dựng Kế hoạch …", "Kế hoạch … được xây dựng …",
# "Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch …"; not a cited one ("Thực hiện Kế hoạch số …").
SUBJECT = re.compile(r"(?:(?:ban hành|xây dựng|phê duyệt)(?: và (?:ban hành|triển khai))?\s+(?:kèm theo Quyết định này\s+)?"
                     r"|(?:^|[.:;]\s+|Theo đó,\s*|của\s+)(?=Kế hoạch\b(?!\s+số)))"
                     r"(?P<what>(?:Kế hoạch|Chương trình)\b[^.;:]*)", re.I)
CITATION = re.compile(r"(Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị)\b")
AUTHORITY = re.compile(r"^(ỦY BAN NHÂN DÂN|UBND|BỘ TRƯỞNG|CHỦ TỊCH|TRƯỞNG BAN|GIÁM ĐỐC|CHÁNH |THỦ TƯỚNG)")
HEADING_START = re.compile(r"^([IVX]+|\d+)[.)]\s")


@dataclass
class Header:
    fields: dict = field(default_factory=dict)  # number, number_as_written, date, date_as_written, place, title
    form: str | None = None  # "KẾ HOẠCH", "QUYẾT ĐỊNH", … as the document calls itself
    subject: str | None = None  # what the document says it issues or is, in its own words
    used: set = field(default_factory=set)  # indexes of the blocks the header consists of
    end: int = 0  # the first block after the opening


def read_header(blocks: list[Block]) -> Header:
    head = Header()
    head.end = _opening_end(blocks)
    _number_and_date(blocks, head)
    _letterhead(blocks, head)
    _title(blocks, head)
    _prose(blocks, head)
    head.subject = subject(blocks, head.end)
    return head


def _texts(block: Block) -> list[str]:
    return [c for c in block.cells if c] if block.cells is not None else [block.text]


def _opening_end(blocks: list[Block]) -> int:
    """The opening (letterhead, number, date, title) ends at the first citation, numbered
    heading or long paragraph."""
    for i, block in enumerate(blocks):
        text = block.text
        if block.cells is None and (CITATION.match(text) or HEADING_START.match(text) or len(text) > 250):
            return i
    return len(blocks)


def _number_and_date(blocks: list[Block], head: Header) -> None:
    f = head.fields
    for i in range(head.end):
        texts = _texts(blocks[i])
        for j, text in enumerate(texts):
            number = NUMBER_LINE.search(text)
            if number and "number_as_written" not in f:
                f["number_as_written"] = text.strip(" |")
                n = re.sub(r"\s+", "", number["n"])
                f["number"] = None if n.startswith("/") else n
                head.used.add(i)
            if "date_as_written" in f or not re.search(r"\bngày\b", text, re.I):
                continue
            joined, parts = text, [i]
            if not DATE_WORDS.search(joined) and i + 1 < len(blocks):  # "…, ngày" / "09 tháng 12 năm 2024"
                joined = next((f"{text} {t}" for t in _texts(blocks[i + 1]) if DATE_WORDS.search(f"{text} {t}")), text)
                parts = [i, i + 1]
            m = DATE_WORDS.search(joined)
            if m and len(joined) < 200:
                f["date_as_written"] = NUMBER_LINE.sub("", re.sub(r"^.*Hạnh phúc\s*", "", joined.strip(" |"))).strip()
                f["date"] = _iso(m["y"], m["m"], m["d"])
                place = NUMBER_LINE.sub("", re.sub(r"^.*Hạnh phúc\s*", "", joined[:m.start()])).strip(" ,|")
                if place and len(place.split()) <= 6:
                    f["place"] = place
                head.used.update(parts)


def _iso(year: str | None, month: str | None, day: str | None) -> str | None:
    """"2026-06-11", or "2026-06"/"2026" when the draft leaves the day (or month) blank;
    None for a date that does not exist ("ngày 30 tháng 02") or has no year."""
    if not year:
        return None
    try:
        if day and month:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month:
            return dt.date(int(year), int(month), 1).isoformat()[:7]
    except ValueError:
        return None
    return year


def _letterhead(blocks: list[Block], head: Header) -> None:
    """The motto and the issuer's name in capitals above the number: read as letterhead."""
    last = max(head.used, default=-1)
    for i in range(head.end):
        texts = _texts(blocks[i])
        if not texts:
            continue
        if all(MOTTO.search(t) or (i < last and capitals(t) and len(t.split()) <= 12) or i in head.used
               or NUMBER_LINE.search(t) or DATE_WORDS.search(t) for t in texts):
            head.used.add(i)


def _form(text: str) -> tuple[str, str] | None:
    """("KẾ HOẠCH", rest) for "KẾ HOẠCH", "Quyết định" alone, or "KẾ HOẠCH Cải cách …" (the form in capitals)."""
    clean = text.strip(" :|")
    for form in FORMS:
        if clean.upper() == form:
            return form, ""
        if clean.startswith(form + " "):
            return form, clean[len(form):].strip()
    return None


def _title(blocks: list[Block], head: Header) -> None:
    """The title: after the last form line ("KẾ HOẠCH", "QUYẾT ĐỊNH"), its rest or the next
    line and the lines in capitals that continue it; without a form line, the first line in
    capitals after the number and date ("CẢI CÁCH HÀNH CHÍNH … NĂM 2026")."""
    forms = [(i, _form(blocks[i].text)) for i in range(head.end) if blocks[i].cells is None and _form(blocks[i].text)]
    if forms:
        start, (form, rest) = forms[-1]
        head.form = form
        head.used.add(start)
        parts, i = ([rest] if rest else []), start + 1
    else:
        after = max(head.used, default=-1) + 1
        i = next((k for k in range(after, head.end) if blocks[k].cells is None and capitals(blocks[k].text)
                  and len(blocks[k].text.split()) >= 3 and not MOTTO.search(blocks[k].text)
                  and not AUTHORITY.match(blocks[k].text)), None)
        if i is None or not head.used:
            return
        parts = []
    while i < head.end and blocks[i].cells is None:
        text = blocks[i].text
        if AUTHORITY.match(text) or CITATION.match(text) or (parts and not capitals(text)):
            break
        if not parts and len(text) > 250:
            break
        parts.append(text)
        head.used.add(i)
        i += 1
    if parts:
        head.fields["title"] = " ".join(parts)


def _prose(blocks: list[Block], head: Header) -> None:
    """A number and date the opening lacks, from the sentence that says the document was issued."""
    f = head.fields
    if f.get("number_as_written") or f.get("date_as_written"):
        return
    for block in blocks:
        for text in _texts(block):
            if CITATION.match(text):
                continue
            m = ISSUED.search(text)
            if not m:
                continue
            if m["n"]:
                f["number"] = f["number_as_written"] = m["n"]
            if not head.form:
                head.form = m["form"].upper()
            date = PROSE_DATE.search(text[:m.start()][-200:])  # in the same sentence, before "ban hành"
            if m["y"]:
                f["date_as_written"] = m.group(0)[m.group(0).find("ngày"):]
                f["date"] = _iso(m["y"], m["m"], m["d"])
            elif date:
                f["date_as_written"] = date.group(0).split(",")[0].strip(" ,.;")
                iso = _iso(date["y"] or date["y2"] or date["y3"], date["m"] or date["m2"], date["d"])
                if iso:
                    f["date"] = iso
            if m["n"] or "date_as_written" in f:
                return


def subject(blocks: list[Block], start: int = 0) -> str | None:
    """What the document says it is, in its own words ("Kế hoạch cải cách hành chính năm 2026 của …"),
    from the first sentence that names it. In a citation paragraph ("Thực hiện …, UBND tỉnh ban
    hành Kế hoạch …") only a clause of its own counts, not a cited document's description
    ("Kế hoạch số 2943/KH-UBND … của UBND tỉnh ban hành Kế hoạch …")."""
    for block in blocks[:start + 40]:
        if block.cells is not None:
            continue
        for m in SUBJECT.finditer(block.text):
            clause = re.split(r"[,;.)]", block.text[:m.start()])[-1]
            if CITATION.match(block.text) and re.search(r"\bsố\b|\bcủa\b", clause):
                continue
            # up to its purpose ("… nhằm tiếp tục thực hiện Chương trình … 2021 - 2030"), which cites others
            return re.split(r"\s(?:nhằm|để)\s", m["what"])[0].strip()
    return None


# ---------------------------------------------------------------- period

SPAN = re.compile(r"(\d{4})\s*[-–]\s*(\d{4})")
YEAR = re.compile(r"\bnăm\s+(\d{4})\b", re.I)
# what a year belongs to that is not the document's: a cited number's year ("Kế hoạch 257/KH-UBND
# năm 2025"), a date ("ngày 21 tháng 12 năm 2021", "15/7/2021")
NOT_OWN = re.compile(rf"(?:{NUMBER}|(?<!\d)\d{{1,9}}/[A-ZĐ][\wĐđ-]*)\s+năm\s+\d{{4}}|ngày\s*\d{{0,2}}\s*tháng\s*\d{{0,2}}\s*năm\s*\d{{4}}|(?<!\d)\d{{1,2}}/\d{{1,2}}/\d{{4}}",
                     re.I)


def period(*texts: str | None) -> dict | None:
    """The years the document is for, from the first of its own texts (title, then the sentence
    naming it) that states any: "giai đoạn 2026-2030", "năm 2026", "năm 2021 và … năm 2022"."""
    for text in texts:
        if not text:
            continue
        own = NOT_OWN.sub(" ", text)
        years = [int(y) for a, b in SPAN.findall(own) for y in (a, b)] + [int(y) for y in YEAR.findall(own)]
        years = [y for y in years if 1990 <= y <= 2100]
        if years:
            return {"start": min(years), "end": max(years)}
    return None


def headline(blocks: list[Block], end: int) -> str | None:
    """A news item's headline, the title it has instead of one: the longest short line of the
    opening that is one phrase (not a list item, not a sentence followed by another)."""
    candidates = [b.text for b in blocks[:max(end, 1) + 1][:12] if b.cells is None and not b.bullet
                  and not CITATION.match(b.text)
                  and 6 <= len(b.text.split()) <= 40 and ". " not in b.text.rstrip(". ")
                  and not b.text.endswith(":") and not b.text.startswith("Kế hoạch")]
    return max(candidates, key=len, default=None)
