"""How well `cascade import` reads the real corpus (issue 12), against the hand labels.

Each excerpt of ../shared/corpus (or $CASCADE_CORPUS_DIR) is cut below its '=' line (the
six header lines are not part of the document), written to a temporary .txt and imported
with the Lai Châu example workspace; it is compared with tests/corpus/labels/<stem>.yaml:

- header: number, date, period and kind, each right or not; the issuer right when it is the
  labelled unit (or "ambiguous" where the label cannot name the province) — formerly "recognised or
  not" (the label names one and the importer found one by itself, or neither did) — when the
  importer cannot name it, the file is imported again with a stand-in issuer to measure the rest;
- targets: the labelled quantified targets against the imported targets that carry a figure
  (qualitative aims are not labelled), paired by line and value. A pair is right when
  comparator, value and area match; ">= 100 %" and "= 100 %" are the same bound.
  Precision = right / imported with a figure, recall = right / labelled.
- completeness: whether the importer says the excerpt is incomplete (all 25 are).

Run:  python scripts/corpus_accuracy.py [--details]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml
from tabulate import tabulate

from cascade import importer
from cascade.hierarchy import name_key
from cascade.load import load_workspace
from cascade.targets import all_targets

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "corpus" / "labels"
FIELDS = ("number", "date", "period", "kind", "issuer")
STAND_IN = "lai-chau"  # any unit: only lets the rest of the document be measured


def corpus_dir() -> Path:
    return Path(os.environ.get("CASCADE_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))


def body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    cut = next(i for i, line in enumerate(lines) if line.startswith("====="))
    return "\n".join(lines[cut + 1:]) + "\n"


def read(path: Path, ws):
    """The imported document, and its issuer as found without help: a unit id, "ambiguous", or
    None (then the file is read again with a stand-in issuer, to measure the rest)."""
    try:
        imported = importer.import_file(path, ws)
        return imported, imported.document.issuer
    except importer.AmbiguousIssuer:
        return importer.import_file(path, ws, STAND_IN), "ambiguous"
    except importer.NoIssuer:
        return importer.import_file(path, ws, STAND_IN), None


def issuer_right(found: str | None, label: dict | None, hierarchy) -> bool:
    """Right when it is the labelled unit (its name, and its province when the label gives
    one); not naming one ("ambiguous" or "not found") is right when the text cannot tell which
    unit it is (the label gives no province): a guess there would be wrong."""
    if label is None or found in (None, "ambiguous"):
        return found in (None, "ambiguous") and (label is None or label["province"] is None)
    unit = hierarchy.units[found]
    names = {name_key(n) for n in (unit.name, *unit.aliases)}
    above = " ".join(hierarchy.units[a].name for a in (found, *hierarchy.lineage(found)))
    return name_key(label["name"]) in names and (label["province"] is None or label["province"] in above)


def header_right(doc, label: dict, issuer: bool) -> dict:
    period = (doc.period.start, doc.period.end) if doc.period else None
    want = label["period"]
    return {"number": doc.number == label["number"],
            "date": (doc.date or None) == (str(label["date"]) if label["date"] else None),
            "period": period == ((want["start"], want["end"]) if want else None),
            "kind": doc.kind == label["kind"],
            "issuer": issuer}


def _bound(comparator, value, unit) -> tuple:
    if unit == "percent" and value == 100 and comparator in (">=", "="):
        return "=", 100.0
    return comparator, float(value) if value is not None else None


def target_counts(doc, label: dict, details: bool) -> tuple[int, int, int]:
    """(right, imported with a figure, labelled)."""
    got = [(area, t) for area, t in all_targets(doc) if t.value is not None]
    free = list(got)
    right = 0
    for want in label["targets"]:
        key = _bound(want["comparator"], want["value"], want.get("unit"))
        same_line = [(a, t) for a, t in free if t.loc and t.loc.line == want["line"]
                     and float(t.value) == float(want["value"])]
        if not same_line:
            if details:
                print(f"    missed line {want['line']} {want['area']} {want['comparator']} {want['value']} | {want['text'][:70]}")
            continue
        area, target = next(((a, t) for a, t in same_line if _bound(t.comparator, t.value, t.unit) == key), same_line[0])
        free.remove((area, target))
        ok = _bound(target.comparator, target.value, target.unit) == key and area == want["area"]
        right += ok
        if details and not ok:
            print(f"    wrong line {want['line']}: {area} {target.comparator} {target.value} ≠ "
                  f"{want['area']} {want['comparator']} {want['value']}")
    if details:
        for area, t in free:
            print(f"    extra line {t.loc.line if t.loc else '?'} {area} {t.comparator} {t.value} {t.unit} | {t.text[:70]}")
    return right, len(got), len(label["targets"])


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f} % ({n}/{d})" if d else f"— ({n}/{d})"


def main() -> int:
    details = "--details" in sys.argv
    source = corpus_dir()
    if not source.is_dir():
        print(f"no corpus at {source} (set CASCADE_CORPUS_DIR)", file=sys.stderr)
        return 2
    ws = load_workspace()
    rows, total = [], Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for label_path in sorted(LABELS.glob("*.yaml")):
            label = yaml.safe_load(label_path.read_text(encoding="utf-8"))
            path = Path(tmp) / f"{label_path.stem}.txt"
            path.write_text(body(source / label["file"]), encoding="utf-8")
            if details:
                print(label_path.stem)
            imported, found = read(path, ws)
            doc = imported.document
            head = header_right(doc, label, issuer_right(found, label["issuer"], ws.hierarchy))
            right, got, expected = target_counts(doc, label, details)
            if details:
                for f in FIELDS:
                    if not head[f]:
                        print(f"    {f}: {getattr(doc, f, None) if f != 'issuer' else found} ≠ {label[f]}")
            wrong = " ".join(f for f in FIELDS if not head[f])
            rows.append([label_path.stem[:28], f"{sum(head[f] for f in FIELDS[:4])}/4", found or "—", wrong,
                         pct(right, got), pct(right, expected), "no" if doc.complete is False else "yes?",
                         len(imported.unclassified)])
            total.update(files=1, header=sum(head[f] for f in FIELDS[:4]), issuer=int(head["issuer"]), right=right,
                         got=got, expected=expected, cut=int(doc.complete is False),
                         **{f"wrong {f}": int(not head[f]) for f in FIELDS})
    print(tabulate(rows, headers=["document", "header", "issuer found", "wrong", "target precision", "target recall",
                                  "complete", "unread"], tablefmt="simple"))
    t = total
    print()
    print(f"Header fields right (number, date, period, kind): {pct(t['header'], 4 * t['files'])}; "
          "wrong by field: " + ", ".join(f"{f} {t['wrong ' + f]}" for f in FIELDS[:4]))
    print(f"Issuer right (the labelled unit; none where the text cannot tell): {pct(t['issuer'], t['files'])}")
    print(f"Header fields right, the issuer included: {pct(t['header'] + t['issuer'], 5 * t['files'])}")
    print(f"Targets: precision {pct(t['right'], t['got'])}, recall {pct(t['right'], t['expected'])}")
    print(f"Excerpts known to be incomplete: {pct(t['cut'], t['files'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
