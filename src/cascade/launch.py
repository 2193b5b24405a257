"""The `cascade` command's entry point: Ctrl-C is answered before the rest is imported."""

from cascade import startup

startup.answer_ctrl_c()

from cascade.cli import run  # noqa: E402 — imported once Ctrl-C is answered (see startup.py)

__all__ = ["run"]
