"""The audit's charts as data for the SVG bar charts the templates draw on the server: no
script, no image fetched."""

from collections import Counter

from cascade.audit import ANSWERS
from cascade.report.audit.labels import WORDS

NO_AREA = {"vi": "không thuộc lĩnh vực nào", "en": "no area"}
LABEL_CHARS = 38  # a longer label is cut (the whole label is in the bar's tooltip)
STATUS_ORDER = ("errors", "warnings", "clean", "plan-not-available", "no-plan")


def audit_charts(report, lang: str) -> list[dict]:
    w = WORDS[lang]
    status = Counter(u.status for u in report.units)
    by_area = Counter(f.area for f in report.findings if f.waived is None)
    return [
        _chart("status", [(w["state"][s], status.get(s, 0), s) for s in STATUS_ORDER]),
        _chart("answers", [(w["answer"][k], report.summary["answers"][k], k) for k in ANSWERS]),
        _chart("areas", [(report.area_names.get(a, a), by_area.get(a, 0), "finding") for a in report.areas]
               + ([(NO_AREA[lang], by_area[None], "finding")] if by_area.get(None) else [])),
    ]


def _chart(key: str, bars: list[tuple[str, int, str]]) -> dict:
    top = max([n for _, n, _ in bars] + [1])
    return {"key": key, "top": top,
            "bars": [{"label": label, "short": label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…",
                      "value": n, "cls": cls, "share": n / top} for label, n, cls in bars]}
