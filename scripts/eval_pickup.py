"""Compare task pick-up scorers on the hand-labelled pairs of tests/pickup/labels.yaml: the
matcher's shared content words (pickup.py) against rapidfuzz's scorers, on the raw text and on
the matcher's content words. Prints precision and recall at each scorer's best threshold (by
F1, which flatters every scorer alike) and the matcher's at the rules' threshold.

    pip install rapidfuzz   # not a dependency of cascade: only this comparison uses it
    python scripts/eval_pickup.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, utils

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_pickup_labels import evaluate, labelled_pairs  # noqa: E402

from cascade import pickup  # noqa: E402
from cascade.checks.task_not_picked_up import Params  # noqa: E402


def content(text: str) -> str:
    return " ".join(sorted(pickup.words(text)))


def rapid(scorer, on_words: bool):
    if on_words:
        return lambda task, item: scorer(content(task), content(item)) / 100
    return lambda task, item: scorer(task, item, processor=utils.default_process) / 100


SCORERS = {"shared content words (pickup.py)": pickup.share}
for name in ("ratio", "partial_ratio", "token_sort_ratio", "token_set_ratio", "partial_token_set_ratio", "WRatio"):
    SCORERS[f"rapidfuzz {name}"] = rapid(getattr(fuzz, name), False)
    SCORERS[f"rapidfuzz {name} on content words"] = rapid(getattr(fuzz, name), True)


def best_threshold(pairs, score):
    def f1(t):
        e = evaluate(pairs, score, t)
        return 2 * e["precision"] * e["recall"] / (e["precision"] + e["recall"] or 1)
    return max((t / 100 for t in range(5, 100, 5)), key=f1)


def main() -> None:
    pairs = labelled_pairs()
    e = evaluate(pairs, pickup.share, Params().min_share)
    print(f"{len(pairs)} pairs, {e['positives']} picked up by a reader\n")
    print(f"{'scorer':48} {'thr':>5} {'found':>5} {'right':>5} {'prec':>5} {'recall':>6} {'ms':>5}")
    print(f"{'shared content words, rules threshold':48} {Params().min_share:5.2f} {e['found']:5} {e['right']:5} "
          f"{e['precision']:5.2f} {e['recall']:6.2f}")
    for name, score in SCORERS.items():
        t = best_threshold(pairs, score)
        start = time.perf_counter()
        e = evaluate(pairs, score, t)
        ms = (time.perf_counter() - start) * 1000
        print(f"{name:48} {t:5.2f} {e['found']:5} {e['right']:5} {e['precision']:5.2f} {e['recall']:6.2f} {ms:5.0f}")


if __name__ == "__main__":
    main()
