"""The document's kind, from what it calls itself (form), its title, the sentence that names it
and its body: each kind owes different things, and the rules apply by kind.

A Quyết định that adopts a plan is a `decision` and says which kind it adopts; a plan on one
component of CCHC (TTHC control, the one-stop shop, online services) is `other`, since it does
not owe the seven areas; a text that never presents itself as a plan is `other`.
"""

from __future__ import annotations

import re

from cascade.hierarchy import name_key

INDEX = re.compile(r"PAR\s*INDEX|SIPAS|PAPI|CHỈ SỐ|HÀI LÒNG|KHẢO SÁT", re.I)
GENERAL = re.compile(r"CẢI CÁCH HÀNH CHÍNH|CCHC", re.I)
RESULTS = re.compile(r"^BÁO CÁO\b|KẾT QUẢ (ĐẠT ĐƯỢC|THỰC HIỆN|CÔNG TÁC)|\bBÁO CÁO TẠI\b", re.I)
# a text that presents itself as a plan: "… ban hành Kế hoạch …", "Kế hoạch … được xây dựng", "Mục tiêu của kế hoạch"
PRESENTS = re.compile(r"(ban hành|xây dựng|phê duyệt)( và (ban hành|triển khai))?\s+(kèm theo Quyết định này\s+)?(Kế hoạch|Chương trình)"
                      r"|(^|[.:;]\s+|Theo đó,\s*)Kế hoạch\b(?!\s+số)|của kế hoạch", re.I)


def document_kind(form: str | None, number: str | None, title: str | None, subject: str | None,
                  texts: list[str], areas: dict, multi_year: bool = False) -> tuple[str, str | None]:
    """(kind, the kind of the plan it adopts — for a decision)."""
    code = re.search(r"/(KH|QĐ|BC|CTr)\b", number or "")
    form = form or {"KH": "KẾ HOẠCH", "QĐ": "QUYẾT ĐỊNH", "BC": "BÁO CÁO", "CTr": "CHƯƠNG TRÌNH"}.get(code[1] if code else "")
    own = title or subject
    if form == "QUYẾT ĐỊNH":
        # what it adopts: its title ("BAN HÀNH KẾ HOẠCH …"), else the plan its Điều 1 names
        adopted = next((t for t in (title, subject) if t and re.search(r"Kế hoạch|Chương trình", t, re.I)), None)
        named = re.search(r"(Kế hoạch|Chương trình).*", adopted or "", re.I)
        return "decision", plan_kind(named.group(0), areas, multi_year=multi_year) if named else None
    if form == "BÁO CÁO" or any(RESULTS.search(t) for t in (title, *texts[:1]) if t):
        return "report", None
    if form in ("KẾ HOẠCH", "CHƯƠNG TRÌNH") or any(PRESENTS.search(t) for t in texts):
        body = " ".join(texts)
        if not title and len(re.findall(r"PAR\s*INDEX|SIPAS|PAPI", body, re.I)) >= 4:
            return "index-plan", None  # a plan without a title that is mostly about the indices
        kind = plan_kind(own, areas, body if not title else None, multi_year)
        return ("programme" if kind == "plan" and form == "CHƯƠNG TRÌNH" else kind), None
    return "other", None


def plan_kind(text: str | None, areas: dict, body: str | None = None, multi_year: bool = False) -> str:
    """The kind of plan a title (or the sentence naming the plan) describes."""
    upper = (text or "").upper()
    if "KHẮC PHỤC" in upper:
        return "remediation-plan"
    if "KIỂM TRA" in upper:
        return "inspection-plan"
    if INDEX.search(upper):
        return "index-plan"
    if "TUYÊN TRUYỀN" in upper:
        return "communication-plan"
    if GENERAL.search(upper) or not text or (body and _names_areas(body, areas) >= 3):
        return "programme" if "CHƯƠNG TRÌNH" in upper or multi_year else "plan"
    return "other"  # one component of CCHC: TTHC control, the one-stop shop, online services


def _names_areas(text: str, areas: dict) -> int:
    key = name_key(text)
    return sum(any(s in key for s in synonyms) for synonyms in areas.values())
