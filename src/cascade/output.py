"""Writing a report file: never over an existing file unless asked, never over anything but a
regular file, and never half-written."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class OutputExists(Exception):
    """The output file exists and --force was not given."""


class OutputSpecial(Exception):
    """The output is a device, a FIFO or a folder: not replaced, even with --force."""


def check_target(path: Path, force: bool) -> None:
    """Refuse, before any work is done, an output that is not a new path or a regular file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    if not stat.S_ISREG(mode):
        raise OutputSpecial(path)
    if not force:
        raise OutputExists(path)


def write_atomically(path: Path, content: str | bytes, force: bool = False) -> None:
    """Write to a temporary file beside `path`, then rename it into place: an interrupted run
    (Ctrl-C, SIGTERM) leaves the old file (or none) and no temporary file, never a truncated one.
    Errors name `path`, the file the user asked for, never the temporary one."""
    check_target(path, force)
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.", suffix=".tmp")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private 0600
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        check_target(path, force)  # it may have become a FIFO meanwhile
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise
