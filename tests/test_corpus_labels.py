"""The hand labels of the real corpus (tests/corpus/labels/) are well-formed and agree with the text.

Each label file describes one excerpt of ../shared/corpus/ (see tests/corpus/README.md). These
tests hold the labels to the corpus itself: every file has its label, every field has its type,
and every target points at a body line that really states it. They test the golden data, not
the importer; the accuracy script compares the importer with them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

LABELS = Path(__file__).parent / "corpus" / "labels"
# The corpus sits beside the repository: <repo>/../shared/corpus (tests/ is parents[0], the
# repository parents[1]). CASCADE_CORPUS_DIR overrides it for a checkout kept elsewhere.
CORPUS = Path(os.environ.get("CASCADE_CORPUS_DIR") or Path(__file__).resolve().parents[2] / "shared" / "corpus")

AREAS = {"chi-dao-dieu-hanh", "the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "che-do-cong-vu",
         "tai-chinh-cong", "chinh-quyen-so"}
KINDS = {"plan", "programme", "inspection-plan", "index-plan", "communication-plan", "report",
         "decision", "other"}
LEVELS = {"nation", "ministry", "province", "dept", "district", "commune", "other"}
COMPARATORS = {">=", ">", "=", "<=", "<"}
KEYS = {"file", "issuer", "kind", "period", "number", "date", "complete", "cut_at_line", "targets", "notes"}
TARGET_KEYS = {"line", "text", "area", "comparator", "value", "unit"}
EXPECTED_DOCUMENTS = 25

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS} (set CASCADE_CORPUS_DIR to its folder)")


def label_files() -> list[Path]:
    return sorted(LABELS.glob("*.yaml"))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def body_lines(corpus_file: Path) -> list[str]:
    """The document body: the lines after the first line of '=' (the 6-line header is not the document)."""
    lines = corpus_file.read_text(encoding="utf-8").splitlines()
    rule = next(i for i, line in enumerate(lines) if line and set(line) == {"="})
    return lines[rule + 1:]


def written_forms(value: int | float) -> re.Pattern:
    """The value as a document writes it: 95, 03 (leading zeros), 95,5 or 95.5; not part of a longer number."""
    whole, _, frac = f"{value:g}".partition(".")
    number = "0*" + re.escape(whole) + (f"[.,]{frac}" if frac else "")
    return re.compile(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)")


def is_partial_date(value) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2})?", value) is not None


# --- the set of labels ------------------------------------------------------------------------


def test_every_label_parses_and_the_set_has_25_documents():
    files = label_files()
    assert len(files) == EXPECTED_DOCUMENTS, [f.name for f in files]
    for path in files:
        assert isinstance(load(path), dict), path.name


@needs_corpus
def test_each_corpus_document_has_exactly_one_label():
    documents = {p.stem for p in CORPUS.glob("*.txt")}
    labels = {p.stem for p in label_files()}
    assert documents == labels


# --- one label --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", label_files(), ids=lambda p: p.stem[:2])
def test_label_fields_have_their_types(path: Path):
    label = load(path)
    assert set(label) == KEYS, f"{path.name}: keys {sorted(set(label) ^ KEYS)} differ"
    assert path.read_text(encoding="utf-8").startswith(f"# Labelled by hand from shared/corpus/{label['file']}")
    assert label["file"] == path.stem + ".txt"

    issuer = label["issuer"]
    if issuer is not None:
        assert set(issuer) == {"name", "province", "level"}, path.name
        assert isinstance(issuer["name"], str) and issuer["name"].strip(), path.name
        assert issuer["province"] is None or isinstance(issuer["province"], str), path.name
        assert issuer["level"] in LEVELS, path.name

    assert label["kind"] in KINDS, path.name

    period = label["period"]
    if period is not None:
        assert set(period) == {"start", "end"}, path.name
        assert isinstance(period["start"], int) and isinstance(period["end"], int), path.name
        assert 2000 <= period["start"] <= period["end"] <= 2035, path.name

    number = label["number"]
    assert number is None or (isinstance(number, str) and re.fullmatch(r"\S+", number)), path.name
    if number is not None:
        assert "/" in number, f"{path.name}: a document number has a '/' ({number})"

    date = label["date"]
    assert date is None or isinstance(date, dt.date) or is_partial_date(date), f"{path.name}: date {date!r}"

    assert isinstance(label["complete"], bool), path.name
    assert isinstance(label["cut_at_line"], int) and label["cut_at_line"] >= 1, path.name
    assert isinstance(label["notes"], str) and label["notes"].strip(), path.name

    assert isinstance(label["targets"], list), path.name
    for target in label["targets"]:
        assert set(target) == TARGET_KEYS, f"{path.name}: target keys {sorted(set(target) ^ TARGET_KEYS)} differ"
        assert isinstance(target["line"], int) and target["line"] >= 1, path.name
        assert isinstance(target["text"], str) and target["text"].strip(), path.name
        assert target["area"] is None or target["area"] in AREAS, f"{path.name}: area {target['area']!r}"
        assert target["comparator"] in COMPARATORS, path.name
        assert isinstance(target["value"], (int, float)) and not isinstance(target["value"], bool), path.name
        assert isinstance(target["unit"], str) and target["unit"].strip(), path.name
    lines = [t["line"] for t in label["targets"]]
    assert lines == sorted(lines), f"{path.name}: targets are listed in the document's order"


@pytest.mark.parametrize("path", label_files(), ids=lambda p: p.stem[:2])
def test_label_text_is_nfc(path: Path):
    text = path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text, path.name


# --- the labels against the corpus text -------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("path", label_files(), ids=lambda p: p.stem[:2])
def test_targets_point_at_the_line_that_states_them(path: Path):
    label = load(path)
    body = body_lines(CORPUS / label["file"])
    for target in label["targets"]:
        where = f"{path.name}: line {target['line']}"
        assert target["line"] <= len(body), f"{where} is past the end of the body ({len(body)} lines)"
        line = body[target["line"] - 1]
        assert target["text"] in line, f"{where} does not contain {target['text']!r}"
        value = written_forms(target["value"])
        assert value.search(target["text"]), f"{where}: the span {target['text']!r} does not state {target['value']}"
        if target["unit"] == "percent":
            assert re.search(value.pattern + r"\s?%", target["text"]), f"{where}: no '{target['value']}%' in the span"


@needs_corpus
@pytest.mark.parametrize("path", label_files(), ids=lambda p: p.stem[:2])
def test_cut_is_the_last_line_of_the_body(path: Path):
    label = load(path)
    body = body_lines(CORPUS / label["file"])
    last = max(i for i, line in enumerate(body, 1) if line.strip())
    assert label["cut_at_line"] == last, f"{path.name}: the body's last line is {last}"
    assert all(t["line"] <= label["cut_at_line"] for t in label["targets"]), path.name


@needs_corpus
@pytest.mark.parametrize("path", label_files(), ids=lambda p: p.stem[:2])
def test_number_and_date_are_written_in_the_body(path: Path):
    """A labelled number is in the body as written (spaces around '/' allowed); a labelled date's
    day, month and year are there too, in any of the usual forms."""
    label = load(path)
    body = "\n".join(body_lines(CORPUS / label["file"]))
    if label["number"]:
        left, _, right = label["number"].partition("/")
        assert re.search(rf"(?<!\d){re.escape(left)}\s*/\s*{re.escape(right)}", body), f"{path.name}: {label['number']}"
    date = label["date"]
    if isinstance(date, dt.date):
        d, m, y = date.day, date.month, date.year
        forms = [rf"0?{d}/0?{m}/{y}", rf"0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}", rf"{y}-{m:02d}-{d:02d}",
                 rf"ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}"]
        found = any(re.search(f, body) for f in forms)
        # A date whose year the text leaves out ("Ngày 31/3, ... năm 2025") must say so in the notes.
        if not found:
            assert re.search(rf"(?<!\d)0?{d}/0?{m}(?![\d/])", body), f"{path.name}: {date} is not in the body"
            assert "inferred" in label["notes"] or "inference" in label["notes"], \
                f"{path.name}: {date} is not written in full, and the notes do not say it is inferred"


@needs_corpus
@pytest.mark.parametrize("path", label_files(), ids=lambda p: p.stem[:2])
def test_period_years_are_written_in_the_body(path: Path):
    label = load(path)
    body = "\n".join(body_lines(CORPUS / label["file"]))
    if label["period"]:
        for year in {label["period"]["start"], label["period"]["end"]}:
            assert str(year) in body, f"{path.name}: {year} is not in the body"


def test_decisions_say_what_they_adopt():
    for path in label_files():
        label = load(path)
        if label["kind"] == "decision":
            match = re.match(r"Adopts: ([a-z-]+)", label["notes"])
            assert match and match.group(1) in KINDS - {"decision", "report"}, path.name


@needs_corpus
def test_the_reader_accuracy_script_runs_and_reports_its_figures():
    """scripts/corpus_accuracy.py is how the reader is measured: it must keep running as the
    models change (it once read a private attribute that loading later dropped)."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "corpus_accuracy.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env={**os.environ, "CASCADE_CORPUS_DIR": str(CORPUS)}, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"Targets: precision \d+ %", done.stdout), done.stdout[-2000:]
