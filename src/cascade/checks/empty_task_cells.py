"""Empty cells of a task table: a row whose lead or deadline cell is empty in a table that has
that column (`Document.task_tables`). The row is the activity where a task has activities (001's
appendix gives lead and time per Hoạt động), else the task. One finding per row."""

from cascade.finding import Fact, Terms
from cascade.models import Strict
from cascade.checks.task_fields import missing


class Params(Strict):
    columns: list[str] = ["lead", "deadline"]  # the columns whose empty cells are reported


def check(doc, ctx, params: Params):
    for area, content in doc.areas.items():
        for task in content.tasks:
            for row in task.activities or [task]:
                table = max((t for t in doc.task_tables if row.clause.startswith(t.clause)),
                            key=lambda t: len(t.clause), default=None)  # "Biểu nhiệm vụ trọng tâm" over "Biểu nhiệm vụ"
                empty = missing(row, [c for c in params.columns if table and c in table.columns])
                if empty:
                    yield Fact(row.loc, clause=row.clause, area=area, expected=Terms(empty), actual="—")
