"""The five seed documents as fixtures: counts per area, and faithfulness to the seed text.

The expected counts were made by hand from the seed texts (fixtures/lai-chau/seeds/), with
the counting rules of fixtures/lai-chau/README.md; each row says which clauses were counted.
A target inside a task (task.targets) is not counted among the area's targets.
"""

import re
import unicodedata

import pytest

from cascade.load import load_workspace
from cascade.workspace import example_workspace

SEEDS = example_workspace() / "seeds"

# document id -> area -> (targets, tasks)
COUNTS = {
    # Thanh tra tỉnh 2026. Targets: II.2 ý 1-2; II.3 ý 1, 2, 3, 5 and three figures of ý 4
    # (100% TTHC nội bộ, 20% quy định, 20% chi phí); II.5 ý 1; II.7 ý 1-3. Tasks: II.1 ý 1-2
    # (ý 2 holds the ≥20% inspection figure), III.1, III.2; II.2 ý 3, III.3; III.4; II.4, III.5;
    # II.5 ý 2, III.5 đoạn 2-3; II.6 ý 1-2, III.6; III.7.
    "kh-ttr-2026": {
        "chi-dao-dieu-hanh": (0, 4), "the-che": (2, 2), "thu-tuc-hanh-chinh": (7, 1),
        "to-chuc-bo-may": (0, 2), "che-do-cong-vu": (1, 3), "tai-chinh-cong": (0, 3),
        "chinh-quyen-so": (3, 1),
    },
    # Văn phòng UBND tỉnh 2026-2030. Targets: II.2.1 and II.2.2 bullets, one per figure ("+"
    # lines; +4 of 2.1, +7 of 2.1 and +5 of 2.2 give two each), by the area they concern, plus
    # every "Mục tiêu" of the Phụ lục (Phụ lục III Mục tiêu 1 gives four figures, Mục tiêu 4
    # three; Phụ lục IV Mục tiêu 2 two). Tasks: the bullets of III.1-III.6 and every "Nhiệm vụ"
    # of the Phụ lục. Phụ lục VI is announced with counts but has no rows.
    "kh-vpubnd-2026-2030": {
        "chi-dao-dieu-hanh": (3, 3), "the-che": (3, 5), "thu-tuc-hanh-chinh": (22, 8),
        "to-chuc-bo-may": (5, 4), "che-do-cong-vu": (2, 9), "tai-chinh-cong": (0, 4),
        "chinh-quyen-so": (8, 7),
    },
    # UBND tỉnh, inspection plan 2024: no figures, so no targets. Tasks: the inspection content
    # bullets II.1 (4), II.2 (5), II.3 (2), II.4 (4), II.5 (7); plus under chỉ đạo, điều hành
    # III.1 ý 2 (đột xuất), III.3 (tự kiểm tra), V.1 ý 1-3, V.2, V.3 ý 1-4. No thể chế and no
    # tài chính công content at all (a gap in the seed).
    "kh-kiem-tra-2024": {
        "chi-dao-dieu-hanh": (0, 14), "thu-tuc-hanh-chinh": (0, 5), "to-chuc-bo-may": (0, 2),
        "che-do-cong-vu": (0, 4), "chinh-quyen-so": (0, 7),
    },
    # UBND tỉnh, KH 4745 (remediation, 2026). Targets: II.1 ý 1 (PAR INDEX, under chỉ đạo) and
    # ý 2 (SIPAS, under TTHC). Tasks: II.2 a-h (with đ: 9 items, one per area, g and h under
    # TTHC), the 12 rows of the Biểu nhiệm vụ by their "Lĩnh vực" cell (rows 11-12 are outside
    # the seven areas) and the 19 rows of the Biểu nhiệm vụ trọng tâm by their heading I-VII.
    "kh-4745-2026": {
        "chi-dao-dieu-hanh": (1, 7), "the-che": (0, 4), "thu-tuc-hanh-chinh": (1, 10),
        "to-chuc-bo-may": (0, 3), "che-do-cong-vu": (0, 4), "tai-chinh-cong": (0, 6),
        "chinh-quyen-so": (0, 4), "other": (0, 2),
    },
    # xã Mù Cả 2026. Targets: every bullet of II.1-II.7 (3, 3, 7, 3, 1 paragraph, 2, 3).
    # Tasks: III.1, III.2; III.3; III.4 and III.4 đoạn 2; III.5; III.5 đoạn 2-4; III.6; III.7.
    "kh-xa-mu-ca-2026": {
        "chi-dao-dieu-hanh": (3, 2), "the-che": (3, 1), "thu-tuc-hanh-chinh": (7, 2),
        "to-chuc-bo-may": (3, 1), "che-do-cong-vu": (1, 3), "tai-chinh-cong": (2, 1),
        "chinh-quyen-so": (3, 1),
    },
}


@pytest.fixture(scope="module")
def lai_chau():
    return load_workspace(example_workspace())


@pytest.mark.parametrize("doc_id", COUNTS)
def test_targets_and_tasks_per_area(lai_chau, doc_id):
    doc = lai_chau.documents[doc_id]
    actual = {area: (len(c.targets), len(c.tasks)) for area, c in doc.areas.items() if c.targets or c.tasks}
    assert actual == COUNTS[doc_id]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text))


def occurs_in_order(needle: list[str], hay: list[str]) -> bool:
    """Whether the words occur in order in the seed, allowing the few words a page break or a
    repeated table header puts between the two halves of a cell (and nothing more)."""
    window = 2 * len(needle) + 80
    for start in (i for i, w in enumerate(hay) if w == needle[0]):
        pos, ok = start, True
        for word in needle[1:]:
            try:
                pos = hay.index(word, pos + 1, start + window)
            except ValueError:
                ok = False
                break
        if ok:
            return True
    return False


def written_texts(doc):
    yield doc.title
    for heading in doc.headings:
        yield heading.text
    for area in doc.areas.values():
        for target in area.targets:
            yield target.text
        for task in area.tasks:
            yield task.text
            yield from (t.text for t in task.targets)
            yield from (a.text for a in task.activities)
    for item in [*doc.cites, *doc.self_references, *doc.reporting, *doc.declared_counts]:
        yield item.text


@pytest.mark.parametrize("doc_id", COUNTS)
def test_every_text_is_taken_from_the_seed(lai_chau, doc_id):
    doc = lai_chau.documents[doc_id]
    seed = words((SEEDS / doc.seed).read_text(encoding="utf-8"))
    missing = [text for text in written_texts(doc) if not occurs_in_order(words(text), seed)]
    assert missing == []


def test_declared_counts_are_kept_as_data(lai_chau):
    counts = {c.area: (c.goals, c.tasks, c.activities) for c in lai_chau.documents["kh-vpubnd-2026-2030"].declared_counts}
    assert counts == {
        "chi-dao-dieu-hanh": (3, 3, 5), "the-che": (3, 3, 6), "thu-tuc-hanh-chinh": (5, 3, 6),
        "to-chuc-bo-may": (2, 2, 2), "che-do-cong-vu": (1, 3, 3), "tai-chinh-cong": (2, 2, 3),
        "chinh-quyen-so": (4, 5, 5),
    }


def test_unknown_figures_stay_unknown(lai_chau):
    """KH 8328/KH-UBND (Lai Châu 2026) exists, but its figures are not public: no targets."""
    plan = lai_chau.documents["kh-8328-2025"]
    assert plan.reference and plan.date == "2025-12-23"
    assert all(not c.targets for c in plan.areas.values())


def test_reference_targets_carry_a_source_and_confidence(lai_chau):
    targets = [t for d in lai_chau.documents.values() if d.reference for c in d.areas.values() for t in c.targets]
    assert targets
    assert all(t.source and t.source.confidence in ("V", "S") and t.source.url.startswith("http") for t in targets)
