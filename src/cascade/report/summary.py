"""The counts every format shows."""

from collections import Counter

from cascade.finding import SEVERITIES, Finding


def summarise(findings: list[Finding], documents: list[str], not_checked: list | None = None) -> dict:
    """Counts of the findings that stand; waived ones are counted apart; what was not checked."""
    standing = [f for f in findings if f.waived is None]
    by_severity = Counter(f.severity for f in standing)
    return {
        "not_checked": [n.to_json() for n in not_checked or []],
        "documents": len(documents),
        "findings": len(standing),
        "waived": len(findings) - len(standing),
        "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
        "by_rule": dict(sorted(Counter(f.rule for f in standing).items())),
    }


def severity_label(finding: Finding, lang: str) -> str:
    label = LABELS[lang][finding.severity]
    return f"{label} ({LABELS[lang]['waived']} {finding.waived})" if finding.waived else label


LABELS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin",
           "line": "{documents} văn bản, {findings} phát hiện: {error} lỗi, {warning} cảnh báo, {info} thông tin.",
           "waived_line": " {waived} phát hiện được miễn trừ, tính riêng.", "waived": "miễn trừ",
           "severity": "Mức", "rule": "Quy tắc", "where": "Vị trí", "lineno": "Dòng", "clause": "Điều khoản", "message": "Nội dung",
           "expected": "Yêu cầu", "actual": "Thực tế", "fix": "Cách khắc phục", "source": "Nguồn",
           "title": "Kết quả kiểm tra", "none": "Không có phát hiện nào.",
           "not_checked": "Chưa kiểm tra được",
           "reason": {"incomplete": "văn bản bị cắt sau {detail} — không kết luận điều gì từ chỗ thiếu sau chỗ cắt (các quy tắc bỏ qua ở trên)",
                      "unknown-period": "không rõ năm của văn bản — không xác định được nghĩa vụ của năm nào",
                      "no-provincial-plan": "không gian làm việc không có kế hoạch của {detail} cho năm này — nghĩa vụ cấp tỉnh không rõ",
                      "unread": "{detail} đoạn không đọc được (cascade import liệt kê từng đoạn)"}},
    "en": {"error": "error", "warning": "warning", "info": "info",
           "line": "{documents} documents, {findings} findings: {error} errors, {warning} warnings, {info} info.",
           "waived_line": " {waived} waived findings, counted apart.", "waived": "waived",
           "severity": "Severity", "rule": "Rule", "where": "Where", "lineno": "Line", "clause": "Clause", "message": "Message",
           "expected": "Expected", "actual": "Actual", "fix": "Fix", "source": "Source",
           "title": "Check results", "none": "No findings.",
           "not_checked": "Not checked",
           "reason": {"incomplete": "the document stops after {detail} — nothing is concluded from absence past the cut (the rules skipped are listed)",
                      "unknown-period": "the document's period is unknown — its obligations cannot be found",
                      "no-provincial-plan": "the workspace has no plan of {detail} for the year — provincial obligations are unknown",
                      "unread": "{detail} could not be read (cascade import lists them)"}},
}


def summary_line(summary: dict, lang: str) -> str:
    if lang == "en":  # English counts take a plural; Vietnamese words do not change
        sev = summary["by_severity"]
        line = (f"{_count(summary['documents'], 'document')}, {_count(summary['findings'], 'finding')}: "
                f"{_count(sev['error'], 'error')}, {_count(sev['warning'], 'warning')}, {sev['info']} info.")
        waived = f" {_count(summary['waived'], 'waived finding')}, counted apart." if summary["waived"] else ""
        return line + waived
    line = LABELS[lang]["line"].format(documents=summary["documents"], findings=summary["findings"],
                                       **summary["by_severity"])
    return line + (LABELS[lang]["waived_line"].format(waived=summary["waived"]) if summary["waived"] else "")


def counts_line(summary: dict, lang: str) -> str:
    """"8 findings: 1 error, 5 warnings, 2 info" (the summary line without the documents)."""
    sev = summary["by_severity"]
    if lang == "en":
        return (f"{_count(summary['findings'], 'finding')}: {_count(sev['error'], 'error')}, "
                f"{_count(sev['warning'], 'warning')}, {sev['info']} info")
    return f"{summary['findings']} phát hiện: {sev['error']} lỗi, {sev['warning']} cảnh báo, {sev['info']} thông tin"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def not_checked_lines(summary: dict, lang: str) -> list[str]:
    """One line per thing not checked: "document: why"."""
    return [f"{n['document']}: {reason_text(n['reason'], n['detail'], lang)}" for n in summary.get("not_checked", [])]


def reason_text(reason: str, detail: str, lang: str) -> str:
    """Why something could not be checked, in the reader's words ("1 passage", "3 passages")."""
    if reason == "unread" and lang == "en":
        detail = _count(int(detail), "passage")
    return LABELS[lang]["reason"][reason].format(detail=detail)
