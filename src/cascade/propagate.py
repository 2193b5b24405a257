"""Targets and assigned tasks of higher documents → obligations of the units they reach.

Every obligation keeps its provenance: the document and clause it comes from, the phrase or
cascade rule it travelled by, and the path down the hierarchy. Groups are resolved at the
later of the source document's date and the start of the year being checked, so a 2021
national target reaches the communes that exist in 2026.
"""

from __future__ import annotations

import datetime as dt
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
    """Obligations, computed per unit and year when first asked for.

    Only documents issued by a unit's ancestors reach it (the nation's, the province's, its
    department's or commune's own), so a unit's obligations come from a handful of documents;
    who a phrase or a cascade rule reaches is resolved once per document and remembered.
    """

    ws: Workspace
    cascade: CascadeFile
    _obligations: dict[tuple[str, int], list[Obligation]] = field(default_factory=dict)
    _reached: dict[tuple, frozenset[str]] = field(default_factory=dict)
    dropped: dict[int, dict[tuple, Dropped]] = field(default_factory=dict)

    def for_unit(self, unit: str, years: range) -> list[Obligation]:
        """The unit's obligations in any of these years, each once."""
        seen: dict[tuple, Obligation] = {}
        for year in years:
            for ob in self._for_year(unit, year):
                seen.setdefault((ob.document, ob.clause, ob.role, id(ob.target or ob.task)), ob)
        return list(seen.values())

    def _for_year(self, unit: str, year: int) -> list[Obligation]:
        if (unit, year) not in self._obligations:
            found = []
            for ancestor in self.ws.hierarchy.ancestors(unit) if unit in self.ws.hierarchy.units else ():
                for doc in self.ws.issued_by(ancestor):
                    if year in doc_years(doc):
                        on = max(as_date(doc.date) or dt.date(year, 1, 1), dt.date(year, 1, 1))
                        found += self._from_document(doc, year, on, unit)
            self._obligations[(unit, year)] = found
        return self._obligations[(unit, year)]

    def _from_document(self, doc: Document, year: int, on: dt.date, unit: str) -> list[Obligation]:
        flow = self._flow(doc)
        found = []
        for area, content in doc.areas.items():
            if flow:
                for target in content.targets:
                    if year in target_years(target, doc):
                        found += self._reach(doc, area, on, year, unit, target.applies_to, flow, target=target)
            for task in content.tasks:
                found += self._reach(doc, area, on, year, unit, task.lead, None, task=task, role="lead")
                found += self._reach(doc, area, on, year, unit, task.support, None, task=task, role="support")
        return found

    def _reach(self, doc, area, on, year, unit, phrases, flow: Flow | None, target=None, task=None, role="target"):
        clause = (target or task).clause
        named = [(flow.id, None)] if not phrases and flow else [(p, p) for p in phrases]
        obligations = []
        for via, phrase in named:
            if unit in self._recipients(doc, on, year, clause, phrase, flow):
                obligations.append(Obligation(unit, area, doc.id, clause, via, self._path(doc.issuer, unit), target, task, role))
        return obligations

    def _recipients(self, doc, on, year, clause, phrase, flow) -> frozenset[str]:
        key = (doc.id, on, phrase, flow.id if phrase is None and flow else None)
        if key not in self._reached:
            h = self.ws.hierarchy
            units = h.descendants(doc.issuer, on, flow.to_levels) if phrase is None else h.resolve(phrase, doc.issuer, on)
            self._reached[key] = frozenset(units) - {doc.issuer}
            if not units and phrase is not None and self._defunct(phrase, on):
                self.dropped.setdefault(year, {})[(doc.id, phrase)] = Dropped(doc.id, clause, phrase, self._defunct(phrase, on))
        return self._reached[key]

    def _path(self, issuer: str, unit: str) -> tuple[str, ...]:
        chain = self.ws.hierarchy.ancestors(unit)
        top = chain.index(issuer) + 1 if issuer in chain else len(chain)
        return (*reversed(chain[:top]), unit)

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
