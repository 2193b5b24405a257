"""The few things a check may ask besides its document: its obligations, the hierarchy at the
document's date, its years, a document by id or by issuer, the indicator catalog, the area ids,
the cascade rules and the waivers. Checks never see the whole workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from cascade.hierarchy import Hierarchy, as_date
from cascade.models import CascadeFile, Document, Indicator, Waiver
from cascade.propagate import Obligation, Propagation
from cascade.targets import doc_years
from cascade.workspace import Workspace


@dataclass
class Context:
    doc: Document
    hierarchy: Hierarchy
    as_of: dt.date  # when waivers are judged expired
    area_ids: list[str]
    indicators: dict[str, Indicator]
    cascade: CascadeFile
    waivers: list[Waiver]
    document: Callable[[str | None], Document | None]  # a document by id
    documents_by: Callable[[str], list[Document]]  # the documents a unit issued
    _obligations: Callable[[], list[Obligation]] = field(repr=False)
    obligations_in: Callable[[Iterable[int]], list[Obligation]] = field(repr=False)  # "by year Y" ones of other years

    @classmethod
    def of(cls, ws: Workspace, propagation: Propagation, doc: Document, as_of: dt.date) -> Context:
        rules = ws.rules
        return cls(doc, ws.hierarchy, as_of, rules.area_ids, {i.id: i for i in rules.indicators.indicators},
                   rules.cascade, ws.config.waivers, lambda doc_id: ws.documents.get(doc_id or ""), ws.issued_by,
                   lambda: propagation.for_unit(doc.issuer, doc_years(doc)),
                   lambda years: propagation.for_unit(doc.issuer, years, levels_only=True))

    @property
    def years(self) -> range:
        return doc_years(self.doc)

    @property
    def on(self) -> dt.date:
        """The date the document is read at: its own date, else the start of its period."""
        years = self.years
        return as_date(self.doc.date) or dt.date(years.start if years else 2000, 1, 1)

    @cached_property
    def obligations(self) -> list[Obligation]:
        """What reaches the issuer from higher documents during the document's period."""
        return self._obligations()
