"""Build national/units.tsv.gz from the `vietnamadminunits` dataset.

The package is read at build time only; cascade does not depend on it at run time.

    python3 -m venv /tmp/venv-nat
    /tmp/venv-nat/bin/pip install vietnamadminunits==1.0.4
    /tmp/venv-nat/bin/python scripts/build_national_units.py

Writes units.tsv.gz and SOURCE.md next to it, then prints the counts and the load time.
The id scheme and the dating rules are described in SOURCE.md (written below).
"""

from __future__ import annotations

import collections
import datetime
import gzip
import importlib.metadata
import json
import re
import sqlite3
import sys
import time
import unicodedata
from pathlib import Path

import vietnamadminunits

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from cascade.hierarchy import name_key  # noqa: E402  (the keys cascade compares names by)

PACKAGE = "vietnamadminunits"
OUT = Path(__file__).resolve().parents[1] / "national"
END, START = "2025-06-30", "2025-07-01"
COLUMNS = ["id", "code", "name", "kind", "type", "parent", "parent_before",
           "valid_from", "valid_to", "successors", "key"]
PROVINCE_TYPE = {"Tỉnh": "tỉnh", "Thành phố": "thành phố"}
DISTRICT_TYPE = {"Huyện": "huyện", "Quận": "quận", "Thị xã": "thị xã",
                 "Thành phố": "thành phố thuộc tỉnh"}
COMMUNE_TYPE = {"Xã": "xã", "Phường": "phường", "Thị trấn": "thị trấn", "Đặc khu": "đặc khu"}


def nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def short(name: str, types: dict[str, str]) -> str:
    """The name without its leading type word: "Tỉnh Lai Châu" -> "Lai Châu"."""
    for word in sorted(types, key=len, reverse=True):
        if name.startswith(word + " "):
            return name[len(word) + 1:]
    raise ValueError(f"no type word in {name!r}")


def build() -> tuple[list[dict], dict]:
    data_dir = Path(vietnamadminunits.__file__).parent / "data"
    db = sqlite3.connect(data_dir / "dataset.db")
    db.row_factory = sqlite3.Row
    legacy = [dict(r) for r in db.execute(
        "SELECT provinceKey, province, provinceCode, districtKey, district, districtType, "
        "districtCode, wardKey, ward, wardType, wardCode FROM admin_units_legacy")]
    new = [dict(r) for r in db.execute(
        "SELECT provinceKey, province, provinceCode, wardKey, ward, wardType, wardCode "
        "FROM admin_units")]
    conv = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))
    stats = collections.Counter()
    units: dict[str, dict] = {}  # id -> row

    def add(row: dict) -> None:
        if row["id"] in units:  # never expected: a collision the disambiguation missed
            raise SystemExit(f"duplicate id {row['id']}")
        units[row["id"]] = row

    def unit(uid, code, name, kind, typ, parent="", valid_from="", valid_to=""):
        return {"id": uid, "code": code, "name": name, "kind": kind, "type": typ,
                "parent": parent, "parent_before": "",
                "valid_from": valid_from, "valid_to": valid_to, "successors": ""}

    def disambiguate(candidates: list[tuple[str, str]]) -> dict[str, str]:
        """(base id, code) pairs -> code -> final id; a shared base id gets "-{code}"."""
        seen = collections.Counter(base for base, _ in candidates)
        out = {}
        for base, code in candidates:
            if seen[base] > 1:
                stats["ids disambiguated with -{code}"] += 1
                base = f"{base}-{code}"
            out[code] = base
        return out

    # --- provinces -------------------------------------------------------------
    new_prov = {r["provinceCode"]: (nfc(r["province"]), r["provinceKey"]) for r in new}
    old_prov = {r["provinceCode"]: (nfc(r["province"]), r["provinceKey"]) for r in legacy}
    prov_id_new, prov_id_old = {}, {}
    for code, (name, _) in sorted(new_prov.items()):
        prov_id_new[code] = slug(short(name, PROVINCE_TYPE))
    new_slugs = set(prov_id_new.values())
    for code, (name, _) in sorted(old_prov.items()):
        base = slug(short(name, PROVINCE_TYPE))
        if new_prov.get(code, (None,))[0] == name:
            prov_id_old[code] = prov_id_new[code]  # same code and name: one unit
        elif base in new_slugs:  # the name continues in another (new) unit
            stats["province ids suffixed with code"] += 1
            prov_id_old[code] = f"{base}-{code}"
        else:
            prov_id_old[code] = base
    new_key_to_prov = {key: code for code, (_, key) in new_prov.items()}
    old_key_succ = {old: new_key_to_prov[newkey]
                    for newkey, olds in conv["DICT_PROVINCE"].items() for old in olds}
    for code, (name, key) in sorted(old_prov.items()):
        if prov_id_old[code] == prov_id_new.get(code):
            continue
        row = unit(prov_id_old[code], code, name, "province", PROVINCE_TYPE[short_type(name)],
                   valid_to=END)
        row["successors"] = prov_id_new[old_key_succ[key]]
        add(row)
    for code, (name, _) in sorted(new_prov.items()):
        spans = old_prov.get(code, (None,))[0] == name
        stats["provinces spanning both periods"] += spans
        add(unit(prov_id_new[code], code, name, "province", PROVINCE_TYPE[short_type(name)],
                 valid_from="" if spans else START))

    # --- districts (pre-reform only) -------------------------------------------
    districts = {(r["provinceCode"], r["districtCode"]): r for r in legacy}
    district_ids = disambiguate([(f"{prov_id_old[p]}.{slug(nfc(r['district']))}", d)
                                 for (p, d), r in sorted(districts.items())])
    for (p, d), r in sorted(districts.items()):
        add(unit(district_ids[d], d, nfc(r["district"]), "district",
                 DISTRICT_TYPE[r["districtType"]], parent=prov_id_old[p], valid_to=END))

    # --- post-reform communes ----------------------------------------------------
    new_ids = disambiguate([(f"{prov_id_new[r['provinceCode']]}.{slug(nfc(r['ward']))}",
                             r["wardCode"]) for r in sorted(new, key=lambda r: r["wardCode"])])
    new_by_key = {(r["provinceKey"], r["wardKey"]): new_ids[r["wardCode"]] for r in new}
    new_by_code = {r["wardCode"]: r for r in new}

    # --- old -> new commune mapping ---------------------------------------------
    succ = collections.defaultdict(set)  # "prov_district_ward" key -> new ids
    for newprov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for newward, olds in wards.items():
            for old in olds:
                succ[old].add(new_by_key[(newprov, newward)])
    for newprov, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            for t in targets:
                succ[old].add(new_by_key[(newprov, t["newWardKey"])])

    # --- pre-reform communes -------------------------------------------------------
    spanning = {}  # code -> post-reform id, for communes identical in both trees
    for r in legacy:
        n = new_by_code.get(r["wardCode"]) if r["wardCode"] else None
        if n and nfc(n["ward"]) == nfc(r["ward"]):
            spanning[r["wardCode"]] = new_ids[r["wardCode"]]
    for r in sorted(new, key=lambda r: r["wardCode"]):
        code, uid = r["wardCode"], new_ids[r["wardCode"]]
        add(unit(uid, code, nfc(r["ward"]), "commune", COMMUNE_TYPE[r["wardType"]],
                 parent=prov_id_new[r["provinceCode"]],
                 valid_from="" if code in spanning else START))
    old_ids = disambiguate([(f"{district_ids[r['districtCode']]}.{slug(nfc(r['ward']))}",
                             r["wardCode"]) for r in legacy
                            if r["wardCode"] and r["wardCode"] not in spanning])
    for r in sorted(legacy, key=lambda r: (r["wardCode"] or "", r["districtCode"])):
        key = f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}"
        parent = district_ids[r["districtCode"]]
        if not r["wardCode"]:  # an island district with no commune: it has a successor
            units[parent]["successors"] = ";".join(sorted(succ[key]))
            stats["island districts given their đặc khu as successor"] += 1
            continue
        if r["wardCode"] in spanning:
            row = units[spanning[r["wardCode"]]]
            row["parent_before"] = parent
            stats["communes spanning both periods"] += 1
            if row["id"] not in succ[key]:
                raise SystemExit(f"{key}: same code and name as {row['id']}, not mapped to it")
            if len(succ[key]) > 1:
                stats["spanning communes also split into others (dropped)"] += 1
            continue
        row = unit(old_ids[r["wardCode"]], r["wardCode"], nfc(r["ward"]), "commune",
                   COMMUNE_TYPE[r["wardType"]], parent=parent, valid_to=END)
        row["successors"] = ";".join(sorted(succ[key]))
        stats["pre-reform communes with successors"] += bool(succ[key])
        add(row)
    return list(units.values()), dict(stats)


def short_type(name: str) -> str:
    return "Tỉnh" if name.startswith("Tỉnh ") else "Thành phố"


def counts_on(units, day: str) -> dict:
    alive = [u for u in units if (u["valid_from"] or "0") <= day <= (u["valid_to"] or "9")]
    return dict(collections.Counter(u["kind"] for u in alive))


def write(units: list[dict]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    order = {"province": 0, "district": 1, "commune": 2}
    units.sort(key=lambda u: (order[u["kind"]], u["id"]))
    for u in units:  # the name's comparison key, so that a run need not compute 13,000 of them
        u["key"] = name_key(u["name"])
    lines = ["\t".join(COLUMNS)] + ["\t".join(u[c] for c in COLUMNS) for u in units]
    path = OUT / "units.tsv.gz"
    # mtime=0 keeps the file byte-identical between builds of the same data
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return path


SOURCE_MD = """\
# National administrative units: source

`units.tsv.gz` is generated by `scripts/build_national_units.py`; do not edit it by hand.

| | |
|---|---|
| dataset | PyPI `{package}` {version} (`vietnamadminunits/data/dataset.db`, tables `admin_units_legacy` and `admin_units`; old→new mapping `vietnamadminunits/data/converter_2025.json`) |
| upstream | https://github.com/tranngocminhhieu/vietnamadminunits — compiled by its author from danhmuchanhchinh.gso.gov.vn (names, codes) and sapnhap.bando.com.vn (the 2025 arrangement and the old→new mapping) |
| licence | MIT (Copyright (c) 2025 Tran Ngoc Minh Hieu), licence file in the wheel |
| built | {date} |
| rows | {rows} |

## Counts

| date | provinces | districts | communes (xã, phường, thị trấn, đặc khu) |
|---|---|---|---|
| 2024-06-01 (pre-reform tree, as of 2025-06-30) | {before[province]} | {before[district]} | {before[commune]} |
| 2026-06-01 (post-reform tree) | {after[province]} | {after[district]} | {after[commune]} |

Build notes: {stats}.

The dataset's pre-reform table has 10,040 rows: 10,035 communes and 5 island districts without
communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo). So the pre-reform tree has 10,035
communes, not 10,040.

## Columns (tab-separated, UTF-8 NFC, header row)

- `id` — see the id scheme below; matches `^[a-z0-9][a-z0-9.-]*$`, unique over both periods.
- `code` — the official code as a string with its leading zeros (province 2 digits, district 3,
  commune 5). A code is unique within a period, not across them: a new unit often took the code
  of one of the old units it merged (new Phường Ba Đình has old Phường Trúc Bạch's 00004, new
  Bắc Ninh has old Bắc Giang's 24).
- `name` — full official name with its type word ("Tỉnh Lai Châu", "Huyện Tam Đường", "Xã Mù Cả").
- `kind` — `province`, `district` or `commune` (xã, phường, thị trấn and đặc khu are all `commune`).
- `type` — the exact type: tỉnh, thành phố (centrally run), huyện, quận, thị xã, thành phố thuộc
  tỉnh (any district-level city, including Thủ Đức, which is legally a city under a centrally
  run city), xã, phường, thị trấn, đặc khu.
- `parent` — the parent id; for a unit that spans both periods this is the **post-reform**
  parent (a province for a commune).
- `parent_before` — the pre-reform parent, only where it differs from `parent` (a spanning
  commune's old district).
- `valid_from`, `valid_to` — ISO dates or empty (= unbounded).
- `successors` — `;`-separated ids of the units that took over a unit ending 2025-06-30.

## Dating

- The pre-reform tree (63 provinces, districts, communes) has `valid_to` 2025-06-30 and no
  `valid_from`: it is the dataset's snapshot of the last day before the reform, and it is used for
  every earlier date. Earlier changes (the 2023-2025 commune mergers, Huế becoming a centrally run
  city on 2025-01-01, ...) are not dated by the dataset, so a 2020 document is read against the
  2025-06-30 tree.
- The post-reform tree (34 provinces, 3,321 communes, wards and special zones) has `valid_from`
  2025-07-01.
- A unit with the **same official code and the same name** in both trees is one row with neither
  date: the 27 provinces that kept their code and name (unmerged ones such as Lai Châu, Hà Nội,
  Thanh Hóa, and also those that absorbed others under their own code and name, such as Đồng Nai
  absorbing Bình Phước or Tuyên Quang absorbing Hà Giang) and the communes kept under their code
  and name (e.g. Xã Mù Cả, Lai Châu). One row (rather than two) keeps a province's earlier plans
  attached to the same unit; the absorbed units end 2025-06-30 and name it as successor.
- Successors: an old province names the new province it joined (`DICT_PROVINCE`); an old commune
  names every new commune it went into (`DICT_PROVINCE_WARD_NO_DIVIDED` and
  `DICT_PROVINCE_WARD_DIVIDED`; a divided commune has several). Districts were abolished, not
  merged, so they have no successor — except the 5 island districts, which the dataset maps to
  their đặc khu (e.g. Huyện Côn Đảo → Đặc khu Côn Đảo).
- A spanning commune has no successors. In a few cases (see "also split into others" in the build
  notes) the dataset says part of the old commune also went into another new commune; that part
  is not recorded.

## Id scheme

Slug: NFC name, đ→d, diacritics stripped, lowercase, every run of non-alphanumerics → `-`.

- Province: slug of the name without its type word: `lai-chau`, `ha-noi`, `ho-chi-minh`,
  `ba-ria-vung-tau`. When a pre-reform province's name continues in a *different* post-reform
  unit (a new code: Lào Cai 10→15, Bắc Ninh 27→24, Quảng Trị 45→44, Gia Lai 64→52, Tây Ninh
  72→80, Đồng Tháp 87→82, An Giang 89→91), the post-reform unit keeps the plain slug and the old
  one gets `-{{code}}`: `gia-lai-64`.
- District: `{{province}}.{{slug of full name}}`: `lai-chau.huyen-tam-duong`,
  `ha-noi.quan-ba-dinh`.
- Post-reform commune: `{{province}}.{{slug of full name}}`: `lai-chau.xa-mu-ca`,
  `dong-nai.xa-phu-lam`, `ho-chi-minh.dac-khu-con-dao`.
- Pre-reform commune: `{{district id}}.{{slug of full name}}`:
  `thanh-hoa.thi-xa-nghi-son.xa-phu-lam`. A commune that spans both periods keeps its
  post-reform id.
- Any id still shared by two units gets `-{{code}}` on both (count in the build notes above).
  All such clashes come from names that differ only in diacritics within one province or
  district, e.g. Xã Tân Thành and Xã Tân Thạnh (Đồng Tháp): `dong-thap.xa-tan-thanh-29938`,
  `dong-thap.xa-tan-thanh-30157`. Match names, not slugs, when reading documents.

## Cross-check against `vietnam-provinces`

`vietnam-provinces` 2025.10.1 (post-reform tree only, no pre-reform tree, no mapping, no licence
in its wheel) has the same 3,321 units, but about 120 communes carry different codes. Spot checks
of the disagreeing codes for Hà Nội and Cao Bằng against the Cục Thống kê list (Công văn
1027/CTK-CSCL, 25/6/2025) agree with `vietnamadminunits` (e.g. Phường Cửa Nam 00082, Xã Lý Quốc
01537). The two also differ in a few spellings (tone placement "Hòa"/"Hoà", apostrophes).
"""


def main() -> None:
    t0 = time.perf_counter()
    units, stats = build()
    path = write(units)
    before, after = counts_on(units, "2024-06-01"), counts_on(units, "2026-06-01")
    after.setdefault("district", 0)
    version = importlib.metadata.version(PACKAGE)
    (OUT / "SOURCE.md").write_text(SOURCE_MD.format(
        package=PACKAGE, version=version, date=datetime.date.today().isoformat(),
        rows=len(units), before=before, after=after,
        stats="; ".join(f"{k}: {v}" for k, v in sorted(stats.items())) or "none"),
        encoding="utf-8")
    print(f"built {len(units)} units in {time.perf_counter() - t0:.2f}s -> {path} "
          f"({path.stat().st_size:,} bytes)")
    print("2024-06-01:", before, "| 2026-06-01:", after)
    print("notes:", stats)

    sys.path.insert(0, str(OUT.parent / "src"))
    import cascade.national as national  # the runtime loader, timed cold
    t0 = time.perf_counter()
    loaded = national.load_units()
    print(f"cascade.national.load_units(): {len(loaded)} units in "
          f"{(time.perf_counter() - t0) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
