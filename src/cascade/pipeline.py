"""A workspace's documents → propagate → check → sorted findings. Nothing here prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from cascade.checks import KINDS
from cascade.context import Context
from cascade.errors import Location
from cascade.finding import Fact, Finding
from cascade.messages import safe, say
from cascade.models import CheckRule, Document
from cascade.hierarchy import as_date
from cascade.propagate import Propagation
from cascade.targets import clause_in_document, doc_years
from cascade.workspace import PLAN_KINDS, Workspace


class InternalError(Exception):
    """A check crashed: a bug in cascade, reported with the rule and document it happened on."""

    def __init__(self, rule: str, document: str, cause: BaseException):
        super().__init__(f"{rule} / {document}: {type(cause).__name__}: {cause}")
        self.rule, self.document, self.cause = rule, document, cause


def applies(rule: CheckRule, doc: Document, ws: Workspace) -> bool:
    scope = rule.applies_to
    level = ws.hierarchy.units[doc.issuer].kind
    kind = doc.adopts or doc.kind  # a decision adopting a plan is checked as that plan
    return (rule.enabled and (scope.reference or not doc.reference)
            and (not scope.levels or level in scope.levels)
            and (not scope.document_kinds or kind in scope.document_kinds))


def check(ws: Workspace, doc_ids: Iterable[str] | None = None, lang: str = "vi",
          propagation: Propagation | None = None, as_of: dt.date | None = None) -> list[Finding]:
    """Every enabled rule on every given document (all non-reference documents by default);
    findings an unexpired waiver accepts are kept, marked with the waiver's id."""
    propagation = propagation or Propagation(ws, ws.rules.cascade)
    as_of = as_of or dt.date.today()
    ids = list(doc_ids) if doc_ids is not None else [d.id for d in ws.documents.values() if not d.reference]
    active = [w for w in ws.config.waivers if w.expires >= as_of]
    findings = []
    for doc_id in ids:
        findings += _check_document(ws, ws.documents[doc_id], propagation, as_of, lang, active)
    return sorted(findings, key=lambda f: f.sort_key)


def _check_document(ws, doc, propagation, as_of, lang, active) -> list[Finding]:
    ctx = Context.of(ws, propagation, doc, as_of)
    return [waive(f, active) for rule in ws.rules.checks.checks if applies(rule, doc, ws) and not _past_cut(rule, doc)
            for f in _run(rule, doc, ctx, ws, lang)]


def _past_cut(rule: CheckRule, doc: Document) -> bool:
    """A rule that concludes from absence says nothing about a document cut short."""
    return doc.complete is False and getattr(KINDS[rule.kind], "FROM_ABSENCE", False)


@dataclass(frozen=True)
class NotChecked:
    """What could not be checked in a document, and why: every report says so."""

    document: str
    reason: str  # incomplete | unknown-period | no-provincial-plan | unread
    detail: str = ""

    def to_json(self) -> dict:
        return {"document": self.document, "reason": self.reason, "detail": self.detail}


def not_checked(ws: Workspace, doc_ids: Iterable[str], unread: dict[str, int] | None = None) -> list[NotChecked]:
    """For each document: a cut text, an unknown period, a province whose plan the workspace
    lacks (its obligations are unknown), passages the reader could not read."""
    notes = []
    for doc_id in doc_ids:
        doc = ws.documents[doc_id]
        if doc.complete is False:
            skipped = sorted(r.id for r in ws.rules.checks.checks if r.enabled and _past_cut(r, doc))
            notes.append(NotChecked(doc_id, "incomplete", f"{doc.cut_after or '?'}; {', '.join(skipped)}"))
        years = doc_years(doc)
        if not years:
            notes.append(NotChecked(doc_id, "unknown-period"))
        province = _province(ws, doc)
        if province and years and not any(d.kind in PLAN_KINDS and set(doc_years(d)) & set(years)
                                           for d in ws.issued_by(province)):
            notes.append(NotChecked(doc_id, "no-provincial-plan", ws.hierarchy.units[province].name))
        if (unread or {}).get(doc_id):
            notes.append(NotChecked(doc_id, "unread", str(unread[doc_id])))
    return notes


def _province(ws: Workspace, doc: Document) -> str | None:
    """The province above the issuer (none for a province itself, a ministry, the nation)."""
    years = doc_years(doc)
    on = as_date(doc.date) or (dt.date(years.start, 1, 1) if years else None)
    return next((a for a in ws.hierarchy.ancestors(doc.issuer, on) if ws.hierarchy.units[a].kind == "province"), None)


def waive(finding: Finding, waivers) -> Finding:
    """The finding marked with the first waiver whose every given field matches it."""
    for w in waivers:
        fields = {"rule": w.rule, "unit": w.unit, "document": w.document, "clause": w.clause,
                  "indicator": w.indicator, "area": w.area}
        if all(v is None or getattr(finding, k) == v for k, v in fields.items()):
            return replace(finding, waived=w.id)
    return finding


def _run(rule: CheckRule, doc: Document, ctx: Context, ws: Workspace, lang: str) -> list[Finding]:
    try:
        facts = list(KINDS[rule.kind].check(doc, ctx, ws.rules.params[rule.id]))
    except Exception as exc:  # a bug, not bad input: stop with the rule and document named
        raise InternalError(rule.id, doc.id, exc) from exc
    return [stamp(rule, fact, doc, ws, lang) for fact in facts]


class _Fields(dict):
    def __missing__(self, key: str) -> str:  # an unknown placeholder shows, rather than crash
        return "{" + key + "}"


def stamp(rule: CheckRule, fact: Fact, doc: Document, ws: Workspace, lang: str) -> Finding:
    """A Fact becomes a Finding: the rule's id, kind, severity and its message, rendered."""
    unit, (source, cited) = fact.unit or doc.issuer, _sources(ws, fact.source)
    params = {k: say(v, lang) for k, v in fact.params.items()}
    fields = _Fields(params, expected=say(fact.expected, lang), actual=say(fact.actual, lang),
                     clause=fact.clause or "—", document=doc.id, source=cited or "—",
                     unit=_unit_name(ws, unit), area=_area_name(ws, fact.area, lang),
                     indicator=_indicator_name(ws, fact.indicator, lang))
    return Finding(
        rule=rule.id, kind=rule.kind, severity=rule.severity, unit=unit, document=doc.id,
        area=fact.area, indicator=fact.indicator, expected=fact.expected, actual=fact.actual,
        message=_fill(getattr(rule.message, lang), fields), fix=_fill(getattr(rule.fix, lang), fields),
        clause=fact.clause, source=source, location=fact.location or doc.loc or Location(doc.id, 1, 1),
    )


def _sources(ws: Workspace, source: str | None) -> tuple[str | None, str | None]:
    """The higher document and clause a finding comes from, (for machines, for people): by id,
    and by its number as people cite it ("4745/KH-UBND, I.2.b"); the clause only as the document
    has it, never a row of the reference notes a national figure was read from. A check gives
    "document-id, clause"; an id never holds ", "."""
    doc_id, _, clause = (source or "").partition(", ")
    doc = ws.documents.get(doc_id)
    if doc is None:
        return source, source
    clause = clause_in_document(doc, clause) if clause else None
    tail = f", {clause}" if clause else ""
    return doc_id + tail, (doc.number or doc_id) + tail


def _fill(template: str, fields: _Fields) -> str:
    """A message with its fields, user text escaped (templates are validated when loaded)."""
    return safe(template.format_map(fields))


def _unit_name(ws: Workspace, unit_id: str) -> str:
    unit = ws.hierarchy.units.get(unit_id)
    return unit.name if unit else unit_id


def _area_name(ws: Workspace, area_id: str | None, lang: str) -> str:
    return ws.rules.area_names(lang).get(area_id, "—")


def _indicator_name(ws: Workspace, indicator_id: str | None, lang: str) -> str:
    return ws.rules.indicator_names(lang).get(indicator_id, indicator_id or "—")
