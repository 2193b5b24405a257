"""The shipped national layer: Vietnam's units before and after 1/7/2025, and the departments."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from cascade.national import DATASET, NationalUnit, load_departments, load_units

BEFORE, AFTER = date(2024, 6, 1), date(2026, 6, 1)
REFORM = date(2025, 7, 1)


@pytest.fixture(scope="module")
def units() -> dict[str, NationalUnit]:
    return {u.id: u for u in load_units()}


def count_on(units, day: date) -> Counter:
    return Counter(u.kind for u in units.values() if u.exists_on(day))


def test_after_the_reform_34_provinces_and_3321_communes(units):
    assert count_on(units, AFTER) == {"province": 34, "commune": 3321}


def test_before_the_reform_63_provinces_and_the_dataset_districts_and_communes(units):
    # 10,040 rows in the dataset: 10,035 communes + 5 island districts that had none
    assert count_on(units, BEFORE) == {"province": 63, "district": 696, "commune": 10035}


def test_ids_are_unique_and_well_formed(units):
    ids = [u.id for u in load_units()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.-]*", i) for i in ids)


def test_every_parent_exists_and_is_one_level_up(units):
    level = {"province": 0, "district": 1, "commune": 2}
    for u in units.values():
        for parent in filter(None, (u.parent, u.parent_before)):
            assert parent in units, u
            assert level[units[parent].kind] < level[u.kind], u
        assert (u.parent is None) == (u.kind == "province"), u


def test_a_parent_exists_whenever_its_child_does(units):
    for u in units.values():
        for day in (BEFORE, AFTER):
            if u.exists_on(day) and u.parent_on(day):
                assert units[u.parent_on(day)].exists_on(day), (u, day)


def test_every_successor_exists_from_the_reform(units):
    ended = [u for u in units.values() if u.valid_to == date(2025, 6, 30)]
    for u in ended:
        for s in u.successors:
            assert s in units and units[s].exists_on(REFORM), (u, s)
    # every old province and old commune names where it went (districts: only island ones)
    assert all(u.successors for u in ended if u.kind != "district")


def test_xa_phu_lam_is_in_dong_nai_and_in_an_giang_after_the_reform(units):
    found = {u.parent for u in units.values() if u.name == "Xã Phú Lâm" and u.exists_on(AFTER)}
    assert found == {"dong-nai", "an-giang"}
    assert units["dong-nai.xa-phu-lam"].code == "26158"


def test_lai_chau_spans_both_periods_with_xa_mu_ca_under_it(units):
    lai_chau, mu_ca = units["lai-chau"], units["lai-chau.xa-mu-ca"]
    assert (lai_chau.name, lai_chau.code, lai_chau.type) == ("Tỉnh Lai Châu", "12", "tỉnh")
    assert lai_chau.exists_on(BEFORE) and lai_chau.exists_on(AFTER)
    assert mu_ca.name == "Xã Mù Cả" and mu_ca.code == "03451"
    assert mu_ca.parent_on(AFTER) == "lai-chau"
    assert mu_ca.parent_on(BEFORE) == "lai-chau.huyen-muong-te"


def test_a_thanh_hoa_commune_before_2025_sits_under_its_district(units):
    commune = units["thanh-hoa.thi-xa-nghi-son.xa-phu-lam"]
    assert commune.exists_on(BEFORE) and not commune.exists_on(AFTER)
    district = units[commune.parent]
    assert (district.name, district.type) == ("Thị xã Nghi Sơn", "thị xã")
    assert district.parent == "thanh-hoa"
    assert commune.successors == ("thanh-hoa.phuong-truc-lam",)


def test_a_merged_province_names_its_successor(units):
    assert units["binh-phuoc"].successors == ("dong-nai",)
    assert units["gia-lai-64"].successors == ("gia-lai",)  # the name went on, the code did not
    assert not units["gia-lai"].exists_on(BEFORE)


def test_codes_keep_their_leading_zeros(units):
    assert units["ha-noi"].code == "01"
    assert units["ha-noi.phuong-ba-dinh"].code == "00004"


def test_dataset_is_recorded():
    assert DATASET["name"] == "vietnamadminunits" and DATASET["licence"] == "MIT"


def test_the_12_mandatory_departments_and_the_optional_ones():
    deps = load_departments()
    mandatory = [d["slug"] for d in deps["mandatory"]["departments"]]
    assert len(mandatory) == 12 == len(set(mandatory))
    assert {"so-noi-vu", "thanh-tra", "van-phong-ubnd"} <= set(mandatory)
    assert deps["source"]["confidence"] == "V"
    optional = {d["slug"] for d in deps["optional"]["departments"]}
    assert optional == {"so-ngoai-vu", "so-dan-toc-va-ton-giao", "so-du-lich",
                        "so-quy-hoach-kien-truc"}
    assert len(deps["before_2025"]["departments"]) == 15


def test_the_shipped_name_keys_are_what_cascade_computes(units):
    """The build stores each name's comparison key so that a run need not compute them: they
    must be exactly name_key's (rebuild with scripts/build_national_units.py if not)."""
    from cascade.hierarchy import _key
    from cascade.national import _split

    stale = [u.id for u in units.values() if _key(u.name) != u.key]
    stale += [u.id for u in units.values() if _key("UBND {} {}".format(*_split(u))) != f"ubnd {u.key}"]
    assert not stale, f"{len(stale)} stale keys, e.g. {stale[:3]}"
