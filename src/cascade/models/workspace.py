"""workspace.yaml: rules added to or changed from the shipped ones, and waivers."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from cascade.models.base import Date, DocKind, Id, Strict
from cascade.models.rules import CheckRule, RuleId, Severity


class RuleOverride(Strict):
    """Change a shipped rule by id without copying it: severity, parameters, on/off."""

    id: RuleId
    severity: Severity | None = None
    params: dict[str, object] | None = None
    enabled: bool | None = None


class Waiver(Strict):
    """An accepted deviation, with its legal basis; it stops applying when it expires."""

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    rule: RuleId | None = None
    unit: Id | None = None
    document: Id | None = None
    clause: str | None = None
    indicator: Id | None = None
    area: Id | None = None
    reason: str
    decision: str
    approved_by: str
    expires: Date


class WorkspaceConfig(Strict):
    """workspace.yaml: what the workspace covers, rules added to and changed from the shipped
    ones, and waivers."""

    province: Id | None = None  # the province it covers (else: the provinces its hierarchy declares)
    checks: list[CheckRule] = Field(default_factory=list)
    overrides: list[RuleOverride] = Field(default_factory=list)
    waivers: list[Waiver] = Field(default_factory=list)


class Received(Strict):
    """One document a unit sent in, as the office that receives them records it."""

    unit: Id
    kind: DocKind
    received: dt.date
    number: str | None = None
    note: str | None = None


class RegisterFile(Strict):
    """register.yaml: the documents received (sổ theo dõi văn bản đến). Without it the audit
    cannot say that a required document was not filed — only that none is in the workspace."""

    received: list[Received] = Field(default_factory=list)
