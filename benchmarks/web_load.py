"""A bounded load test of `cascade serve` on loopback (a benchmark, not a timed test).

Starts the server on the Lai Châu example in a subprocess on a free port, then sends N
uploads of the five seed plans (.txt, and .docx through the tests' restyle helpers) with C at
once, each with the page's CSRF token and cookie; checks that every answer is a 200 page with
the same number of findings `cascade check` gives for that seed; prints throughput and the
p50/p95/max latency. Exit 1 if any answer is wrong.

    python benchmarks/web_load.py                 # 20 uploads, 20 at once
    python benchmarks/web_load.py -n 60 -c 10
"""

from __future__ import annotations

import argparse
import http.cookiejar
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from cascade import load, pipeline  # noqa: E402
from cascade.paths import example_workspace  # noqa: E402
import restyle  # noqa: E402

SEEDS = sorted((ROOT / "fixtures" / "lai-chau" / "seeds").glob("*.txt"))


def expected_counts() -> dict[str, int]:
    """What `cascade check SEED.txt` finds in each seed (standing findings)."""
    counts = {}
    for seed in SEEDS:
        ws = load.load_workspace(example_workspace())
        doc_id, _ = load.document_arg(ws, str(seed))
        counts[seed.name] = sum(f.waived is None for f in pipeline.check(ws, [doc_id]))
    return counts


def uploads(folder: Path) -> list[tuple[str, str, bytes]]:
    """(seed name, file name, content): each seed as .txt and as .docx."""
    out = []
    for seed in SEEDS:
        out.append((seed.name, seed.name, seed.read_bytes()))
        blocks = restyle.restyle(seed.read_text(encoding="utf-8"), "as-seed", restyle.facts_of(seed))
        out.append((seed.name, seed.stem + ".docx", restyle.write(blocks, folder / (seed.stem + ".docx")).read_bytes()))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one(base: str, name: str, content: bytes) -> tuple[float, int, str]:
    """One planner: open the page, then upload; (seconds, status, the findings line)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    start = time.perf_counter()
    page = opener.open(base + "/").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    boundary = uuid.uuid4().hex
    body = b"".join([
        f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{token}\r\n'.encode(),
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n".encode(), content, f"\r\n--{boundary}--\r\n".encode()])
    request = urllib.request.Request(base + "/check", data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        response = opener.open(request, timeout=300)
        status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        status, text = exc.code, exc.read().decode()
    found = re.search(r'id="counts">\s*(\d+) ', text)
    return time.perf_counter() - start, status, found.group(1) if found else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=20, help="uploads in all (20)")
    parser.add_argument("-c", type=int, default=20, help="uploads at once (20)")
    args = parser.parse_args()
    expected = expected_counts()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "cascade", "serve", "--example", "--port", str(port)],
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as folder:
            files = uploads(Path(folder))
            jobs = [files[i % len(files)] for i in range(args.n)]
            start = time.perf_counter()
            with ThreadPoolExecutor(args.c) as pool:
                results = list(pool.map(lambda job: one(base, job[1], job[2]), jobs))
            wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(10)
    wrong = [(job[1], status, got, expected[job[0]]) for job, (_, status, got) in zip(jobs, results)
             if status != 200 or got != str(expected[job[0]])]
    latencies = sorted(r[0] for r in results)
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    print(f"{args.n} uploads, {args.c} at once: {len(results) - len(wrong)} answered correctly, {len(wrong)} wrong")
    print(f"throughput {args.n / wall:.2f} uploads/s; latency p50 {statistics.median(latencies):.2f} s, "
          f"p95 {p95:.2f} s, max {latencies[-1]:.2f} s")
    for name, status, got, want in wrong:
        print(f"  wrong: {name}: HTTP {status}, {got} findings (expected {want})")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
