"""Task tables → tasks (and goals, activities, inspections), by what their header row says.

Columns are recognised by their header words ("Nhiệm vụ", "Cơ quan chủ trì", "Thời gian …").
A header repeated after a page break is skipped; a row whose number cell is empty continues
the row above (a cell broken by a page) or, in goal/task/activity tables, adds to it.
"""

from __future__ import annotations

import re

from cascade.finding import Terms
from cascade.hierarchy import name_key
from cascade.importer import phrases

COLUMNS = [  # (role, header words), first match wins
    ("number", ("stt", "tt")), ("goal", ("mục tiêu",)), ("activity", ("hoạt động",)),
    ("product", ("kết quả/sản phẩm", "sản phẩm", "kết quả cần đạt")), ("field", ("lĩnh vực",)),
    ("issue", ("tồn tại",)), ("lead", ("chủ trì",)), ("support", ("phối hợp",)),
    ("time", ("thời gian", "thời điểm")), ("unit", ("đơn vị được kiểm tra",)), ("content", ("nội dung",)),
    ("task", ("nhiệm vụ",)),
]
_FIELDS = [("product", "products"), ("lead", "lead"), ("support", "support"), ("time", "deadline")]
ITEM = re.compile(r"(Mục tiêu|Nhiệm vụ|Hoạt động)\s*(\d+)\s*:\s*", re.I)


def roles(header: list[str]) -> dict[int, str]:
    out = {}
    for i, cell in enumerate(header):
        key = name_key(cell)
        role = next((r for r, words in COLUMNS if any(w in key for w in words)), None)
        if role and role not in out.values():
            out[i] = role
    return out


def import_table(rows, state) -> None:
    header = next((r for r in rows if "task" in roles(r.cells).values() or "unit" in roles(r.cells).values()), None)
    if header is None:
        state.unclassified += [{"where": r.where, "text": " | ".join(c for c in r.cells if c)} for r in rows]
        return
    cols = roles(header.cells)
    table = _Table(state, cols, _title(state))
    columns = [field for role, field in _FIELDS if role in cols.values()]
    if "task" in cols.values() and columns:  # what an empty cell of its rows leaves unsaid
        state.doc.setdefault("task_tables", []).append({"clause": table.prefix, "columns": columns})
    for row in rows:
        if row.cells == header.cells:
            continue  # the header again, after a page break
        table.row(row)
    table.flush()


def _title(state) -> str:
    """Clauses of a table's rows start with the table's caption ("Biểu nhiệm vụ trọng tâm")."""
    return state.caption or "Phụ lục"


class _Table:
    def __init__(self, state, cols: dict[int, str], prefix: str):
        self.state, self.cols, self.prefix = state, cols, prefix
        self.current: dict | None = None
        self.group: str | None = None
        self.area: str | None = state.area
        self.mode: str | None = None

    def cell(self, row, role: str) -> str:
        return next((row.cells[i] for i, r in self.cols.items() if r == role and i < len(row.cells)), "")

    def row(self, row) -> None:
        filled = [c for c in row.cells if c]
        number = self.cell(row, "number")
        if re.fullmatch(r"[IVX]+\.?", number or "") or _caption_row(row, filled):
            self._group(row, filled)
        elif number.isdigit() or (self.current and ITEM.match(filled[0] if filled else "")):
            # a new row; or, inside a row, a new "Nhiệm vụ N:" / "Hoạt động N:" under the same goal
            # (not a page-break continuation, whose first cell goes on with the goal's sentence)
            number = number or self.current["number"]
            self.flush()
            self.current = {"number": number, "cells": {r: self.cell(row, r) for r in self.cols.values()},
                            "where": row.where}
        elif self.current:  # a continuation: a page break inside a row, or more activities
            for role in self.cols.values():
                extra = self.cell(row, role)
                if extra:
                    self.current["cells"][role] = self._joined(role, self.current["cells"][role], extra)
        else:
            self.state.unclassified.append({"where": row.where, "text": " | ".join(filled)})

    def _joined(self, role: str, before: str, extra: str) -> str:
        """Two unit cells that each name known units are two lists ("Các phòng, ban, trung tâm"
        on both rows); otherwise the page broke a cell's text, which goes on with a space."""
        if role in ("lead", "support") and before and not split_units(before, self.state)[1] \
                and not split_units(extra, self.state)[1]:
            return f"{before}; {extra}"
        return f"{before} {extra}".strip()

    def _group(self, row, filled) -> None:
        """A row like "I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (3 Mục tiêu; …)": a new section."""
        self.flush()
        text = filled[-1]
        number = filled[0] if len(filled) > 1 else None
        roman = re.match(r"([IVX]+)\.\s+(.*)", text)
        if number is None and roman:
            number, text = roman.groups()
        self.group = number or text
        self.area = phrases.area_of(text, self.state.areas) or self.area
        if "TRỰC TIẾP" in text.upper():
            self.mode = "direct"
        elif "MÔI TRƯỜNG MẠNG" in text.upper() or "TRỰC TUYẾN" in text.upper():
            self.mode = "online"
        clause = f"{self.prefix}, {number or text}"
        heading = {"clause": clause, "numbering": number, "text": re.sub(r"\s*\(.*\)$", "", text), "level": 1}
        if self.area:
            heading["area"] = self.area
        self.state.doc["headings"].append(heading)
        counts = phrases.declared_counts(text)
        if counts:
            self.state.doc.setdefault("declared_counts", []).append(
                {"clause": clause, "text": text, **({"area": self.area} if self.area else {}), **counts})

    def flush(self) -> None:
        if self.current is None:
            return
        cells, self.current = self.current["cells"], None
        if "unit" in self.cols.values():
            self._inspection(cells)
        elif "goal" in self.cols.values():
            self._goals(cells)
        else:
            self._task(cells)

    def _clause(self, what: str) -> str:
        group = f"{self.group}, " if self.group else ""
        return f"{self.prefix}, {group}{what}"

    def _content(self, area: str | None) -> dict:
        return self.state.doc["areas"].setdefault(area or self.area or "other", {"targets": [], "tasks": []})

    def _task(self, cells) -> None:
        area = phrases.area_of(cells.get("field", ""), self.state.areas) or self.area
        task = {"clause": self._clause(f"dòng {self._row_number(cells)}"), "text": cells.get("task", "")}
        task.update(self._people(cells))
        task.update(phrases.deadline(cells.get("time", "")))
        result = cells.get("product", "")
        found = [(task["text"], t) for t in phrases.targets(task["text"], self.state.indicators)]
        found += [(result, t) for t in phrases.targets(result, self.state.indicators)] if result else []
        if found:
            task["targets"] = [{"clause": task["clause"], "text": text, **t}
                               for text, t in found]
        elif result:
            task["products"] = [result]
        self._content(area)["tasks"].append(task)

    def _row_number(self, cells) -> str:
        return cells.get("number", "?")

    def _people(self, cells) -> dict:
        out = {}
        for role in ("lead", "support"):
            names, leftovers = split_units(cells.get(role, ""), self.state)
            if names:
                out[role] = names
            self.state.unclassified += [{"where": Terms(["table"]), "text": f"{role}: {x}"} for x in leftovers]
        return out

    def _goals(self, cells) -> None:
        """Goal/task/activity tables (Mục tiêu N, Nhiệm vụ N, Hoạt động N in their columns)."""
        content = self._content(None)
        for number, text in _items(cells.get("goal", ""), "Mục tiêu"):
            clause = self._clause(f"Mục tiêu {number}")
            for target in phrases.targets(text, self.state.indicators) or [phrases.qualitative(text, self.state.indicators)]:
                content["targets"].append({"clause": clause, "text": text, **target})
        tasks = _items(cells.get("task", ""), "Nhiệm vụ")
        activities = _items(cells.get("activity", ""), "Hoạt động")
        for number, text in tasks:
            content["tasks"].append({"clause": self._clause(f"Nhiệm vụ {number}"), "text": text, "activities": []})
        if activities and content["tasks"]:
            owner = content["tasks"][-1]
            for number, text in activities:
                activity = {"clause": self._clause(f"Hoạt động {number}"), "text": text}
                if cells.get("product"):
                    activity["products"] = [cells["product"]]
                activity.update(self._people(cells))
                activity.update(phrases.deadline(cells.get("time", "")))
                owner.setdefault("activities", []).append(activity)
                product = cells.get("product", "")
                owner.setdefault("targets", []).extend(
                    {"clause": activity["clause"], "text": product, **t} for t in phrases.targets(product, self.state.indicators))

    def _inspection(self, cells) -> None:
        names, leftovers = split_units(cells.get("unit", ""), self.state)
        self.state.unclassified += [{"where": Terms(["table"]), "text": x} for x in leftovers]
        if names:
            entry = {"clause": self._clause(f"dòng {cells.get('number', '?')}"), "units": names,
                     "mode": self.mode or "direct"}
            entry.update({k: v for k, v in (("content", cells.get("content")), ("when", cells.get("time"))) if v})
            entry.update(self._people(cells))
            self.state.doc.setdefault("inspections", []).append(entry)


def _caption_row(row, filled) -> bool:
    """A section row written across the table ("I. CHỈ ĐẠO, ĐIỀU HÀNH …"): one cell, at the left,
    in capitals — unlike a cell continued from the page before."""
    if len(filled) != 1 or row.cells.index(filled[0]) > 1:
        return False
    letters = [ch for ch in filled[0] if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)


def _items(cell: str, word: str) -> list[tuple[str, str]]:
    """("2", "Tự đánh giá …") for each "Nhiệm vụ 2: …" in a cell (several may share a cell)."""
    parts = ITEM.split(cell)
    out = []
    for i in range(1, len(parts) - 2, 3):
        if parts[i].lower() == word.lower():
            out.append((parts[i + 1], f"{parts[i]} {parts[i + 1]}: {parts[i + 2].strip()}" if word == "Mục tiêu"
                        else parts[i + 2].strip()))
    return out


def split_units(cell: str, state) -> tuple[list[str], list[str]]:
    """Unit names and group phrases in a cell ("Các sở, ban, ngành tỉnh, UBND các xã, phường"),
    longest known phrase first, as written; fragments that name nothing known come apart."""
    text = re.sub(r"^-?\s*(Chủ trì|Phối hợp)\s*:\s*", "", cell.strip())
    spans = [m.span() for m in re.finditer(r"[^,;]+", text) if m.group().strip(" .-")]
    names, leftovers, i = [], [], 0
    while i < len(spans):
        for j in range(len(spans), i, -1):
            phrase = text[spans[i][0]:spans[j - 1][1]].strip(" .-")
            if state.hierarchy.known(phrase):
                names.append(phrase)
                i = j
                break
        else:
            leftovers.append(text[spans[i][0]:spans[i][1]].strip(" .-"))
            i += 1
    return list(dict.fromkeys(names)), leftovers
