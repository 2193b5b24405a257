"""The audit as one self-contained HTML page, from the Jinja2 templates beside this module
(autoescaping on) that the web page's auditor view uses too: no scripts, no fonts or styles
fetched, readable on screen and printable on A4. Matrix cells link to the findings behind them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cascade.messages import say
from cascade.report.audit import charts, tables
from cascade.report.audit.labels import WORDS
from cascade.report.summary import severity_label

TEMPLATES = Path(__file__).parent / "templates"


def by_unit(a) -> dict:
    """The audit's findings per unit, in their order."""
    out: dict[str, list] = {}
    for f in a.findings:
        out.setdefault(f.unit, []).append(f)
    return out


def environment(*more: Path):
    """The templates of the audit (and of the caller's folders first), escaping everything."""
    import jinja2  # imported here: only the HTML report and the web page need it (15 ms at start-up)

    env = jinja2.Environment(loader=jinja2.FileSystemLoader([*more, TEMPLATES]), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals.update(zip=zip, say=say, severity_label=severity_label, by_unit=by_unit)
    return env


def audit_tables(a, lang: str) -> dict:
    """The tables and charts both pages draw."""
    return {"key": tables.key_figures(a, lang), "charts": charts.audit_charts(a, lang), "summary": tables.summary(a, lang),
            "plans": tables.plans(a, lang), "reverse": tables.reverse(a, lang), "not_checked": tables.not_checked(a, lang)}


def render(a, lang: str) -> str:
    first: dict[tuple, str] = {}
    for f in a.findings:
        first.setdefault((f.unit, f.area), f.fingerprint)

    def cell_href(unit: str, area: str) -> str | None:
        target = first.get((unit, area))
        return f"#f-{target}" if target else None

    w = WORDS[lang]
    return _environment().get_template("audit_report.html").render(
        a=a, aw=w, lang=lang, title=w["title"].format(year=a.year, as_of=a.as_of.isoformat()),
        tables=audit_tables(a, lang), unit_href=lambda unit: f"#u-{unit}", cell_href=cell_href) + "\n"


@cache
def _environment():
    return environment()
