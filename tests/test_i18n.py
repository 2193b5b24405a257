"""The message catalogs: every message of the code (and of argparse) is translated, the compiled
.mo is the .po's, translations keep their placeholders, and help speaks one language."""

from __future__ import annotations

import argparse
import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from cascade import cli
from cascade.i18n import LOCALE

SRC = Path(__file__).resolve().parents[1] / "src" / "cascade"
PO = LOCALE / "vi" / "LC_MESSAGES" / "cascade.po"


def _catalog():
    with PO.open("rb") as f:
        return read_po(f, locale="vi")


def _extracted() -> set:
    """(context, msgid) of every message the code marks, and argparse's own."""
    found = [(m[4], m[2]) for m in extract_from_dir(str(SRC))]
    found += [(context, message) for _, message, _, context in extract_from_file("python", argparse.__file__)]
    return {(c, m if isinstance(m, str) else m[0]) for c, m in found}


def test_every_message_has_a_vietnamese_translation():
    catalog = _catalog()
    missing = [m for c, m in _extracted() if not (entry := catalog.get(m, c)) or not all(entry.string if isinstance(
        entry.string, tuple) else [entry.string]) or entry.fuzzy]
    assert not missing, f"untranslated or fuzzy in {PO.name} (README, 'Translations'): {missing[:5]}"


def test_the_catalog_holds_no_message_the_code_no_longer_says():
    extracted = _extracted()
    stale = [m.id for m in _catalog() if m.id and (m.context, m.id if isinstance(m.id, str) else m.id[0]) not in extracted]
    assert not stale, f"messages no longer in the code (run pybabel update): {stale[:5]}"


def test_the_compiled_catalog_is_the_po_file():
    compiled = io.BytesIO()
    write_mo(compiled, _catalog())
    assert PO.with_suffix(".mo").read_bytes() == compiled.getvalue(), "run: pybabel compile -d src/cascade/locale -D cascade"


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)\w|%\w")


def _unescaped(text: str) -> str:
    return text.replace("{{", "").replace("}}", "")


@pytest.mark.parametrize("message", [m for m in _catalog() if m.id], ids=lambda m: str(m.id)[:40])
def test_a_translation_names_only_placeholders_of_its_message(message):
    """A named one may be left out ("invalid %(type)s value"), none invented or misspelt, positional ones all kept."""
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    expected = PLACEHOLDER.findall(_unescaped(ids[-1]))
    for string in strings:
        found = PLACEHOLDER.findall(_unescaped(string))
        assert set(found) <= set(expected), string
        assert [p for p in found if p in ("%s", "%r")] == [p for p in expected if p in ("%s", "%r")], string


def _help(run, lang: str) -> str:
    pages = [run("--help", "--lang", lang)[1]]
    pages += [run(command, "--help", "--lang", lang)[1] for command in cli.COMMANDS]
    return "\n".join(pages)


def test_help_speaks_only_the_language_chosen(run):
    translated = [(m.id, m.string) for m in _catalog() if isinstance(m.id, str) and len(m.id) > 12 and m.string != m.id]
    vi, en = _help(run, "vi"), _help(run, "en")
    assert "cách dùng: cascade check" in vi and "tùy chọn:" in vi and "ví dụ:" in vi and "mã thoát:" in vi
    assert not [english for english, _ in translated if english in vi]
    assert "usage: cascade check" in en and "options:" in en and "examples:" in en
    assert not [vietnamese for _, vietnamese in translated if vietnamese in en]
    assert " / " not in vi.replace("path/to/", "")  # no "Vietnamese / English" doubles


def test_argparse_errors_speak_the_language_chosen(run):
    code, _, err = run("check", "--frobnicate")
    assert code == 2 and err.startswith("cách dùng: cascade")
    assert err.splitlines()[-1] == "cascade: lỗi: tham số không nhận ra: --frobnicate"
    code, _, err = run("tree", "--lang", "en", "--date")
    assert err.splitlines()[-1] == "cascade tree: error: argument --date: expected one argument"


def test_english_counts_take_plurals_and_vietnamese_words_do_not_change(run, tmp_path):
    (tmp_path / "workspace.yaml").write_text("province: [\n", encoding="utf-8")
    _, _, en = run("validate", str(tmp_path), "--lang", "en")
    _, _, vi = run("validate", str(tmp_path))
    assert en.endswith("\n1 problem in the input.\n") and vi.endswith("\n1 lỗi trong dữ liệu đầu vào.\n")


def test_no_message_hides_inside_an_f_string():
    """Babel cannot see a literal _("…") inside an f-string (before Python 3.12): it would stay untranslated."""
    hidden = re.compile(r"""f(["']).*\{[^}]*\b(_|gettext|ngettext|pgettext)\(\s*["']""")
    found = [f"{path.name}:{n}" for path in SRC.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if hidden.search(line)]
    assert not found, found
