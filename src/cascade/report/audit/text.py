"""The audit for a terminal: the five tables, one after another, fitting the terminal."""

from cascade.report.audit import tables
from cascade.report.audit.labels import WORDS
from cascade.report.width import table


def render(a, lang: str) -> str:
    out = [WORDS[lang]["title"].format(year=a.year, as_of=a.as_of.isoformat())]
    for make in tables.ALL:
        title, headers, rows = make(a, lang)
        out += ["", f"== {title}", table(rows, headers)]
    return "\n".join(out) + "\n"
