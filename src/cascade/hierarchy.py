"""The dated hierarchy of units as a networkx DiGraph (parent → child).

Units carry valid_from / valid_to, so a 2024 document is read against the 2024 tree (with its
districts) and a 2026 one against the two-tier tree. Names match regardless of case, spacing
and Unicode form; group phrases ("UBND các xã, phường") resolve to units at a date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import networkx as nx

from cascade.models import Group, Unit

_SPACES = re.compile(r"\s+")


# Old and new tone placement spell the same word: "hoá" = "hóa", "thuỷ" = "thủy".
_OLD_STYLE = re.compile(r"(o|u)([\u0300\u0301\u0303\u0309\u0323])(a|y)")


@lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """The form two names are compared in: NFC, case-folded, single spaces, no edge punctuation,
    and one tone placement ("hoá" and "hóa" compare equal)."""
    text = unicodedata.normalize("NFD", name.casefold())
    text = unicodedata.normalize("NFC", _OLD_STYLE.sub(r"\1\3\2", text))
    return _SPACES.sub(" ", text).strip(" .;,:")


def as_date(partial: str | None, end: bool = False) -> dt.date | None:
    """The first (or last) day a partial date such as "2026", "2026-06" or "2026-Q3" can mean."""
    if not partial:
        return None
    parts = partial.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    if parts[1].startswith("Q"):
        first_month = 3 * int(parts[1][1]) - 2
        month = first_month + 2 if end else first_month
    else:
        month = int(parts[1])
    if len(parts) == 3:
        return dt.date(year, month, int(parts[2]))
    if not end:
        return dt.date(year, month, 1)
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    return next_month - dt.timedelta(days=1)


def valid_on(unit: Unit, on: dt.date | None) -> bool:
    if on is None:
        return True
    return (unit.valid_from is None or unit.valid_from <= on) and (unit.valid_to is None or on <= unit.valid_to)


class Hierarchy:
    def __init__(self, units: Iterable[Unit], groups: Iterable[Group] = ()):
        self.units: dict[str, Unit] = {}
        self.graph = nx.DiGraph()
        self._names: dict[str, list[str]] = {}
        self._by_parent: dict[tuple, list[str]] = {}  # (parent, name key) -> units
        self._ancestors: dict[str, list[str]] = {}  # the hierarchy does not change once built
        for unit in units:
            self.units[unit.id] = unit
            self.graph.add_node(unit.id, unit=unit)
            for key in dict.fromkeys(name_key(n) for n in (unit.id, unit.name, *unit.aliases)):
                self._names.setdefault(key, []).append(unit.id)
                self._by_parent.setdefault((unit.parent, key), []).append(unit.id)
        for unit in self.units.values():
            if unit.parent in self.units:
                self.graph.add_edge(unit.parent, unit.id)
        self._groups = {name_key(p): g for g in groups for p in g.phrases}

    # ------------------------------------------------------------ the tree at a date

    def tree(self, on: dt.date) -> nx.DiGraph:
        """The units that exist on a date, with their parent edges."""
        alive = [uid for uid, unit in self.units.items() if valid_on(unit, on)]
        return self.graph.subgraph(alive)

    def parent(self, unit_id: str) -> str | None:
        return next(iter(self.graph.predecessors(unit_id)), None)

    def ancestors(self, unit_id: str) -> list[str]:
        """Parent, grandparent, … up to the root (nearest first)."""
        if unit_id not in self._ancestors:
            self._ancestors[unit_id] = self._chain(unit_id)
        return self._ancestors[unit_id]

    def _chain(self, unit_id: str) -> list[str]:
        chain, seen = [], {unit_id}
        parent = self.parent(unit_id)
        while parent is not None and parent not in seen:
            chain.append(parent)
            seen.add(parent)
            parent = self.parent(parent)
        return chain

    def children(self, unit_id: str, on: dt.date | None, kinds: Iterable[str] | None = None) -> list[str]:
        return self._alive(self.graph.successors(unit_id), on, kinds)

    def descendants(self, unit_id: str, on: dt.date | None, kinds: Iterable[str] | None = None) -> list[str]:
        return self._alive(nx.descendants(self.graph, unit_id), on, kinds)

    def _alive(self, unit_ids: Iterable[str], on: dt.date | None, kinds: Iterable[str] | None) -> list[str]:
        kinds = set(kinds) if kinds is not None else None
        return sorted(uid for uid in unit_ids
                      if valid_on(self.units[uid], on) and (kinds is None or self.units[uid].kind in kinds))

    # ------------------------------------------------------------ names and groups

    def find(self, name: str, on: dt.date | None = None, near: str | None = None) -> list[str]:
        """Units a name can mean on a date; when several, the one `near` is or has as a child
        (then its parent's, and so on up) wins: "Văn phòng" in a department's plan is its own."""
        key = name_key(name)
        everywhere = self._names.get(key, [])
        if len(everywhere) > 1 and near in self.units:
            for scope in (near, *self.ancestors(near)):
                if scope in self._by_parent.get((self.units[scope].parent, key), ()) and valid_on(self.units[scope], on):
                    return [scope]
                inside = [c for c in self._by_parent.get((scope, key), []) if valid_on(self.units[c], on)]
                if inside:
                    return inside
        return [uid for uid in everywhere if valid_on(self.units[uid], on)]

    def known(self, name: str) -> bool:
        """Whether a name is a unit (at any date) or a group phrase."""
        key = name_key(name)
        return key in self._names or key in self._groups

    def group(self, phrase: str) -> Group | None:
        return self._groups.get(name_key(phrase))

    def resolve(self, phrase: str, issuer: str, on: dt.date | None) -> list[str]:
        """The units a phrase in a document by `issuer` stands for on a date."""
        group = self.group(phrase)
        if group is None:
            return self.find(phrase, on, near=issuer)
        anchor = self._anchor(issuer, group.anchor)
        if anchor is None:
            return []
        # The anchor counts too: "UBND xã" in a commune's own plan is that commune.
        return self._alive({anchor, *nx.descendants(self.graph, anchor)}, on, group.kinds)

    def _anchor(self, issuer: str, kind: str) -> str | None:
        if kind == "issuer":
            return issuer
        for uid in (issuer, *self.ancestors(issuer)):
            if self.units[uid].kind == kind:
                return uid
        return None
