"""Source files → blocks: paragraphs and table rows, each with where it was in the source.

.txt and .md (the seeds' form: one paragraph per line, table rows as tab-separated cells,
Markdown and stray HTML marks; also pipe tables "a | b |" and columns aligned with spaces, as
letterheads are often pasted) and .docx (paragraphs, numbered and bulleted lists, tables).
Bold is kept as a flag (a heading may be marked only by it), and so is a bold lead-in
("**1. Cải cách thể chế:** 100% …").
Damaged, empty, protected or oversized files are refused with a reason, never a traceback.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path

from cascade.finding import Terms
from cascade.limits import (
    MAX_BLOCKS, MAX_DOCX_BYTES, MAX_DOCX_RATIO, MAX_DOCX_UNPACKED, MAX_DOCX_XML, MAX_PARAGRAPH_CHARS, MAX_TEXT_BYTES, MB,
)
_TAGS = re.compile(r"<[^<>]{1,500}>")
_MARKS = re.compile(r"(\*\*|__|^#+\s*|^\*+\s*|\*+$)")


class Unreadable(Exception):
    """The file cannot be imported; args: (code, detail) for messages.py; `line` where."""

    def __init__(self, code: str, detail: str, line: int = 1):
        super().__init__(code, detail)
        self.line = line


@dataclass
class Block:
    text: str
    where: Terms  # "line 12", "paragraph 4", "paragraph 5, table 1, row 2": said in the reader's language
    cells: list[str] | None = None  # a table row
    numbered: str | None = None  # the number a Word list gives this paragraph ("1.", "a)")
    bullet: bool = False
    line: int = 0  # for findings: the text file's line; in Word, paragraphs and table rows counted from the top
    bold: bool = False  # the whole paragraph is bold
    lead: str | None = None  # bold words that open the paragraph ("1. Cải cách thể chế:")


def capitals(text: str) -> bool:
    """Whether a line is written in capitals (a letterhead, a heading): 80 % of its letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def clean(text: str) -> str:
    """Markdown emphasis, headings marks and HTML tags away; entities decoded; spaces single."""
    text = html.unescape(_TAGS.sub(" ", text))
    text = _MARKS.sub("", text.strip())
    return " ".join(text.replace("**", "").split())


def read(path: Path) -> list[Block]:
    if not path.exists():
        raise Unreadable("import-missing", "")
    if not path.is_file():  # a FIFO, a device, a folder: never read
        raise Unreadable("import-special", path.name)
    size = path.stat().st_size
    if size == 0:
        raise Unreadable("import-empty", "0 byte")
    suffix = path.suffix.lower()
    limit = MAX_DOCX_BYTES if suffix == ".docx" else MAX_TEXT_BYTES
    if size > limit:
        raise Unreadable("import-too-large", f"{size / MB:.1f} MB > {limit // MB} MB")
    if suffix == ".docx":
        blocks = _docx(path)
    elif suffix in (".txt", ".md"):
        blocks = _text(path)
    else:
        raise Unreadable("import-format", suffix or "?")
    if not any(any(c.isalpha() for c in b.text + "".join(b.cells or ())) for b in blocks):
        raise Unreadable("import-empty", "no words")  # spaces, layout marks or control characters only
    for block in blocks:
        length = len(block.text) + sum(len(c) for c in block.cells or ())
        if length > MAX_PARAGRAPH_CHARS:
            raise Unreadable("import-paragraph", f"{block.where}: {length} > {MAX_PARAGRAPH_CHARS}", block.line or 1)
    return blocks


BULLET = re.compile(r"^\s*[-+•–]\s")
DECORATION = re.compile(r"[|\s:_=-]+")  # "|", "-------", "|---|---|": layout, no words


def _text(path: Path) -> list[Block]:
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable("not-utf8-import", f"byte {exc.start}") from exc
    blocks = []
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # not splitlines(): \x0b, \x85, \u2028 are no lines to an editor
    for n, line in enumerate(lines, 1):
        cells = _cells(line)
        if not line.strip() or DECORATION.fullmatch(line.strip()) or (cells is not None and not any(cells)):
            pass  # blank, or layout only: "|---|", " | **"
        elif cells and (len([c for c in cells if c]) > 1 or "\t" in line):
            blocks.append(Block("", _at_line(n), cells=cells, line=n))
        elif cells:
            blocks.append(Block(next(c for c in cells if c), _at_line(n), line=n))  # "Số: 0156/KH-UBND |"
        elif _continues(line, blocks):
            blocks[-1].text = f"{blocks[-1].text} {clean(line)}"  # a sentence broken by a page
        else:
            blocks.append(_line(line, n))
        if len(blocks) > MAX_BLOCKS:
            raise Unreadable("import-too-large", f"> {MAX_BLOCKS} blocks")
    return blocks


def _cells(line: str) -> list[str] | None:
    """A table row: tab-separated cells, a pipe row ("| Số hiệu | 0156/KH-UBND |"), or two short
    columns aligned with spaces ("UBND XÃ A          CỘNG HÒA XÃ HỘI …")."""
    if "\t" in line:
        return [clean(c) for c in line.split("\t")]
    stripped = line.strip()
    if "|" in stripped:
        return [clean(c) for c in stripped.strip("|").split("|")]
    parts = re.split(r"\s{3,}", stripped)
    if len(parts) > 1 and not BULLET.match(line) and all(len(p) <= 80 for p in parts):
        return [clean(p) for p in parts]
    return None


def _line(line: str, n: int) -> Block:
    bullet = bool(BULLET.match(line))
    marked = re.sub(r"^\s*#+\s*", "", line.strip())
    bold = bool(re.fullmatch(r"\*\*.+\*\*\*?|\*\*\*.+\*\*", marked)) and "**" not in marked.strip("*")
    lead = re.match(r"\*\*(?P<lead>[^*]+)\*\*\s*(?P<rest>[^*\s].*)$", marked)
    text = clean(BULLET.sub("", line))
    return Block(text, _at_line(n), bullet=bullet, line=n, bold=bold, lead=clean(lead["lead"]) if lead and not bold else None)


def _continues(line: str, blocks: list[Block]) -> bool:
    """A line that starts in lower case after an unfinished paragraph continues it."""
    text = clean(line)
    return bool(blocks and blocks[-1].cells is None and blocks[-1].text and text[:1].islower()
                and not re.match(r"[a-zđ]\)", text) and not blocks[-1].text.endswith((".", ":", ";")))


def _docx(path: Path) -> list[Block]:
    if not zipfile.is_zipfile(path):
        # Word saves a password-protected file as an OLE container, not a zip.
        head = path.read_bytes()[:8]
        raise Unreadable("import-protected" if head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" else "import-damaged", path.name)
    _check_package(path)
    import docx  # python-docx; imported here so that text imports do not need it

    try:
        document = docx.Document(str(path))
        return _docx_blocks(document)
    except Unreadable:
        raise
    except Exception as exc:  # noqa: BLE001 — any damaged part (lxml, zip, python-docx): one line
        raise Unreadable("import-damaged", type(exc).__name__) from exc


_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)


def _check_package(path: Path) -> None:
    """A .docx is a zip of XML parts: refuse a zip bomb (total or per-part size, compression
    ratio) and any DTD or entity declaration (an entity bomb) before any part is parsed."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
            total = sum(p.file_size for p in parts)
            if total > MAX_DOCX_UNPACKED:
                raise Unreadable("import-bomb", f"{total / MB:.0f} MB > {MAX_DOCX_UNPACKED // MB} MB")
            xml = sum(p.file_size for p in parts if p.filename.endswith((".xml", ".rels")))
            if xml > MAX_DOCX_XML:
                raise Unreadable("import-too-large", f"{xml / MB:.0f} MB of text and layout > {MAX_DOCX_XML // MB} MB")
            for part in parts:
                if part.file_size > MB and part.file_size > MAX_DOCX_RATIO * max(part.compress_size, 1):
                    raise Unreadable("import-bomb", f"{part.filename}: {part.file_size // max(part.compress_size, 1)}×")
                if part.filename.endswith((".xml", ".rels")):
                    with package.open(part) as xml:
                        if _DTD.search(xml.read(4096)):
                            raise Unreadable("import-bomb", f"{part.filename}: DTD")
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, ValueError) as exc:
        raise Unreadable("import-damaged", type(exc).__name__) from exc


def _docx_blocks(document) -> list[Block]:
    blocks: list[Block] = []
    counters: dict[tuple, int] = {}
    body = document.element.body
    tables = iter(document.tables)
    paragraphs = iter(document.paragraphs)
    n_par = n_tab = n_row = 0
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            n_par += 1
            block = _paragraph(next(paragraphs), n_par + n_row, counters)
            if block:
                blocks.append(block)
        elif tag == "tbl":
            n_tab += 1
            for r, row in enumerate(next(tables).rows, 1):
                cells = [clean(cell.text.replace("\n", " ")) for cell in row.cells]
                n_row += 1
                where = Terms(["paragraph", "table", "row"], [n_par + n_row, n_tab, r])
                blocks.append(Block("", where, cells=_unmerge(cells), line=n_par + n_row))
        if len(blocks) > MAX_BLOCKS:
            raise Unreadable("import-too-large", f"> {MAX_BLOCKS} blocks")
    return blocks


def _at_line(n: int) -> Terms:
    return Terms(["line"], [n])


def _paragraph(paragraph, n: int, counters: dict) -> Block | None:
    """The n-th paragraph, counting table rows as paragraphs: the number `check` gives too."""
    text = clean(paragraph.text)
    if not text:
        return None
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    num = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    bullet = "bullet" in style
    numbered = None
    if num is not None or "number" in style:
        level = int(num.ilvl.val) if num is not None and num.ilvl is not None else 0
        list_id = int(num.numId.val) if num is not None and num.numId is not None else -1
        if "bullet" in style:
            bullet = True
        else:
            key = (list_id, level)
            counters[key] = counters.get(key, 0) + 1
            for deeper in [k for k in counters if k[0] == list_id and k[1] > level]:
                del counters[deeper]  # a new item restarts the levels below it
            numbered = f"{counters[key]}."
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold for r in runs)
    leading = list(takewhile(lambda r: r.bold, runs))
    lead = clean("".join(r.text for r in leading)) if leading and not bold else None
    return Block(text, Terms(["paragraph"], [n]), numbered=numbered, bullet=bullet, bold=bold, lead=lead, line=n)


def _unmerge(cells: list[str]) -> list[str]:
    """python-docx repeats a horizontally merged cell in each column it spans; keep it once."""
    out = []
    for i, cell in enumerate(cells):
        out.append("" if i and cell and cell == cells[i - 1] else cell)
    return out
