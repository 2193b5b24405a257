"""The fast path (yaml-rs, or PyYAML's C loader where yaml-rs would read otherwise) gives the
values the careful path (PyYAML's nodes, with positions) gives: on every shipped file, on a
generated national workspace, on the texts where YAML 1.1 and 1.2 part ways, and on mutated
real files; and it never accepts what the careful path refuses."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
import yaml_rs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cascade import source
from cascade.paths import example_workspace, national_dir, rules_dir
from fuzzing import yaml_texts

ROOT = Path(__file__).resolve().parents[1]


def careful(text: str) -> object:
    """PyYAML alone, as the careful path reads: the values, or "refused"."""
    src = source.SourceFile("x.yaml")
    try:
        node = yaml.compose(text, Loader=source._Loader)
    except (yaml.YAMLError, ValueError):
        return "refused"
    data = source._Builder(src).build(node, ()) if node is not None else None
    return "refused" if src.problems or data is None else data


def fast(text: str) -> object:
    try:
        data = source.values(text)
    except Exception:  # noqa: BLE001 — whatever the fast path gives up on, the careful path reads
        return "refused"
    return "refused" if data is None else data


def same(a: object, b: object) -> bool:
    return repr(a) == repr(b)  # types too (1 is not 1.0 nor True), and NaN equal to itself


def shipped_files() -> list[Path]:
    return sorted([*example_workspace().parent.rglob("*.yaml"), *national_dir().rglob("*.yaml"),
                   *rules_dir().rglob("*.yaml")])


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("national") / "p1"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(out), "--provinces", "1"],
                   check=True, capture_output=True)
    return sorted(out.rglob("*.yaml"))


def test_every_shipped_file_reads_the_same_by_both_paths():
    files = shipped_files()
    assert len(files) > 40
    for path in files:
        text = path.read_bytes().decode("utf-8-sig")
        assert same(fast(text), careful(text)), path


def test_a_generated_workspace_reads_the_same_and_by_yaml_rs(generated):
    assert len(generated) > 100
    for path in generated:
        text = path.read_text(encoding="utf-8")
        assert same(fast(text), careful(text)), path
        assert source.yaml_rs_dates(text.encode()) is False, path  # its dates are quoted: none read as dates


# Texts yaml-rs (YAML 1.2) reads otherwise than PyYAML (YAML 1.1), or accepts where PyYAML refuses.
PARTING = [
    "a: yes", "a: Off", "a: 010", "a: 0o10", "a: 1:30", "a: 12:30:00", "a: 1e3", "a: -.5", "a: =", "yes: x",
    "a: '2026-01-05'", 'a: "12:30:00"', "a: |-\n  2026-01-05", 'a: "\\x32026-01-05"', "'2026-01-05': x",
    # found by longer fuzzing and an exhaustive search over special characters (issue 17)
    "| # c\n# d\n", "- |\n\n", "- > #\n", "p: {start: 2026,:end: 2026}", "a: [ :b]", "a: {c:? x}", "a: [x:,b]",
    "a: [x,yes]", "a: [x,=]", "a: {k,[]}", "a: {b: 1, c\n d: 2}\n", "- {id: x, v\nalid_from: 2025-03-01}\n",
    "a: 2026-01-05\nb: '2026-01-06'", "a: !foo x", "? [a]\n: 1", "[a]: 1", "<<: {a: 1}", ": x", "a:\n  - 1\n  : x",
    "- a\n-\tb", "a: b\u2028c", "a: x\x85y", "a: _2024", "a: 1_e3", "!x: 1",
    "a: yes\r\nb: 010\r\n", "# c\r: x\nk: v", "a: 1\na: 2", "a: &x 1\nb: *x", "---\na: 1\n---\nb: 2",
]


@pytest.mark.parametrize("text", PARTING)
def test_where_yaml_1_1_and_1_2_part_the_fast_path_follows_pyyaml(text):
    assert same(fast(text), careful(text))


def test_the_parting_texts_are_real_differences():
    """Without the scan, yaml-rs would get most of them wrong: the test above can fail."""
    def raw(text):
        try:
            return yaml_rs.loads(text)
        except Exception:  # noqa: BLE001
            return "refused"
    assert sum(not same(raw(t), careful(t)) for t in PARTING) >= len(PARTING) - 3


def test_keys_equal_once_built_are_a_duplicate_on_both_paths():
    """"yes" and "true" are one key in YAML 1.1, "~" and "null" another: the fast path compares
    keys as built, as the careful one does, and leaves the file to it."""
    for text in ("yes: 1\ntrue: 2\n", "~: 1\nnull: 2\n", "?\n~: v\n"):
        assert fast(text) == careful(text) == "refused", text


def test_a_key_written_as_an_equals_sign_is_that_text_on_both_paths():
    """PyYAML reads a plain "=" key as the text "=" (and refuses "=" as a value): the careful
    path read it as a tag to refuse, so the two parted (found by the property below)."""
    for text in ("=: kl-90-2026\nkind: conclusion\n", "{=: 1}\n"):
        assert same(fast(text), careful(text)) and fast(text) != "refused", text
        assert source.positions(text) == careful_positions(text)
    assert fast("a: =\n") == careful("a: =\n") == "refused"


def test_plain_and_quoted_dates_read_as_pyyaml_reads_them():
    assert fast("a: 2026-01-05\nb: x") == {"a": careful("a: 2026-01-05")["a"], "b": "x"}
    assert fast("a: '2026-01-05'") == {"a": "2026-01-05"}
    assert source.yaml_rs_dates(b"a: 2026-01-05") is True
    assert source.yaml_rs_dates(b"a: '2026-01-05'") is False
    assert source.yaml_rs_dates(b"a: 2026-01-05\nb: '2026-01-05'") is None


def test_a_duplicate_key_is_refused_by_the_fast_path_and_placed_by_the_careful_one(tmp_path):
    with pytest.raises(Exception):
        source.values("id: a\nkind: plan\nid: b\n")
    path = tmp_path / "d.yaml"
    path.write_text("id: a\nkind: plan\nid: b\n", encoding="utf-8")
    assert source.fast_values(path) is None
    src = source.read(path, "d.yaml")
    assert [(p.code, p.location.line, p.location.column) for p in src.problems] == [("duplicate-key", 3, 1)]


TOKENS = list(" \n\t:-?[]{},#'\"!&*|>=<.0123456789eEx_+~\\%") + [
    "yes", "on", "010", "1:30", "1e3", ".5", "2026-01-05", "'2026-01-05'", "\n---\n", "<<: ", "? ", "!!str ",
    "\x85", "\u2028", "\r\n", "0o7", "-.5", "null", "\ufeff", "\n  - ", "- -", "[a, b]", "[a]: 1", ": x", "e\u0301"]


@st.composite
def mutated(draw) -> str:
    """A real file with a few tokens inserted, deleted or replaced."""
    files = shipped_files()
    text = files[draw(st.integers(0, len(files) - 1))].read_text(encoding="utf-8")[:2000]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        token, cut = draw(st.sampled_from(TOKENS)), draw(st.integers(0, 4))
        text = text[:at] + token + text[at + cut:]
    return text


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@PROPERTY
@given(st.one_of(mutated(), yaml_texts))
def test_the_fast_path_gives_the_careful_values_or_leaves_the_file_to_it(text):
    got = fast(text)
    assert got == "refused" or same(got, careful(text))


def test_positions_read_again_are_kept_for_the_last_files_only_and_read_again_when_asked(tmp_path, monkeypatch):
    monkeypatch.setattr(source, "POSITIONS_KEPT", 1)
    files = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.yaml"
        path.write_text(f"id: {name}\nareas:\n  the-che:\n    targets: []\n", encoding="utf-8")
        files.append(source.read(path, f"{name}.yaml", source.fast_values(path)))
    first, second = files
    assert (first.value_at(("areas", "the-che")).line, first.value_at(("areas", "the-che")).column) == (4, 5)
    second.value_at(("id",))
    assert not first.values  # forgotten: the second file's positions took their place
    assert (first.key_at(("areas",)).line, first.key_at(("areas",)).column) == (2, 1)  # read again


def test_positions_are_read_only_as_far_as_asked_and_whole_when_the_events_cannot_place_them(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text("id: a\nareas:\n  the-che:\n    targets: []\nnote: x\n", encoding="utf-8")
    src = source.read(path, "plan.yaml", source.fast_values(path))
    assert (src.value_at(("id",)).line, src.values.get(("note",))) == (1, None)  # the rest not read yet
    assert src.value_at(("missing", "key")).line == 1 and src.values[("note",)] == (5, 7)  # read to the end
    path.write_text("id: a\nareas: {}\nnote: &n x\nother: *n\n", encoding="utf-8")  # an alias after the id
    src = source.read(path, "plan.yaml", source.fast_values(path))
    assert src.value_at(("id",)).line == 1
    assert src.value_at(("other",)).line == 3  # as the careful builder places an alias: at its anchor


def test_a_file_broken_or_removed_after_it_was_read_is_placed_as_far_as_it_goes(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text("id: a\nnote: x\n", encoding="utf-8")
    src = source.read(path, "plan.yaml", source.fast_values(path))
    path.write_text("id: a\nnote: [x\n", encoding="utf-8")  # edited while the run goes on
    assert (src.value_at(("note",)).line, src.value_at(("other",)).line) == (2, 1)
    gone = source.read(path, "plan.yaml", {"id": "a"})
    path.unlink()  # or removed
    assert (gone.value_at(("note",)).line, gone.value_at(("note",)).column) == (1, 1)


def careful_positions(text: str) -> tuple[dict, dict]:
    src = source.SourceFile("x.yaml")
    node = yaml.compose(text, Loader=source._Loader)
    if node is not None:
        source._Builder(src).build(node, ())
    return src.keys, src.values


def test_positions_from_events_are_the_careful_builders_on_every_shipped_and_generated_file(generated):
    """Findings are located from the parser's events (source.positions): every key and value
    where the careful builder puts it."""
    for path in [*shipped_files(), *generated]:
        text = path.read_bytes().decode("utf-8-sig")
        assert source.positions(text) == careful_positions(text), path


@pytest.mark.parametrize("text", [
    "a: 1\n1: x\n2026-01-05: d\n'3': q\nno: b\nnull: n\n1.5: f\n", "- [a, {b: c}]\n- {}\n- []\n", "x:\n- - 1\n  - 2\n- y\n",
    "a: |\n  text\nb: >-\n  folded\n", "? a\n: b\n", "\"k\\u0301\": v\nke\u0301: w\n", "a: 2026-02-30\n2026-02-30: z\n",
])
def test_positions_from_events_on_unusual_keys_and_layouts(text):
    assert source.positions(text) == careful_positions(text)


@pytest.mark.parametrize("text", ["1: x\nyes: y\n", "a: &x 1\nb: *x\n", "<<: {a: 1}\n", "a: !!str 1\n", "!!map {a: 1}\n", "a: !x 1\n"])
def test_positions_leave_duplicates_anchors_aliases_tags_and_merges_to_the_careful_builder(text):
    with pytest.raises(source._Unusual):
        source.positions(text)


@PROPERTY
@given(st.one_of(mutated(), yaml_texts))
def test_positions_from_events_match_the_careful_builder_wherever_both_read(text):
    try:
        expected = careful_positions(text)
    except (yaml.YAMLError, ValueError):
        return
    try:
        found = source.positions(text)
    except source._Unusual:
        return
    assert found == expected


SPECIAL = "?&*|>%@`#\"'=~!-:,;[]{} \n"
CONTEXTS = ["a: [x{0}{1}]\n", "a: {{k{0}{1}}}\n", "a: x{0}{1}\n", "{0}{1}: v\n", "- {0}{1}\n", "a: |{0}{1}\n  x\n",
            "a: [b,\n  {0}{1}]\n"]


@pytest.mark.parametrize("context", CONTEXTS)
def test_every_two_special_characters_read_alike_or_go_to_the_careful_path(context):
    """An exhaustive search where the fuzzer samples: the fast path gives the careful values, or
    leaves the text to the careful path (three characters were searched too, 78,000 texts)."""
    for a, b in itertools.product(SPECIAL, repeat=2):
        text = context.format(a, b)
        got = fast(text)
        assert got == "refused" or same(got, careful(text)), text
