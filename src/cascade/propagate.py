"""Targets and assigned tasks of higher documents → obligations of the units they reach.

Every obligation keeps its provenance: the document and clause it comes from, the phrase or
cascade rule it travelled by, and the path down the hierarchy. Groups are resolved at the
later of the source document's date and the start of the year being checked, so a 2021
national target reaches the communes that exist in 2026.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from cascade.hierarchy import as_date
from cascade.models import Activity, CascadeFile, Document, Flow, Target, Task
from cascade.targets import bound, covered_years, doc_years, stricter, target_years
from cascade.workspace import Workspace


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
    role: str = "target"  # target | share (of its level's figure, see Group.shares) | lead | support
    years: range = range(0)  # the years it applies in
    issued: str | None = None  # the date of the document it comes from
    carried_from: int | None = None  # a "by year Y" floor carried into a later year (no newer target)

    @property
    def indicator(self) -> str | None:
        return self.target.indicator if self.target else None


@dataclass(frozen=True)
class Dropped:
    """A target that reached nobody because its level no longer exists (shown by explain)."""

    document: str
    clause: str
    phrase: str
    reason: str


@dataclass
class Propagation:
    """Obligations, computed per unit and year when first asked for.

    Only documents issued by a unit's ancestors reach it (the nation's, the province's, its
    department's or commune's own), so a unit's obligations come from a handful of documents;
    whether a phrase or a cascade rule reaches a unit is answered from the unit's side.
    """

    ws: Workspace
    cascade: CascadeFile
    _obligations: dict[tuple, list[Obligation]] = field(default_factory=dict)  # (unit, year[, "levels"])
    _covered: dict[str, set[int]] = field(default_factory=dict)  # document id -> the years it covers
    dropped: dict[int, dict[tuple, Dropped]] = field(default_factory=dict)
    _tasks: dict[tuple, list[Task]] = field(default_factory=dict)  # area content -> its assignments
    _reached: dict = field(default_factory=dict)  # within one document for one unit (see _from_document)
    _paths: dict[tuple, tuple] = field(default_factory=dict)  # (issuer, unit) -> _path

    def for_unit(self, unit: str, years: Iterable[int], levels_only: bool = False) -> list[Obligation]:
        """The unit's obligations in any of these years, each once (`levels_only`: the targets set
        "by year Y" alone, for a question about levels — most of the cost is in the rest)."""
        seen: dict[tuple, Obligation] = {}
        for year in years:
            for ob in self._for_year(unit, year, levels_only):
                seen.setdefault((ob.document, ob.clause, ob.role, id(ob.target or ob.task)), ob)
        return list(seen.values())

    def _for_year(self, unit: str, year: int, levels_only: bool = False) -> list[Obligation]:
        """One year's obligations, computed once; with `levels_only`, the "by year Y" targets
        alone when the whole year has not been asked for."""
        if levels_only and (unit, year) not in self._obligations:
            key = (unit, year, "levels")
            if key not in self._obligations:
                self._obligations[key] = self._compute(unit, year, levels_only=True)
            return self._obligations[key]
        if (unit, year) not in self._obligations:
            self._obligations[(unit, year)] = self._compute(unit, year)
        return self._obligations[(unit, year)]

    def _compute(self, unit: str, year: int, levels_only: bool = False) -> list[Obligation]:
        """In-period obligations, and the floors of ended documents that no newer document
        replaces: a level set "by 2025" still binds 2026 until another sets that indicator."""
        found, floors = [], []
        for ancestor in self.ws.hierarchy.lineage(unit) if unit in self.ws.hierarchy.units else ():
            for doc in self.ws.issued_by(ancestor):
                years = self._covered.get(doc.id)
                if years is None:  # asked for every unit it may reach: computed once
                    years = self._covered[doc.id] = covered_years(doc)
                on = max(as_date(doc.date) or dt.date(year, 1, 1), dt.date(year, 1, 1))
                if year in years:
                    found += self._from_document(doc, year, on, unit, levels_only=levels_only)
                elif years and max(years) < year:
                    floors += self._from_document(doc, year, on, unit, carried=True)
        newer = {ob.indicator for ob in found if ob.indicator}
        return found + [ob for ob in floors if ob.indicator not in newer]

    def _from_document(self, doc: Document, year: int, on: dt.date, unit: str, carried: bool = False,
                       levels_only: bool = False) -> list[Obligation]:
        flow, span = self._flow(doc), doc_years(doc)  # span: the years of the document's tasks
        found = []
        self._reached = {}  # phrase -> whether it reaches the unit: a document's items repeat their phrases
        for area, content in doc.areas.items():
            if flow:
                for target in content.targets:
                    if levels_only and not target.year:
                        continue
                    if carried and not (target.year and target.indicator and bound(target)):
                        continue  # only a numeric "by year Y" level outlives its document
                    years = range(year, year + 1) if carried else target_years(target, doc)
                    if carried or year in years:
                        found += self._reach(doc, area, on, year, unit, target.applies_to, flow, years, target=target,
                                             carried=target.year if carried else None)
            if carried or levels_only:
                continue
            for task in self._assignments(area, content):
                lead = self._reach(doc, area, on, year, unit, task.lead, None, span, task=task, role="lead")
                support = self._reach(doc, area, on, year, unit, task.support, None, span, task=task, role="support")
                found += self._named_first(lead, support)
        return found

    def _assignments(self, area: str, content) -> list[Task]:
        """assignments(content), built once: obligations are keyed by the task objects."""
        key = (id(content), area)
        if key not in self._tasks:
            self._tasks[key] = assignments(content)
        return self._tasks[key]

    def _named_first(self, lead: list[Obligation], support: list[Obligation]) -> list[Obligation]:
        """A unit named in one role is not given the other by a group phrase: "Sở Nội vụ" as
        support is not also a lead through "các sở, ngành" on the same row."""
        named = {ob.role for ob in lead + support if self.ws.hierarchy.group(ob.via) is None}
        if len(named) != 1:
            return lead + support
        return [ob for ob in lead + support if ob.role in named or self.ws.hierarchy.group(ob.via) is None]

    def _reach(self, doc, area, on, year, unit, phrases, flow: Flow | None, years: range, target=None, task=None,
               role="target", carried: int | None = None):
        clause = (target or task).clause
        if self._excluded(doc, on, unit, (target or task).excluding):
            return []
        if target is not None and target.owner:  # the issuer's own, or its parent's: it does not flow
            return []
        named = [(flow.id, None)] if not phrases and flow else [(p, p) for p in phrases]
        obligations = []
        for via, phrase in named:
            if self._reaches(doc, on, year, clause, phrase, flow, unit):
                owes = "share" if target and self._share(phrase, unit) else role
                obligations.append(Obligation(unit, area, doc.id, clause, via, self._path(doc.issuer, unit), target, task,
                                              owes, years, doc.date, carried))
        return obligations

    def _reaches(self, doc, on, year, clause, phrase, flow, unit) -> bool:
        """Whether the phrase (or, with none, the cascade rule) reaches the unit; a group of a
        level that no longer exists reaches nobody, and explain lists what it dropped (with
        each clause that wrote it: not kept in `_reached`)."""
        if phrase in self._reached:
            return self._reached[phrase]
        defunct = self._defunct(phrase, on) if phrase is not None else None
        group = self.ws.hierarchy.group(phrase) if phrase is not None else None
        if defunct or (group and group.related):  # explain lists what reached no unit, and why
            reason = defunct or "related-not-named"
            self.dropped.setdefault(year, {})[(doc.id, phrase)] = Dropped(doc.id, clause, phrase, reason)
            return False
        levels = flow.to_levels if phrase is None and flow else ()
        self._reached[phrase] = self.ws.hierarchy.reaches(phrase, doc.issuer, unit, on, levels)
        return self._reached[phrase]

    def _excluded(self, doc: Document, on: dt.date, unit: str, excluding: list[str]) -> bool:
        """Whether the text leaves the unit out ("không thuộc đối tượng có tên tại mục 1")."""
        return any(self.ws.hierarchy.reaches(phrase, doc.issuer, unit, on) for phrase in excluding)

    def _share(self, phrase: str | None, unit: str) -> bool:
        """Whether the unit owes a share of its level's figure rather than the figure itself."""
        group = self.ws.hierarchy.group(phrase) if phrase is not None else None
        return bool(group and self.ws.hierarchy.units[unit].kind in group.shares)

    def _path(self, issuer: str, unit: str) -> tuple[str, ...]:
        if (issuer, unit) not in self._paths:
            chain = self.ws.hierarchy.ancestors(unit)
            top = chain.index(issuer) + 1 if issuer in chain else len(chain)
            self._paths[(issuer, unit)] = (*reversed(chain[:top]), unit)
        return self._paths[(issuer, unit)]

    def _flow(self, doc: Document) -> Flow | None:
        kind = self.ws.hierarchy.units[doc.issuer].kind
        return next((f for f in self.cascade.flows if kind in f.from_levels and doc.kind in f.document_kinds), None)

    def _defunct(self, phrase: str, on: dt.date) -> str | None:
        group = self.ws.hierarchy.group(phrase)
        for level in self.cascade.defunct_levels:
            if group and set(group.kinds) == {level.level} and on >= level.ended:
                return level.level
        return None


def assignments(content) -> list[Task]:
    """The area's tasks, and as tasks of their own the activities that name their own lead or
    support (001's appendix names them for each Hoạt động)."""
    return [*content.tasks, *(Task.model_construct(**{f: getattr(a, f) for f in Activity.model_fields})
                              for task in content.tasks for a in task.activities if a.lead or a.support)]


def binding(obligations: list[Obligation]) -> dict[str, Obligation]:
    """Per indicator, the strictest numeric target among the obligations (the others stay visible)."""
    best: dict[str, Obligation] = {}
    for ob in obligations:
        if ob.target and ob.indicator and bound(ob.target):
            current = best.get(ob.indicator)
            if current is None or stricter(ob.target, current.target):
                best[ob.indicator] = ob
    return best
