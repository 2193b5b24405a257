"""Findings as SARIF 2.1.0, for code-scanning tools on a repository of rules and plans
(`cascade check --format sarif`, `cascade audit --format sarif`).

A location is relative to one of two bases (`originalUriBaseIds`): WORKSPACE, the workspace's
root, and CASCADE, the cascade project, whose shipped files (the example, the national layer,
the rules) are named as in the project. Each rule's `helpUri` is its section of docs/rules.md in
the cascade repository (a reference relative to it, the repository having no fixed address).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from cascade import __version__
from cascade.i18n import N_, Words
from cascade.paths import SHIPPED, data_dir
from cascade.report.summary import reason_text
from cascade.ruledocs import DOCS, anchor

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
BASES = Words({"WORKSPACE": N_("the workspace's root folder"),
               "CASCADE": N_("the cascade project: its shipped files (rules/, fixtures/, national/)")})


def render(findings, rules, waivers, not_checked, root: Path | None, lang: str) -> str:
    """`rules`: the rules in force; `waivers`: id → waiver; `not_checked`: pipeline.NotChecked."""
    rules = sorted(rules, key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    results = [{
        "ruleId": f.rule, "ruleIndex": index.get(f.rule, -1), "level": LEVELS[f.severity],
        "message": {"text": f"{f.message} {f.fix}"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(f.location.file, root),
                                            "region": {"startLine": f.location.line, "startColumn": f.location.column}}}],
        "partialFingerprints": {"cascadeFinding/v1": f.fingerprint},
        "properties": {k: getattr(f, k) for k in ("unit", "document", "area", "indicator", "clause", "expected", "actual", "source")},
        **_suppressed(f, waivers),
    } for f in findings]
    notes = [{"level": "note", "message": {"text": f"{n.document}: {reason_text(n.reason, n.detail, lang)}"},
              "descriptor": {"id": n.reason}} for n in not_checked]
    run = {"tool": {"driver": _driver(rules, lang)}, "results": results, "columnKind": "unicodeCodePoints",
           "originalUriBaseIds": _bases(root, lang),
           "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notes}]}  # what was not checked
    sarif = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _driver(rules, lang: str) -> dict:
    return {"name": "cascade", "version": __version__, "semanticVersion": __version__,
            "rules": [{"id": r.id, "name": r.kind,
                       "shortDescription": {"text": getattr(r.description, lang)},
                       "fullDescription": {"text": f"{getattr(r.description, lang)} — {r.legal_basis}"},
                       "help": {"text": getattr(r.fix, lang)},
                       "helpUri": f"{DOCS}#{anchor(r.id)}",
                       "defaultConfiguration": {"level": LEVELS[r.severity]},
                       "properties": {"legal_basis": r.legal_basis, "kind": r.kind}} for r in rules]}


def _bases(root: Path | None, lang: str) -> dict:
    """Where each base is on this machine: the workspace's root (when it has one of its own)."""
    bases = {"CASCADE": {"description": {"text": BASES[lang]["CASCADE"]}}}
    if root is not None and not _shipped(root):
        bases["WORKSPACE"] = {"uri": Path(root).resolve().as_uri() + "/", "description": {"text": BASES[lang]["WORKSPACE"]}}
    return bases


def _artifact(file: str, root: Path | None) -> dict:
    """A location's file as a URI, with the base it is relative to (none for a file named on
    the command line outside the workspace: relative to where cascade ran, or absolute)."""
    path = Path(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    base = ("WORKSPACE" if root is not None and not _shipped(root) and (Path(root) / path).is_file()
            else "CASCADE" if path.parts[0] in SHIPPED and (data_dir(path.parts[0]).parent / path).is_file() else None)
    return {"uri": quote(path.as_posix()), **({"uriBaseId": base} if base else {})}


def _shipped(root: Path) -> bool:
    return Path(root).resolve().is_relative_to(data_dir("fixtures").resolve())


def _suppressed(finding, waivers: dict) -> dict:
    """A waived finding is a SARIF suppression accepted outside the source, with its basis."""
    waiver = waivers.get(finding.waived) if finding.waived else None
    if waiver is None:
        return {}
    return {"suppressions": [{"kind": "external", "status": "accepted",
                              "justification": f"{waiver.id}: {waiver.reason} ({waiver.decision}; {waiver.approved_by}; "
                                               f"expires {waiver.expires.isoformat()})"}]}
