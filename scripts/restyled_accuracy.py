"""How well `cascade import` reads the seeds laid out the ways offices lay out a plan (issue 12).

Each seed is rendered in each layout of tests/restyle (and "as-seed", the seed only read into
blocks and written back, as a control), as .txt and as .docx, in a temporary directory; each
file is imported and compared with the seed's hand-made fixture:

- header: number, date, period and issuer, each right or not;
- targets: paired with the fixture's by sentence (similarity >= 0.5, as import_accuracy.py does);
  a pair is right when comparator and value are equal too. Precision = right / imported,
  recall = right / in the fixture.
- with --findings: `cascade check` findings (rule, area, indicator) of the restyled file
  against those of the seed .txt imported the same way: how many are missing and extra.

When the importer cannot find the issuer, the issuer counts as wrong and the file is imported
again with the fixture's issuer (as a planner would pass --issuer) to measure the rest.

Run:  python scripts/restyled_accuracy.py [--findings] [--details]
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "fixtures" / "lai-chau"
sys.path.insert(0, str(ROOT / "tests"))

import restyle  # noqa: E402  (tests/restyle)

from cascade import importer, pipeline  # noqa: E402
from import_accuracy import pair  # noqa: E402  (the same pairing of targets)

from cascade.load import load_workspace  # noqa: E402
from cascade.targets import all_targets as targets  # noqa: E402

HEADER = ("number", "date", "period", "issuer")
LAYOUTS = ("as-seed", *restyle.LAYOUTS)
FORMATS = (".txt", ".docx")


def read(path: Path, ws, fixture):
    """The imported document, and whether its issuer was found without help."""
    try:
        return importer.import_file(path, ws).document, True
    except (importer.NoIssuer, importer.AmbiguousIssuer):
        return importer.import_file(path, ws, fixture.issuer).document, False


def header_right(doc, fixture, issuer_found: bool) -> dict:
    return {"number": doc.number == fixture.number,
            "date": str(doc.date) == str(fixture.date),
            "period": _span(doc.period) == _span(fixture.period),
            "issuer": issuer_found and doc.issuer == fixture.issuer}


def _span(period) -> tuple | None:
    return (period.start, period.end) if period else None  # models compare their locations too


def target_counts(doc, fixture) -> tuple[int, int, int]:
    """(right, imported, in the fixture)."""
    expected, got = list(targets(fixture)), list(targets(doc))
    right = [(e, g) for e, g in pair(expected, got)
             if (e[1].comparator, e[1].value) == (g[1].comparator, g[1].value)]
    if "--details" in sys.argv:
        paired = {id(e[1]) for e, _ in right}
        for area, t in expected:
            if id(t) not in paired:
                print(f"    missed {t.clause} {area} {t.comparator} {t.value} | {t.text[:80]}")
    return len(right), len(got), len(expected)


def findings(doc, ws) -> Counter:
    ws.documents[doc.id] = doc
    try:
        return Counter((f.rule, f.area, f.indicator) for f in pipeline.check(ws, [doc.id]))
    finally:
        del ws.documents[doc.id]


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f} % ({n}/{d})" if d else f"— ({n}/{d})"


def measure(path: Path, ws, fixture, baseline: Counter | None) -> tuple[list, Counter]:
    """One file: its row of the table, and its counts for the totals."""
    doc, found = read(path, ws, fixture)
    head = header_right(doc, fixture, found)
    right, got, expected = target_counts(doc, fixture)
    row = [f"{sum(head.values())}/4", " ".join(f for f in HEADER if not head[f]), pct(right, got), pct(right, expected)]
    counts = Counter(files=1, header=sum(head.values()), right=right, got=got, expected=expected,
                     **{f"wrong {f}": int(not head[f]) for f in HEADER})
    if baseline is not None:
        mine = findings(doc, ws)
        missing, extra = sum((baseline - mine).values()), sum((mine - baseline).values())
        row.append("same" if missing + extra == 0 else f"-{missing} +{extra}")
        counts.update(same=int(missing + extra == 0), missing=missing, extra=extra)
    return row, counts


def main() -> int:
    with_findings = "--findings" in sys.argv
    ws = load_workspace(EXAMPLE)
    fixtures = {d.seed: d for d in ws.documents.values() if d.seed}
    rows, totals = [], {layout: Counter() for layout in LAYOUTS}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in sorted((EXAMPLE / "seeds").glob("*.txt")):
            fixture, facts, text = fixtures[seed.name], restyle.facts_of(seed), seed.read_text(encoding="utf-8")
            baseline = findings(read(seed, ws, fixture)[0], ws) if with_findings else None
            for layout in LAYOUTS:
                blocks = restyle.restyle(text, layout, facts)
                for fmt in FORMATS:
                    path = restyle.write(blocks, Path(tmp) / f"{seed.name[:3]}-{layout}{fmt}")
                    if "--details" in sys.argv:
                        print(path.name)
                    row, counts = measure(path, ws, fixture, baseline)
                    rows.append([seed.name[:3], layout, fmt, *row])
                    totals[layout].update(counts)
    totals["six layouts"] = sum((totals[layout] for layout in restyle.LAYOUTS), Counter())
    extra = ["findings vs seed .txt"] if with_findings else []
    print(tabulate(rows, headers=["seed", "layout", "format", "header", "header wrong", "target precision",
                                  "target recall", *extra], tablefmt="simple"))
    print()
    summary = []
    for layout, t in totals.items():
        wrong = " ".join(f"{f} {t[f'wrong {f}']}" for f in HEADER if t[f"wrong {f}"])
        line = [layout, pct(t["header"], 4 * t["files"]), wrong, pct(t["right"], t["got"]), pct(t["right"], t["expected"])]
        if with_findings:
            line.append(f"{t['same']}/{t['files']} files the same; {t['missing']} missing, {t['extra']} extra")
        summary.append(line)
    print(tabulate(summary, headers=["layout", "header fields right", "files wrong, by field", "target precision",
                                     "target recall", *extra], tablefmt="simple"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
