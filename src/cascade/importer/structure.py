"""Blocks → headings: which paragraphs are headings, at which level, and what they name.

A heading is numbered (I., 1., 1.1., a), đ), a Word list number), or marked only by bold or
capitals, or — in text where bold was lost — a short line that names an area ("Về công tác chỉ
đạo, điều hành"). Its level comes from the order in which the document uses its numbering
styles, not from the style itself: a plan numbered 1./1.1./a) has "1." at the top just as another
has "I.". A heading may carry its content on the same line ("1. Cải cách thể chế: Đảm bảo
100% …"): the content is returned apart, to be read as an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.importer import phrases
from cascade.importer.reader import Block, capitals

NUMBERED = re.compile(r"^(?P<num>[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+(?P<text>\S.*)$")
SECTION_WORDS = ("MỤC TIÊU", "NHIỆM VỤ", "GIẢI PHÁP", "NỘI DUNG", "MỤC ĐÍCH", "YÊU CẦU", "TỔ CHỨC THỰC HIỆN",
                 "CĂN CỨ", "KINH PHÍ", "QUAN ĐIỂM")
MAX_WORDS = 14  # a numbered line longer than this, or ending like a sentence, is an item


@dataclass
class Heading:
    num: str | None  # "II", "2.1", "a"; None for a bold or capitalised heading
    style: str  # "roman", "arabic", "dotted2", "letter", "bold-caps", "bold", "caps", "plain"
    text: str
    rest: str = ""  # content on the same line, after "…:"


def style_of(num: str) -> str:
    if re.fullmatch(r"[IVX]+", num):
        return "roman"
    if num.isdigit():
        return "arabic"
    if "." in num:
        return f"dotted{num.count('.') + 1}"
    return "letter"


def heading_of(block: Block, areas: dict) -> Heading | None:
    """The heading a paragraph is, or None for an item."""
    if block.bullet or block.cells is not None:
        return None
    text = block.text
    m = NUMBERED.match(text)
    if m:
        num, rest_text = m["num"], m["text"]
        lead, content = _split_lead(rest_text, block, areas)
        if lead:
            return Heading(num, style_of(num), lead, content)
        # Roman always; else short, or in capitals ("2. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP … CHỈ SỐ …")
        if style_of(num) == "roman" or _short(rest_text) or (capitals(rest_text) and not rest_text.endswith(".")):
            return Heading(num, style_of(num), rest_text)
        return None
    if block.numbered:  # a Word list number, not typed in the text
        lead, content = _split_lead(text, block, areas)
        if lead or (_short(text) and not block.bullet):
            return Heading(block.numbered.rstrip("."), "arabic", lead or text, content if lead else "")
        return None
    if _short(text, 20) and not _has_figure(text):
        if block.bold:
            return Heading(None, "bold-caps" if capitals(text) else "bold", text)
        if capitals(text) and len(text.split()) >= 2:
            return Heading(None, "caps", text.rstrip(":"))
        if len(text.split()) <= 12 and phrases.area_of(text, areas) and not text.endswith((".", ";", ",")):
            return Heading(None, "plain", text)
    return None


def _short(text: str, words: int = MAX_WORDS) -> bool:
    return len(text.split()) <= words and not text.rstrip().endswith((".", ";"))


def _has_figure(text: str) -> bool:
    return bool(phrases.PERCENT.search(text))


def _split_lead(text: str, block: Block, areas: dict) -> tuple[str | None, str]:
    """"Cải cách thể chế: Đảm bảo 100% …" → ("Cải cách thể chế", "Đảm bảo 100% …"), when the part
    before the colon is short and is a heading: bold, or naming an area or a section."""
    if ":" not in text:
        return None, ""
    before, after = (part.strip() for part in text.split(":", 1))
    if not after or len(before.split()) > 16:
        return None, ""
    bold_lead = block.lead is not None and before in block.lead
    upper = before.upper()
    if bold_lead or phrases.area_of(before, areas) or any(upper.startswith(w) for w in SECTION_WORDS):
        return before, after
    return None, ""


@dataclass
class Outline:
    """The numbering styles in use, outermost first: a heading's level is its style's place."""

    styles: list = field(default_factory=list)

    def level(self, style: str) -> int:
        if style in self.styles:
            del self.styles[self.styles.index(style) + 1:]
        else:
            self.styles.append(style)
        return min(len(self.styles), 4)

    def restart(self) -> None:
        self.styles.clear()
