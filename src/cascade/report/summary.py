"""The counts every format shows."""

from collections import Counter

from cascade.finding import SEVERITIES, Finding


def summarise(findings: list[Finding], documents: list[str]) -> dict:
    by_severity = Counter(f.severity for f in findings)
    return {
        "documents": len(documents),
        "findings": len(findings),
        "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
        "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
    }


LABELS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin",
           "line": "{documents} văn bản, {findings} phát hiện: {error} lỗi, {warning} cảnh báo, {info} thông tin.",
           "severity": "Mức", "rule": "Quy tắc", "where": "Vị trí", "lineno": "Dòng", "clause": "Điều khoản", "message": "Nội dung",
           "expected": "Yêu cầu", "actual": "Thực tế", "fix": "Cách khắc phục", "source": "Nguồn",
           "title": "Kết quả kiểm tra", "none": "Không có phát hiện nào."},
    "en": {"error": "error", "warning": "warning", "info": "info",
           "line": "{documents} documents, {findings} findings: {error} errors, {warning} warnings, {info} info.",
           "severity": "Severity", "rule": "Rule", "where": "Where", "lineno": "Line", "clause": "Clause", "message": "Message",
           "expected": "Expected", "actual": "Actual", "fix": "Fix", "source": "Source",
           "title": "Check results", "none": "No findings."},
}


def summary_line(summary: dict, lang: str) -> str:
    return LABELS[lang]["line"].format(documents=summary["documents"], findings=summary["findings"],
                                       **summary["by_severity"])
