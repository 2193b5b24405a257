"""Renderers of the auditor's report. Each returns text, except xlsx, which returns bytes."""

from cascade.report.audit import html, json_report, markdown, sarif, text, xlsx

FORMATS = {"text": text.render, "markdown": markdown.render, "json": json_report.render,
           "html": html.render, "xlsx": xlsx.render, "sarif": sarif.render}
