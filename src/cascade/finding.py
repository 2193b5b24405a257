"""A finding: what a check found, stamped with its rule. The JSON form is a stable contract."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from cascade.errors import Location

SEVERITIES = ("error", "warning", "info")
SCHEMA_VERSION = 1


class Terms(str):
    """Words of cascade's own vocabulary, optionally counted: "goals 2, tasks 3", "lead,
    deadline", "government / province". It is the machine form JSON shows, and it keeps its
    words, so that a report can say them in the reader's language without parsing text."""

    def __new__(cls, words: list[str], counts: list[int] | None = None, sep: str = ", "):
        items = tuple(zip(words, counts)) if counts is not None else tuple((w, None) for w in words)
        self = super().__new__(cls, sep.join(w if n is None else f"{w} {n}" for w, n in items))
        self.items, self.sep = items, sep
        return self

    def say(self, vocabulary: dict[str, str]) -> str:
        return self.sep.join(vocabulary.get(w, w) + ("" if n is None else f" {n}") for w, n in self.items)


@dataclass(frozen=True)
class Fact:
    """What a check yields: facts only. The engine adds rule, severity and message."""

    location: Location | None
    clause: str | None = None
    area: str | None = None
    indicator: str | None = None
    expected: str | None = None  # plain text, or Terms
    actual: str | None = None
    unit: str | None = None  # default: the document's issuer
    source: str | None = None  # the higher document and clause the expectation comes from
    params: dict[str, str] = field(default_factory=dict, compare=False)  # message placeholders


@dataclass(frozen=True)
class Finding:
    rule: str
    kind: str
    severity: str
    unit: str
    document: str
    area: str | None
    indicator: str | None
    expected: str | None
    actual: str | None
    message: str
    fix: str
    clause: str | None
    source: str | None
    location: Location
    waived: str | None = None  # the id of the waiver that accepts this deviation

    @property
    def sort_key(self) -> tuple:
        # No message in the key: ties keep the order the check gave (e.g. the seven areas' order).
        return (self.location.file, self.location.line, self.location.column, self.rule)

    @property
    def fingerprint(self) -> str:
        """Stable across re-wording and reformatting: no message, no line numbers."""
        key = "\x1f".join(str(x) for x in (self.rule, self.unit, self.document, self.area, self.indicator, self.clause))
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def to_json(self) -> dict:
        return {
            "rule": self.rule, "kind": self.kind, "severity": self.severity, "unit": self.unit,
            "document": self.document, "area": self.area, "indicator": self.indicator,
            "expected": self.expected, "actual": self.actual, "message": self.message, "fix": self.fix,
            "clause": self.clause, "source": self.source, "fingerprint": self.fingerprint, "waived": self.waived,
            "location": {"file": self.location.file, "line": self.location.line, "column": self.location.column},
        }


def at_or_above(severity: str, threshold: str) -> bool:
    """Whether a severity reaches a --fail-on threshold ("never" is never reached)."""
    if threshold == "never":
        return False
    return SEVERITIES.index(severity) <= SEVERITIES.index(threshold)
