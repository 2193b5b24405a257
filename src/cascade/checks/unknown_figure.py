"""Unresolved reference to a parent's figure: "đạt tối thiểu theo mục tiêu tỉnh giao" when no
document available gives the province's figure for that indicator and year.

Such a target is neither met nor missed: it is reported as unknown, so that nobody mistakes
silence for a pass.
"""

from cascade.finding import Fact, Terms
from cascade.models import Strict
from cascade.targets import own_targets, target_years


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"text"}


class Params(Strict):
    pass


def figure_known(ctx, target, doc) -> bool:
    """Whether some obligation of the issuer, from a document of the level the target refers
    to, gives a number for this indicator in these years."""
    sources = [s for s in ctx.cascade.figure_sources if s.assigned_by in target.assigned_by]
    years = set(target_years(target, doc))
    for ob in ctx.obligations:
        parent = ctx.document(ob.document)
        level = ctx.hierarchy.units[parent.issuer].kind
        if (ob.target and ob.indicator == target.indicator and ob.target.value is not None
                and any(level in s.issuer_levels and parent.kind in s.document_kinds for s in sources)
                and years & set(ob.years)):
            return True
    return False


def check(doc, ctx, params: Params):
    for area, target in own_targets(doc):
        if target.assigned_by and target.value is None and not figure_known(ctx, target, doc):
            yield Fact(target.loc_of("assigned_by"), clause=target.clause, area=area, indicator=target.indicator,
                       expected=Terms(target.assigned_by, sep=" / "), actual="?", params={"text": target.text})
