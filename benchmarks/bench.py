"""National-scale benchmark: workspaces of several sizes, each stage timed, against the floor.

    python benchmarks/bench.py [--sizes 1,4,16,34] [--dir /tmp/cascade-bench] [--repeat 3] [--before OLD/src]

For each size (number of provinces) it generates the synthetic workspace once (generate.py)
and runs the measurement in a fresh process, printing: units, documents, targets, bytes of
YAML; the floors (reading and parsing every file into Python values and nothing else, on one
core: with yaml-rs, the fastest parser measured, and with PyYAML's C loader, for continuity);
load+validate, hierarchy, propagation, checks and report (the audit's JSON); total; peak
memory; total / the fastest floor; the audit's CPU seconds and their ratio to the fastest
floor's (steadier than wall time on a shared machine); and whether every injected defect was
found. With --before OLD/src, an older cascade is measured too, its runs alternating with these.
Then the lower bounds this stack sets (Python, pydantic models): starting and importing cascade
plus building the widest workspace's hierarchy, before `cascade check` reads one plan; reading
and validating every document into its model, before the audit's first check.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

HERE = Path(__file__).resolve().parent
YEAR = 2026


def measure(root: Path) -> dict:
    """One workspace, in this process (run in a fresh one per size for a clean peak memory),
    with the garbage collector paused as the command line pauses it."""
    from cascade.gcpause import collector_paused

    with collector_paused():
        return _measure(root)


def floors(files: list[Path]) -> dict[str, float]:
    """Seconds to read and parse every file, one core, nothing else: yaml-rs and PyYAML's C loader."""
    import yaml
    import yaml_rs

    parsers = {"floor": lambda data: yaml_rs.loads(data.decode("utf-8")),
               "pyyaml": lambda data: yaml.load(data, Loader=yaml.CSafeLoader)}
    result = {}
    for name, parse in parsers.items():
        t0, cpu0 = time.perf_counter(), time.process_time()
        for f in files:
            parse(f.read_bytes())
        result[name], result[f"{name}_cpu"] = time.perf_counter() - t0, time.process_time() - cpu0
    return result


@contextlib.contextmanager
def _timed(module, name: str, into: dict, stage: str):
    """Time the calls of module.name made meanwhile, into[stage]: a stage inside another."""
    real = getattr(module, name)

    def timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            into[stage] = into.get(stage, 0.0) + time.perf_counter() - t0

    setattr(module, name, timed)
    try:
        yield
    finally:
        setattr(module, name, real)


def _measure(root: Path) -> dict:
    from cascade import audit, load, pipeline
    from cascade.propagate import Propagation
    from cascade.report.audit import json_report

    files = sorted(root.rglob("*.yaml"))
    size = sum(f.stat().st_size for f in files)
    floor = floors(files)

    stages = {}
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    with _timed(load, "load_hierarchy", stages, "hierarchy"):
        ws = load.load_workspace(root)
    stages["load+validate"] = time.perf_counter() - t0 - stages["hierarchy"]  # rules and documents
    t0 = time.perf_counter()
    prop = Propagation(ws, ws.rules.cascade)
    for unit in audit.planning_units(ws, datetime.date(YEAR, 12, 31)):
        prop.for_unit(unit, range(YEAR, YEAR + 1))
    stages["propagation"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    plans = [d.id for d in ws.documents.values() if not d.reference]
    findings = pipeline.check(ws, plans, "vi", prop)
    stages["checks"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = audit.build(ws, YEAR, None, "vi", propagation=prop, findings=findings)
    json_report.render(report, "vi")
    stages["report"] = time.perf_counter() - t0
    total, cpu = sum(stages.values()), time.process_time() - cpu0
    models = models_bound(load.document_files(root, True))
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    found = {(f.document, f.rule) for f in findings}
    missed = [f"{doc}:{rule}" for doc, rule in manifest.items() if (doc, rule) not in found]
    targets = sum(len(c.targets) for d in ws.documents.values() for c in d.areas.values())
    return {"units": len(ws.hierarchy.units), "documents": len(ws.documents), "targets": targets,
            "bytes": size, **floor, **stages, "total": total,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "ratio": total / floor["floor"], "cpu": cpu, "cpu_ratio": cpu / floor["floor_cpu"], "models": models,
            "defects": len(manifest), "missed": missed}


def models_bound(paths: list[Path]) -> float:
    """Seconds to read every document as cascade reads it (the fast path) and validate it into
    its pydantic model, and nothing else (no place, no cross-check, no interning): what any
    audit that keeps pydantic models pays before its first check."""
    from cascade import source
    from cascade.models import Document

    t0 = time.perf_counter()
    for values in source.values_of(paths):
        Document.model_validate(values)
    return time.perf_counter() - t0


def run(sizes: list[int], directory: Path, repeat: int = 1, trees: tuple = (None,)) -> dict:
    """Each size `repeat` times per source tree (None: the installed cascade; else a src/ folder
    put first on PYTHONPATH), each run in a fresh process, the trees' runs alternating so that a
    busy machine weighs on each alike; per tree and size, the run with the lowest total."""
    results: dict = {tree: [] for tree in trees}
    for n in sizes:
        root = directory / f"p{n}"
        if not (root / "manifest.json").exists():
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(root), "--provinces", str(n)],
                           check=True, capture_output=True)
        runs: dict = {tree: [] for tree in trees}
        for _ in range(repeat):
            for tree in trees:
                # run from the tree's own checkout, so that its rules/ folder is the one found, not ours
                out = subprocess.run([sys.executable, __file__, "--one", str(root)], check=True, capture_output=True,
                                     text=True, env=_env(tree), cwd=tree.parent if tree else HERE.parent)
                runs[tree].append(json.loads(out.stdout))
        for tree in trees:
            results[tree].append({"provinces": n, **min(runs[tree], key=lambda r: r["total"])})
    return results


def _env(tree: Path | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "CASCADE_WORKSPACE"}
    if tree:
        env["PYTHONPATH"] = str(tree)
    return env


def cold_check(runs: int = 5, tree: Path | None = None, national: Path | None = None) -> dict:
    """`cascade check` of one commune plan, each run a new process (min and median s): the real
    Mù Cả seed, as its text, from an empty folder (the national layer alone); and, given the
    generated `national` workspace, one of its commune plans by id, in that workspace."""
    seed = HERE.parent / "fixtures" / "lai-chau" / "seeds" / "003_18adec97334e5832.txt"
    command = [sys.executable, "-m", "cascade", "check"]  # the same in older trees, whose entry point moved
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "ke-hoach-xa-mu-ca-2026.txt"
        plan.write_bytes(seed.read_bytes())
        result = {"alone": _timed_runs([*command, plan.name], tmp, tree, runs),
                  "imports": _timed_runs([sys.executable, "-c", "import cascade.launch"], tmp, tree, runs)}
    if national is not None:
        commune = sorted(national.glob("documents/kh-*-xa-*.yaml"))[0].stem  # generated ids are file names
        result["national"] = _timed_runs([*command, "--workspace", str(national), commune], national, tree, runs)
    return result


def _timed_runs(argv: list[str], cwd, tree: Path | None, runs: int) -> dict:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(argv, cwd=cwd, env=_env(tree), capture_output=True)
        times.append(time.perf_counter() - t0)
        assert done.returncode in (0, 1) and b"Traceback" not in done.stderr, done.stderr  # 1: findings, not a crash
    times.sort()
    return {"min": times[0], "median": times[len(times) // 2]}


def table(results: list[dict]) -> str:
    cols = ["provinces", "units", "documents", "targets", "bytes", "floor", "pyyaml", "load+validate", "hierarchy",
            "propagation", "checks", "report", "total", "peak_mb", "ratio", "cpu", "cpu_ratio"]
    rows = [[r[c] if not isinstance(r[c], float) else f"{r[c]:.2f}" for c in cols] for r in results]
    return tabulate(rows, headers=[c.replace("+", "+\n") for c in cols], tablefmt="simple")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,4,16,34")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/cascade-bench"))
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest is shown (a shared machine is noisy)")
    parser.add_argument("--before", type=Path, help="another cascade's src/ folder, measured in turn with this one")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    trees = (args.before, None) if args.before else (None,)
    results = run([int(x) for x in args.sizes.split(",")], args.dir, args.repeat, trees)
    national = args.dir / f"p{max(int(x) for x in args.sizes.split(','))}"
    for tree in trees:
        cold = cold_check(max(5, args.repeat), tree, national)
        print(f"\n{tree or 'this cascade'}:\ncascade check of one commune plan, cold: the national layer alone "
              f"min {cold['alone']['min']:.2f} s, median {cold['alone']['median']:.2f} s; in the {national.name} "
              f"workspace min {cold['national']['min']:.2f} s, median {cold['national']['median']:.2f} s\n")
        print(table(results[tree]))
        widest = results[tree][-1]
        print(f"lower bounds on this stack: starting and importing cascade {cold['imports']['min']:.2f} s + the "
              f"{national.name} hierarchy {widest['hierarchy']:.2f} s = "
              f"{cold['imports']['min'] + widest['hierarchy']:.2f} s before one plan is read; reading and validating "
              f"{national.name}'s documents into models {widest['models']:.2f} s = "
              f"{widest['models'] / widest['floor']:.1f} × the floor before the first check")
        for r in results[tree]:
            state = "all found" if not r["missed"] else f"MISSED {len(r['missed'])}: {r['missed'][:5]}"
            print(f"{r['provinces']} provinces: {r['defects']} injected defects, {state}")
    return 0 if all(not r["missed"] for rs in results.values() for r in rs) else 1


if __name__ == "__main__":
    sys.exit(main())
