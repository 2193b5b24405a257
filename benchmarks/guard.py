"""CI's regression guard: the whole audit of a small synthetic workspace (one province, ~110
plans) must stay within BOUND times the parse floor — a ratio, since machines differ.

    python benchmarks/guard.py        # exit 1 when the ratio exceeds BOUND

Measured at about 1.9 when the bound was set (benchmarks/README.md); the margin absorbs a busy
machine, not a slower algorithm: a quadratic step shows up as a ratio several times larger.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

BOUND = 3.0
HERE = Path(__file__).resolve().parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "p1"
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(root), "--provinces", "1"],
                       check=True, capture_output=True)
        sys.path.insert(0, str(HERE))
        from bench import measure

        runs = [measure(root) for _ in range(3)]
    best = min(runs, key=lambda r: r["ratio"])
    missed = best["missed"]
    print(f"guard: total {best['total']:.2f} s, parse floor {best['floor']:.2f} s, ratio {best['ratio']:.2f} "
          f"(bound {BOUND}); injected defects {best['defects']}, missed {len(missed)}")
    return 0 if best["ratio"] <= BOUND and not missed else 1


if __name__ == "__main__":
    sys.exit(main())
