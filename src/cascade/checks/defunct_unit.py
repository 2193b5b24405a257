"""Units named in a document that do not exist at the document's date, with their successor
when one is known ("Sở Tài nguyên và Môi trường" in 2026; "UBND các huyện" after 2025-07-01)."""

from cascade.finding import Fact
from cascade.hierarchy import valid_on
from cascade.workspace import UNIT_LISTS
from cascade.models import Strict, declared


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
        fields = node.__dict__
        for field in declared(type(node), UNIT_LISTS):
            for i, name in enumerate(fields[field]):
                yield node, field, i, name


def check(doc, ctx, params: Params):
    on = ctx.on
    ended: dict[str, str | None] = {}  # name -> its successors, when it names no unit of the date
    for node, field, i, name in named(doc):
        if name not in ended:  # a plan writes "UBND các xã, phường" on many rows
            ended[name] = _ended(ctx.hierarchy, name, doc.issuer, on)
        if ended[name] is not None:
            yield Fact(node.loc_of(field, i), clause=getattr(node, "clause", None),
                       expected=on.isoformat(), actual=name, params={"successor": ended[name]})


def _ended(h, name: str, issuer: str, on) -> str | None:
    """The successors ("—" when none is known) of what a name stood for, when it stands for no
    unit on the date; None when it does (or names nothing the hierarchy knows)."""
    group = h.group(name)
    if group is not None:
        return "—" if group.kinds and not h.resolve(name, issuer, on) and h.resolve(name, issuer, None) else None
    units = h.find(name, near=issuer)
    if units and not any(valid_on(h.units[u], on) for u in units):
        return ", ".join(h.units[s].name for s in h.units[units[0]].successors if s in h.units) or "—"
    return None
