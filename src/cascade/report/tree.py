"""`cascade tree`: the units that exist on a date, indented for a terminal or nested as JSON."""

from __future__ import annotations

import datetime as dt
import json

from cascade.hierarchy import Hierarchy
from cascade.i18n import translation




def render(hierarchy: Hierarchy, on: dt.date, fmt: str, lang: str, top: str | None = None) -> str:
    """The tree on a date, whole or from one unit (a province) down."""
    tree = hierarchy.tree(on)
    if top is not None:
        tree = tree.subgraph([top, *(u for u in hierarchy.descendants(top, on) if u in tree)])
    roots = sorted(n for n in tree if tree.in_degree(n) == 0)
    if fmt == "json":
        units = [_node(hierarchy, tree, r) for r in roots]
        return _dumps({"date": on.isoformat(), "units": units}) + "\n"
    n = tree.number_of_nodes()
    lines = [translation(lang).ngettext("Hierarchy on {date}: {n} unit", "Hierarchy on {date}: {n} units", n).format(
        date=on.isoformat(), n=n)]
    stack = [(root, 0) for root in reversed(roots)]
    while stack:  # depth first, without recursion: a deep tree must not overflow the stack
        unit_id, depth = stack.pop()
        unit = hierarchy.units[unit_id]
        lines.append(f"{'  ' * depth}{unit.name} [{unit.id}, {unit.kind}]")
        stack += [(child, depth + 1) for child in sorted(tree.successors(unit_id), reverse=True)]
    return "\n".join(lines) + "\n"


def _node(hierarchy: Hierarchy, tree, root: str) -> dict:
    """A unit and everything below it as nested dicts, built without recursion."""
    def fields(unit_id: str) -> dict:
        unit = hierarchy.units[unit_id]
        return {"id": unit.id, "name": unit.name, "kind": unit.kind,
                "valid_from": unit.valid_from and unit.valid_from.isoformat(),
                "valid_to": unit.valid_to and unit.valid_to.isoformat(), "children": []}

    top = fields(root)
    stack = [(root, top)]
    while stack:
        unit_id, node = stack.pop()
        for child in sorted(tree.successors(unit_id)):
            node["children"].append(fields(child))
            stack.append((child, node["children"][-1]))
    return top


def render_found(hierarchy: Hierarchy, name: str, on: dt.date, fmt: str, lang: str) -> str:
    """The units a name can mean on a date, each with the chain above it: where same-named
    communes of different provinces are told apart."""
    found = hierarchy.find(name, on)
    rows = [{"id": u, "name": hierarchy.units[u].name, "kind": hierarchy.units[u].kind,
             "in": [hierarchy.units[a].name for a in hierarchy.ancestors(u, on)]} for u in found]
    if fmt == "json":
        return json.dumps({"date": on.isoformat(), "name": name, "units": rows}, ensure_ascii=False, indent=2) + "\n"
    lines = [translation(lang).ngettext("{n} unit named '{name}' on {date}", "{n} units named '{name}' on {date}",
                                        len(rows)).format(n=len(rows), name=name, date=on.isoformat())]
    lines += [f"  {r['name']} [{r['id']}, {r['kind']}] — {', '.join(r['in'])}" for r in rows]
    return "\n".join(lines) + "\n"


def _dumps(value: object, indent: int = 2) -> str:
    """json.dumps(value, indent=2, ensure_ascii=False), without recursion: json's own encoder
    recurses once per level, and a hierarchy may be a thousand levels deep."""
    out: list[str] = []
    todo: list[tuple[bool, object, int]] = [(False, value, 0)]  # (is text, value, depth)
    while todo:
        is_text, item, depth = todo.pop()
        if is_text:
            out.append(item)
        elif isinstance(item, (dict, list)) and item:
            pad = " " * (indent * (depth + 1))
            pairs = item.items() if isinstance(item, dict) else ((None, v) for v in item)
            parts: list[tuple[bool, object, int]] = []
            for i, (key, child) in enumerate(pairs):
                head = ("\n" if i == 0 else ",\n") + pad + (json.dumps(key, ensure_ascii=False) + ": " if key is not None else "")
                parts += [(True, head, 0), (False, child, depth + 1)]
            parts.append((True, "\n" + " " * (indent * depth) + ("}" if isinstance(item, dict) else "]"), 0))
            out.append("{" if isinstance(item, dict) else "[")
            todo.extend(reversed(parts))
        else:
            out.append(json.dumps(item, ensure_ascii=False))
    return "".join(out)
