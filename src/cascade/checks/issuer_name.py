"""Issuer name inconsistency: the text names its own issuer differently from the hierarchy.

Case, spacing and Unicode form do not count ("Mù CẢ" is "Mù Cả"); a different name does
("Mù Cỏ"), and so does naming a different unit ("UBND tỉnh" in the Văn phòng's own plan).
"""

from cascade.finding import Fact
from cascade.hierarchy import name_key, unit_keys
from cascade.models import Strict


class Params(Strict):
    pass


def check(doc, ctx, params: Params):
    unit = ctx.hierarchy.units.get(doc.issuer)
    if unit is None:
        return
    names = unit_keys(unit)
    written = [(doc, "Mở đầu", doc.issuer_as_written)]
    written += [(r, r.clause, r.issuer_as_written) for r in doc.self_references]
    for owner, clause, name in written:
        if name and name_key(name) not in names:  # (a location is looked up only for a finding)
            yield Fact(owner.loc_of("issuer_as_written"), clause=clause, expected=unit.name, actual=name)
