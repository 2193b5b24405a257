"""Missing citation of the parent plan for the period: a department's or commune's plan must
name, among its bases, the plan of a higher unit that covers its period — the one with the
shortest period (for a 2026 plan, the province's 2026 plan rather than its 2021-2030 one)."""

from cascade.finding import Fact
from cascade.models import Strict
from cascade.targets import doc_years


class Params(Strict):
    parent_kinds: list[str] = ["plan"]


def parent_plan(doc, ctx, params: Params):
    years = ctx.years
    ancestors = ctx.hierarchy.ancestors(doc.issuer, ctx.on)
    covering = [d for a in ancestors for d in ctx.documents_by(a)
                if d.kind in params.parent_kinds and d.id != doc.id
                and doc_years(d) and years and doc_years(d).start <= years.start and years.stop <= doc_years(d).stop]
    return min(covering, key=lambda d: (len(doc_years(d)), d.id), default=None)


def check(doc, ctx, params: Params):
    parent = parent_plan(doc, ctx, params)
    if parent and parent.id not in {c.document for c in doc.cites}:
        cited = ", ".join(c.number or c.document or "?" for c in doc.cites) or "—"
        yield Fact(doc.cites[0].loc if doc.cites else doc.loc, clause="Căn cứ",
                   expected=parent.number or parent.id, actual=cited, source=parent.id)
