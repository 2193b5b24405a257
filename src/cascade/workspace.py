"""The in-memory workspace: the rules in force, the dated hierarchy and the documents, with the
indexes every later layer asks through. Nothing here reads files (see load.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cascade.hierarchy import Hierarchy
from cascade.i18n import N_, translation
from cascade.paths import example_workspace, rules_dir  # noqa: F401  (where workspaces start)
from cascade.targets import doc_years
from cascade.models import (
    AreasFile, CascadeFile, ChecksFile, Document, GroupsFile, IndicatorsFile, RegisterFile, Strict, WorkspaceConfig,
)

PLAN_KINDS = ("plan", "programme")  # the documents that answer obligations
OTHER_AREA = "other"  # content outside the seven areas (e.g. socio-economic targets)
OTHER_AREA_NAME = N_("Outside the seven areas")
UNIT_LISTS = ("lead", "support", "applies_to", "excluding", "counts", "to", "units")  # fields of a document that name units


def area_names(areas: AreasFile, lang: str) -> dict[str, str]:
    names = {a.id: (a.name_vi if lang == "vi" else a.name_en) for a in areas.areas}
    return names | {OTHER_AREA: translation(lang).gettext(OTHER_AREA_NAME)}


@dataclass
class Rules:
    areas: AreasFile
    groups: GroupsFile
    indicators: IndicatorsFile
    checks: ChecksFile
    cascade: CascadeFile
    params: dict[str, Strict]  # rule id -> its validated parameters

    @property
    def area_ids(self) -> list[str]:
        return [a.id for a in sorted(self.areas.areas, key=lambda a: a.order)]

    def area_names(self, lang: str) -> dict[str, str]:
        """The seven areas' names, and the name of what lies outside them, in one language."""
        return area_names(self.areas, lang)

    def indicator_names(self, lang: str) -> dict[str, str]:
        """The indicators' names in one language, by id."""
        return {i.id: (i.name_vi if lang == "vi" else i.name_en) for i in self.indicators.indicators}

    def params_of(self, kind: str, model: type[Strict]) -> Strict:
        """The parameters of the first enabled rule of a kind (its defaults when none is on), so
        that explain and audit decide as the check does."""
        rule = next((r for r in self.checks.checks if r.kind == kind and r.enabled and r.id in self.params), None)
        return self.params[rule.id] if rule else model()


@dataclass
class Workspace:
    root: Path
    rules: Rules
    hierarchy: Hierarchy
    documents: dict[str, Document]
    config: WorkspaceConfig = field(default_factory=WorkspaceConfig)
    elsewhere: dict[str, Path] = field(default_factory=dict)  # documents left unread (load focus): id -> file
    scope: list[str] = field(default_factory=list)  # the provinces (or bodies) it covers; none: the country
    register: RegisterFile | None = None  # documents received (register.yaml), when the workspace keeps one
    skipped: list[Path] = field(default_factory=list)  # editors' lock and hidden files, not read
    _issued: dict[str, list[Document]] = field(default_factory=dict, repr=False)  # issuer -> documents
    _indexed: int = field(default=-1, repr=False)  # how many documents the index holds

    def holds(self, doc_id: str) -> bool:
        """Whether the workspace has a document of this id: read, or left unread by a focused load."""
        return doc_id in self.documents or doc_id in self.elsewhere

    def add(self, doc: Document) -> str:
        """One more document (a draft, an imported plan); its id."""
        self.documents[doc.id] = doc
        return doc.id

    def issued_by(self, unit: str) -> list[Document]:
        """The documents a unit issued (an index: plans at national scale must not scan all)."""
        if self._indexed != len(self.documents):
            self._issued, self._indexed = {}, len(self.documents)
            for doc in self.documents.values():
                self._issued.setdefault(doc.issuer, []).append(doc)
        return self._issued.get(unit, [])

    def in_scope(self, unit: str) -> bool:
        """Whether a unit is one the workspace covers (with no scope: the whole country)."""
        return not self.scope or unit in self.scope or any(a in self.scope for a in self.hierarchy.lineage(unit))

    def plans(self, unit: str, year: int) -> list[Document]:
        """The unit's own plans for a year: the documents that answer its obligations (a
        reference copy holds only what is known of a plan, so it answers nothing)."""
        return [d for d in self.issued_by(unit) if d.kind in PLAN_KINDS and not d.reference and year in doc_years(d)]
