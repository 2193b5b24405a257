"""Whether a plan picks up a task assigned to its issuer: the plan item (task, activity or
target) of the same area that shares the largest part of the assigned task's content words.

Plans rephrase what they receive, so this is a measure, not an equality: the share of the
assigned task's distinctive words found in the best plan item. Explain shows the best match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words every PAR sentence uses; they say nothing about which task it is.
STOPWORDS = frozenset("""
và các của cho trong theo với được đã để có là một những tại trên từ về này đến khi thực hiện
tổ chức triển khai tiếp tục tăng cường nâng cao đẩy mạnh bảo đảm đảm bảo công tác cải cách hành chính
nhà nước cơ quan đơn vị địa phương người dân doanh nghiệp quy định kịp thời hiệu quả chất lượng năm
""".split())


@lru_cache(maxsize=65536)
def words(text: str) -> frozenset[str]:
    tokens = re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())
    return frozenset(t for t in tokens if len(t) > 1 and t not in STOPWORDS and not t.isdigit())


def items(doc, area: str):
    """(clause, text, deadline-bearing object) of every task, activity and target in an area."""
    content = doc.areas.get(area)
    if content is None:
        return
    for task in content.tasks:
        yield task.clause, task.text, task
        for activity in task.activities:
            yield activity.clause, activity.text, activity
    for target in content.targets:
        yield target.clause, target.text, target


def share(assigned_text: str, text: str) -> float:
    """The share of an assigned task's content words found in a plan item's text. Measured
    against rapidfuzz's scorers on hand-labelled pick-ups (scripts/eval_pickup.py), this
    simple share found more of them and more rightly."""
    wanted = words(assigned_text)
    return len(wanted & words(text)) / len(wanted) if wanted else 0.0


def best_match(doc, area: str, assigned_text: str):
    """(score 0..1, clause, item) of the plan item closest to an assigned task, or None."""
    if not words(assigned_text):
        return None
    scored = [(share(assigned_text, text), clause, item) for clause, text, item in items(doc, area)]
    return max(scored, key=lambda s: s[0], default=None)


def asks_for_document(task, required_documents) -> list[str]:
    """The document kinds an assigned task asks for, through its products."""
    kinds = []
    for req in required_documents:
        phrases = [words(p) for p in req.product_phrases]
        if any(p and p <= words(product) for product in task.products for p in phrases):
            kinds += req.document_kinds
    return kinds
