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
from functools import cached_property

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

from cascade.models import Group, Unit

# Old and new tone placement spell the same word: "hoá" = "hóa", "thuỷ" = "thủy". Keys put
# the tone on the second vowel; read on NFC text, so that most names need no decomposition.
# Measured against libraries on the 105 oa/oe/uy pairs of tests/test_hierarchy.py and 100,000
# national names: this key gets every pair in 0.15 s; underthesea's text_normalize misses 9
# (ọa/oạ, lọe/loẹ, tũy/tuỹ) in 1.7 s; viet-text-tools gets them all in 4.5 s, unmaintained since
# 2020. So this one expression stays.
_TONE_FIRST = re.compile("([òóõỏọùúũủụ])([aey])")  # hoà = hòa, thuỷ = thủy, khoẻ = khỏe
# Ways of writing the same body: "Ủy ban nhân dân" = "UBND", "TP." = "thành phố".
_SAME = [(re.compile(r"\b(ủy|uỷ) ban nhân dân\b"), "ubnd"), (re.compile(r"\btp\.?(?= )"), "thành phố")]


_QUOTES = str.maketrans("", "", "'’‘ʼ`")  # "Đưng K’Nớ" = "Đưng KNớ"


def _tone_second(m: re.Match) -> str:
    first = unicodedata.normalize("NFD", m[1])
    return first[0] + unicodedata.normalize("NFC", m[2] + first[1:])


_KEYS: dict[str, str] = {}  # name -> key, computed once (a national run compares ~30,000 names)


def name_key(name: str) -> str:
    """The form two names are compared in: NFC, case-folded, single spaces, no edge punctuation,
    one tone placement ("hoá" and "hóa" compare equal), and "Ủy ban nhân dân" written "UBND"."""
    key = _KEYS.get(name)
    if key is None:
        if len(_KEYS) > 1_000_000:
            _KEYS.clear()
        key = _KEYS[name] = _key(name)
    return key


def remember_keys(pairs: Iterable[tuple[str, str]]) -> None:
    """Keys computed ahead (the national units ship theirs; a test keeps them current)."""
    _KEYS.update(pairs)


def _key(name: str) -> str:
    text = name.casefold()
    if not text.isascii():
        text = text.translate(_QUOTES)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text = _TONE_FIRST.sub(_tone_second, text)
        if "ban nhân dân" in text:
            text = _SAME[0][0].sub(_SAME[0][1], text)
    elif "'" in text or "`" in text:
        text = text.translate(_QUOTES)
    if "tp" in text:
        text = _SAME[1][0].sub(_SAME[1][1], text)
    return " ".join(text.split()).strip(" .;,:")


def unit_keys(unit: Unit) -> Iterable[str]:
    """The keys (name_key) of a unit's name and aliases, each once."""
    if not unit.aliases:
        return (name_key(unit.name),)
    return {name_key(unit.name), *map(name_key, unit.aliases)}


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
    def __init__(self, units: Iterable[Unit], groups: Iterable[Group] = (), national: bool = False,
                 own: Iterable[str] = ()):
        self.national = national  # whether it stands on the national layer
        self.own = set(own)  # the units a workspace declares itself
        self.units: dict[str, Unit] = {u.id: u for u in units}
        self._names: dict[str, list[str]] = {}  # name key -> units (a unit's id is a name too)
        self._ancestors: dict[tuple, list[str]] = {}  # the hierarchy does not change once built
        self._named: dict[str, dict] = {}  # name key -> parent -> units (see _by_parent)
        self._children: dict[str, list[str]] = {}  # every parent a unit ever had -> the unit
        for unit in self.units.values():  # 28,000 in a national workspace: kept to the plainest steps
            for key in unit_keys(unit):
                self._names.setdefault(key, []).append(unit.id)
            if unit.parent in self.units:
                self._children.setdefault(unit.parent, []).append(unit.id)
            if unit.former_parent in self.units:
                self._children.setdefault(unit.former_parent, []).append(unit.id)
        self._groups = {name_key(p): g for g in groups for p in g.phrases}

    def add(self, unit: Unit) -> None:
        """One more unit (a department a document names that no list assumes)."""
        self.units[unit.id] = unit
        for key in unit_keys(unit):
            self._names.setdefault(key, []).append(unit.id)
            self._named.pop(key, None)
        if unit.parent in self.units:
            self._children.setdefault(unit.parent, []).append(unit.id)
        self.__dict__.pop("graph", None)

    @cached_property
    def graph(self) -> nx.DiGraph:
        """Parent → child over both periods (built when a tree is asked for: a plan's check
        needs only the indexes)."""
        import networkx as nx  # here, not at the top: a plan's check starts faster without it

        graph = nx.DiGraph()
        graph.add_nodes_from(self.units)
        graph.add_edges_from((p, c) for p, children in self._children.items() for c in children)
        return graph

    # ------------------------------------------------------------ the tree at a date

    def tree(self, on: dt.date) -> nx.DiGraph:
        """The units that exist on a date, with their parent edges of that date."""
        import networkx as nx

        return nx.subgraph_view(self.graph, filter_node=lambda u: valid_on(self.units[u], on),
                                filter_edge=lambda p, c: self.parent(c, on) == p)

    def parent(self, unit_id: str, on: dt.date | None = None) -> str | None:
        """The unit's parent on a date (its present one when no date is given)."""
        unit = self.units[unit_id]
        former = unit.former_parent and on is not None and unit.former_parent_until and on <= unit.former_parent_until
        parent = unit.former_parent if former else unit.parent
        return parent if parent in self.units else None

    def ancestors(self, unit_id: str, on: dt.date | None = None) -> list[str]:
        """Parent, grandparent, … up to the root (nearest first), on a date."""
        key = (unit_id, on)
        if key not in self._ancestors:
            chain, seen = [], {unit_id}
            parent = self.parent(unit_id, on)
            while parent is not None and parent not in seen:
                chain.append(parent)
                seen.add(parent)
                parent = self.parent(parent, on)
            self._ancestors[key] = chain
        return self._ancestors[key]

    def lineage(self, unit_id: str) -> list[str]:
        """Every unit ever above this one: its ancestors now and, if it moved, before."""
        unit = self.units[unit_id]
        before = self.ancestors(unit_id, unit.former_parent_until) if unit.former_parent else []
        return list(dict.fromkeys([*self.ancestors(unit_id), *before]))

    def children(self, unit_id: str, on: dt.date | None, kinds: Iterable[str] | None = None) -> list[str]:
        below = [c for c in self._children.get(unit_id, ()) if self.parent(c, on) == unit_id]
        return self._alive(below, on, kinds)

    def descendants(self, unit_id: str, on: dt.date | None, kinds: Iterable[str] | None = None) -> list[str]:
        return self._alive(self._below(unit_id), on, kinds)

    def _below(self, unit_id: str) -> set[str]:
        found, todo = set(), [unit_id]
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found

    def _alive(self, unit_ids: Iterable[str], on: dt.date | None, kinds: Iterable[str] | None) -> list[str]:
        kinds = set(kinds) if kinds is not None else None
        return sorted(uid for uid in unit_ids
                      if valid_on(self.units[uid], on) and (kinds is None or self.units[uid].kind in kinds))

    # ------------------------------------------------------------ names and groups

    def find(self, name: str, on: dt.date | None = None, near: str | None = None) -> list[str]:
        """Units a name can mean on a date; when several, the one `near` is or has as a child
        (then its parent's, and so on up) wins: "Văn phòng" in a department's plan is its own,
        "UBND xã Phú Lâm" in a Thanh Hóa plan is Thanh Hóa's."""
        key = name_key(name)
        everywhere = [name] if name in self.units else self._names.get(key, [])
        if len(everywhere) > 1 and near in self.units:
            by_parent = self._by_parent(key)
            for scope in (near, *self.ancestors(near, on)):
                if scope in by_parent.get("", ()) and valid_on(self.units[scope], on):
                    return [scope]
                inside = [c for c in by_parent.get(scope, ()) if valid_on(self.units[c], on)]
                if inside:
                    return inside
            for scope in self.ancestors(near, on):  # deeper down, or under a parent that has ended
                inside = [u for u in everywhere if scope in self.lineage(u) and valid_on(self.units[u], on)]
                if inside:
                    return inside
        return [uid for uid in everywhere if valid_on(self.units[uid], on)]

    def _by_parent(self, key: str) -> dict[str, list[str]]:
        """The units bearing a name, by each parent they ever had ("" holds them all as a set
        would): built once per name, so that "Văn phòng", which every unit has, is found in one
        step at national scale."""
        if key not in self._named:
            index: dict[str, list[str]] = {"": []}
            for uid in self._names.get(key, []):
                index[""].append(uid)
                for parent in (self.units[uid].parent, self.units[uid].former_parent):
                    if parent:
                        index.setdefault(parent, []).append(uid)
            index[""] = set(index[""])
            self._named[key] = index
        return self._named[key]

    def provinces_named(self, name: str, on: dt.date | None = None) -> list[str]:
        """The provinces (or centrally run cities) a bare name or an id stands for: "Lai Châu",
        "Hà Nội", "lai-chau"."""
        found = self.find(name, on) + self.find(f"ubnd tỉnh {name}", on) + self.find(f"ubnd thành phố {name}", on)
        return list(dict.fromkeys(u for u in found if self.units[u].kind == "province"))

    def known(self, name: str) -> bool:
        """Whether a name is a unit (at any date) or a group phrase."""
        key = name_key(name)
        return name in self.units or key in self._names or key in self._groups

    def group(self, phrase: str) -> Group | None:
        return self._groups.get(name_key(phrase))

    def resolve(self, phrase: str, issuer: str, on: dt.date | None) -> list[str]:
        """The units a phrase in a document by `issuer` stands for on a date."""
        group = self.group(phrase)
        if group is None:
            return self.find(phrase, on, near=issuer)
        anchor = self._group_anchor(group, issuer, on)
        # The anchor counts too: "UBND xã" in a commune's own plan is that commune.
        return self._alive({anchor, *self._below(anchor)}, on, group.kinds) if anchor else []

    def reaches(self, phrase: str | None, issuer: str, unit: str, on: dt.date, kinds: Iterable[str] = ()) -> bool:
        """Whether a phrase in a document by `issuer` stands for `unit` on a date (no phrase: the
        issuer's descendants of these kinds), answered from the unit's side — a national
        document's "UBND các xã, phường" must not list 3,321 communes to reach one."""
        target = self.units.get(unit)
        if target is None or unit == issuer or not valid_on(target, on):
            return False
        if phrase is None:
            return target.kind in kinds and issuer in self.ancestors(unit, on)
        group = self.group(phrase)
        if group is None:
            return unit in self.find(phrase, on, near=issuer)
        anchor = self._group_anchor(group, issuer, on)
        return (anchor is not None and (target.kind in group.kinds or target.kind in group.shares)
                and (unit == anchor or anchor in self.ancestors(unit, on)))

    def _group_anchor(self, group: Group, issuer: str, on: dt.date | None) -> str | None:
        """Whose descendants a group phrase stands for (none for "… có liên quan": which units
        is not said)."""
        return None if group.related else self._anchor(issuer, group.anchor, on)

    def _anchor(self, issuer: str, kind: str, on: dt.date | None) -> str | None:
        if kind == "issuer":
            return issuer
        for uid in (issuer, *self.ancestors(issuer, on)):
            if self.units[uid].kind == kind:
                return uid
        return None
