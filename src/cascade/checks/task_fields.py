"""Tasks without a lead unit, a deadline or an expected product where a document requires
them: the document itself ("xác định rõ cơ quan chủ trì, ... thời gian thực hiện, sản phẩm
đầu ra") or a higher document whose tasks reach the issuer. One finding per section and set
of missing fields, naming how many of its tasks lack them."""

from collections import defaultdict

from cascade.finding import Fact, Terms
from cascade.models import Strict




# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"first"}


class Params(Strict):
    pass


def requirements(doc, ctx):
    """(requirement, document) that apply to this document's tasks."""
    sources = {doc.id: doc}
    for ob in ctx.obligations:
        sources.setdefault(ob.document, ctx.document(ob.document))
    for source in sources.values():
        for req in source.requirements:
            if (source is doc) == (req.scope == "self"):
                yield req, source


def missing(task, fields) -> list[str]:
    """The fields a task (or an activity) leaves empty; a task's activities may give them."""
    def has(field):
        if field == "deadline":
            return bool(task.deadline or task.recurrence or task.when)
        if field == "products" and getattr(task, "targets", None):  # a "Kết quả cần đạt" column states the output
            return True
        return bool(getattr(task, field)) or any(getattr(a, field) for a in getattr(task, "activities", ()))
    return [f for f in fields if not has(f)]


def section(clause: str) -> str:
    return clause.split(",")[0].split(".")[0].strip()


def check(doc, ctx, params: Params):
    for req, source in requirements(doc, ctx):
        groups = defaultdict(list)
        for area, content in doc.areas.items():
            for task in content.tasks:
                lacking = missing(task, req.task_fields)
                if lacking:
                    groups[(section(task.clause), tuple(lacking))].append(task)
        for (sec, lacking), tasks in groups.items():
            total = sum(1 for c in doc.areas.values() for t in c.tasks if section(t.clause) == sec)
            yield Fact(tasks[0].loc, clause=sec, expected=Terms(list(lacking)), actual=f"{len(tasks)}/{total}",
                       source=f"{source.id}, {req.clause}", params={"first": tasks[0].clause})
