"""Import a plan from Word (.docx), Markdown or text into the document model, in small steps:

    reader    layout → blocks (paragraphs and table rows, with bold, lists and cells)
    header    blocks → number, place and date, form, title, period — wherever written
    kind      form, title and body → the document's kind (and what a decision adopts)
    structure blocks → headings, their levels and the areas they name
    build     headings and items → targets and tasks, citations, what could not be read
    completeness  whether the text holds the whole document
    issuer    the issuer, anywhere in the country, at the document's date
and here: the id, and validation into a Document.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from pydantic import ValidationError

from cascade.errors import Location
from cascade.importer import build, header, kind, reader
from cascade.importer.completeness import completeness
from cascade.importer.issuer import AmbiguousIssuer, NoIssuer, document_date, issuing_clauses, recognise
from cascade.importer.reader import Unreadable
from cascade.messages import safe
from cascade.models import Document
from cascade.yaml_models import walk
from cascade.source import display_path

__all__ = ["AmbiguousIssuer", "Imported", "NoIssuer", "Unreadable", "import_file"]

FIELD_ORDER = ["id", "kind", "issuer", "issuer_as_written", "number", "number_as_written", "date", "date_as_written",
               "place", "title", "period", "adopts", "complete", "cut_after", "seed", "cites", "headings", "areas", "declared_counts", "announced",
               "requirements", "task_tables", "self_references", "inspections"]


class Imported:
    def __init__(self, data: dict, unclassified: list[dict], source: Path, blocks: list[reader.Block], shown: str):
        self.data, self.unclassified, self.source, self.blocks = data, unclassified, source, blocks
        self.document = _validated(data)
        _place(self.document, blocks, shown)

    def to_yaml(self) -> str:
        # comments hold no control character: `cascade check` must read what this writes
        lines = [f"# Imported by `cascade import` from {safe(self.source.name)}; review before use."]
        if self.unclassified:
            n = len(self.unclassified)
            lines.append(f"# {n} {'passage was' if n == 1 else 'passages were'} not classified (nothing is dropped silently):")
            lines += [f"#   {u['where']}: {safe(u['text'][:160])}" for u in self.unclassified]
        body = yaml.safe_dump(self.data, allow_unicode=True, sort_keys=False, width=120)
        return "\n".join(lines) + "\n" + body


def _validated(data: dict) -> Document:
    """The document, without the values read from the text that the model refuses — a year
    or date outside MIN_YEAR..MAX_YEAR ("năm 9999"), which stays as written where it has an
    *_as_written field: absent, as a date that does not exist is."""
    for _ in range(10):
        try:
            return Document.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                _drop(data, tuple(error["loc"]))
    return Document.model_validate(data)


def _drop(data: object, loc: tuple) -> None:
    if loc and loc[-1] in ("start", "end"):  # a period with a bad year: no period
        loc = loc[:-1]
    parent = data
    for key in loc[:-1]:
        try:
            parent = parent[key]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(parent, dict):
        parent.pop(loc[-1], None) if loc else None


def import_file(path: Path, ws, issuer: str | None = None, shown: str | None = None) -> Imported:
    """A plan read from a file; `shown`: how locations name it (by default, as display_path does)."""
    blocks = reader.read(path)
    head = header.read_header(blocks)
    # a news item about a plan has a headline instead of a letterhead and a title
    title = head.fields.get("title") or (header.headline(blocks, head.end) if not head.used else None)
    period = header.period(title, head.subject)
    texts = [b.text for i, b in enumerate(blocks) if b.text and i not in head.used]
    doc_kind, adopts = kind.document_kind(head.form, head.fields.get("number"), title, head.subject, texts,
                                          build.area_keys(ws.rules), bool(period and period["end"] > period["start"]))
    data, unclassified = build.build(blocks, head, doc_kind, ws.rules, ws.hierarchy, issuer)
    complete, cut_after = completeness(blocks)
    unit, written = recognise(blocks, head.end, ws.hierarchy, document_date(head.fields, period), issuer)
    formalities = _formalities(blocks)  # once, not once per passage
    unclassified = [u for u in unclassified if u["where"] not in formalities]
    data.update(id=_slug(path.stem), kind=doc_kind, issuer=unit, issuer_as_written=written,
                title=title or path.stem, period=period, adopts=adopts, complete=complete, cut_after=cut_after)
    data["areas"] = {a: {k: v for k, v in c.items() if v} for a, c in data["areas"].items()}
    by_number = {d.number: d.id for d in ws.documents.values() if d.number}
    for cite in data["cites"]:  # link a citation to the workspace's copy of the cited document
        if cite.get("number") in by_number:
            cite["document"] = by_number[cite["number"]]
    ordered = {k: data[k] for k in FIELD_ORDER if data.get(k) not in (None, [], {})}
    return Imported(ordered, unclassified, path, blocks, shown or display_path(path, ws.root))


def _formalities(blocks: list[reader.Block]) -> set[str]:
    """Where the recipients and the signature are ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", the
    signer), and the sentence that issues the plan: read, not content to classify."""
    start = next((i for i, b in enumerate(blocks) if re.match(r"^(Nơi nhận|TM\.|KT\.)", b.text or "")), len(blocks))
    issuing = {b.where for b in blocks if b.text and b.text.rstrip().endswith(("sau:", "sau")) and issuing_clauses(b.text)}
    return {b.where for b in blocks[start:]} | issuing


def _place(document: Document, blocks: list[reader.Block], file: str) -> None:
    """Each item where its words were read, so that a finding on an imported plan points into
    the planner's own file: its line in a text file; in Word, paragraphs and table rows counted."""
    document.locate_at(Location(file, 1, 1))
    texts = [(b, b.text or " ".join(b.cells or [])) for b in blocks]
    last = 0  # items come mostly in the order of the text: look from the last one found, then from the top
    for _, item in walk(document):
        key = getattr(item, "text", None)
        if not isinstance(key, str) or not key:
            continue
        key = key[:40]
        at = next((i for i in range(last, len(texts)) if key in texts[i][1]), None)
        if at is None:
            at = next((i for i in range(last) if key in texts[i][1]), None)
        if at is not None:
            last = at
            item.locate_at(Location(file, texts[at][0].line, 1))


def _slug(text: str) -> str:
    base = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    base = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-") or "imported"
