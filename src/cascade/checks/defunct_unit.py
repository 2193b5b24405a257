"""Units named in a document that do not exist at the document's date, with their successor
when one is known ("Sở Tài nguyên và Môi trường" in 2026; "UBND các huyện" after 2025-07-01)."""

from cascade.finding import Fact
from cascade.hierarchy import valid_on
from cascade.workspace import UNIT_LISTS
from cascade.models import Strict


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"successor"}


class Params(Strict):
    pass


def _holders(doc):
    """The parts of a document that can name units (targets, tasks, activities, reporting,
    inspections): visited directly, not through every model of the document."""
    for content in doc.areas.values():
        yield from content.targets
        for task in content.tasks:
            yield task
            yield from task.targets
            yield from task.activities
    yield from doc.reporting
    yield from doc.inspections


def named(doc):
    """(model, field, index, name) for every unit name the document writes."""
    for node in _holders(doc):
        for field in UNIT_LISTS:
            for i, name in enumerate(node.__dict__.get(field) or ()):
                yield node, field, i, name


def check(doc, ctx, params: Params):
    h, on = ctx.hierarchy, ctx.on
    for node, field, i, name in named(doc):
        group = h.group(name)
        if group is not None:
            if group.kinds and not h.resolve(name, doc.issuer, on) and h.resolve(name, doc.issuer, None):
                yield Fact(node.loc_of(field, i), clause=getattr(node, "clause", None),
                           expected=on.isoformat(), actual=name, params={"successor": "—"})
            continue
        units = h.find(name, near=doc.issuer)
        if units and not any(valid_on(h.units[u], on) for u in units):
            successors = ", ".join(h.units[s].name for s in h.units[units[0]].successors if s in h.units)
            yield Fact(node.loc_of(field, i), clause=getattr(node, "clause", None),
                       expected=on.isoformat(), actual=name, params={"successor": successors or "—"})
