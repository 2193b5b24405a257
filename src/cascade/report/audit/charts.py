"""The audit's summary as data for the SVG bar charts the templates draw on the server (the
web page and `cascade audit --format html` alike): no script, no image fetched. Colours are
fill attributes, so a report file needs no style sheet to show them."""

from collections import Counter

from cascade.audit import ANSWERS
from cascade.finding import SEVERITIES
from cascade.report.audit.labels import WORDS

LABEL_CHARS = 38  # a longer label is cut (the whole label is in the bar's tooltip)
STATUS_ORDER = ("errors", "warnings", "clean", "plan-not-available", "no-plan")
RED, ORANGE, GREEN, GREY, BLUE = "#d9534f", "#f0a340", "#5cb85c", "#b0b6be", "#8fa9d6"
COLOURS = {"errors": RED, "missed": RED, "not-picked-up": RED, "error": RED,
           "warnings": ORANGE, "weaker": ORANGE, "warning": ORANGE,
           "clean": GREEN, "met": GREEN, "picked-up": GREEN,
           "no-plan": GREY, "plan-not-available": GREY, "not-yet-due": GREY,
           "unknown": BLUE, "not-comparable": BLUE, "info": BLUE}


def audit_charts(report, lang: str) -> list[dict]:
    """Plan status, obligations by outcome, and findings (not waived) by area and severity."""
    w = WORDS[lang]
    status = Counter(u.status for u in report.units)
    found = Counter((f.area, f.severity) for f in report.findings if f.waived is None)
    areas = [*report.areas, *sorted({a for a, _ in found if a not in report.areas}, key=str)]
    return [
        _chart("status", w["chart_status"], [(w["state"][s], s, {s: status.get(s, 0)}) for s in STATUS_ORDER]),
        _chart("answers", w["chart_answers"], [(w["answer"][k], k, {k: report.summary["answers"][k]}) for k in ANSWERS]),
        _chart("areas", w["chart_areas"], [(report.area_names.get(a, w["no_area"]), a or "", {s: found[a, s] for s in SEVERITIES})
                                           for a in areas], names={s: w[s] for s in SEVERITIES}),
    ]


def _chart(key: str, title: str, bars: list[tuple[str, str, dict[str, int]]], names: dict | None = None) -> dict:
    """Horizontal bars of segments {class: count}; x and width are shares of the longest bar.
    Stacked bars name their segments (`names`, the legend)."""
    names = names or {}
    top = max([sum(parts.values()) for _, _, parts in bars] + [1])
    out = []
    for label, bar_key, parts in bars:
        segments, x = [], 0.0
        for cls, n in parts.items():
            segments.append({"cls": cls, "name": names.get(cls, label), "value": n, "x": x, "w": n / top,
                             "fill": COLOURS.get(cls, BLUE)})
            x += n / top
        out.append({"label": label, "key": bar_key, "value": sum(parts.values()), "share": x, "segments": segments,
                    "short": label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"})
    return {"key": key, "title": title, "bars": out, "legend": [(name, COLOURS.get(cls, BLUE)) for cls, name in names.items()]}
