"""Heading numbering out of order: I, II, III, VI, IV — each level must count up by one.

Headings are compared with their siblings (same level, same parent heading). After a heading
out of place, either the expected number or the one after the stray heading is accepted, so
one misplaced heading gives one finding.
"""

import re

from cascade.finding import Fact
from cascade.models import Strict

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese point letters: no f, j, w, z


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"heading"}


class Params(Strict):
    pass


def number(numbering: str) -> int | None:
    last = numbering.rstrip(".)").split(".")[-1].strip()
    if last.isdigit():
        return int(last)
    if last and set(last) <= set(ROMAN):
        values = [ROMAN[c] for c in last]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    if len(last) == 1 and last.lower() in LETTERS:
        return LETTERS.index(last.lower()) + 1
    return None


def styled(n: int, like: str) -> str:
    """n written the way `like` is numbered (IV, 4 or d)."""
    last = like.rstrip(".)").split(".")[-1].strip()
    if last.isdigit():
        return str(n)
    if set(last) <= set(ROMAN):
        pairs = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out = ""
        for value, letters in pairs:
            while n >= value:
                out, n = out + letters, n - value
        return out
    return LETTERS[n - 1] if 0 < n <= len(LETTERS) else str(n)


def container(clause: str, numbering: str) -> str:
    """The clause of the parent heading: "II.2.b" with numbering "b)" → "II.2"."""
    last = numbering.rstrip(".)").split(".")[-1].strip()
    return re.sub(r"[.,\s]*" + re.escape(last) + r"[.)]?$", "", clause)


def check(doc, ctx, params: Params):
    expected: dict[tuple, set[int]] = {}
    for heading in doc.headings:
        n = number(heading.numbering or "")
        if n is None:
            continue
        key = (container(heading.clause, heading.numbering), heading.level)
        allowed = expected.get(key, {1})
        if n not in allowed:
            yield Fact(heading.loc_of("numbering"), clause=heading.clause, expected=styled(min(allowed), heading.numbering),
                       actual=heading.numbering, params={"heading": heading.text})
            expected[key] = {min(allowed), n + 1}
        else:
            expected[key] = {n + 1}
