"""A plan from anywhere in the country, with no setup: the national layer under every check,
issuers recognised at the document's date, same-named units never confused silently."""

from __future__ import annotations

import json

import pytest
import yaml

from cascade.national import load_units

BODY = """\
KẾ HOẠCH
Cải cách hành chính năm {year}

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;

I. MỤC TIÊU

1. Cải cách thủ tục hành chính: Chỉ số SIPAS của xã đạt trên 80%.

II. TỔ CHỨC THỰC HIỆN

Trên đây là Kế hoạch cải cách hành chính năm {year}.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
"""


def plan(letterhead: list[str], place: str, date: str, year: int) -> str:
    """A small plan as offices write it: letterhead and motto side by side, then the body."""
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    rows = [f"{left}\t{right}" for left, right in zip(letterhead + [""] * 2, motto + [""] * 2) if left or right]
    day, month = date.split("/")
    rows.append(f"Số: 05/KH-UBND\t{place}, ngày {day} tháng {month} năm {year}")
    return "\n".join(rows) + "\n\n" + BODY.format(year=year)


@pytest.fixture
def nowhere(tmp_path, monkeypatch, run):
    """An empty folder and no workspace anywhere: the national layer alone."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CASCADE_WORKSPACE")
    return tmp_path


def issuer_of(run, path, *args) -> tuple[int, str | None, str]:
    code, out, err = run("import", path, *args)
    return code, (yaml.safe_load(out)["issuer"] if code == 0 else None), err


DONG_NAI = ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "ỦY BAN NHÂN DÂN XÃ PHÚ LÂM"]


def test_a_dong_nai_commune_plan_is_checked_against_the_national_targets(nowhere, run):
    (nowhere / "ke-hoach.txt").write_text(plan(DONG_NAI, "Phú Lâm", "10/01", 2026), encoding="utf-8")
    code, out, err = run("check", "ke-hoach.txt", "--format", "json", "--lang", "en")
    assert "using the national layer alone" in err
    data = json.loads(out)
    assert {f["unit"] for f in data["findings"]} == {"dong-nai.xa-phu-lam"}
    weaker = [f for f in data["findings"] if f["rule"] == "TGT-001"]
    assert [(f["actual"], f["expected"], f["source"].split(",")[0]) for f in weaker] == [("> 80 %", "≥ 90 %", "nq-76-2021")]
    assert {"document": "ke-hoach", "reason": "no-provincial-plan", "detail": "UBND tỉnh Đồng Nai"} in data["summary"]["not_checked"]
    assert code == 1


def test_without_its_province_line_the_same_name_is_ambiguous(nowhere, run):
    (nowhere / "ke-hoach.txt").write_text(plan(DONG_NAI[1:], "Phú Lâm", "10/01", 2026), encoding="utf-8")
    code, _, err = issuer_of(run, "ke-hoach.txt", "--lang", "en")
    assert code == 2 and "is the name of several units" in err
    assert "dong-nai.xa-phu-lam  UBND xã Phú Lâm (UBND tỉnh Đồng Nai)" in err
    assert "an-giang.xa-phu-lam  UBND xã Phú Lâm (UBND tỉnh An Giang)" in err
    assert issuer_of(run, "ke-hoach.txt", "--issuer", "an-giang.xa-phu-lam")[:2] == (0, "an-giang.xa-phu-lam")


@pytest.mark.parametrize("letterhead, place, date, year, expected", [
    (["UBND THỊ XÃ NGHI SƠN", "UBND XÃ PHÚ LÂM"], "Phú Lâm", "05/01", 2024, "thanh-hoa.thi-xa-nghi-son.xa-phu-lam"),
    (["UBND THÀNH PHỐ HÀ NỘI", "UBND PHƯỜNG BA ĐÌNH"], "Hà Nội", "06/01", 2026, "ha-noi.phuong-ba-dinh"),
    (["BỘ TÀI CHÍNH"], "Hà Nội", "19/01", 2026, "bo-tai-chinh"),
    (["UBND TỈNH THANH HÓA", "SỞ TƯ PHÁP"], "Thanh Hóa", "08/01", 2026, "thanh-hoa.so-tu-phap"),
    (["UBND THÀNH PHỐ HÀ NỘI", "UBND HUYỆN THƯỜNG TÍN"], "Thường Tín", "03/02", 2020, "ha-noi.huyen-thuong-tin"),
], ids=["thanh-hoa-commune-2024", "ha-noi-ward", "ministry", "thanh-hoa-department", "district-2020"])
def test_issuers_across_the_country_at_the_documents_date(nowhere, run, letterhead, place, date, year, expected):
    (nowhere / "ke-hoach.txt").write_text(plan(letterhead, place, date, year), encoding="utf-8")
    assert issuer_of(run, "ke-hoach.txt")[:2] == (0, expected)


def truc_lam(tmp_path):
    """A workspace with no nation of its own, standing on the national layer: one 2026 plan of
    a Thanh Hóa ward that names a commune merged in 2025."""
    ws = tmp_path / "ws"
    (ws / "documents").mkdir(parents=True)
    (ws / "documents" / "kh.yaml").write_text("""\
id: kh-truc-lam-2026
kind: plan
issuer: thanh-hoa.phuong-truc-lam
issuer_as_written: UBND phường Trúc Lâm
title: Kế hoạch cải cách hành chính năm 2026
date: 2026-01-08
period: {start: 2026, end: 2026}
areas:
  the-che:
    tasks:
      - clause: II.1
        text: Rà soát văn bản quy phạm pháp luật.
        lead: [UBND xã Phú Lâm]
""", encoding="utf-8")
    return ws


def test_a_2026_plan_naming_a_merged_commune_gets_its_successor(tmp_path, monkeypatch, run):
    ws = truc_lam(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "--workspace", ws, "--format", "json", "--lang", "en")
    defunct = [f for f in json.loads(out)["findings"] if f["rule"] == "UNT-001"]
    assert [(f["actual"], f["expected"]) for f in defunct] == [("UBND xã Phú Lâm", "2026-01-08")]
    assert "successor: UBND phường Trúc Lâm" in defunct[0]["message"]


def count(run, *args) -> dict:
    code, out, _ = run("tree", "--format", "json", *args)
    found: dict[str, int] = {}

    def walk(node):
        found[node["kind"]] = found.get(node["kind"], 0) + 1
        for child in node["children"]:
            walk(child)

    for root in json.loads(out)["units"]:
        walk(root)
    return found


def test_the_tree_of_the_country_at_two_dates(nowhere, run):
    after, before = count(run, "--date", "2026-06-01"), count(run, "--date", "2024-06-01")
    assert (after["province"], after["commune"], after.get("district", 0)) == (34, 3321, 0)
    districts = sum(u.kind == "district" for u in load_units())
    communes = sum(u.kind == "commune" and u.valid_from is None for u in load_units())
    assert (before["province"], before["district"], before["commune"]) == (63, districts, communes)


def test_tree_of_one_province_and_units_by_name(nowhere, run):
    assert count(run, "--date", "2026-06-01", "--province", "Lai Châu")["commune"] == 38
    code, out, _ = run("tree", "--find", "UBND xã Phú Lâm", "--date", "2026-06-01", "--lang", "en")
    assert code == 0 and out.splitlines()[0] == "2 units named 'UBND xã Phú Lâm' on 2026-06-01"


def test_init_starts_a_workspace_that_is_found_from_a_subfolder(nowhere, run, monkeypatch):
    code, out, _ = run("init", "Đồng Nai", "dn", "--lang", "en")
    assert code == 0 and out.startswith("Created a workspace for UBND tỉnh Đồng Nai in dn")
    assert "province: dong-nai" in (nowhere / "dn" / "workspace.yaml").read_text(encoding="utf-8")
    assert run("init", "dong-nai", "dn")[0] == 2  # never over existing files without --force
    (nowhere / "dn" / "documents" / "sub").mkdir()
    monkeypatch.chdir(nowhere / "dn" / "documents" / "sub")
    code, out, err = run("validate", "--lang", "en")
    assert code == 0 and err == "" and "dn" in out


def test_the_audit_says_what_it_could_not_check_in_every_format(tmp_path, monkeypatch, run):
    ws = truc_lam(tmp_path)
    monkeypatch.chdir(tmp_path)
    base = ("audit", "--workspace", ws, "--period", "2026", "--as-of", "2026-06-30", "--lang", "en")
    note = {"document": "kh-truc-lam-2026", "reason": "no-provincial-plan", "detail": "UBND tỉnh Thanh Hóa"}
    assert note in json.loads(run(*base, "--format", "json")[1])["not_checked"]
    sarif = json.loads(run(*base, "--format", "sarif")[1])
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["no-provincial-plan"]
    for fmt in ("text", "markdown", "html"):
        assert "no plan of UBND tỉnh Thanh Hóa for the year" in " ".join(run(*base, "--format", fmt)[1].split())


def test_a_department_no_list_assumes_is_recognised_when_its_letterhead_names_it(nowhere, run):
    """Sở Dân tộc và Tôn giáo exists only where its criteria are met (NĐ 150/2025): it is not
    assumed in any province, but a plan that names it under its province is its own."""
    (nowhere / "ke-hoach.txt").write_text(plan(["UBND TỈNH THANH HÓA", "SỞ DÂN TỘC VÀ TÔN GIÁO"], "Thanh Hóa", "08/01", 2026),
                                          encoding="utf-8")
    assert issuer_of(run, "ke-hoach.txt")[:2] == (0, "thanh-hoa.so-dan-toc-va-ton-giao")
