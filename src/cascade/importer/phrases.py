"""What a Vietnamese plan sentence says: targets (comparator, value, unit, indicator, a
parent's figure, a cut against a baseline, a level), deadlines, citations, declared counts,
and the area a heading names."""

from __future__ import annotations

import re
import unicodedata

from cascade.hierarchy import name_key

PERCENT = re.compile(
    r"(?P<mod>trên|hơn|tối thiểu|ít nhất|từ|đạt|dưới|không quá|tối đa|không dưới)?\s{0,5}(?P<num>(?<!\d)\d{1,12}(?:[.,]\d{1,6})?)\s*%", re.I)
MODIFIERS = {"trên": ">", "hơn": ">", "tối thiểu": ">=", "ít nhất": ">=", "từ": ">=", "đạt": ">=",
             "không dưới": ">=", "dưới": "<", "không quá": "<=", "tối đa": "<="}
LEVEL = re.compile(r"cấp độ\s*(?P<num>\d+)", re.I)
# "tăng tối thiểu 03 bậc" (places in a ranking), "duy trì trong nhóm 2" (a band, PAPI's),
# "đạt trên 85 điểm" (points; not "điểm cầu", a conference's sites)
RANK = re.compile(r"(?P<mod>tối thiểu|ít nhất|từ|trên)?\s{0,5}(?P<num>(?<!\d)\d{1,9})\s*bậc\b", re.I)
GROUP = re.compile(r"(?:trong|thuộc|vào)\s+nhóm\s+(?P<num>\d+)\b", re.I)
POINTS = re.compile(r"(?P<mod>trên|hơn|tối thiểu|ít nhất|từ|đạt)?\s{0,5}(?P<num>(?<!\d)\d{1,12}(?:[.,]\d{1,6})?)\s*điểm\b(?!\s*cầu)", re.I)
COUNT = re.compile(r"(?P<mod>ít nhất|tối thiểu)\s+(?P<num>\d+)\s+(đơn vị|cơ quan)", re.I)
BASELINE = re.compile(r"so với (?:năm\s*)?(?P<year>\d{4})")
PREVIOUS = re.compile(r"so với năm trước liền kề")
DECREASE = re.compile(r"\b(giảm|cắt giảm|tinh giản)\b", re.I)
YEAR = re.compile(r"(?:đến|trong)\s+năm\s+(?P<year>\d{4})")
DATE = re.compile(r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})")
QUARTER = re.compile(r"Quý\s+(?P<q>[IV]+(?:\s*,\s*[IV]+)*)\s*/\s*(?P<y>\d{4})", re.I)
NUMBER = re.compile(r"(?:số:?\s*)?(?P<n>(?<!\d)\d{1,9}/[\wĐđ-]+(?:/[\wĐđ-]+)?)", re.I)
COUNTS = re.compile(r"\((?P<g>\d+)\s*Mục tiêu;\s*(?P<t>\d+)\s*Nhiệm vụ;\s*(?P<a>\d+)\s*Hoạt động\)", re.I)
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
RECURRENCES = [
    (r"thường xuyên", "regular"), (r"h[aằ]ng tuần", "weekly"), (r"h[aằ]ng tháng", "monthly"),
    (r"h[aằ]ng quý|định kỳ h[aằ]ng quý", "quarterly"), (r"6 tháng", "half-yearly"), (r"h[aằ]ng năm", "annual"),
    (r"khi có yêu cầu", "on-demand"), (r"theo (kế hoạch|hướng dẫn)|sau khi có hướng dẫn", "as-guided"),
]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def targets(sentence: str, indicators, with_spans: bool = False) -> list:
    """The targets a sentence sets, clause by clause (";"): one per figure; for a clause that
    refers to a figure set elsewhere ("đạt theo chỉ tiêu Chính phủ giao", "đạt kế hoạch"), one
    per indicator it names; for "tăng…"/"giảm…" without a figure, the direction. A sentence
    that sets nothing measurable gives none. with_spans: (target, its clause) pairs, for
    placing each target in an area by its own words."""
    found, at = [], 0
    for clause in _share_references(sentence.split(";")):
        for piece in pieces(clause):
            found += [(t, piece) for t in _clause_targets(piece, sentence, at, indicators)]
            at += len(piece)
        at += 1
    return found if with_spans else [t for t, _ in found]


def pieces(clause: str) -> list[str]:
    """A clause, or a very long one cut after commas into pieces of at most LONG_CLAUSE
    characters: the work per figure, and the text kept with each, stay bounded (a run-on
    paragraph of figures would otherwise cost, and write, its length squared)."""
    if len(clause) <= LONG_CLAUSE:
        return [clause]
    out, start = [], 0
    while start < len(clause):
        end = min(start + LONG_CLAUSE, len(clause))
        comma = clause.rfind(",", start + 1, end)
        end = comma + 1 if end < len(clause) and comma > start else end
        out.append(clause[start:end])
        start = end
    return out


LONG_CLAUSE = 600  # characters; the longest clause in the seeds and the corpus has ~400


def _share_references(clauses: list[str]) -> list[str]:
    """"Tỷ lệ A; tỷ lệ B; tỷ lệ C đạt tối thiểu mục tiêu Chính phủ giao": the rates named in
    the clauses before the reference share it, so they are read as one clause."""
    out: list[str] = []
    for clause in clauses:
        if _refers(clause):
            while out and re.match(r"\s*(Mục tiêu \d+:\s*)?tỷ lệ", out[-1], re.I) \
                    and not _has_figure(out[-1]) and not _refers(out[-1]):
                clause = f"{out.pop()};{clause}"
        out.append(clause)
    return out


def _has_figure(text: str) -> bool:
    return bool(PERCENT.search(text) or LEVEL.search(text) or COUNT.search(text) or RANK.search(text)
                or GROUP.search(text))


def _refers(text: str) -> bool:
    """A figure set elsewhere: "đạt theo chỉ tiêu tỉnh giao" — not "các nhiệm vụ UBND tỉnh giao",
    tasks assigned, which names no figure."""
    figure_words = re.search(r"mục tiêu|chỉ tiêu|tỷ lệ|\bđạt\b", text, re.I)
    return bool(assigned_by(text) and figure_words or re.search(r"đạt (kế hoạch|chỉ tiêu)", text, re.I))


def _clause_targets(clause: str, sentence: str, offset: int, indicators) -> list[dict]:
    counts = [(m.start(), m.end(), float(m["num"]), "count", ">=") for m in COUNT.finditer(clause)]
    figures = counts or [(m.start(), m.end(), float(m["num"].replace(",", ".")), "percent",
                          MODIFIERS.get((m["mod"] or "").lower(), ">=")) for m in PERCENT.finditer(clause)]
    figures += [(m.start(), m.end(), float(m["num"]), "level", ">=") for m in LEVEL.finditer(clause)]
    figures += [(m.start(), m.end(), float(m["num"]), "rank", MODIFIERS.get((m["mod"] or "").lower(), ">="))
                for m in RANK.finditer(clause)]
    figures += [(m.start(), m.end(), float(m["num"]), "group", "=") for m in GROUP.finditer(clause)]
    figures += [(m.start(), m.end(), float(m["num"].replace(",", ".")), "points", MODIFIERS.get((m["mod"] or "").lower(), ">="))
                for m in POINTS.finditer(clause)]
    figures.sort()
    found = []
    for i, (start, end, value, unit, comparator) in enumerate(figures):
        before = max(figures[i - 1][1] if i else 0, _clause_start(clause, start))
        after = min(figures[i + 1][0] if i + 1 < len(figures) else len(clause), _clause_end(clause, end))
        indicator = _near(clause, indicators, before, start, end, after)
        indicator = indicator and refined(indicator, sentence, indicators)  # the whole sentence says "nội bộ"
        found.append(_target(clause, value, unit, comparator, start, indicator))
    if figures:
        return found
    by = assigned_by(clause)
    if _refers(clause):
        named = indicators_in(clause, indicators) or [None]
        extra = {"comparator": ">="} if re.search(r"tối thiểu|ít nhất", clause, re.I) else {}
        extra.update({"assigned_by": by} if by else {})
        return [{**({"indicator": i} if i else {}), **extra} for i in named]
    # "Tăng tỷ lệ …", "giảm vi phạm …" set a direction; "Tăng cường", "Nâng cao" are actions.
    direction = re.match(r"\s*(tăng|nâng|giảm)\s+(tỷ lệ|số lượng|mức|vi phạm)", clause, re.I)
    if direction and sentence.count(";"):
        change = "decrease" if direction.group(1).lower() == "giảm" else "increase"
        named = indicators_in(clause, indicators)
        return [{**({"indicator": named[0]} if named else {}), "change": change}]
    return []


def _clause_start(sentence: str, at: int) -> int:
    return max(sentence.rfind(sep, 0, at) for sep in (";", ". ", ":")) + 1


def _clause_end(sentence: str, at: int) -> int:
    ends = [i for i in (sentence.find(sep, at) for sep in (";", ". ")) if i >= 0]
    return min(ends, default=len(sentence))


_PHRASES: list = [None, None]  # (indicators, their phrase keys): one catalog per run, asked per figure


def _phrases(indicators):
    if _PHRASES[0] is not indicators:
        _PHRASES[:] = [indicators, [(name_key(p), i.id) for i in indicators for p in i.phrases]]
    return _PHRASES[1]


def _near(sentence: str, indicators, before: int, start: int, end: int, after: int) -> str | None:
    """The indicator named right after the figure ("30% chi phí tuân thủ"), else the one named
    last before it ("Tỷ lệ số hóa hồ sơ … đạt 100%")."""
    following = _found(sentence[end:after], indicators)
    if following:
        return min(following)[2]
    preceding = _found(sentence[before:start], indicators)
    return max(preceding)[2] if preceding else None


def refined(indicator: str, sentence: str, indicators) -> str:
    """The narrower indicator the sentence means, when it says its context ("TTHC nội bộ")."""
    key = name_key(sentence)
    return next((i.id for i in indicators if i.refines == indicator and any(name_key(c) in key for c in i.context)),
                indicator)


def _found(text: str, indicators) -> list[tuple[int, int, str]]:
    """(position, length, indicator) of every catalog phrase in text; a longer phrase at the
    same place wins."""
    key = name_key(text)
    hits = {}
    for phrase, indicator in _phrases(indicators):
        at = key.find(phrase)
        if at >= 0 and (at not in hits or len(phrase) > hits[at][0]):
            hits[at] = (len(phrase), indicator)
    return [(at, length, indicator) for at, (length, indicator) in hits.items()]


def indicators_in(sentence: str, indicators) -> list[str]:
    """Every indicator the sentence names, in order (for "tỷ lệ số hóa, cấp kết quả điện tử …
    đạt theo chỉ tiêu … giao"), each once."""
    seen = []
    for _, _, indicator in sorted(_found(sentence, indicators)):
        indicator = refined(indicator, sentence, indicators)
        if indicator not in seen:
            seen.append(indicator)
    return seen


def qualitative(text: str, indicators=()) -> dict:
    """A target without a figure: the indicator it names, and "Tăng tỷ lệ …" its direction."""
    target = {}
    named = indicators_in(text, indicators)
    if named:
        target["indicator"] = named[0]
    if re.match(r"(Tăng|Nâng)\b", text):
        target["change"] = "increase"
    return target


def area_of(text: str, areas: dict) -> str | None:
    """The area a heading names, by the synonyms of rules/areas.yaml (area id -> synonym keys;
    longest match)."""
    key = name_key(re.sub(r"\(.*?\)", "", text))
    best = max(((len(s), a) for a, syns in areas.items() for s in syns if s in key), default=None)
    return best[1] if best else None


def _target(sentence: str, value: float, unit: str, comparator: str, at: int, indicator: str | None) -> dict:
    target: dict = {"indicator": indicator} if indicator else {}
    target.update(comparator=comparator, value=int(value) if value.is_integer() else value, unit=unit)
    if DECREASE.search(sentence[max(0, at - 40):at + 10]):
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
    if re.search(r"Chính phủ[^.;]{0,40}giao", sentence):
        by.append("government")
    if re.search(r"(tỉnh giao|UBND tỉnh giao|Ủy ban nhân dân tỉnh giao|UBND tỉnh[^.;]{0,10}giao)", sentence, re.I):
        by.append("province")
    return by


def match_indicator(sentence: str, indicators, at: int) -> str | None:
    """The first indicator a sentence names (for placing a sentence in an area)."""
    named = indicators_in(sentence, indicators)
    return named[0] if named else None


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
    number = re.search(r"(?P<n>(?<!\d)\d{1,9}(?:/\d{4})?/[A-ZĐ][\wĐđ-]*(?:/[\wĐđ-]+)?|\d+-[A-Z]+/[A-Z]+)", text)
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
