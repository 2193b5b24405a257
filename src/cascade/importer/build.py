"""Header, blocks and headings → a document in the fixture format, and what could not be read.

Walks the body once (every block the header did not take): the citations before the first
heading, headings (structure.py) with the section and area each opens, then bullets and
paragraphs as targets or tasks depending on their section, and task tables by their columns.
Outside a section of targets or tasks a passage that sets a figure is still read as a target;
anything else is listed as unread with its place, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from cascade.hierarchy import name_key
from cascade.importer import phrases, structure, tables
from cascade.importer.header import CITATION, Header
from cascade.importer.reader import Block

SECTION_KINDS = (("MỤC TIÊU", "targets"), ("NHIỆM VỤ", "tasks"), ("GIẢI PHÁP", "tasks"), ("NỘI DUNG", "tasks"),
                 ("CĂN CỨ", "citations"))


@dataclass
class State:
    doc: dict
    areas: dict  # area id -> [synonym keys]
    indicators: list
    hierarchy: object
    issuer: str | None
    keywords: dict = field(default_factory=dict)  # area id -> keyword keys
    unclassified: list = field(default_factory=list)
    path: list = field(default_factory=list)  # heading numbers: ["II", "3"]
    mode: str = "other"
    mode_level: int = 0  # the level of the heading that opened the section
    area: str | None = None
    area_level: int = 99
    items: dict = field(default_factory=dict)  # clause prefix -> count of bullets
    submode: bool = False  # the mode came from a sub-heading ("1. Mục tiêu")
    caption: str | None = None  # the last table caption seen ("Biểu nhiệm vụ trọng tâm")
    numbered: int = 0
    part: str = ""  # "Đề cương, " after a part that restarts the numbering ("ĐỀ CƯƠNG", "PHỤ LỤC")
    outline: structure.Outline = field(default_factory=structure.Outline)
    ordinals: dict = field(default_factory=dict)  # level -> unnumbered headings seen at it
    headed: bool = False  # a heading has been seen: "Căn cứ …" is no longer a citation
    closed: bool = False  # after "Trên đây là" / "Nơi nhận": bold lines are the signature
    results: bool = False  # a report: its figures are results, not targets

    def clause(self) -> str:
        return self.part + ".".join(self.path)


def build(blocks: list[Block], header: Header, kind: str, rules, hierarchy, issuer: str | None) -> tuple[dict, list[dict]]:
    state = State(doc={"areas": {}, "headings": [], "cites": []}, areas=area_keys(rules), indicators=rules.indicators.indicators,
                  hierarchy=hierarchy, issuer=issuer,
                  keywords={a.id: [name_key(k) for k in a.keywords] for a in rules.areas.areas}, results=kind == "report")
    state.doc.update({k: v for k, v in header.fields.items()})
    table: list[Block] = []
    for i, block in enumerate(blocks):
        if i in header.used:
            continue
        if block.cells is not None:
            table.append(block)
            continue
        if table:
            tables.import_table(table, state)
            table = []
        if not state.headed and CITATION.match(block.text) and not state.closed:
            _citations(block, state)
        else:
            _paragraph(block, state)
    if table:
        tables.import_table(table, state)
    return state.doc, state.unclassified


def area_keys(rules) -> dict:
    return {a.id: sorted({name_key(s) for s in (a.name_vi, *a.synonyms)}, key=len, reverse=True)
            for a in rules.areas.areas}


def _citations(block: Block, state: State) -> None:
    for part in re.split(r";\s*", block.text):
        cited = phrases.citation(part)
        if cited:
            state.doc["cites"].append({"clause": "Căn cứ", "text": part.strip().rstrip(".,"), **cited})
        elif part.strip():
            state.unclassified.append({"where": block.where, "text": part.strip()})


# ---------------------------------------------------------------- body


ANNOUNCED = re.compile(r"\((Có|kèm theo)[^)]{0,200}phụ lục[^)]{0,200}\)", re.I)
# "… việc thực hiện Kế hoạch cải cách hành chính năm 2025;": the plan naming itself in its body
# (YRS-001 checks the year) — not a cited plan ("Kế hoạch số …") nor another's ("… của UBND tỉnh").
SELF = re.compile(r"(?<!số )Kế hoạch (?:cải cách hành chính|CCHC)[^.;:,]{0,40}? năm (\d{4})(?! của)", re.I)
# "… xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện, sản phẩm đầu ra" (TSK-002)
REQUIRES = re.compile(r"xác định rõ ([^.]*)", re.I)
TASK_FIELDS = {"lead": ("chủ trì",), "support": ("phối hợp",), "deadline": ("thời gian", "thời hạn"),
               "products": ("sản phẩm",)}


def _paragraph(block: Block, state: State) -> None:
    if block.text.upper().startswith(("BIỂU", "PHỤ LỤC")):  # a table's caption names its rows' clauses
        state.caption = " ".join(takewhile(str.isupper, block.text.split())).capitalize()
        if not PART.fullmatch(block.text):
            state.unclassified.append({"where": block.where, "text": block.text})
            return
    if PART.fullmatch(block.text):
        _part(block, state)
        return
    heading = structure.heading_of(block, state.areas)
    if heading and state.closed and heading.num is None:
        heading = None  # a signature in bold or capitals, not a heading
    clause = None
    if heading:
        _heading(heading, state)
        if heading.rest:  # "1. Cải cách thể chế: Đảm bảo 100% …": the content of the heading's line
            _item(block, None, state, heading.rest)
    else:
        match = structure.NUMBERED.match(block.text) if not block.bullet else None
        numbered = {"num": match["num"], "text": match["text"]} if match else None
        if block.numbered and not match:  # a Word list number, not typed in the text
            numbered = {"num": block.numbered.rstrip("."), "text": block.text}
        _item(block, numbered, state)
        clause = f"{state.clause()}.{numbered['num']}" if numbered else None
    _said_of_itself(block, state, clause or state.clause())


def _said_of_itself(block: Block, state: State, clause: str) -> None:
    """What a sentence says about the plan itself, whatever section it is in: an appendix it
    announces, its own name and year, what each of its tasks must state."""
    announced = ANNOUNCED.search(block.text)
    if announced:  # "(Có phụ lục kèm theo)": the appendix must follow (STR-003 checks it)
        state.doc.setdefault("announced", []).append(
            {"clause": clause or "Mở đầu", "text": announced.group(0), "section": "Phụ lục"})
    named = SELF.search(block.text)
    own = state.doc.get("title", "").lower().startswith("cải cách hành chính")  # not an inspection plan's
    if named and own and clause and state.mode != "outline" and not block.text.startswith("Trên đây là"):
        state.doc.setdefault("self_references", []).append({"clause": clause, "text": block.text, "year": int(named[1])})
    required = REQUIRES.search(block.text)
    fields = [f for f, words in TASK_FIELDS.items() if required and any(w in required[1].lower() for w in words)]
    if len(fields) >= 2 and state.mode != "outline":
        # asked of the plans below ("các cơ quan xây dựng kế hoạch …, xác định rõ …") or of its own tasks
        scope = "subordinates" if re.search(r"xây dựng kế hoạch", block.text[:required.start()], re.I) else "self"
        state.doc.setdefault("requirements", []).append(
            {"clause": clause, "text": block.text, "task_fields": fields, "scope": scope})


PART = re.compile(r"(ĐỀ CƯƠNG|PHỤ LỤC)( [IVX\d]+)?:?", re.I)


def _part(block: Block, state: State) -> None:
    """An annex that numbers its headings afresh: "Đề cương, I" is not the body's I. An outline
    (đề cương) is a report template: its headings are kept, its sentences are not targets."""
    name = block.text.rstrip(":").capitalize()
    state.part, state.path, state.area, state.area_level, state.submode = f"{name}, ", [], None, 99, False
    state.outline.restart()
    state.ordinals = {}
    state.mode = "outline" if name.upper().startswith("ĐỀ CƯƠNG") else "other"
    state.doc["headings"].append({"clause": name, "text": block.text, "level": 1})


def _heading(h: structure.Heading, state: State) -> None:
    level = state.outline.level(h.style)
    if h.num is None:  # unnumbered: its place among the headings of its level
        state.ordinals = {k: v for k, v in state.ordinals.items() if k <= level}
        state.ordinals[level] = state.ordinals.get(level, 0) + 1
    num = h.num or str(state.ordinals[level])
    state.path = state.path[:level - 1] + [num.split(".")[-1]] if level > 1 else [num]
    state.headed = True
    _section(h.text, level, state)
    area = phrases.area_of(h.text, state.areas)
    if area:
        state.area, state.area_level = area, level
    elif level <= state.area_level:
        state.area, state.area_level = None, 99
    heading = {"clause": state.clause(), "numbering": h.num, "text": h.text, "level": level}
    if area:
        heading["area"] = area
    state.doc["headings"].append(heading)


def _section(text: str, level: int, state: State) -> None:
    """The section a heading opens: targets, tasks, both (mixed), citations or other. A heading
    inside a section changes it only when the section is mixed ("1. Mục tiêu", "2. Nhiệm vụ")."""
    if state.mode == "outline":
        return
    upper = text.upper()
    if state.mode != "other" and level > state.mode_level:
        if state.mode == "mixed" or state.submode:
            sub = "targets" if upper.startswith("MỤC TIÊU") else "tasks" if upper.startswith(("NHIỆM VỤ", "GIẢI PHÁP")) else None
            if sub:
                state.mode, state.submode = sub, True
        return
    state.mode = next((mode for word, mode in SECTION_KINDS if word in upper), "other")
    if "MỤC TIÊU" in upper and any(w in upper for w in ("NHIỆM VỤ", "GIẢI PHÁP")):
        state.mode = "mixed"
    state.mode_level, state.submode, state.numbered = level, False, 0


def _item(block: Block, numbered, state: State, text: str | None = None) -> None:
    closing = re.match(r"Trên đây là (.{0,400}?)(?:của (.{1,200}?))?(?:[;,.]|\./\.|$)", block.text)
    if closing:  # "Trên đây là Kế hoạch … năm 2026 của UBND xã …": the text names itself
        reference = {"clause": "Kết thúc", "text": block.text}
        if closing.group(2):
            reference["issuer_as_written"] = closing.group(2).strip()
        year = re.search(r"năm (\d{4})", closing.group(1))
        if year:
            reference["year"] = int(year.group(1))
        state.doc.setdefault("self_references", []).append(reference)
        state.closed = True
        return
    if block.text.startswith("Nơi nhận"):
        state.closed = True
    if state.mode == "citations" and phrases.citation(block.text):
        _citations(block, state)
        return
    clause = state.clause()
    if numbered and not block.bullet:  # a numbered paragraph: "1. Đẩy mạnh …"
        clause, text = f"{clause}.{numbered['num']}", numbered["text"]
    else:
        state.items[clause] = state.items.get(clause, 0) + 1
        clause, text = f"{clause}, ý {state.items[clause]}", text or block.text
    if ANNOUNCED.fullmatch(text.strip("*_ ")):
        return  # "(Có phụ lục kèm theo)": read as an announcement (_said_of_itself), not an item
    found = phrases.targets(text, state.indicators, with_spans=True)
    if not found and text.endswith(":"):  # "… tham mưu UBND tỉnh:": the lead-in of a list, no aim of its own
        state.unclassified.append({"where": block.where, "text": text})
        return
    figures = [(t, span) for t, span in found if "value" in t]
    if state.mode in ("other", "outline", "citations") or state.results:
        # outside targets and tasks a figure is still a target — but not in an outline (a report
        # template) nor in a report (its figures are results)
        if not figures or state.mode == "outline" or state.results:
            state.unclassified.append({"where": block.where, "text": text})
            return
        for target, span in figures:
            _content(_area_of(span, text, state), state)["targets"].append({"clause": clause, "text": _own(text, span), **target})
        return
    if numbered and not block.bullet:
        state.numbered += 1
    area = state.area or _guess_area(text, state)
    if state.mode == "targets" or (state.mode == "mixed" and found):
        if not found:
            _content(area, state)["targets"].append({"clause": clause, "text": text, **phrases.qualitative(text, state.indicators)})
        for target, span in found:
            _content(_area_of(span, text, state), state)["targets"].append({"clause": clause, "text": _own(text, span), **target})
    else:
        task = {"clause": clause, "text": text}
        if found:
            task["targets"] = [{"clause": clause, "text": _own(text, span), **t} for t, span in found]
        _content(area, state)["tasks"].append(task)


def _own(text: str, span: str) -> str:
    """A target's text: its paragraph, or in a paragraph long enough to be cut into pieces
    (phrases.pieces) the piece that sets it — so the YAML grows with the text, not its square."""
    return text if len(text) <= phrases.LONG_CLAUSE else span.strip()


def _content(area: str, state: State) -> dict:
    return state.doc["areas"].setdefault(area, {"targets": [], "tasks": []})


def _area_of(span: str, text: str, state: State) -> str:
    """A target's area: its heading's; else the one its own clause names; else its sentence's."""
    return state.area or _guess_area(span, state, fallback=False) or _guess_area(text, state)


def _guess_area(text: str, state: State, fallback: bool = True) -> str | None:
    """An item outside any area heading: the area of the indicator it names, else of the area
    keywords it uses most (rules/areas.yaml), else the next area in order (numbered task
    paragraphs follow the seven areas' order)."""
    indicator = phrases.match_indicator(text, state.indicators, len(text))
    if indicator:
        return {i.id: i.area for i in state.indicators}[indicator]
    key = name_key(text)
    hits = {a: sum(key.count(k) for k in words) for a, words in state.keywords.items()}
    best = max(hits, key=hits.get)
    if hits[best] or not fallback:
        return best if hits[best] else None
    order = list(state.areas)
    return order[min(max(state.numbered - 1, 0), len(order) - 1)]
