"""The issuer: matched by the sentence where the document names itself. (Being rewritten for
the whole country in its own work; kept here verbatim.)"""

from __future__ import annotations

import re
import unicodedata

from cascade.hierarchy import name_key


class NoIssuer(Exception):
    """The issuer could not be matched to the hierarchy by name: --issuer is needed."""


def _issuer(blocks, hierarchy, given: str | None) -> tuple[str, str]:
    if given:
        found = [given] if given in hierarchy.units else hierarchy.find(given)
        if not found:
            raise NoIssuer(given)
        return found[0], hierarchy.units[found[0]].name if given in hierarchy.units else given
    names = sorted(((name_key(n), uid) for uid, u in hierarchy.units.items() if u.kind != "external"
                    for n in (u.name, *u.aliases)), key=lambda p: -len(p[0]))
    # The issuer names itself in the opening: "UBND xã Mù Cả xây dựng Kế hoạch …".
    # The name starts a clause ("…; Thanh tra tỉnh xây dựng"), unlike a cited issuer ("của …").
    sentences = [b.text for b in blocks if b.text and re.search(r"(xây dựng|ban hành)\s+kế hoạch", b.text, re.I)]
    for text in sentences:
        key = name_key(text)
        for name, uid in names:
            for at in (m.start() for m in re.finditer(re.escape(name), key)):
                starts_clause = re.search(r"(^|[,;.:]\s*)$", key[:at])
                if starts_clause and re.match(r"\s*(xây dựng|ban hành)\s+kế hoạch", key[at + len(name):]):
                    return uid, _as_written(text, name) or hierarchy.units[uid].name
    raise NoIssuer(None)


def _as_written(text: str, name: str) -> str | None:
    """The name as the text writes it ("UBND xã Mù CẢ"), found regardless of case and spacing."""
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(pattern, unicodedata.normalize("NFC", text), re.IGNORECASE)
    return found.group(0) if found else None
