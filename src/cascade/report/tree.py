"""`cascade tree`: the units that exist on a date, indented for a terminal or nested as JSON."""

from __future__ import annotations

import datetime as dt
import json

from cascade.hierarchy import Hierarchy

TITLE = {"vi": "Hệ thống đơn vị ngày {date}: {n} đơn vị", "en": "Hierarchy on {date}: {n} units"}
FOUND = {"vi": "{n} đơn vị có tên '{name}' ngày {date}", "en": "{n} unit(s) named '{name}' on {date}"}


def render(hierarchy: Hierarchy, on: dt.date, fmt: str, lang: str, top: str | None = None) -> str:
    """The tree on a date, whole or from one unit (a province) down."""
    tree = hierarchy.tree(on)
    if top is not None:
        tree = tree.subgraph([top, *(u for u in hierarchy.descendants(top, on) if u in tree)])
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


def render_found(hierarchy: Hierarchy, name: str, on: dt.date, fmt: str, lang: str) -> str:
    """The units a name can mean on a date, each with the chain above it: where same-named
    communes of different provinces are told apart."""
    found = hierarchy.find(name, on)
    rows = [{"id": u, "name": hierarchy.units[u].name, "kind": hierarchy.units[u].kind,
             "in": [hierarchy.units[a].name for a in hierarchy.ancestors(u, on)]} for u in found]
    if fmt == "json":
        return json.dumps({"date": on.isoformat(), "name": name, "units": rows}, ensure_ascii=False, indent=2) + "\n"
    lines = [FOUND[lang].format(n=len(rows), name=name, date=on.isoformat())]
    lines += [f"  {r['name']} [{r['id']}, {r['kind']}] — {', '.join(r['in'])}" for r in rows]
    return "\n".join(lines) + "\n"
