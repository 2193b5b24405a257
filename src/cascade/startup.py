"""What the `cascade` command does before anything heavy is imported: find the language asked
for, and answer Ctrl-C in one line with exit code 130 from the first instant (importing the
rest takes about half a second, and a Ctrl-C then would otherwise print a traceback).

Imports nothing slow (of cascade's, only the message catalogs): it runs before the rest is loaded."""

from __future__ import annotations

import os
import signal
import sys

from cascade.i18n import N_, translation

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

STOPPED = N_("cascade: stopped ({signal}); no file was left half-written")


def lang_of(words: list[str]) -> str | None:
    """The last --lang on the command line, before or after the command; read before argparse
    so that argparse's own usage errors speak it too."""
    found = None
    for word, following in zip(words, words[1:] + [None]):
        if word == "--lang":
            found = following
        elif word.startswith("--lang="):
            found = word.partition("=")[2]
    return found


def _stop(signum, frame) -> None:
    """Ctrl-C while cascade is still starting: nothing is written yet, so stop at once."""
    lang = "en" if lang_of(sys.argv[1:]) == "en" else "vi"
    os.write(2, (translation(lang).gettext(STOPPED).format(signal="Ctrl-C") + "\n").encode())
    os._exit(EXIT_INTERRUPTED)


def answer_ctrl_c() -> None:
    signal.signal(signal.SIGINT, _stop)


def ctrl_c_raises() -> None:
    """From here on Ctrl-C raises KeyboardInterrupt, so that the command cleans up on its way out."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
