"""Time and peak memory of cascade on the largest inputs its limits accept (issue 13).

    python scripts/limits.py [SCALE]     # SCALE 1.0 (default): right under each limit

Each input is made in a temporary folder and run in a fresh process (`python -m cascade …`);
the figures are that process's wall time and peak resident memory.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from cascade.limits import MAX_DOCX_BYTES, MAX_DOCX_XML, MAX_PARAGRAPH_CHARS, MAX_TEXT_BYTES, MAX_YAML_BYTES

WORDS = ("cải cách hành chính thủ tục văn bản rà soát đơn vị cơ quan hồ sơ trực tuyến dịch vụ công "
         "người dân doanh nghiệp hài lòng chỉ số chuyển đổi số tỉnh xã phường năm kế hoạch").split()
HEADER = "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n"


def sentence(rng: random.Random, n: int = 18) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def yaml_document(size: int) -> str:
    head = ("id: kh-lon\nkind: plan\nissuer: xa-mu-ca\nissuer_as_written: UBND xã Mù Cả\n"
            "title: Kế hoạch cải cách hành chính năm 2026\ndate: 2026-01-10\nperiod: {start: 2026, end: 2026}\n"
            "areas:\n  the-che:\n    targets:\n")
    rng, parts, total = random.Random(1), [head], len(head)
    i = 0
    while total < size:
        item = (f"      - clause: I.{i}\n        text: Đạt 100% {sentence(rng)}.\n        indicator: legal-docs-reviewed\n"
                f"        comparator: '>='\n        value: 100\n        unit: percent\n")
        parts.append(item)
        total += len(item.encode())
        i += 1
    return "".join(parts[:-1])


def text_plan(size: int) -> str:
    rng, lines, total = random.Random(2), [HEADER], len(HEADER.encode())
    while total < size:
        line = f"- Đạt 100% {sentence(rng)}.\n" if rng.random() < 0.5 else f"- {sentence(rng, 30)}.\n"
        lines.append(line)
        total += len(line.encode())
    return "".join(lines[:-1])


def docx_plan(unpacked: int) -> bytes:
    rng = random.Random(3)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paras, total = [], 0
    for line in HEADER.splitlines():
        paras.append(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>")
    while total < unpacked:
        p = f"<w:p><w:r><w:t>- Đạt 100% {sentence(rng, 40)}.</w:t></w:r></w:p>"
        paras.append(p)
        total += len(p.encode())
    body = f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{"".join(paras)}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", body)
    return buf.getvalue()


def measure(argv: list[str], cwd: Path) -> tuple[int, float, float]:
    """(exit code, seconds, peak MB) of one cascade run in its own process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "cascade", *argv], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> int:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "big.yaml").write_text(yaml_document(int(MAX_YAML_BYTES * 0.98 * scale)), encoding="utf-8")
        (root / "plan.txt").write_text(text_plan(int(MAX_TEXT_BYTES * 0.98 * scale)), encoding="utf-8")
        (root / "paragraph.txt").write_text(HEADER + "- " + ("Đạt 100% văn bản được rà soát, " * 2000)[:int(MAX_PARAGRAPH_CHARS * 0.98)] + "\n",
                                            encoding="utf-8")
        docx = docx_plan(int(MAX_DOCX_XML * 0.95 * scale))
        (root / "plan.docx").write_bytes(docx)
        cases = [
            (f"YAML document, {(root / 'big.yaml').stat().st_size / 2**20:.1f} MB (limit {MAX_YAML_BYTES // 2**20} MB)",
             ["check", "big.yaml", "--example", "--fail-on", "never", "--format", "json"]),
            (f"text plan, {(root / 'plan.txt').stat().st_size / 2**20:.1f} MB (limit {MAX_TEXT_BYTES // 2**20} MB)",
             ["import", "plan.txt", "--issuer", "xa-mu-ca", "--example", "-o", "plan.yaml", "--force"]),
            (f"one paragraph of {MAX_PARAGRAPH_CHARS * 98 // 100} characters (limit {MAX_PARAGRAPH_CHARS})",
             ["import", "paragraph.txt", "--issuer", "xa-mu-ca", "--example", "-o", "paragraph.yaml", "--force"]),
            (f".docx, {len(docx) / 2**20:.1f} MB stored, {MAX_DOCX_XML * 0.95 * scale / 2**20:.1f} MB of XML "
             f"(limits {MAX_DOCX_BYTES // 2**20} MB, {MAX_DOCX_XML // 2**20} MB)",
             ["import", "plan.docx", "--issuer", "xa-mu-ca", "--example", "-o", "docx.yaml", "--force"]),
        ]
        for what, argv in cases:
            code, seconds, peak = measure(argv, root)
            rows.append((what, code, seconds, peak))
            print(f"{what}: exit {code}, {seconds:.1f} s, peak {peak:.0f} MB", flush=True)
    return 0 if all(code in (0, 1) for _, code, _, _ in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
