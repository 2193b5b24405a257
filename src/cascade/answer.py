"""How a document answers an obligation: the one place that decides it. Checks, `explain` and
`audit` all ask here, so they cannot disagree.

A target obligation is met, weaker (the plan asks less), missed (no target on the indicator
for those years), unknown (a figure nobody available gives) or not comparable (measured
another way: another unit, baseline or direction). An assigned task is picked up, not picked
up, or not yet due (assigned after the plan was written). Unknown and not comparable are never
met. A plan's target answers only for the years it covers.
"""

from __future__ import annotations

from dataclasses import dataclass

from cascade.hierarchy import as_date
from cascade.models import Document, Target
from cascade.pickup import best_match
from cascade.propagate import Obligation
from cascade.targets import describe, doc_years, measure, own_targets, target_years

TARGET_OUTCOMES = ("met", "weaker", "missed", "unknown", "not-comparable")
TASK_OUTCOMES = ("picked-up", "not-picked-up", "not-yet-due")
# When a unit has several plans, the best answer any of them gives stands.
PREFERENCE = ("met", "picked-up", "not-yet-due", "not-comparable", "unknown", "weaker", "not-picked-up", "missed")


@dataclass(frozen=True)
class Answer:
    document: str
    outcome: str  # one of TARGET_OUTCOMES or TASK_OUTCOMES
    reason: str  # why, as a key the reports translate
    clause: str | None = None  # the plan's clause that answers
    actual: str | None = None  # what the plan says there
    share: float | None = None  # tasks: share of the assigned task's words found

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def compare(required: Target, own: Target) -> tuple[str, str]:
    """(outcome, reason) of one plan target against one required target."""
    if required.value is None:
        return "unknown", "required-figure-unknown"
    if own.value is None:
        return "unknown", "plan-figure-unknown"
    return _OUTCOMES[measure(required, own)]


_OUTCOMES = {"not-comparable": ("not-comparable", "measured-differently"), "stricter": ("weaker", "asks-less"),
             "not-stricter": ("met", "asks-as-much")}


# A plan with several targets on the indicator: one that asks less makes the answer weaker.
_WORST_FIRST = ("weaker", "met", "not-comparable", "unknown")


def by_indicator(plan: Document) -> dict[str, list[Target]]:
    """A plan's targets by indicator, for answering many obligations at once."""
    index: dict[str, list[Target]] = {}
    for _, target in own_targets(plan):
        if target.indicator:
            index.setdefault(target.indicator, []).append(target)
    return index


def candidates(ob: Obligation, plan: Document, years: range, index: dict | None = None) -> list[Target]:
    """The plan's targets that can answer a target obligation in these years: same indicator,
    years in common (`index`: by_indicator(plan)). None of them: the obligation is missed."""
    wanted = set(ob.years) & set(years)
    undated = not doc_years(plan)  # a plan of unknown period may cover any year
    own = (index if index is not None else by_indicator(plan)).get(ob.indicator, ())
    return [t for t in own if undated or not wanted.isdisjoint(target_years(t, plan))]


def answer_target(ob: Obligation, plan: Document, years: range, index: dict | None = None) -> Answer:
    """How a plan answers a target obligation in the given years."""
    outcome, reason, target = target_outcome(ob, plan, years, index)
    if target is None:
        return Answer(plan.id, outcome, reason)
    return Answer(plan.id, outcome, reason, target.clause, describe(target))


def target_outcome(ob: Obligation, plan: Document, years: range, index: dict | None = None) -> tuple[str, str, Target | None]:
    """(outcome, reason, the plan's target that gives it): answer_target without the words,
    for the audit, which counts 200,000 outcomes."""
    if ob.indicator is None:
        return "unknown", "no-indicator", None
    own = candidates(ob, plan, years, index)
    if not own and ob.role == "share":  # the level's figure: known through the parent's plan only
        return "unknown", "share-not-restated", None
    if not own:
        return "missed", "no-target", None
    (outcome, reason), target = min(((compare(ob.target, t), t) for t in own), key=lambda c: _WORST_FIRST.index(c[0][0]))
    return outcome, reason, target


def known_when_written(ob: Obligation, plan: Document) -> bool:
    """Whether the task was assigned before the plan was written (both dates known)."""
    years = doc_years(plan)
    written = as_date(plan.date, end=True) if plan.date else as_date(str(years.start)) if years else None
    issued = as_date(ob.issued)
    return bool(written and issued and issued <= written)


def answer_task(ob: Obligation, plan: Document, min_share: float, include_later: bool = False) -> Answer:
    """Whether a plan picks up an assigned task: its closest item shares at least `min_share`
    of the task's words. A task assigned after the plan was written and not in it is not yet due."""
    match = best_match(plan, ob.area, ob.task.text)
    score = match[0] if match else 0.0
    clause = match[1] if match else None
    if score >= min_share:
        return Answer(plan.id, "picked-up", "words-shared", clause, share=score)
    if not include_later and not known_when_written(ob, plan):  # it could not have picked it up
        return Answer(plan.id, "not-yet-due", "assigned-after-plan", clause, share=score)
    return Answer(plan.id, "not-picked-up", "words-not-shared", clause, share=score)


def best(outcomes: list[str]) -> str | None:
    """The best outcome any of a unit's plans gives (None: no plan to answer)."""
    return min(outcomes, key=PREFERENCE.index, default=None)
