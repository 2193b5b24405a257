"""Import a plan from Word (.docx), Markdown or text into the document model.

    reader (file → blocks) → build (blocks → document, unclassified sentences) → here: the
    issuer matched by name, the id, kind and period, and validation into a Document.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from cascade.errors import Location
from cascade.hierarchy import name_key
from cascade.importer import build, reader
from cascade.importer.reader import Unreadable
from cascade.models import Document
from cascade.yaml_models import walk
from cascade.source import display_path

__all__ = ["Imported", "NoIssuer", "Unreadable", "import_file"]

FIELD_ORDER = ["id", "kind", "issuer", "issuer_as_written", "number", "number_as_written", "date", "date_as_written",
               "place", "title", "period", "seed", "cites", "headings", "areas", "declared_counts", "announced",
               "requirements", "self_references", "inspections"]


class NoIssuer(Exception):
    """The issuer could not be matched to the hierarchy by name: --issuer is needed."""


class Imported:
    def __init__(self, data: dict, unclassified: list[dict], source: Path, blocks: list[reader.Block]):
        self.data, self.unclassified, self.source = data, unclassified, source
        self.document = Document.model_validate(data)
        _place(self.document, blocks, display_path(source))

    def to_yaml(self) -> str:
        lines = [f"# Imported by `cascade import` from {self.source.name}; review before use."]
        if self.unclassified:
            lines.append(f"# {len(self.unclassified)} passage(s) were not classified (nothing is dropped silently):")
            lines += [f"#   {u['where']}: {u['text'][:160]}" for u in self.unclassified]
        body = yaml.safe_dump(self.data, allow_unicode=True, sort_keys=False, width=120)
        return "\n".join(lines) + "\n" + body


def import_file(path: Path, ws, issuer: str | None = None) -> Imported:
    blocks = reader.read(path)
    data, unclassified = build.build(blocks, ws.rules, ws.hierarchy, issuer)
    unit, written = _issuer(blocks, ws.hierarchy, issuer)
    title = data.get("title") or path.stem
    data.update(id=_slug(path.stem), kind=_kind(title), issuer=unit, issuer_as_written=written, title=title)
    period = _period(title, data.get("date"))
    if period:
        data["period"] = period
    data["areas"] = {a: {k: v for k, v in c.items() if v} for a, c in data["areas"].items()}
    by_number = {d.number: d.id for d in ws.documents.values() if d.number}
    for cite in data["cites"]:  # link a citation to the workspace's copy of the cited document
        if cite.get("number") in by_number:
            cite["document"] = by_number[cite["number"]]
    ordered = {k: data[k] for k in FIELD_ORDER if data.get(k) not in (None, [], {})}
    return Imported(ordered, unclassified, path, blocks)


def _place(document: Document, blocks: list[reader.Block], file: str) -> None:
    """Each item where its words were read, so that a finding on an imported plan points into
    the planner's own file: its line in a text file; in Word, paragraphs and table rows counted."""
    document.locate_at(Location(file, 1, 1))
    texts = [(b, b.text or " ".join(b.cells or [])) for b in blocks]
    for _, item in walk(document):
        key = getattr(item, "text", None)
        if not isinstance(key, str) or not key:
            continue
        key = key[:40]
        block = next((b for b, text in texts if key in text), None)
        if block:
            item.locate_at(Location(file, block.line, 1))


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


def _slug(text: str) -> str:
    base = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    base = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-") or "imported"


def _kind(title: str) -> str:
    upper = title.upper()
    if "KIỂM TRA" in upper:
        return "inspection-plan"
    if "KHẮC PHỤC" in upper:
        return "remediation-plan"
    return "plan"


def _period(title: str, date: str | None) -> dict | None:
    span = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", title)
    if span:
        return {"start": int(span[1]), "end": int(span[2])}
    year = re.search(r"năm\s+(\d{4})", title)
    if year:
        return {"start": int(year[1]), "end": int(year[1])}
    return None
