"""The audit as a Markdown page."""

from tabulate import tabulate

from cascade.report.audit import tables
from cascade.report.audit.labels import WORDS
from cascade.report.markdown import cell


def render(a, lang: str) -> str:
    out = [f"# {WORDS[lang]['title'].format(year=a.year, as_of=a.as_of.isoformat())}"]
    for make in tables.ALL:
        title, headers, rows = make(a, lang)
        out += ["", f"## {title}", "", tabulate([[cell(c) for c in r] for r in rows], headers=headers, tablefmt="github")]
    return "\n".join(out) + "\n"
