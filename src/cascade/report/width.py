"""Tables that fit the terminal: the wide columns are narrowed (their text wrapped) until a
table's lines fit the terminal's width — $COLUMNS, else the terminal's, else 80."""

from __future__ import annotations

import shutil
import textwrap

from tabulate import tabulate

GAP = 2  # tabulate's "simple" format puts two spaces between columns
PADDING = 2  # and makes each column at least as wide as its header and two spaces
NARROWEST = 6  # no column is wrapped narrower than this, whatever the width


def terminal_width() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def table(rows: list[list], headers: list[str], width: int | None = None) -> str:
    """A "simple" table whose lines fit `width` (the terminal's by default); one too wide even
    when wrapped is shown a row at a time, a "header: value" line per column."""
    width = width or terminal_width()
    caps = _caps(headers, rows, width)
    if caps is None:
        return _records(rows, headers, width)
    header_caps = [cap - PADDING if cap else None for cap in caps]
    return tabulate(rows, headers=headers, tablefmt="simple", maxcolwidths=caps, maxheadercolwidths=header_caps)


def _records(rows: list[list], headers: list[str], width: int) -> str:
    blocks = []
    for row in rows:
        lines = [textwrap.fill(f"{header}: {cell}", width, subsequent_indent="    ")
                 for header, cell in zip(headers, row) if str(cell).strip()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _caps(headers: list[str], rows: list[list], width: int) -> list[int | None] | None:
    """Per column, the width to wrap it at (None: as wide as it is; no list at all: the table
    cannot fit). Columns narrower than an
    even share of the room keep their width; the others share what is left in proportion to
    their own width (so that a message keeps the most room), none narrower than its header's
    longest word."""
    columns = zip(*rows) if rows else [[]] * len(headers)
    natural = [max([len(str(header)) + PADDING, *(len(part) for cell in column for part in str(cell).split("\n"))])
               for header, column in zip(headers, columns)]
    floor = [min(w, max([NARROWEST, *(len(word) + PADDING for word in str(h).split())])) for h, w in zip(headers, natural)]
    room = width - GAP * (len(natural) - 1)
    if sum(natural) <= room:
        return [None] * len(natural)
    if sum(floor) > room:
        return None
    caps, wide = list(natural), {i for i, w in enumerate(natural) if w > room / len(natural)}
    while wide:
        left = room - sum(c for i, c in enumerate(caps) if i not in wide)
        share = {i: left * natural[i] // sum(natural[j] for j in wide) for i in wide}
        narrow = {i for i in wide if share[i] < floor[i]}
        for i in wide:
            caps[i] = floor[i] if i in narrow else share[i]
        if not narrow:
            break
        wide -= narrow
    return [cap if cap < w else None for cap, w in zip(caps, natural)]
