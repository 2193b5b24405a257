"""How well `cascade import` reads the five seed texts, measured against the hand-made fixtures.

For each seed and field it prints precision (of what the importer produced, the share that is
right) and recall (of what the fixture holds, the share the importer got right). Targets are
paired by their sentence (and, for a sentence with several figures, by value); tasks of the
appendix tables by their row. Run:  python scripts/import_accuracy.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from tabulate import tabulate

from cascade.importer import import_file
from cascade.load import load_workspace
from cascade.paths import example_workspace
from cascade.pickup import words
from cascade.targets import all_targets as targets

FIELDS = ("area", "indicator", "comparator", "value")


def similar(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / max(len(wa | wb), 1)


def pair(expected, got):
    """Greedy pairs (expected, got) of targets with the same sentence, closest value first."""
    free, pairs = list(got), []
    for area, t in expected:
        scored = [(similar(t.text, g.text), g.value == t.value, g.indicator == t.indicator, i)
                  for i, (_, g) in enumerate(free)]
        best = max(scored, default=None)
        if best and best[0] >= 0.5:
            pairs.append(((area, t), free.pop(best[-1])))
    return pairs


def field_value(area, target, field):
    return area if field == "area" else getattr(target, field)


def measure(seed: Path, fixture, ws):
    imported = import_file(seed, ws).document
    expected, got = list(targets(fixture)), list(targets(imported))
    pairs = pair(expected, got)
    rows = []
    for field in FIELDS:
        right = sum(field_value(*e, field) == field_value(*g, field) for e, g in pairs)
        rows.append([seed.name[:3], field, _pct(right, len(got)), _pct(right, len(expected))])
    full = sum(all(field_value(*e, f) == field_value(*g, f) for f in FIELDS) for e, g in pairs)
    if "--details" in sys.argv:
        for e, g in pairs:
            wrong = [f"{f}: {field_value(*e, f)} ≠ {field_value(*g, f)}" for f in FIELDS if field_value(*e, f) != field_value(*g, f)]
            if wrong:
                print(f"{seed.name[:3]} {e[1].clause} | {'; '.join(wrong)} | {e[1].text[:90]}")
        paired = {id(e[1]) for e, _ in pairs}
        for area, t in expected:
            if id(t) not in paired:
                print(f"{seed.name[:3]} MISSING {t.clause} {area} {t.indicator} {t.comparator} {t.value} | {t.text[:90]}")
    table_tasks = [t for c in fixture.areas.values() for t in c.tasks if t.clause.startswith(("Biểu", "Phụ lục"))]
    got_tasks = [t for c in imported.areas.values() for t in c.tasks if t.clause.startswith(("Biểu", "Phụ lục"))]
    lead_right = sum(any(similar(t.text, g.text) >= 0.5 and t.lead == g.lead for g in got_tasks) for t in table_tasks)
    return rows, (full, len(expected)), (len(got_tasks), len(table_tasks), lead_right)


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f} % ({n}/{d})" if d else "—"


def main() -> int:
    ws = load_workspace(example_workspace())
    seeds = sorted((Path(ws.root) / "seeds").glob("*.txt"))
    by_seed = {d.seed: d for d in ws.documents.values() if d.seed}
    all_rows, full_n, full_d, table_lines = [], 0, 0, []
    for seed in seeds:
        rows, (full, total), (got_rows, table_rows, leads) = measure(seed, by_seed[seed.name], ws)
        all_rows += rows
        full_n, full_d = full_n + full, full_d + total
        table_lines.append([seed.name[:3], table_rows, got_rows, _pct(leads, table_rows)])
    print(tabulate(all_rows, headers=["seed", "field", "precision", "recall"], tablefmt="simple"))
    print()
    print(tabulate(table_lines, headers=["seed", "table tasks (fixture)", "imported", "lead right"], tablefmt="simple"))
    print(f"\nTargets with the right area, indicator, comparator and value: {_pct(full_n, full_d)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
