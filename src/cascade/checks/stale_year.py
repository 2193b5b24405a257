"""Stale or inconsistent years: the plan names itself, or its parent plan, with a year outside
its own period ("Kế hoạch cải cách hành chính năm 2025" inside the 2026 plan).

Only self-references and the cited plans of the issuer's ancestors are looked at, so a
legitimate mention of last year's index or last year's staff evaluation is not flagged.
"""

from cascade.finding import Fact
from cascade.models import Strict
from cascade.targets import doc_years


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"text"}


class Params(Strict):
    pass


def check(doc, ctx, params: Params):
    years = ctx.years
    if not years:
        return
    period = f"{years.start}" if len(years) == 1 else f"{years.start}–{years.stop - 1}"
    for ref in doc.self_references:
        if ref.year is not None and ref.year not in years:
            yield Fact(ref.loc_of("year"), clause=ref.clause, expected=period, actual=str(ref.year),
                       params={"text": ref.text})
    ancestors = set(ctx.hierarchy.ancestors(doc.issuer, ctx.on))
    for cite in doc.cites:
        parent = ctx.document(cite.document)
        if parent and parent.kind == "plan" and parent.issuer in ancestors:
            span = doc_years(parent)
            if span and not (span.start <= years.start and years.stop <= span.stop):
                yield Fact(cite.loc, clause=cite.clause, expected=period,
                           actual=f"{span.start}–{span.stop - 1}", source=parent.id, params={"text": cite.text})
