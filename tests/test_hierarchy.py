"""The dated Lai Châu hierarchy: the tree at two dates, name matching, group phrases."""

import datetime as dt
import unicodedata

import pytest

from cascade.hierarchy import as_date, name_key
from cascade.load import load_hierarchy, load_rules
from cascade.workspace import example_workspace
from test_cli import communes_ended_in_2025

D2024 = dt.date(2024, 3, 15)
D2026 = dt.date(2026, 6, 11)


@pytest.fixture(scope="module")
def lai_chau():
    return load_hierarchy(example_workspace(), load_rules())


def kinds(h, tree, kind):
    """The units of a kind in Lai Châu (the tree holds the whole country)."""
    return sorted(u for u in tree if h.units[u].kind == kind and "lai-chau" in h.lineage(u))


def test_2024_tree_has_districts_and_old_departments_but_no_new_communes(lai_chau):
    tree = lai_chau.tree(D2024)
    assert len(kinds(lai_chau, tree, "district")) == 8
    assert len(kinds(lai_chau, tree, "commune")) == len(communes_ended_in_2025())
    assert not any(lai_chau.units[c].valid_from for c in kinds(lai_chau, tree, "commune"))
    assert {"so-tai-nguyen-moi-truong", "so-thong-tin-truyen-thong", "so-ngoai-vu"} <= set(tree)
    assert "so-nong-nghiep-moi-truong" not in tree
    assert list(tree.predecessors("huyen-phong-tho")) == ["lai-chau"]


def test_2026_tree_is_two_tier_with_38_communes_and_their_offices(lai_chau):
    tree = lai_chau.tree(D2026)
    communes = kinds(lai_chau, tree, "commune")
    assert len(communes) == 38
    assert sum(lai_chau.units[c].name.startswith("UBND phường") for c in communes) == 2
    assert kinds(lai_chau, tree, "district") == []
    assert "so-tai-nguyen-moi-truong" not in tree and "so-nong-nghiep-moi-truong" in tree
    assert lai_chau.children("xa-mu-ca", D2026) == [
        "xa-mu-ca-kinh-te", "xa-mu-ca-trung-tam-phvhcc", "xa-mu-ca-van-hoa-xa-hoi", "xa-mu-ca-van-phong"]
    assert lai_chau.ancestors("xa-mu-ca-van-hoa-xa-hoi") == ["xa-mu-ca", "lai-chau", "chinh-phu"]


def test_the_day_of_the_reform_switches_trees(lai_chau):
    assert "huyen-muong-te" in lai_chau.tree(dt.date(2025, 6, 30))
    assert "huyen-muong-te" not in lai_chau.tree(dt.date(2025, 7, 1))
    assert "xa-mu-ca" in lai_chau.tree(dt.date(2025, 7, 1))


@pytest.mark.parametrize("written, expected", [
    ("UBND xã Mù Cả", ["xa-mu-ca"]),
    ("ubnd   XÃ mù cả", ["xa-mu-ca"]),                    # case and spacing
    ("UBND xã Mu\u0300 Ca\u0309", ["xa-mu-ca"]),          # decomposed Unicode (NFD)
    ("Ủy ban nhân dân xã Mù Cả", ["xa-mu-ca"]),           # alias
    ("UBND xã Mù Cỏ", []),                               # a different name is not matched
])
def test_unit_names_match_regardless_of_case_spacing_and_unicode_form(lai_chau, written, expected):
    assert lai_chau.find(written, D2026) == expected


def test_same_office_name_resolves_to_the_issuers_own_office(lai_chau):
    assert lai_chau.find("Phòng Văn hóa - Xã hội", D2026, near="xa-mu-ca") == ["xa-mu-ca-van-hoa-xa-hoi"]
    assert lai_chau.find("Trung tâm Phục vụ hành chính công", D2026, near="van-phong-ubnd-tinh") == [
        "vp-ubnd-trung-tam-phvhcc"]


def test_departments_group_at_two_dates(lai_chau):
    before = lai_chau.resolve("các sở, ban, ngành tỉnh", "lai-chau", D2024)
    after = lai_chau.resolve("Các sở, ban, ngành tỉnh", "lai-chau", D2026)
    assert "so-tai-nguyen-moi-truong" in before and "so-tai-nguyen-moi-truong" not in after
    assert "so-dan-toc-ton-giao" in after and "so-dan-toc-ton-giao" not in before
    assert len(after) == 15  # 12 mandatory sở + Dân tộc và Tôn giáo + Ngoại vụ + Ban QL Khu kinh tế


def test_communes_and_districts_groups(lai_chau):
    assert len(lai_chau.resolve("UBND các xã, phường", "lai-chau", D2026)) == 38
    assert len(lai_chau.resolve("UBND các xã, phường", "lai-chau", D2024)) == len(communes_ended_in_2025())
    assert len(lai_chau.resolve("UBND các huyện, thành phố", "lai-chau", D2024)) == 8
    assert lai_chau.resolve("UBND các huyện, thành phố", "lai-chau", D2026) == []


def test_office_groups_are_relative_to_the_issuer(lai_chau):
    assert lai_chau.resolve("các phòng, ban, trung tâm", "van-phong-ubnd-tinh", D2026) == [
        "vp-ubnd-hanh-chinh-quan-tri", "vp-ubnd-kiem-soat-tthc", "vp-ubnd-tin-hoc-cong-bao",
        "vp-ubnd-trung-tam-phvhcc"]
    assert lai_chau.resolve("Các cơ quan, đơn vị thuộc UBND xã", "xa-mu-ca", D2026) == [
        "xa-mu-ca-kinh-te", "xa-mu-ca-trung-tam-phvhcc", "xa-mu-ca-van-hoa-xa-hoi", "xa-mu-ca-van-phong"]


def test_level_group_from_a_national_document(lai_chau):
    assert len(lai_chau.resolve("cấp xã", "chinh-phu", D2026)) == 3321  # the whole country
    assert len(lai_chau.resolve("cấp tỉnh", "chinh-phu", D2026)) == 34
    assert lai_chau.reaches("cấp xã", "chinh-phu", "xa-mu-ca", D2026)


@pytest.mark.parametrize("partial, first, last", [
    ("2025-12", dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
    ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2026-06-15", dt.date(2026, 6, 15), dt.date(2026, 6, 15)),
])
def test_partial_dates(partial, first, last):
    assert (as_date(partial), as_date(partial, end=True)) == (first, last)


def test_name_key_ignores_edge_punctuation():
    assert name_key(" Sở Nội vụ; ") == name_key("sở nội vụ")


# Every old/new tone-placement pair: oa, oe, uy with each of the five tones, in each case.
TONES = {"huyền": "\u0300", "sắc": "\u0301", "hỏi": "\u0309", "ngã": "\u0303", "nặng": "\u0323"}
SYLLABLES = [("h", "oa"), ("x", "oa"), ("", "oa"), ("kh", "oe"), ("l", "oe"), ("th", "uy"), ("t", "uy")]


def _placements():
    for onset, (first, second) in SYLLABLES:
        for mark in TONES.values():
            old = unicodedata.normalize("NFC", onset + first + mark + second)  # hòa, khỏe, thủy
            new = unicodedata.normalize("NFC", onset + first + second + mark)  # hoà, khoẻ, thuỷ
            for case in (str.lower, str.upper, str.title):
                yield case(old), case(new)


PLACEMENTS = list(_placements())


def test_the_placement_pairs_are_the_ones_people_write():
    assert len(PLACEMENTS) == 7 * 5 * 3
    assert {("hòa", "hoà"), ("khỏe", "khoẻ"), ("lòe", "loè"), ("hóa", "hoá"), ("thủy", "thuỷ"), ("THỤY", "THUỴ"),
            ("Xõa", "Xoã")} <= set(PLACEMENTS)


@pytest.mark.parametrize("old, new", PLACEMENTS)
def test_every_tone_placement_pair_compares_equal(old, new):
    assert name_key(old) == name_key(new) == name_key(unicodedata.normalize("NFD", old))
    assert name_key(f"Phường {old} {new}") == name_key(f"phường {new} {old}")


@pytest.mark.parametrize("onset, vowels", SYLLABLES)
def test_other_tones_and_no_tone_stay_apart(onset, vowels):
    keys = {name_key(unicodedata.normalize("NFC", onset + vowels + mark)) for mark in ["", *TONES.values()]}
    assert len(keys) == 6


@pytest.mark.parametrize("old, new", [("Uỷ ban nhân dân", "UBND"), ("Ủy ban nhân dân tỉnh", "UBND tỉnh")])
def test_ways_of_writing_the_same_body(old, new):
    assert name_key(old) == name_key(new)
