"""Blocks → a document in the fixture format, and the list of what could not be classified.

Walks the source once: the header (number, place and date, title), the opening citations,
headings (roman, arabic, lettered) and the area each names, then bullets and paragraphs as
targets or tasks depending on the section they are in, and task tables by their columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from cascade.hierarchy import name_key
from cascade.importer import phrases, tables
from cascade.importer.reader import Block

HEADING = re.compile(r"^(?P<num>[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+(?P<text>.+)$")
SECTION_KINDS = (("MỤC TIÊU", "targets"), ("NHIỆM VỤ", "tasks"), ("GIẢI PHÁP", "tasks"), ("NỘI DUNG", "tasks"))


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
    area: str | None = None
    area_level: int = 99
    items: dict = field(default_factory=dict)  # clause prefix -> count of bullets
    submode: bool = False  # the mode came from a level-2 heading ("1. Mục tiêu")
    caption: str | None = None  # the last table caption seen ("Biểu nhiệm vụ trọng tâm")
    numbered: int = 0
    part: str = ""  # "Đề cương, " after a part that restarts the numbering ("ĐỀ CƯƠNG", "PHỤ LỤC")

    def clause(self) -> str:
        return self.part + ".".join(self.path)


def build(blocks: list[Block], rules, hierarchy, issuer: str | None) -> tuple[dict, list[dict]]:
    state = State(doc={"areas": {}, "headings": [], "cites": []}, areas=_area_keys(rules), indicators=rules.indicators.indicators,
                  hierarchy=hierarchy, issuer=issuer,
                  keywords={a.id: [name_key(k) for k in a.keywords] for a in rules.areas.areas})
    body = _header(blocks, state)
    table: list[Block] = []
    for block in body:
        if block.cells is not None:
            table.append(block)
            continue
        if table:
            tables.import_table(table, state)
            table = []
        _paragraph(block, state)
    if table:
        tables.import_table(table, state)
    return state.doc, state.unclassified


def _area_keys(rules) -> dict:
    return {a.id: sorted({name_key(s) for s in (a.name_vi, *a.synonyms)}, key=len, reverse=True)
            for a in rules.areas.areas}


# ---------------------------------------------------------------- header and citations


def _header(blocks: list[Block], state: State) -> list[Block]:
    """Fill number, date, place, title and opening citations; the blocks after them."""
    doc = state.doc
    for i, block in enumerate(blocks):
        text = block.text
        if block.cells is not None or HEADING.match(text) and text.split(".")[0] in ("I",):
            return blocks[i:]
        if text.startswith("Số") and "number_as_written" not in doc:
            doc["number_as_written"] = text
            number = phrases.NUMBER.search(text)
            doc["number"] = number["n"] if number and not number["n"].startswith("/") else None
        elif re.search(r"ngày.*tháng.*năm", text) and "date_as_written" not in doc and len(text) < 80:
            doc["date_as_written"] = text
            doc["place"] = text.split(",")[0].strip() if "," in text else None
            doc["date"] = _date(text)
        elif text.upper().startswith("KẾ HOẠCH") and "title" not in doc:
            rest = text[len("KẾ HOẠCH"):].strip()
            doc["title"] = rest or (blocks[i + 1].text if i + 1 < len(blocks) else "")
            doc["_title_next"] = not rest
        elif doc.pop("_title_next", False):
            continue
        elif re.match(r"(Căn cứ|Thực hiện)\b", text):
            _citations(block, state)
        elif "title" in doc:
            state.unclassified.append({"where": block.where, "text": text})
    return []


def _date(text: str) -> str | None:
    m = re.search(r"ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})", text)
    if not m:
        return None
    day, month, year = m.groups()
    if month and day:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return f"{year}-{int(month):02d}" if month else year


def _citations(block: Block, state: State) -> None:
    for part in re.split(r";\s*", block.text):
        cited = phrases.citation(part)
        if cited:
            state.doc["cites"].append({"clause": "Căn cứ", "text": part.strip().rstrip(".,"), **cited})
        elif part.strip():
            state.unclassified.append({"where": block.where, "text": part.strip()})


# ---------------------------------------------------------------- body


ANNOUNCED = re.compile(r"\((Có|kèm theo)[^)]*phụ lục[^)]*\)", re.I)
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
    if PART.fullmatch(block.text):
        _part(block, state)
        return
    match = HEADING.match(block.text)
    clause = None
    if match and not block.bullet and _is_heading(match, block.text):
        _heading(match["num"], match["text"], block, state)
    elif block.numbered and not block.bullet and len(block.text.split()) <= 14 and not block.text.endswith("."):
        _heading(block.numbered.rstrip("."), block.text, block, state)
    else:
        if block.numbered and not match:  # a Word list number, not typed in the text
            match = {"num": block.numbered.rstrip("."), "text": block.text}
        _item(block, match, state)
        clause = f"{state.clause()}.{match['num']}" if match else None
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
    state.mode = "outline" if name.upper().startswith("ĐỀ CƯƠNG") else "other"
    state.doc["headings"].append({"clause": name, "text": block.text, "level": 1})


def _is_heading(match, text: str) -> bool:
    """Roman numbers always; "1." or "a)" only for a short line that is not a sentence."""
    return bool(re.fullmatch(r"[IVX]+", match["num"])) or (len(match["text"].split()) <= 14 and not text.endswith("."))


def _heading(num: str, text: str, block: Block, state: State) -> None:
    level = 1 if re.fullmatch(r"[IVX]+", num) else 3 if "." in num or num.isalpha() else 2
    state.path = state.path[:level - 1] + [num.split(".")[-1]] if level > 1 else [num]
    clause = state.clause()
    if level == 1 and state.mode != "outline":
        upper = text.upper()
        state.mode = next((mode for word, mode in SECTION_KINDS if word in upper), "other")
        if "MỤC TIÊU" in upper and any(w in upper for w in ("NHIỆM VỤ", "GIẢI PHÁP")):
            state.mode = "mixed"
        state.submode = False
        state.numbered = 0
    if level == 2 and state.mode == "mixed" or getattr(state, "submode", False):
        upper = text.upper()
        sub = "targets" if upper.startswith("MỤC TIÊU") else "tasks" if upper.startswith(("NHIỆM VỤ", "GIẢI PHÁP")) else None
        if sub:
            state.mode, state.submode = sub, True
    area = phrases.area_of(text, state.areas)
    if area:
        state.area, state.area_level = area, level
    elif level <= state.area_level:
        state.area, state.area_level = None, 99
    heading = {"clause": clause, "numbering": num, "text": text, "level": level}
    if area:
        heading["area"] = area
    state.doc["headings"].append(heading)


def _item(block: Block, numbered, state: State) -> None:
    closing = re.match(r"Trên đây là (.*?)(?:của (.+?))?(?:[;,.]|\./\.|$)", block.text)
    if closing:  # "Trên đây là Kế hoạch … năm 2026 của UBND xã …": the text names itself
        reference = {"clause": "Kết thúc", "text": block.text}
        if closing.group(2):
            reference["issuer_as_written"] = closing.group(2).strip()
        year = re.search(r"năm (\d{4})", closing.group(1))
        if year:
            reference["year"] = int(year.group(1))
        state.doc.setdefault("self_references", []).append(reference)
        return
    if state.mode in ("other", "outline"):
        state.unclassified.append({"where": block.where, "text": block.text})
        return
    clause = state.clause()
    if numbered and not block.bullet:  # a numbered paragraph: "1. Đẩy mạnh …"
        state.numbered += 1
        clause, text = f"{clause}.{numbered['num']}", numbered["text"]
    else:
        state.items[clause] = state.items.get(clause, 0) + 1
        clause, text = f"{clause}, ý {state.items[clause]}", block.text
    area = state.area or _guess_area(text, state)
    found = phrases.targets(text, state.indicators)
    content = state.doc["areas"].setdefault(area, {"targets": [], "tasks": []})
    if state.mode == "targets" or (state.mode == "mixed" and found):
        for target in found or [phrases.qualitative(text, state.indicators)]:
            content["targets"].append({"clause": clause, "text": text, **target})
    else:
        task = {"clause": clause, "text": text}
        if found:
            task["targets"] = [{"clause": clause, "text": text, **t} for t in found]
        content["tasks"].append(task)


def _guess_area(text: str, state: State) -> str:
    """An item outside any area heading: the area of the indicator it names, else of the area
    keywords it uses most (rules/areas.yaml), else the next area in order (numbered task
    paragraphs follow the seven areas' order)."""
    indicator = phrases.match_indicator(text, state.indicators, len(text))
    if indicator:
        return {i.id: i.area for i in state.indicators}[indicator]
    key = name_key(text)
    hits = {a: sum(key.count(k) for k in words) for a, words in state.keywords.items()}
    best = max(hits, key=hits.get)
    if hits[best]:
        return best
    order = list(state.areas)
    return order[min(max(state.numbered - 1, 0), len(order) - 1)]
