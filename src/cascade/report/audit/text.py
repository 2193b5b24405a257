"""The audit for a terminal: the five tables, one after another."""

from tabulate import tabulate

from cascade.report.audit import tables
from cascade.report.audit.labels import WORDS


def render(a, lang: str) -> str:
    out = [WORDS[lang]["title"].format(year=a.year, as_of=a.as_of.isoformat())]
    for make in tables.ALL:
        title, headers, rows = make(a, lang)
        widths = [40 if len(str(h)) < 40 else None for h in headers]
        out += ["", f"== {title}", tabulate(rows, headers=headers, tablefmt="simple", maxcolwidths=widths)]
    return "\n".join(out) + "\n"
