"""Renderers: findings → text for a terminal, JSON for a machine, Markdown for a page, GitHub
annotations for a pull request."""

from cascade.report import github, json_report, markdown, text

FORMATS = {"text": text.render, "json": json_report.render, "markdown": markdown.render, "github": github.render}
