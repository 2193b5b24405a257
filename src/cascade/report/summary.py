"""The counts every format shows, and the words they share."""

from collections import Counter

from cascade.finding import SEVERITIES, Finding
from cascade.i18n import N_, translation
from cascade.messages import say_place

SEVERITY = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}

# Column headings and titles of the findings reports.
HEADINGS = {
    "severity": N_("Severity"), "rule": N_("Rule"), "where": N_("Where"), "clause": N_("Clause"),
    "message": N_("Message"), "expected": N_("Expected"), "actual": N_("Actual"), "fix": N_("Fix"),
    "source": N_("Source"), "title": N_("Check results"), "none": N_("No findings."),
    "not_checked": N_("Not checked"),
}

# Why something could not be checked (pipeline.NotChecked.reason); "unread" is counted apart.
REASONS = {
    "incomplete": N_("the document stops after {detail} — nothing is concluded from absence past the cut "
                     "(the rules skipped are listed)"),
    "unknown-period": N_("the document's period is unknown — its obligations cannot be found"),
    "no-provincial-plan": N_("the workspace has no plan of {detail} for the year — provincial obligations are unknown"),
}


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


def headings(lang: str) -> dict[str, str]:
    _ = translation(lang).gettext
    return {key: _(text) for key, text in HEADINGS.items()}


def severity_label(finding: Finding, lang: str) -> str:
    _ = translation(lang).gettext
    label = _(SEVERITY[finding.severity])
    return _("{severity} (waived {waiver})").format(severity=label, waiver=finding.waived) if finding.waived else label


def place(finding: Finding, lang: str) -> str:
    """Where a finding is in the file a person opens: the line of a text or YAML file; in a Word
    file the paragraph, table rows counted as paragraphs (as `cascade import` numbers them)."""
    _ = translation(lang).gettext
    word = _("paragraph") if finding.location.file.endswith(".docx") else _("line")
    return f"{word} {finding.location.line}"


def summary_line(summary: dict, lang: str) -> str:
    """"1 document, 8 findings: 1 error, 5 warnings, 2 info." and the waived ones apart."""
    words = translation(lang)
    n = summary["documents"]
    documents = words.ngettext("{n} document", "{n} documents", n).format(n=n)
    line = f"{documents}, {counts_line(summary, lang)}."
    if summary["waived"]:
        line += " " + words.ngettext("{n} waived finding, counted apart.", "{n} waived findings, counted apart.",
                                     summary["waived"]).format(n=summary["waived"])
    return line


def counts_line(summary: dict, lang: str) -> str:
    """"8 findings: 1 error, 5 warnings, 2 info" (the summary line without the documents)."""
    words, sev = translation(lang), summary["by_severity"]
    return (words.ngettext("{n} finding", "{n} findings", summary["findings"]).format(n=summary["findings"]) + ": "
            + ", ".join([words.ngettext("{n} error", "{n} errors", sev["error"]).format(n=sev["error"]),
                         words.ngettext("{n} warning", "{n} warnings", sev["warning"]).format(n=sev["warning"]),
                         words.ngettext("{n} info", "{n} info", sev["info"]).format(n=sev["info"])]))


def not_checked_lines(summary: dict, lang: str) -> list[str]:
    """One line per thing not checked: "document: why"."""
    return [f"{n['document']}: {reason_text(n['reason'], n['detail'], lang)}" for n in summary.get("not_checked", [])]


def reason_text(reason: str, detail: str, lang: str) -> str:
    """Why something could not be checked, in the reader's words ("1 passage", "3 passages")."""
    words = translation(lang)
    if reason == "unread":
        return words.ngettext("{n} passage could not be read (cascade import lists it)",
                              "{n} passages could not be read (cascade import lists them)", int(detail)).format(n=detail)
    if reason == "incomplete":  # "paragraph 11; COV-001, …": where the text stops, then the rules skipped
        place, sep, rules = detail.partition("; ")
        detail = say_place(place, lang) + sep + rules
    return words.gettext(REASONS[reason]).format(detail=detail)
