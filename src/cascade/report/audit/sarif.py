"""The audit's findings as SARIF 2.1.0, for code-scanning tools on a rules and plans repository."""

import json

from cascade import __version__
from cascade.report.summary import reason_text

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(a, lang: str) -> str:
    rules = sorted(a.rules, key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    driver = {
        "name": "cascade", "version": __version__, "semanticVersion": __version__,
        "rules": [{"id": r.id, "name": r.kind,
                   "shortDescription": {"text": getattr(r.description, lang)},
                   "fullDescription": {"text": f"{getattr(r.description, lang)} — {r.legal_basis}"},
                   "help": {"text": getattr(r.fix, lang)},
                   "defaultConfiguration": {"level": LEVELS[r.severity]},
                   "properties": {"legal_basis": r.legal_basis, "kind": r.kind}} for r in rules],
    }
    results = [{
        "ruleId": f.rule, "ruleIndex": index.get(f.rule, -1), "level": LEVELS[f.severity],
        "message": {"text": f"{f.message} {f.fix}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": f.location.file},
                                            "region": {"startLine": f.location.line, "startColumn": f.location.column}}}],
        "partialFingerprints": {"cascadeFinding/v1": f.fingerprint},
        "properties": {k: getattr(f, k) for k in ("unit", "document", "area", "indicator", "clause", "expected", "actual", "source")},
        **_suppressed(f, a),
    } for f in a.findings]
    notes = [{"level": "note", "message": {"text": f"{n.document}: {reason_text(n.reason, n.detail, lang)}"},
              "descriptor": {"id": n.reason}} for n in a.not_checked]
    invocation = {"executionSuccessful": True, "toolExecutionNotifications": notes}  # what was not checked
    sarif = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
             "runs": [{"tool": {"driver": driver}, "results": results, "columnKind": "unicodeCodePoints",
                       "invocations": [invocation]}]}
    return json.dumps(sarif, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _suppressed(finding, a) -> dict:
    """A waived finding is a SARIF suppression accepted outside the source, with its basis."""
    waiver = a.waivers.get(finding.waived) if finding.waived else None
    if waiver is None:
        return {}
    return {"suppressions": [{"kind": "external", "status": "accepted",
                              "justification": f"{waiver.id}: {waiver.reason} ({waiver.decision}; {waiver.approved_by}; "
                                               f"expires {waiver.expires.isoformat()})"}]}
