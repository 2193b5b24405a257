"""The issuer, anywhere in the country, at the document's date.

Where a plan names its issuer, most telling first: the letterhead ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG
NAI / ỦY BAN NHÂN DÂN XÃ PHÚ LÂM", as lines or table cells; the lowest body is the issuer, the
ones above it say where), the sentence where it issues the plan ("UBND xã Phú Lâm xây dựng Kế
hoạch", "Ngày 30/12/2025, UBND ... đã ban hành"), and the closing ("TM. ỦY BAN NHÂN DÂN XÃ ...").
The province comes from the letterhead, the place-date line, the title or the body; a name
that stays ambiguous (238 commune names occur in more than one province) is never settled
silently: the candidates are listed and --issuer chooses.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from cascade.hierarchy import Hierarchy, as_date, name_key, valid_on
from cascade.importer.reader import Block, capitals
from cascade.models import Unit
from cascade.national import named_only

# A body of local government by its type word: "UBND xã Phú Lâm", "TỈNH ĐỒNG NAI".
TYPES = r"thành phố|thị trấn|thị xã|đặc khu|huyện|quận|phường|tỉnh|xã"
DESIGNATION = re.compile(rf"(?:\bubnd\s+|\bhđnd\s+)?\b({TYPES})\s+(.+?)(?=\s+(?:ubnd|hđnd|{TYPES}|số)\b|[,;:()]|$)")
# Bodies named without a type word: departments, ministries, offices, steering committees.
BODY = re.compile(r"^(sở|bộ|thanh tra|văn phòng|ban|trung tâm|phòng|chi cục)\b")
# "… xây dựng / ban hành Kế hoạch": found by the verb, then the clause before it is read back to
# the last , ; . or : — linear in the text (a lazy group before the verb would backtrack).
ISSUES = re.compile(r"\s(?:đã\s+)?(?:xây dựng|ban hành)\s+(?:kế hoạch|chương trình|quyết định)", re.I)
PASSIVE = re.compile(r"\bđược\s+(\S+(?:\s+\S+){0,8}?)\s+(?:xây dựng|ban hành)\b", re.I)
CLOSING = re.compile(r"^(?:tm\.?|kt\.?)\s+(.+)", re.I)
PLACE_DATE = re.compile(r"^([^,\d]{2,40}),\s*ngày\b", re.I)


class NoIssuer(Exception):
    """The issuer could not be matched to the hierarchy by name: --issuer is needed."""


class AmbiguousIssuer(Exception):
    """A name several units bear, and nothing in the text tells which: (name, candidates)."""

    def __init__(self, name: str, candidates: list[tuple[str, str, str]]):
        super().__init__(name, candidates)
        self.name, self.candidates = name, candidates  # (id, name, where: the chain above it)


@dataclass
class Named:
    written: str  # as the document writes it
    units: list[str]  # the units it can mean


def recognise(blocks: list[Block], opening: int, hierarchy: Hierarchy, on: dt.date | None,
              given: str | None = None) -> tuple[str, str]:
    """(unit id, name as written) of the issuer; `opening`: where the letterhead and title end."""
    if given:
        return _given(given, hierarchy, on)
    texts = [t for b in blocks for t in (b.cells if b.cells is not None else [b.text]) if t]
    head = [t for b in blocks[:opening] for t in (b.cells if b.cells is not None else [b.text]) if t]
    letterhead = [t for t in head if capitals(t) and len(t.split()) <= 14]  # not a sentence of the opening
    places = _hints(head + texts[:80], hierarchy, on)
    found = (_letterhead(letterhead, hierarchy, on) or _issuing(texts, hierarchy, on) or _closing(texts, hierarchy, on)
             or _bare_letterhead(head, hierarchy, on))
    for named in found:
        chosen = _narrow(named.units, places, hierarchy, on)
        if len(chosen) == 1:
            return chosen[0], named.written
        if len(chosen) > 1:
            raise AmbiguousIssuer(named.written, _described(chosen, hierarchy, on))
    raise NoIssuer(None)


def _given(given: str, hierarchy: Hierarchy, on: dt.date | None) -> tuple[str, str]:
    if given in hierarchy.units:
        return given, hierarchy.units[given].name
    found = _alive_first(hierarchy.find(given), hierarchy, on)
    if not found:
        raise NoIssuer(given)
    if len(found) > 1:
        raise AmbiguousIssuer(given, _described(found, hierarchy, on))
    return found[0], given


def _names_in(text: str, hierarchy: Hierarchy, on: dt.date | None) -> list[Named]:
    """The bodies a line names, each with the units it can mean, in the order written."""
    key = name_key(text)
    found = []
    if BODY.match(key):
        units = _alive_first(hierarchy.find(key), hierarchy, on)
        if units:
            return [Named(_written(text, key), units)]
    for match in DESIGNATION.finditer(key):
        kind, words = match[1], match[2].split()
        for end in range(min(len(words), 6), 0, -1):  # the name may run on: "tỉnh Đắk Nông giai đoạn …"
            proper = " ".join(words[:end])
            units = _alive_first(hierarchy.find(f"ubnd {kind} {proper}"), hierarchy, on)
            if units:
                found.append(Named(_written(text, f"{kind} {proper}"), units))
                break
    return found


def _letterhead(lines: list[str], hierarchy: Hierarchy, on: dt.date | None) -> list[Named]:
    """The bodies of the letterhead, lowest (the issuer) first, narrowed by the ones above it.
    A name broken over two lines ("BAN CHỈ ĐẠO CẢI / CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ") is joined."""
    named = [n for line in lines for n in _names_in(line, hierarchy, on)]
    if not named:
        named = [n for a, b in zip(lines, lines[1:]) for n in _names_in(f"{a} {b}", hierarchy, on)]
    if not named:
        return []
    if all(hierarchy.units[u].kind == "province" for u in named[-1].units):
        department = _named_department(lines, named[-1].units, hierarchy)
        if department:
            return [department]
    issuer, above = named[-1], named[:-1]
    for parent in above:
        inside = [u for u in issuer.units if any(p in hierarchy.lineage(u) for p in parent.units)]
        issuer = Named(issuer.written, inside or issuer.units)
    return [issuer]


def _named_department(lines: list[str], provinces: list[str], hierarchy: Hierarchy) -> Named | None:
    """A department no list assumes (an optional one of NĐ 150/2025, or one of before the 2025
    mergers) that the letterhead names under its province ("UBND TỈNH THANH HÓA / SỞ DÂN TỘC VÀ
    TÔN GIÁO"): recognised from the document and added to the hierarchy, saying so."""
    if len(provinces) != 1:
        return None
    province = provinces[0]
    for line in lines:
        key = name_key(line)
        for dept, start, end in named_only():
            if name_key(dept["name"]) == key:
                unit_id = f"{province}.{dept['slug']}"
                if unit_id not in hierarchy.units:
                    hierarchy.add(Unit(id=unit_id, name=dept["name"], kind="dept", parent=province,
                                       valid_from=start, valid_to=end, source="named by the document it issued"))
                return Named(_written(line, key), [unit_id])
    return None


def _issuing(texts: list[str], hierarchy: Hierarchy, on: dt.date | None) -> list[Named]:
    """The subject of "… xây dựng / ban hành Kế hoạch": a name that is the whole clause before
    the verb (a cited issuer is not: "của Chính phủ ban hành …"). "UBND huyện" alone is the
    district the text names ("… thuộc huyện Thường Tín")."""
    for text in texts:
        for phrase in issuing_clauses(text):
            generic = re.fullmatch(rf"(?:ubnd|ủy ban nhân dân)\s+({TYPES})", name_key(phrase))
            units = _named_by_type(generic[1], texts, hierarchy, on) if generic else []
            units = units or _alive_first(hierarchy.find(phrase), hierarchy, on)
            if units:
                return [Named(phrase, units)]
    return []


def issuing_clauses(text: str) -> list[str]:
    """The clauses that issue something: "UBND xã Phú Lâm" in "…; UBND xã Phú Lâm xây dựng Kế
    hoạch …", "UBND phường" in "Kế hoạch được UBND phường xây dựng"."""
    clauses = []
    for match in ISSUES.finditer(text):
        before = text[:match.start()]
        start = max(before.rfind(c) for c in ",;.:") + 1
        clauses.append(before[start:].strip())
    if re.search(r"\b(kế hoạch|chương trình)\b", text, re.I):
        clauses += [m[1] for m in PASSIVE.finditer(text)]
    return [c for c in clauses if c]


def _named_by_type(kind: str, texts: list[str], hierarchy: Hierarchy, on: dt.date | None) -> list[str]:
    """The units the text names with this type word, when it names just one."""
    names = {n.written.casefold(): n.units for t in texts for n in _names_in(t, hierarchy, on)
             if name_key(n.written).startswith(kind + " ")}
    return next(iter(names.values())) if len(names) == 1 else []


def _bare_letterhead(lines: list[str], hierarchy: Hierarchy, on: dt.date | None) -> list[Named]:
    """A letterhead that says only "ỦY BAN NHÂN DÂN", with the place-date line naming a
    province ("Bắc Giang, ngày …"): that province's people's committee."""
    if not any(name_key(line).startswith(("ubnd", "ủy ban nhân dân")) for line in lines):
        return []
    for line in lines:
        place = PLACE_DATE.match(line.strip())
        if place:
            provinces = _alive_first(hierarchy.provinces_named(place[1]), hierarchy, on)
            if provinces:
                return [Named(f"UBND {place[1].strip()}", provinces)]
    return []


def _closing(texts: list[str], hierarchy: Hierarchy, on: dt.date | None) -> list[Named]:
    """"TM. ỦY BAN NHÂN DÂN XÃ …" above the signature."""
    for text in reversed(texts[-30:]):
        match = CLOSING.match(text.strip())
        if match:
            named = _names_in(match[1], hierarchy, on)
            if named:
                return named[-1:]
    return []


def _hints(texts: list[str], hierarchy: Hierarchy, on: dt.date | None) -> set[str]:
    """Provinces and places the text gives: "tỉnh Đồng Nai" anywhere in the opening, the
    place-date line ("Phú Lâm, ngày …")."""
    hints: set[str] = set()
    for text in texts:
        for named in _names_in(text, hierarchy, on):
            hints |= {u for u in named.units if hierarchy.units[u].kind == "province"}
        place = PLACE_DATE.match(text.strip())
        if place:
            hints |= set(hierarchy.provinces_named(place[1]))
    return hints


def _narrow(units: list[str], hints: set[str], hierarchy: Hierarchy, on: dt.date | None) -> list[str]:
    """The candidates inside the provinces the text names (all of them when it names none, or
    none of theirs)."""
    inside = [u for u in units if u in hints or hints & set(hierarchy.lineage(u))]
    return inside or units


def _alive_first(units: list[str], hierarchy: Hierarchy, on: dt.date | None) -> list[str]:
    """The units that exist on the date; else (an old name in a newer plan) all of them."""
    return [u for u in units if valid_on(hierarchy.units[u], on)] or units


def _described(units: list[str], hierarchy: Hierarchy, on: dt.date | None) -> list[tuple[str, str, str]]:
    return [(u, hierarchy.units[u].name, ", ".join(hierarchy.units[a].name for a in hierarchy.ancestors(u, on)[:-1]))
            for u in sorted(units)]


def _written(text: str, key: str) -> str:
    """The name as the text writes it ("UBND xã Mù CẢ", "ỦY BAN NHÂN DÂN XÃ PHÚ LÂM" with the
    body it names), found regardless of case and spacing."""
    pattern = r"\s+".join(re.escape(w) for w in key.split())
    body = r"(?:(?:UBND|[ỦU][yỷ]\s+ban\s+nhân\s+dân)\s+)?"
    found = re.search(body + pattern, unicodedata.normalize("NFC", text), re.IGNORECASE)
    return found.group(0) if found else text.strip()


def document_date(fields: dict, period: dict | None) -> dt.date | None:
    """The date the issuer is read at: the document's own, else the start of its period."""
    return as_date(fields.get("date")) or (dt.date(period["start"], 1, 1) if period else None)
