"""What a Vietnamese plan sentence says: targets (comparator, value, unit, indicator, a
parent's figure, a cut against a baseline, a level), deadlines, citations, declared counts."""

from __future__ import annotations

import re
import unicodedata

from cascade.hierarchy import name_key

PERCENT = re.compile(
    r"(?P<mod>trên|hơn|tối thiểu|ít nhất|từ|đạt|dưới|không quá|tối đa|không dưới)?\s*(?P<num>\d+(?:[.,]\d+)?)\s*%")
MODIFIERS = {"trên": ">", "hơn": ">", "tối thiểu": ">=", "ít nhất": ">=", "từ": ">=", "đạt": ">=",
             "không dưới": ">=", "dưới": "<", "không quá": "<=", "tối đa": "<="}
LEVEL = re.compile(r"cấp độ\s*(?P<num>\d+)", re.I)
COUNT = re.compile(r"(?P<mod>ít nhất|tối thiểu)\s+(?P<num>\d+)\s+(đơn vị|cơ quan)", re.I)
BASELINE = re.compile(r"so với (?:năm\s*)?(?P<year>\d{4})")
PREVIOUS = re.compile(r"so với năm trước liền kề")
BY_PROVINCE = re.compile(r"(tỉnh giao|UBND tỉnh giao|Ủy ban nhân dân tỉnh giao)", re.I)
BY_GOVERNMENT = re.compile(r"(Chính phủ(?:,\s*Thủ tướng Chính phủ)?\s*giao|Thủ tướng Chính phủ giao|Chính phủ,\s*UBND tỉnh giao)", re.I)
DECREASE = re.compile(r"\b(giảm|cắt giảm|tinh giản)\b", re.I)
YEAR = re.compile(r"(?:đến|trong)\s+năm\s+(?P<year>\d{4})")
DATE = re.compile(r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})")
QUARTER = re.compile(r"Quý\s+(?P<q>[IV]+(?:\s*,\s*[IV]+)*)\s*/\s*(?P<y>\d{4})", re.I)
NUMBER = re.compile(r"(?:số:?\s*)?(?P<n>\d+/[\wĐđ-]+(?:/[\wĐđ-]+)?)", re.I)
COUNTS = re.compile(r"\((?P<g>\d+)\s*Mục tiêu;\s*(?P<t>\d+)\s*Nhiệm vụ;\s*(?P<a>\d+)\s*Hoạt động\)", re.I)
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
RECURRENCES = [
    (r"thường xuyên", "regular"), (r"h[aằ]ng tuần", "weekly"), (r"h[aằ]ng tháng", "monthly"),
    (r"h[aằ]ng quý|định kỳ h[aằ]ng quý", "quarterly"), (r"6 tháng", "half-yearly"), (r"h[aằ]ng năm", "annual"),
    (r"khi có yêu cầu", "on-demand"), (r"theo (kế hoạch|hướng dẫn)|sau khi có hướng dẫn", "as-guided"),
]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def targets(sentence: str, indicators) -> list[dict]:
    """One target per figure in the sentence (or one figureless target when it refers to a
    parent's figure); empty when the sentence sets nothing measurable."""
    found = []
    for m in PERCENT.finditer(sentence):
        found.append(_target(sentence, float(m["num"].replace(",", ".")), "percent",
                             MODIFIERS.get((m["mod"] or "").lower(), ">="), m.start(), indicators))
    for m in LEVEL.finditer(sentence):
        found.append(_target(sentence, float(m["num"]), "level", ">=", m.start(), indicators))
    for m in COUNT.finditer(sentence):
        found.append(_target(sentence, float(m["num"]), "count", ">=", m.start(), indicators))
    if not found:
        by = assigned_by(sentence)
        if by:
            target = {"assigned_by": by}
            indicator = match_indicator(sentence, indicators, len(sentence))
            if indicator:
                target = {"indicator": indicator, **target}
            found.append(target)
    return found


def _target(sentence: str, value: float, unit: str, comparator: str, at: int, indicators) -> dict:
    target: dict = {}
    indicator = match_indicator(sentence, indicators, at)
    if indicator:
        target["indicator"] = indicator
    target.update(comparator=comparator, value=int(value) if value.is_integer() else value, unit=unit)
    if DECREASE.search(sentence[:at + 40]):
        target["change"] = "decrease"
    baseline = BASELINE.search(sentence)
    if baseline:
        target["baseline_year"] = int(baseline["year"])
    elif PREVIOUS.search(sentence):
        target["baseline_previous_year"] = True
    year = YEAR.search(sentence)
    if year:
        target["year"] = int(year["year"])
    return target


def assigned_by(sentence: str) -> list[str]:
    by = []
    if BY_GOVERNMENT.search(sentence) or re.search(r"Chính phủ[^.;]{0,40}giao", sentence):
        by.append("government")
    if BY_PROVINCE.search(sentence) or re.search(r"UBND tỉnh giao", sentence):
        by.append("province")
    return by


def match_indicator(sentence: str, indicators, at: int) -> str | None:
    """The catalog indicator whose phrase occurs in the sentence closest before the figure at
    `at` (a longer phrase wins a tie): "Tỷ lệ số hóa hồ sơ … đạt 100%" → dossiers-digitised."""
    key = name_key(sentence)
    best = None
    for indicator in indicators:
        for phrase in indicator.phrases:
            p = name_key(phrase)
            pos = key.rfind(p, 0, max(at, 0) + len(p)) if at < len(key) else key.rfind(p)
            if pos < 0:
                pos = key.find(p)
            if pos >= 0:
                distance = abs(at - pos)
                score = (distance, -len(p))
                if best is None or score < best[0]:
                    best = (score, indicator.id)
    return best[1] if best else None


def deadline(text: str) -> dict:
    """{when, deadline, recurrence} from a time cell or phrase, as far as it can be read."""
    out: dict = {"when": text} if text else {}
    quarter = QUARTER.search(text)
    dates = list(DATE.finditer(text))
    if quarter:
        last = quarter["q"].replace(" ", "").split(",")[-1]
        out["deadline"] = f"{quarter['y']}-Q{ROMAN.get(last, 4)}"
    elif dates:
        d = dates[-1]
        out["deadline"] = f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}"
    else:
        year = re.search(r"(?:năm|Năm)\s+(\d{4})$|^(\d{4})$", text.strip())
        if year:
            out["deadline"] = year.group(1) or year.group(2)
    for pattern, recurrence in RECURRENCES:
        if re.search(pattern, text, re.I):
            out["recurrence"] = recurrence
            break
    return out


def citation(text: str) -> dict | None:
    """A cited document: its number and date as written."""
    number = re.search(r"(?P<n>\d+(?:/\d{4})?/[A-ZĐ][\wĐđ-]*(?:/[\wĐđ-]+)?|\d+-[A-Z]+/[A-Z]+)", text)
    if not number:
        return None
    out = {"number": number["n"]}
    date = DATE.search(text)
    if date:
        out["date"] = f"{date['y']}-{int(date['m']):02d}-{int(date['d']):02d}"
    return out


def declared_counts(text: str) -> dict | None:
    m = COUNTS.search(text)
    return {"goals": int(m["g"]), "tasks": int(m["t"]), "activities": int(m["a"])} if m else None
