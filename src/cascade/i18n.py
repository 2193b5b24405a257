"""The reader's language through gettext catalogs.

Message ids are the English text, as gettext and argparse use them: English needs no catalog
(gettext's fallback says the id, and its ngettext already knows "1 document", "2 documents"),
a translator reads the meaning beside each Vietnamese string, and argparse's own words
("usage: ", "options") are found in the same catalog. `locale/vi/LC_MESSAGES/cascade.po` holds
the Vietnamese; its compiled `.mo` is committed beside it (tests/test_i18n.py keeps both true
to the source). How to extract and compile them: README, "Translations".
"""

from __future__ import annotations

import functools
import gettext
from pathlib import Path

LOCALE = Path(__file__).with_name("locale")
DOMAIN = "cascade"
LANGS = ("vi", "en")


@functools.cache
def translation(lang: str) -> gettext.NullTranslations:
    """The catalog of a language: `_ = translation(lang).gettext` at each place a language is chosen.
    Vietnamese must be there (a missing catalog is a packaging bug, not English in disguise)."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE, languages=[lang])


def N_(message: str) -> str:  # noqa: N802 — gettext's name for "extract, translate later"
    """Marks a message kept in a table to be translated where the language is known."""
    return message


class Words(dict):
    """A table of English messages (marked N_, nested as the templates read them) seen in one
    language: WORDS[lang]["key"], translated once per language. `own` adds what each language
    says of itself (the name of the other language on a switch)."""

    def __init__(self, table: dict, own: dict[str, dict] | None = None):
        super().__init__()
        self.table, self.own = table, own or {}

    def __missing__(self, lang: str) -> dict:
        self[lang] = {**_translated(self.table, translation(lang).gettext), **self.own.get(lang, {})}
        return self[lang]


def _translated(table: dict, _) -> dict:
    return {key: _translated(value, _) if isinstance(value, dict) else _(value) for key, value in table.items()}
