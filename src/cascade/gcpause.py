"""Pausing Python's cyclic garbage collector while cascade builds many long-lived objects.

Loading a national workspace, or checking and auditing it, creates millions of objects that
all survive and hold no cycles worth collecting; the collector would re-scan them again and
again (half the load time at national scale). It runs again when the work is done.
"""

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def collector_running():
    """The collector on, even inside a paused run: for a server's life, whose requests leave
    cycles behind."""
    enabled = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not enabled:
            gc.disable()
