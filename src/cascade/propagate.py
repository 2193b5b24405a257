"""Targets and assigned tasks of higher documents → obligations of the units they reach.

Every obligation keeps its provenance: the document and clause it comes from, the phrase or
cascade rule it travelled by, and the path down the hierarchy. Groups are resolved at the
later of the source document's date and the start of the year being checked, so a 2021
national target reaches the communes that exist in 2026.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from cascade.hierarchy import as_date
from cascade.load import Workspace
from cascade.models import CascadeFile, Document, Flow, Target, Task



@dataclass(frozen=True)
class Obligation:
    unit: str
    area: str
    document: str
    clause: str
    via: str  # the phrase that named the unit, or the cascade rule (CAS-…) that carried it
    path: tuple[str, ...]  # units from the source's issuer down to `unit`
    target: Target | None = None
    task: Task | None = None
    role: str = "target"  # target | lead | support

    @property
    def indicator(self) -> str | None:
        return self.target.indicator if self.target else None

    def years(self, doc: Document) -> range:
        return target_years(self.target, doc) if self.target else doc_years(doc)


@dataclass(frozen=True)
class Dropped:
    """A target that reached nobody because its level no longer exists (shown by explain)."""

    document: str
    clause: str
    phrase: str
    reason: str


def doc_years(doc: Document) -> range:
    if doc.period:
        return range(doc.period.start, doc.period.end + 1)
    year = int(doc.date[:4]) if doc.date else None
    return range(year, year + 1) if year else range(0)


def target_years(target: Target, doc: Document) -> range:
    """A period applies within it; a target "by year Y" is a floor from Y to the end of the
    document's period; otherwise the document's period."""
    if target.period:
        return range(target.period.start, target.period.end + 1)
    span = doc_years(doc)
    if target.year:
        return range(target.year, max(target.year, span.stop - 1) + 1)
    return span


@dataclass
class Propagation:
    ws: Workspace
    cascade: CascadeFile
    _default: list | None = None
    _by_year: dict[int, dict[str, list[Obligation]]] = field(default_factory=dict)
    dropped: dict[int, list[Dropped]] = field(default_factory=dict)

    def for_unit(self, unit: str, years: range) -> list[Obligation]:
        """The unit's obligations in any of these years, each once."""
        seen: dict[tuple, Obligation] = {}
        for year in years:
            for ob in self._index(year).get(unit, []):
                seen.setdefault((ob.document, ob.clause, ob.role, id(ob.target or ob.task)), ob)
        return list(seen.values())

    def _index(self, year: int) -> dict[str, list[Obligation]]:
        if year not in self._by_year:
            self._by_year[year], self.dropped[year] = self._build(year)
        return self._by_year[year]

    def _build(self, year: int) -> tuple[dict[str, list[Obligation]], list[Dropped]]:
        index: dict[str, list[Obligation]] = defaultdict(list)
        dropped: list[Dropped] = []
        for doc in self.ws.documents.values():
            if year not in doc_years(doc) or doc.issuer not in self.ws.hierarchy.units:
                continue
            on = max(as_date(doc.date) or dt.date(year, 1, 1), dt.date(year, 1, 1))
            for ob in self._from_document(doc, year, on, dropped):
                index[ob.unit].append(ob)
        return index, dropped

    def _from_document(self, doc: Document, year: int, on: dt.date, dropped: list[Dropped]):
        flow = self._flow(doc)
        self._default = None  # the units a target naming no one reaches, found once per document
        for area, content in doc.areas.items():
            if flow:
                for target in content.targets:
                    if year in target_years(target, doc):
                        yield from self._reach(doc, area, on, target.applies_to, flow, dropped, target=target)
            for task in content.tasks:
                yield from self._reach(doc, area, on, task.lead, None, dropped, task=task, role="lead")
                yield from self._reach(doc, area, on, task.support, None, dropped, task=task, role="support")

    def _reach(self, doc, area, on, phrases, flow: Flow | None, dropped, target=None, task=None, role="target"):
        clause = (target or task).clause
        h = self.ws.hierarchy
        if not phrases and flow:
            if self._default is None:
                self._default = h.descendants(doc.issuer, on, flow.to_levels)
            named = [(flow.id, self._default)]
        else:
            named = [(p, h.resolve(p, doc.issuer, on)) for p in phrases]
        for via, units in named:
            if not units and self._defunct(via, on):
                dropped.append(Dropped(doc.id, clause, via, self._defunct(via, on)))
            for unit in units:
                if unit != doc.issuer:
                    chain = h.ancestors(unit)
                    top = chain.index(doc.issuer) + 1 if doc.issuer in chain else len(chain)
                    path = (*reversed(chain[:top]), unit)
                    yield Obligation(unit, area, doc.id, clause, via, path, target, task, role)

    def _flow(self, doc: Document) -> Flow | None:
        kind = self.ws.hierarchy.units[doc.issuer].kind
        return next((f for f in self.cascade.flows if kind in f.from_levels and doc.kind in f.document_kinds), None)

    def _defunct(self, phrase: str, on: dt.date) -> str | None:
        group = self.ws.hierarchy.group(phrase)
        for level in self.cascade.defunct_levels:
            if group and set(group.kinds) == {level.level} and on >= level.ended:
                return level.level
        return None


def bound(target: Target) -> tuple[str, float, bool] | None:
    """A numeric target as a bound: ("min" | "max", value, strict)."""
    if target.value is None or target.comparator is None:
        return None
    if target.comparator in (">=", ">", "="):
        return "min", target.value, target.comparator == ">"
    return "max", target.value, target.comparator == "<"


def comparable(a: Target, b: Target) -> bool:
    ba, bb = bound(a), bound(b)
    same_baseline = a.baseline_year is None or b.baseline_year is None or a.baseline_year == b.baseline_year
    return (ba is not None and bb is not None and ba[0] == bb[0] and a.unit == b.unit
            and a.change == b.change and same_baseline)


def stricter(a: Target, b: Target) -> bool:
    """Whether a asks for more than b: "trên 95%" > "đạt 95%" > "đạt 90%"; a cut of 30% > 20%."""
    if not comparable(a, b):
        return False
    kind, va, sa = bound(a)
    _, vb, sb = bound(b)
    return (va, sa) > (vb, sb) if kind == "min" else (-va, sa) > (-vb, sb)


def binding(obligations: list[Obligation]) -> dict[str, Obligation]:
    """Per indicator, the strictest numeric target among the obligations (the others stay visible)."""
    best: dict[str, Obligation] = {}
    for ob in obligations:
        if ob.target and ob.indicator and bound(ob.target):
            current = best.get(ob.indicator)
            if current is None or stricter(ob.target, current.target):
                best[ob.indicator] = ob
    return best


UNIT_SIGNS = {"percent": " %", "count": "", "level": "", "rank": "", "points": " điểm", "minutes": " phút"}


def describe(target: Target) -> str:
    """A target in a few language-neutral symbols: "> 95 %", "≥ 3 (level)", "−≥ 10 % vs 2025"."""
    if target.value is None:
        if target.assigned_by:
            return "= " + " / ".join(target.assigned_by)
        return "?"
    sign = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<"}.get(target.comparator or "", "")
    text = f"{sign} {target.value:g}{UNIT_SIGNS.get(target.unit or '', '')}".strip()
    if target.unit == "level":
        text += " (level)"
    if target.change:
        text = ("−" if target.change == "decrease" else "+") + text
    if target.baseline_year:
        text += f" vs {target.baseline_year}"
    return text


def own_targets(doc: Document):
    """(area, target) for every target of a document, including those inside tasks."""
    for area, content in doc.areas.items():
        for target in content.targets:
            yield area, target
        for task in content.tasks:
            for target in task.targets:
                yield area, target
