"""The audit's findings as SARIF 2.1.0 (see report/sarif.py)."""

from cascade.report import sarif


def render(a, lang: str) -> str:
    return sarif.render(a.findings, a.rules, a.waivers, a.not_checked, a.root, lang)
