"""Target algebra: the years a document or target covers, a target as a bound, whether two
targets measure the same thing, which asks for more, and a short language-neutral description."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from cascade.finding import Terms
from cascade.hierarchy import as_date
from cascade.models import Document, Target

BEFORE = re.compile(r"\btrước\s+(?:ngày\s+)?\d", re.IGNORECASE)  # "trước ngày 15/6": by 14/6


def doc_years(doc: Document) -> range:
    if doc.period:
        return range(doc.period.start, doc.period.end + 1)
    year = int(doc.date[:4]) if doc.date else None
    return range(year, year + 1) if year else range(0)


def covered_years(doc: Document) -> set[int]:
    """The years a document sets anything for: its period, and the years of its own targets (a
    decision with no period, such as QĐ 1565, sets targets for 2025 and 2026)."""
    years = set(doc_years(doc))
    if not doc.period:
        years |= {y for _, t in own_targets(doc) for y in (range(t.year, t.year + 1) if t.year else target_years(t, doc))}
    return years


def target_years(target: Target, doc: Document) -> range:
    """A period applies within it; a target "by year Y" is a floor from Y to the end of the
    document's period; otherwise the document's period."""
    if target.period:
        return range(target.period.start, target.period.end + 1)
    span = doc_years(doc)
    if target.year:
        return range(target.year, max(target.year, span.stop - 1) + 1)
    return span


def due(item) -> dt.date | None:
    """The last day a task or target may be done: its deadline, the day before when it is
    written "trước ngày …" ("before"), the end of the period for a month or a year."""
    last = as_date(getattr(item, "deadline", None), end=True)
    if last and BEFORE.search(getattr(item, "when", None) or ""):
        return last - dt.timedelta(days=1)
    return last


def own_targets(doc: Document) -> Iterator[tuple[str, Target]]:
    """(area, target) for the document's own targets, including those inside tasks; a figure it
    only advises its parent on (owner: parent) is the parent's, not the document's."""
    return ((area, t) for area, t in all_targets(doc) if t.owner != "parent")


def all_targets(doc: Document) -> Iterator[tuple[str, Target]]:
    """(area, target) for every target written in the document."""
    for area, content in doc.areas.items():
        for target in content.targets:
            yield area, target
        for task in content.tasks:
            for target in task.targets:
                yield area, target


def bound(target: Target) -> tuple[str, float, bool] | None:
    """A numeric target as a bound: ("min" | "max", value, strict)."""
    if target.value is None or target.comparator is None:
        return None
    if target.comparator in (">=", ">", "="):
        return "min", target.value, target.comparator == ">"
    return "max", target.value, target.comparator == "<"


def baseline(target: Target) -> int | str | None:
    """What a change is measured against: a year, the year before each year, or nothing said."""
    return "previous-year" if target.baseline_previous_year else target.baseline_year


def _comparable(a: Target, b: Target, ba: tuple | None, bb: tuple | None) -> bool:
    """Whether two targets (and their bounds) measure the same thing the same way (a baseline
    left unsaid on one side is taken to be the other's)."""
    same_baseline = baseline(a) is None or baseline(b) is None or baseline(a) == baseline(b)
    return (ba is not None and bb is not None and ba[0] == bb[0] and a.unit == b.unit
            and a.change == b.change and same_baseline)


def stricter(a: Target, b: Target) -> bool:
    """Whether a asks for more than b: "trên 95%" > "đạt 95%" > "đạt 90%"; a cut of 30% > 20%.
    False when they are not comparable: ask `measure`, never read False as met."""
    return measure(a, b) == "stricter"


def measure(a: Target, b: Target) -> str:
    """How a compares with b, each bound worked out once (the audit compares 200,000 pairs):
    "not-comparable", "stricter" (a asks for more) or "not-stricter"."""
    ba, bb = bound(a), bound(b)
    if not _comparable(a, b, ba, bb):
        return "not-comparable"
    kind, va, sa = ba
    _, vb, sb = bb
    more = (va, sa) > (vb, sb) if kind == "min" else (-va, sa) > (-vb, sb)
    return "stricter" if more else "not-stricter"


# A measure's word after its value (finding.Terms, said in the reader's language by messages.say).
UNIT_WORDS = {"percent": "%", "points": "điểm", "minutes": "phút"}
SIGNS = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<"}


def describe(target: Target) -> Terms:
    """A target in symbols and a few words of cascade's vocabulary: "> 95 %", "≥ 3 (level)",
    "−≥ 10 % vs 2025", "= government / province" (the words said in the reader's language)."""
    if target.value is None:
        if target.assigned_by:
            return Terms(["=", *" / ".join(target.assigned_by).split(" ")], sep=" ")
        return Terms(["?"])
    words = [SIGNS.get(target.comparator or "", ""), f"{target.value:g}", UNIT_WORDS.get(target.unit or "", "")]
    words = [w for w in words + (["(level)"] if target.unit == "level" else []) if w]
    if target.change:
        words[0] = ("−" if target.change == "decrease" else "+") + words[0]
    counts: list[int | None] = [None] * len(words)
    if target.baseline_year:
        words, counts = [*words, "vs"], [*counts, target.baseline_year]
    elif target.baseline_previous_year:
        words, counts = [*words, "vs previous year"], [*counts, None]
    return Terms(words, counts, sep=" ")


def clause_in_document(doc: Document, clause: str) -> str | None:
    """The clause as a person finds it in the document, or None when the figure was read from a
    summary of the document (the target's `source`): then the clause points into our reference
    notes, not into the document."""
    read_elsewhere = any(t.clause == clause and t.source for area in doc.areas.values() for t in area.targets)
    return None if read_elsewhere else clause
