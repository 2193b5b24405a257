"""The audit as one self-contained HTML page: no scripts, no fonts or styles fetched, readable
on screen and printable on A4. Matrix cells are coloured and link to the findings behind them."""

from html import escape

from cascade.messages import say
from cascade.report.summary import severity_label
from cascade.report.audit import tables
from cascade.report.audit.labels import WORDS

CSS = """
body{font-family:"Times New Roman",Times,serif;font-size:11pt;margin:1.5em auto;max-width:1200px;color:#111}
h1{font-size:16pt}h2{font-size:13pt;border-bottom:1px solid #888;margin-top:1.6em}h3{font-size:11.5pt;margin:1em 0 .3em}
nav a{margin-right:1em}table{border-collapse:collapse;width:100%;margin:.4em 0}
th,td{border:1px solid #999;padding:2px 4px;vertical-align:top;text-align:left}th{background:#e8e8e8}
td.n{text-align:right}.cell{text-align:center;white-space:nowrap}.cell a{color:inherit;text-decoration:none;display:block}
.covered{background:#c8e6c9}.missing{background:#ef9a9a}.weaker{background:#ffcc80}.unknown{background:#b3c7e6}
.no-plan,.plan-not-available{background:#eeeeee;color:#555}.errors{background:#ef9a9a}.warnings{background:#ffe0b2}.clean{background:#c8e6c9}.error{color:#b71c1c;font-weight:bold}.warning{color:#e65100}.info{color:#1a4f8b}
.legend span{display:inline-block;padding:0 .5em;margin-right:.4em;border:1px solid #999}
.matrix th.unit,.matrix td.unit{width:14em}small{color:#555}
@page{size:A4 landscape;margin:12mm}
@media print{nav{display:none}body{margin:0;max-width:none;font-size:9pt}h2{break-after:avoid}tr{break-inside:avoid}
a{color:inherit;text-decoration:none}}
"""


def render(a, lang: str) -> str:
    w = WORDS[lang]
    title = w["title"].format(year=a.year, as_of=a.as_of.isoformat())
    parts = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
             f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>", _nav(w)]
    parts.append(_table_section("summary", *tables.summary(a, lang)))
    parts.append(_plans(a, w, lang))
    parts += [_matrix(a, w), _table_section("reverse", *tables.reverse(a, lang)), _findings(a, w, lang),
              "</body></html>\n"]
    return "\n".join(parts)


def _nav(w) -> str:
    links = " ".join(f'<a href="#{k}">{escape(w[k])}</a>' for k in ("summary", "plans", "coverage", "reverse", "findings"))
    return f"<nav>{links}</nav>"


def _td(value) -> str:
    cls = ' class="n"' if isinstance(value, int) else ""
    return f"<td{cls}>{escape(str(value))}</td>"


def _table(headers, rows, cls: str = "") -> str:
    head = "".join(f"<th>{escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _table_section(anchor, title, headers, rows) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{_table(headers, rows)}</section>'


def _plans(a, w, lang) -> str:
    """The plan status table, each status cell coloured and each unit linked to its findings."""
    title, headers, rows = tables.plans(a, lang)
    head = "".join(f"<th>{escape(str(h))}</th>" for h in headers)
    body = []
    for unit, row in zip(a.units, rows):
        name = f'<td><a href="#u-{unit.unit}">{escape(row[0])}</a></td>'
        status = f'<td class="{unit.status}">{escape(row[2])}</td>'
        body.append(f"<tr>{name}{_td(row[1])}{status}{''.join(_td(c) for c in row[3:])}</tr>")
    return f'<section id="plans"><h2>{escape(title)}</h2><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></section>'


def _matrix(a, w) -> str:
    legend = "".join(f'<span class="{k}">{escape(v)}</span>' for k, v in w["cell"].items() if k != "no-plan")
    legend += f'<span class="no-plan">— {escape(w["answer"]["no-plan"])}</span>'
    head = f'<th class="unit">{escape(w["unit"])}</th>' + "".join(f"<th>{escape(a.area_names[x])}</th>" for x in a.areas)
    first = {}
    for f in a.findings:
        first.setdefault((f.unit, f.area), f.fingerprint)
    rows = []
    for unit, cells in a.matrix.items():
        tds = []
        for area in a.areas:
            state = cells[area]
            label = escape(w["cell"][state])
            target = first.get((unit, area))
            link = f'<a href="#f-{target}">{label}</a>' if target and state in ("missing", "weaker", "unknown") else label
            tds.append(f'<td class="cell {state}">{link}</td>')
        rows.append(f'<tr><td class="unit"><a href="#u-{unit}">{escape(a.names[unit])}</a></td>{"".join(tds)}</tr>')
    return (f'<section id="coverage"><h2>{escape(w["coverage"])}</h2><p class="legend">{legend}</p>'
            f'<table class="matrix"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _findings(a, w, lang) -> str:
    out = [f'<section id="findings"><h2>{escape(w["findings"])}</h2>']
    by_unit = {}
    for f in a.findings:
        by_unit.setdefault(f.unit, []).append(f)
    for unit in [u.unit for u in a.units if u.unit in by_unit]:
        out.append(f'<h3 id="u-{unit}">{escape(a.names[unit])}</h3><table><thead><tr>' + "".join(
            f"<th>{escape(w[k])}</th>" for k in ("severity", "rule", "document", "clause", "message", "expected", "actual", "where"))
            + "</tr></thead><tbody>")
        for f in by_unit[unit]:
            out.append(f'<tr id="f-{f.fingerprint}"><td class="{f.severity}">{escape(severity_label(f, lang))}</td>'
                       f"<td>{f.rule}</td><td>{escape(f.document)}</td><td>{escape(f.clause or '')}</td>"
                       f"<td>{escape(f.message)}<br><small>→ {escape(f.fix)}</small>"
                       + (f"<br><small>{escape(w['source'])}: {escape(f.source)}</small>" if f.source else "")
                       + f"</td><td>{escape(say(f.expected, lang))}</td><td>{escape(say(f.actual, lang))}</td>"
                       f"<td><small>{escape(f.location.file)}:{f.location.line}</small></td></tr>")
        out.append("</tbody></table>")
    for unit in [u.unit for u in a.units if u.unit not in by_unit]:
        out.append(f'<span id="u-{unit}"></span>')
    out.append("</section>")
    return "\n".join(out)
