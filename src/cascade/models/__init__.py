"""Pydantic v2 models of everything cascade reads: units, rule data, documents and the
workspace configuration. Every model forbids unknown keys, so a misspelt key in YAML is an
error at its line and column, never silently ignored. Text is kept exactly as written (NFC).
"""

from cascade.models.base import (  # noqa: F401
    Id, PartialDate, UnitKind, Comparator, MeasureUnit, Recurrence, DocKind, Confidence, Strict, declared,
)
from cascade.models.hierarchy import (  # noqa: F401
    Unit, OfficeTemplate, HierarchyFile,
)
from cascade.models.rules import (  # noqa: F401
    Area, AreasFile, Group, GroupsFile, Indicator, IndicatorsFile, Severity, RuleId, Message, AppliesTo, CheckRule, ChecksFile, Flow, DefunctLevel, FigureSource, RequiredDocument, CascadeFile,
)
from cascade.models.document import (  # noqa: F401
    Period, Source, Citation, Heading, Target, Activity, Task, AreaContent, TaskTable, DeclaredCount, Announcement, Requirement, SelfReference, Reporting, Inspection, Document,
)
from cascade.models.workspace import (  # noqa: F401
    Received, RegisterFile, RuleOverride, Waiver, WorkspaceConfig,
)
