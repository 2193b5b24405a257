"""End-to-end: the CLI on the shipped Lai Châu example."""

import json
import re

import pytest


def test_validate_the_example(run):
    code, out, err = run("validate", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("Valid: ")


def test_tree_json_at_two_dates(run):
    def kinds(day):
        code, out, _ = run("tree", "--date", day, "--format", "json")
        assert code == 0
        found = []

        def walk(node):
            found.append(node["kind"])
            for child in node["children"]:
                walk(child)

        for root in json.loads(out)["units"]:
            walk(root)
        return found

    in_2024, in_2026 = kinds("2024-03-15"), kinds("2026-06-11")
    assert (in_2024.count("district"), in_2024.count("commune")) == (8, 0)
    assert (in_2026.count("district"), in_2026.count("commune")) == (0, 38)


def test_tree_text_indents_children(run):
    code, out, _ = run("tree", "--date", "2026-06-11", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0].startswith("Hierarchy on 2026-06-11: ")
    assert "    UBND xã Mù Cả [xa-mu-ca, commune]" in out.splitlines()
    assert "      Phòng Văn hóa - Xã hội [xa-mu-ca-van-hoa-xa-hoi, office]" in out.splitlines()


def test_show_counts_per_area_with_headings_as_written(run):
    code, out, _ = run("show", "kh-xa-mu-ca-2026", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("kh-xa-mu-ca-2026: Cải cách hành chính xã Mù CẢ năm 2026 — UBND xã Mù CẢ")
    row = next(line for line in lines if line.startswith("E-government"))
    assert re.match(r"E-government and digital government\s+3\s+1\s", row)
    assert "II.7: Xây dựng và phát triển Chính phủ điện tử, Chính quyền số" in row


def test_show_unknown_document(run):
    code, _, err = run("show", "kh-khong-co", "--lang", "en")
    assert code == 2
    assert err.startswith("cascade: no document 'kh-khong-co' — expected a document id (kh-4745-2026, ")


@pytest.mark.parametrize("argv", [["frobnicate"], ["tree", "--date", "15/03/2024"], []])
def test_usage_errors_exit_2(run, argv):
    code, _, err = run(*argv)
    assert code == 2
    assert "usage:" in err


@pytest.mark.parametrize("command", ["validate", "tree", "show"])
def test_help_has_an_example(run, command):
    code, out, _ = run(command, "--help")
    assert code == 0
    assert f"cascade {command}" in out.split("example:")[1]
