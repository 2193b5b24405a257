"""An uploaded plan: its type told from its content (never from its name), refused with a
reason when it is not a plan cascade can read, and written only inside a temporary folder that
is removed when the answer is made. Nothing the request says becomes a path."""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
import zipfile
from contextlib import contextmanager
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # the importer's own limit
MAX_UNPACKED = 200 * 1024 * 1024  # a .docx whose parts unpack to more than this is a zip bomb
MAX_RATIO = 200  # nor does a real part shrink more than this
STEM = "ke-hoach-tai-len"  # the name every upload is saved under (its extension from its content)

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, and a password-protected .docx


class Refused(Exception):
    """An upload cascade will not read; args: (code, HTTP status)."""

    def __init__(self, code: str, status: int = 415):
        super().__init__(code, status)
        self.code, self.status = code, status


def kind_of(content: bytes) -> str:
    """".docx" or ".txt", from the bytes; Refused otherwise."""
    if not content.strip():
        raise Refused("empty", 400)
    if len(content) > MAX_BYTES:
        raise Refused("too-large", 413)
    if content.startswith(OLE):
        raise Refused("doc")
    if content.startswith(b"%PDF"):
        raise Refused("pdf")
    if content.startswith(b"PK\x03\x04"):
        _check_zip(content)
        return ".docx"
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused("not-text") from None
    if "\x00" in text:
        raise Refused("not-text")
    return ".txt"


def _check_zip(content: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise Refused("damaged", 422) from None
    if "word/document.xml" not in names:
        raise Refused("not-word")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED or any(i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
                                      for i in infos):
        raise Refused("zip-bomb", 422)


def display_name(filename: str | None) -> str:
    """The name the planner gave the file, for display and downloads only: no folders, no
    control characters, short."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if c.isprintable())
    return name[:120] or "ke-hoach"


def download_stem(filename: str) -> str:
    """An ASCII stem for the files offered for download."""
    base = unicodedata.normalize("NFD", filename.rsplit(".", 1)[0].replace("đ", "d").replace("Đ", "D"))
    base = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")[:60] or "ke-hoach"


@contextmanager
def saved(content: bytes):
    """The upload in a fresh temporary folder, under a fixed name; the folder is removed on exit."""
    suffix = kind_of(content)
    with tempfile.TemporaryDirectory(prefix="cascade-upload-") as folder:
        path = Path(folder) / f"{STEM}{suffix}"
        path.write_bytes(content)
        yield path
