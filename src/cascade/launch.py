"""The `cascade` command's entry point: Ctrl-C is answered, and the garbage collector paused,
before the rest is imported."""

import gc

from cascade import startup

startup.answer_ctrl_c()
# A command builds long-lived objects with no cycles worth collecting, from its imports on (the
# rule models, the country's 13,000 units): the collector re-scanned them a third of the time of
# checking one plan. `cascade serve`, which lives long, runs it again (gcpause.collector_running).
gc.disable()

from cascade.cli import run  # noqa: E402 — imported once Ctrl-C is answered (see startup.py)

__all__ = ["run"]
