"""Property-based fuzzing of the YAML loader, the importer and the checks (issue 13), shared by
tests/test_fuzz.py (a few examples, in CI) and scripts/fuzz.py (many, on demand).

Each property states what must hold for *any* input: the loader gives data or located problems
that render as one safe line each; the importer gives a document or an Unreadable/issuer refusal,
and the YAML it writes reads back; the checks run on whatever it imported without a crash.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import strategies as st

from cascade import importer, load, pipeline, source
from cascade.errors import InputError, Problem
from cascade.messages import render
from cascade.models import Document
from cascade.yaml_models import validate_part

YAML_TOKENS = ["id: ", "kind: plan\n", "issuer: xa-b\n", "date: ", "2026-02-30", "2026-13", "0000", "99999", "period: ",
               "{start: 2026, end: 2026}", "- ", "  ", "\n", ": ", "&a ", "*a", "&b [*a, *a]", "!!python/object:os.system ",
               "!!set ", "!foo ", "[", "]", "{", "}", ",", '"', "'", "\\e", "\x07", "\x1b[31m", "\t", "# c\n", "? ",
               "<<: ", "---\n", "...\n", "areas:\n", "  the-che:\n", "    targets:\n", "      - ", "text: x\n",
               "value: 100\n", "comparator: '>='\n", "unit: percent\n", "1e400", ".inf", "~", "null", "\ufeff", "Kế hoạch "]
TEXT_TOKENS = ["ngày ", "tháng ", "năm 2026", "(Có ", "phụ lục", ")", "Số: ", "01/KH-UBND", "Kế hoạch ", "được ",
               "xây dựng ", "ban hành ", "UBND xã Mù Cả ", "1. ", "I. ", "a) ", "- ", "100% ", "tối thiểu ", "cấp độ 3 ",
               "Cải cách thể chế", "MỤC TIÊU", "NHIỆM VỤ", "\n", "\t", " | ", "**", "<b>", "Trên đây là ", "của ",
               "Căn cứ ", "Thực hiện ", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", ";", ",", ".", "\x07", "\x1b[0m", "\u2028",
               "\x85", "\x0b", "đến năm 2030 giảm 10% so với năm 2025", "hằng quý", "trước ngày 15/6/2026 ",
               "năm 9999", "năm 1900", "ngày 0 tháng 0 ", "ngày 30 tháng 02 ", "31/02/2026", "giai đoạn 2026-3000"]


def composed(tokens: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts made of the tokens a parser cares about, with some arbitrary text among them."""
    piece = st.one_of(st.sampled_from(tokens), st.text(max_size=8))
    return st.lists(piece, max_size=max_size).map("".join)


yaml_texts = st.one_of(composed(YAML_TOKENS, 60), st.text(max_size=200))
plan_texts = st.one_of(composed(TEXT_TOKENS, 120), st.text(max_size=300))


def _one_safe_line(problem: Problem) -> None:
    for lang in ("vi", "en"):
        line = render(problem, lang)
        assert "\n" not in line and "\x1b" not in line and "\r" not in line, line
        assert " — " in line, line


def loader_property(text: str) -> None:
    """Any text as a document file: data, or problems each at a place, in one safe line."""
    src = source.parse(text, source.SourceFile("fuzz.yaml"))
    for problem in src.problems:
        _one_safe_line(problem)
    if not src.problems and isinstance(src.data, dict):
        problems: list[Problem] = []
        validate_part(src, (), Document, src.data, problems)
        for problem in problems:
            _one_safe_line(problem)


_WORKSPACE: list = []


def example_workspace():
    if not _WORKSPACE:
        _WORKSPACE.append(load.load_workspace(load.example_workspace()))
    return _WORKSPACE[0]


def importer_property(text: str, suffix: str = ".txt") -> None:
    """Any text as a plan: a document whose YAML reads back and whose checks run, or a refusal."""
    ws = example_workspace()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"plan{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            imported = importer.import_file(path, ws, "xa-mu-ca")
        except (importer.Unreadable, importer.NoIssuer, importer.AmbiguousIssuer):
            return
    written = source.parse(imported.to_yaml(), source.SourceFile("imported.yaml"))
    assert not written.problems, [render(p, "en") for p in written.problems]
    Document.model_validate(written.data)
    doc_id = ws.add(imported.document)
    try:
        pipeline.check(ws, [doc_id], "en")  # an InternalError here is a bug in a check
    finally:
        del ws.documents[doc_id]
        ws._indexed = -1


# A real plan of the example (a commune's), one value at a time replaced by something odd.
BASE_PLAN = (Path(load.example_workspace()) / "documents" / "003-xa-mu-ca-2026.yaml").read_text(encoding="utf-8")
BASE_PLAN = BASE_PLAN.replace("\nid: kh-xa-mu-ca-2026\n", "\nid: kh-fuzz\n").splitlines()
VALUES = ["2026-02-30", '"2026-13"', "0", "-1", "1e400", ".nan", "99999", "2101", "1944", "null", "[]", "{}", "''",
          '"\\e[31mx"', "!!set {a}", "*nowhere", "&a x", "[2026]", "true", "100.5", "-100", "'>='", "'<'", "x" * 300,
          "{start: 2030, end: 2026}", "'2026-Q5'", "2026-Q3", "'{0}'", "'{actual!r}'"]


@st.composite
def plan_variants(draw) -> str:
    lines = list(BASE_PLAN)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        key, colon, _ = lines[i].partition(": ")
        if colon:
            value = draw(st.one_of(st.sampled_from(VALUES), st.text(max_size=12)))
            lines[i] = f"{key}: {value}"
    return "\n".join(lines) + "\n"


def document_property(text: str) -> None:
    """Any variant of a real plan: refused with located one-line problems, or checked without
    a crash (an InternalError is a bug in a check)."""
    ws = example_workspace()
    saved = dict(ws.documents)  # the variant may take an existing id: put everything back after
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "plan.yaml"
            path.write_text(text, encoding="utf-8")
            try:
                doc_id = load.add_document(ws, path)
            except InputError as exc:
                for problem in exc.problems:
                    _one_safe_line(problem)
                return
        pipeline.check(ws, [doc_id], "en")
    finally:
        ws.documents.clear()
        ws.documents.update(saved)
        ws._indexed = -1  # the issuer index may hold the variant
