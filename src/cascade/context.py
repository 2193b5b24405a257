"""What a check may look at besides the document: the workspace and the obligations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from cascade.hierarchy import Hierarchy, as_date
from cascade.load import Workspace
from cascade.models import Document
from cascade.propagate import Obligation, Propagation, doc_years


@dataclass
class Context:
    ws: Workspace
    propagation: Propagation
    doc: Document
    as_of: dt.date = dt.date.today()  # when waivers are judged expired

    @property
    def hierarchy(self) -> Hierarchy:
        return self.ws.hierarchy

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
        return self.propagation.for_unit(self.doc.issuer, self.years)
