"""A brief property-based run in CI (scripts/fuzz.py runs the same properties for longer), and
the inputs earlier runs found, kept as regression examples."""

from hypothesis import HealthCheck, example, given, settings

from fuzzing import document_property, importer_property, loader_property, plan_texts, plan_variants, yaml_texts

BRIEF = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@BRIEF
@given(yaml_texts)
@example("date: 2026-02-30\n")
@example("a: &r [*r]\n")
@example("x: !!python/object:os.system {}\n")
@example("\x07")
@example("!!set id: ")
@example("2026-02-30: x\nid: [")
@example("x: " + "[" * 100 + "]" * 100)
def test_the_loader_never_crashes(text):
    loader_property(text)


@BRIEF
@given(plan_texts)
@example("ngày 0 tháng 0 năm 2026\nKẾ HOẠCH\n- Đạt 100% văn bản.")
@example("ngày 30 tháng 02 năm 2026\nKế hoạch cải cách hành chính năm 2026")
@example("Kế hoạch\x07 năm 2026\n- Đạt\x1b[31m 100% văn bản.\x85")
@example("\x00\x00")
@example(" | **")
@example("Mù Cả, ngày 10 tháng 01 năm 9999\nKẾ HOẠCH\nCải cách hành chính năm 9999\n- Đạt 100% văn bản đến năm 1900.")
def test_the_importer_never_crashes_and_round_trips(text):
    importer_property(text)


@BRIEF
@given(plan_variants())
@example("")
def test_a_varied_plan_is_refused_in_place_or_checked(text):
    document_property(text)
