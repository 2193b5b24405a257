"""Renderers: findings → text for a terminal, JSON for a machine, Markdown for a page."""

from cascade.report import json_report, markdown, text

FORMATS = {"text": text.render, "json": json_report.render, "markdown": markdown.render}
