"""The property-based campaign of issue 13, run for longer than CI does.

    python scripts/fuzz.py [EXAMPLES]     # default 5000 per property

Runs the properties of tests/fuzzing.py (the YAML loader; the importer, reading back what it
writes and running the checks on it) and prints how many examples ran and what failed. A
failure prints its smallest input: add it to tests/test_fuzz.py as an @example.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402

import fuzzing  # noqa: E402

PROPERTIES = {"loader": (fuzzing.loader_property, fuzzing.yaml_texts),
              "importer+checks": (fuzzing.importer_property, fuzzing.plan_texts),
              "document+checks": (fuzzing.document_property, fuzzing.plan_variants())}


def run(name: str, prop, strategy, examples: int) -> tuple[int, str | None]:
    ran = [0]

    def counted(text):
        ran[0] += 1
        prop(text)

    test = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                    suppress_health_check=list(HealthCheck))(given(strategy)(counted))
    try:
        test()
    except Exception:  # noqa: BLE001 — hypothesis re-raises the smallest failing example
        return ran[0], traceback.format_exc(limit=-3)
    return ran[0], None


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    total, failed = 0, 0
    for name, (prop, strategy) in PROPERTIES.items():
        start = time.perf_counter()
        ran, failure = run(name, prop, strategy, examples)
        total += ran
        print(f"{name}: {ran} examples in {time.perf_counter() - start:.1f} s — {'FAILED' if failure else 'ok'}")
        if failure:
            failed += 1
            print(failure)
    print(f"{total} examples ran; {failed} of {len(PROPERTIES)} properties failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
