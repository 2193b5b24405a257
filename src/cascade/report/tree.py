"""`cascade tree`: the units that exist on a date, indented for a terminal or nested as JSON."""

from __future__ import annotations

import datetime as dt
import json

from cascade.hierarchy import Hierarchy

TITLE = {"vi": "Hệ thống đơn vị ngày {date}: {n} đơn vị", "en": "Hierarchy on {date}: {n} units"}


def render(hierarchy: Hierarchy, on: dt.date, fmt: str, lang: str) -> str:
    tree = hierarchy.tree(on)
    roots = sorted(n for n in tree if tree.in_degree(n) == 0)
    if fmt == "json":
        units = [_node(hierarchy, tree, r) for r in roots]
        return json.dumps({"date": on.isoformat(), "units": units}, ensure_ascii=False, indent=2) + "\n"
    lines = [TITLE[lang].format(date=on.isoformat(), n=tree.number_of_nodes())]
    stack = [(root, 0) for root in reversed(roots)]
    while stack:  # depth first, without recursion: a deep tree must not overflow the stack
        unit_id, depth = stack.pop()
        unit = hierarchy.units[unit_id]
        lines.append(f"{'  ' * depth}{unit.name} [{unit.id}, {unit.kind}]")
        stack += [(child, depth + 1) for child in sorted(tree.successors(unit_id), reverse=True)]
    return "\n".join(lines) + "\n"


def _node(hierarchy: Hierarchy, tree, unit_id: str) -> dict:
    unit = hierarchy.units[unit_id]
    return {"id": unit.id, "name": unit.name, "kind": unit.kind,
            "valid_from": unit.valid_from and unit.valid_from.isoformat(),
            "valid_to": unit.valid_to and unit.valid_to.isoformat(),
            "children": [_node(hierarchy, tree, c) for c in sorted(tree.successors(unit_id))]}
