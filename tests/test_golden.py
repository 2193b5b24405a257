"""`cascade check` on each seed fixture against its reviewed golden JSON (tests/golden/).

Each golden file was read finding by finding against the seed text (tests/golden/REVIEW.md).
Regenerate only on purpose, then review the diff:  CASCADE_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
SEEDS = ["kh-ttr-2026", "kh-vpubnd-2026-2030", "kh-kiem-tra-2024", "kh-xa-mu-ca-2026", "kh-4745-2026"]
EXIT = {"kh-ttr-2026": 1, "kh-vpubnd-2026-2030": 1, "kh-kiem-tra-2024": 0, "kh-xa-mu-ca-2026": 1, "kh-4745-2026": 0}


@pytest.mark.parametrize("doc_id", SEEDS)
def test_findings_match_the_reviewed_golden_file(doc_id, run, monkeypatch):
    from cascade.workspace import example_workspace

    monkeypatch.chdir(example_workspace().parent.parent)  # paths in the output: fixtures/lai-chau/…
    code, out, err = run("check", doc_id, "--format", "json")
    assert (code, err) == (EXIT[doc_id], "")
    golden = GOLDEN / f"{doc_id}.json"
    if os.environ.get("CASCADE_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_id", SEEDS)
def test_checking_one_document_reads_only_what_reaches_it_and_finds_the_same(doc_id):
    from cascade import pipeline
    from cascade.load import load_workspace
    from cascade.paths import example_workspace

    full, focused = load_workspace(example_workspace()), load_workspace(example_workspace(), [doc_id])
    assert len(focused.documents) < len(full.documents)
    assert pipeline.check(focused, [doc_id]) == pipeline.check(full, [doc_id])
    cited = {c.document for c in full.documents[doc_id].cites} & set(full.documents)
    assert cited <= set(focused.documents)  # what it cites is read too, from any issuer (citation-mismatch)


@pytest.fixture(scope="module")
def whole_example():
    from cascade.load import load_workspace
    from cascade.paths import example_workspace

    return load_workspace(example_workspace())


# Issuers of the example's documents, units that issue none (a department, a commune, an office, a
# district that ended), and a unit given by its name.
EXPLAINED = ["xa-mu-ca", "lai-chau", "so-noi-vu", "van-phong-ubnd-tinh", "thanh-tra-tinh", "so-cong-thuong",
             "phuong-doan-ket", "phuong-doan-ket-van-phong", "UBND xã Mù Cả"]


@pytest.mark.parametrize("unit", EXPLAINED)
def test_explaining_a_unit_reads_only_what_reaches_it_and_says_the_same(unit, whole_example):
    from cascade.explain import explain
    from cascade.load import load_workspace
    from cascade.paths import example_workspace

    focused = load_workspace(example_workspace(), units=[unit])
    assert len(focused.documents) < len(whole_example.documents)
    uid = unit if unit in whole_example.hierarchy.units else whole_example.hierarchy.find(unit)[0]
    for year in (2024, 2025, 2026):
        assert explain(focused, uid, year) == explain(whole_example, uid, year), year


def test_a_documents_id_and_issuer_are_sniffed_from_whole_lines_wherever_they_are(tmp_path):
    """Checking one document reads only the files whose issuer can reach it, found by sniffing
    `id:` and `issuer:`: a key past the first few KB, or on a line the read splits, is found whole."""
    from cascade.load import _sniff

    path = tmp_path / "plan.yaml"
    for head in ("", "# " + "x" * 4090 + "\n", "#" * 4093 + "\n"):  # the keys at the start, past 4 KB, split at 4 KB
        path.write_bytes(f"{head}id: kh-xa-a-2026\nareas: {{}}\nissuer: lai-chau.xa-a".encode())  # no end of line
        assert _sniff(path) == {"id": "kh-xa-a-2026", "issuer": "lai-chau.xa-a"}, len(head)


def test_an_id_no_file_has_reads_no_plan_unless_some_file_id_could_not_be_sniffed(tmp_path):
    """A mistyped id is answered at once, not after reading a whole (national) workspace; but a
    file whose id sniffing cannot see (JSON, a flow mapping) might hold it: then all is read."""
    import shutil

    from cascade.load import load_workspace
    from cascade.paths import example_workspace

    shutil.copytree(example_workspace(), tmp_path / "ws")
    focused = load_workspace(tmp_path / "ws", ["kh-xa-mu-ca-2062"])
    assert not [d for d in focused.documents.values() if not d.reference]
    assert "kh-xa-mu-ca-2026" in focused.elsewhere
    plan = tmp_path / "ws" / "documents" / "003-xa-mu-ca-2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("\nid: ", "\n'id': ", 1), encoding="utf-8")
    read_all = load_workspace(tmp_path / "ws", ["kh-xa-mu-ca-2062"])
    assert "kh-xa-mu-ca-2026" in read_all.documents


def test_a_mistyped_id_is_offered_the_closest_ones(run):
    code, _, err = run("check", "--example", "kh-xa-mu-ca-2062", "--lang", "en")
    assert code == 2
    assert err.startswith("cascade: no document 'kh-xa-mu-ca-2062' — expected a document id (kh-xa-mu-ca-2026, ")
