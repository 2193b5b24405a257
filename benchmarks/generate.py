"""A deterministic national workspace on the real country, with synthetic plans and known defects.

    python benchmarks/generate.py OUT_DIR [--provinces 34] [--seed 2026]

The units are the real ones of the national layer: the first N provinces after the 2025 reform
(in id order), their 12 departments and their communes and wards, each given 4 offices by the
workspace's hierarchy.yaml. The plans are synthetic: the province's annual plan (20 targets and
5 tasks for every department and commune) and an annual plan for every department and commune
(~40 targets, ~20 tasks), built from the indicator catalog. A known share of plans carries one
injected defect each; manifest.json lists them (document id → rule id) so the benchmark can
check that all were found.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import yaml

from cascade.load import load_rules
from cascade.national import REFORM, departments, load_units

YEAR = 2026
DEFECTS = {  # rule id -> share of plans given this defect
    "COV-001": 0.02, "TGT-001": 0.02, "VAL-001": 0.02, "YRS-001": 0.02, "NAM-001": 0.02, "STR-001": 0.02,
    "DOC-001": 0.02,
}
AREA_NAMES = {"chi-dao-dieu-hanh": "Công tác chỉ đạo, điều hành", "the-che": "Cải cách thể chế",
              "thu-tuc-hanh-chinh": "Cải cách thủ tục hành chính", "to-chuc-bo-may": "Cải cách tổ chức bộ máy",
              "che-do-cong-vu": "Cải cách chế độ công vụ", "tai-chinh-cong": "Cải cách tài chính công",
              "chinh-quyen-so": "Xây dựng chính quyền điện tử, chính quyền số"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
OFFICES = [("van-phong", "Văn phòng"), ("phong-1", "Phòng Nghiệp vụ 1"), ("phong-2", "Phòng Nghiệp vụ 2"),
           ("phong-3", "Phòng Nghiệp vụ 3")]


def dump(path: Path, data) -> int:
    text = yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")
    return len(text.encode())


def generate(out: Path, provinces: int, seed: int) -> dict:
    rng = random.Random(seed)
    indicators = [i for i in load_rules().indicators.indicators if i.unit == "percent"]
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "reference").mkdir(exist_ok=True)
    real = [u for u in load_units() if u.exists_on(REFORM)]
    chosen = sorted(u.id for u in real if u.kind == "province")[:provinces]
    units: list[dict] = []
    manifest: dict[str, str] = {}
    targets = 0
    for p, province in enumerate(chosen, 1):
        name = next(f"UBND {u.name[0].lower()}{u.name[1:]}" for u in real if u.id == province)
        units.append({"id": province, "name": name, "kind": "province", "parent": "chinh-phu"})  # the workspace's scope
        planners = [_unit(units, d.id, d.name, "dept", province, "so") for d in departments() if d.parent == province]
        planners += [_unit(units, c.id, f"UBND {c.name[0].lower()}{c.name[1:]}", "commune", province, "xa")
                     for c in real if c.kind == "commune" and c.parent == province]
        province_targets = _province_plan(out, province, p, name, indicators, rng)
        targets += len(province_targets)
        for unit_id, unit_name in planners:
            defect = _defect(rng)
            doc = _plan(unit_id, unit_name, province, province_targets, indicators, rng, defect)
            targets += sum(len(a.get("targets", [])) for a in doc["areas"].values())
            dump(out / "documents" / f"{doc['id']}.yaml", doc)
            if defect:
                manifest[doc["id"]] = defect
    dump(out / "hierarchy.yaml", {"office_templates": {"so": _template(), "xa": _template()}, "units": units})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    return {"units": len(units), "targets": targets, "defects": len(manifest)}


def _unit(units, uid, name, kind, parent, template):
    units.append({"id": uid, "name": name, "kind": kind, "parent": parent, "offices": template})
    return uid, name


def _template():
    return [{"suffix": s, "name": n} for s, n in OFFICES]


def _defect(rng) -> str | None:
    roll = rng.random()
    for rule, share in DEFECTS.items():
        if roll < share:
            return rule
        roll -= share
    return None


def _province_plan(out, province, p, name, indicators, rng) -> list[dict]:
    chosen = rng.sample(indicators, 20)
    areas: dict = {}
    for i, ind in enumerate(chosen):
        areas.setdefault(ind.area, {"targets": [], "tasks": []})["targets"].append(
            {"clause": f"II.{i + 1}", "text": f"{ind.name_vi} đạt tối thiểu 80%.", "indicator": ind.id,
             "comparator": ">=", "value": 80, "unit": "percent"})
    for t in range(5):
        area = rng.choice(list(AREA_NAMES))
        areas.setdefault(area, {"targets": [], "tasks": []})["tasks"].append(
            {"clause": f"III.{t + 1}", "text": f"Nhiệm vụ chung số {t + 1} về {AREA_NAMES[area].lower()}",
             "lead": ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "deadline": f"{YEAR}-12-31"})
    doc = {"id": f"kh-{province}", "kind": "plan", "issuer": province, "issuer_as_written": name,
           "number": f"{p}/KH-UBND", "date": f"{YEAR - 1}-12-20", "title": f"Kế hoạch CCHC năm {YEAR}",
           "period": {"start": YEAR, "end": YEAR}, "reference": True, "areas": areas}
    dump(out / "reference" / f"kh-{province}.yaml", doc)
    return [t for a in areas.values() for t in a["targets"]]


def _plan(unit_id, name, province, province_targets, indicators, rng, defect) -> dict:
    doc_id = "kh-" + unit_id.replace(".", "-")
    areas = {a: {"targets": [], "tasks": []} for a in AREA_NAMES}
    for t in province_targets:  # the inherited targets, met (or, injected, weaker)
        value = 70 if defect == "TGT-001" and t is province_targets[0] else 100  # meets national floors too
        areas[t and _area(indicators, t["indicator"])]["targets"].append(
            {**t, "text": t["text"].replace("80%", f"{value}%"), "value": value})
    for i in range(20):
        ind = rng.choice(indicators)
        areas[ind.area]["targets"].append({"clause": f"II.{ind.area}.{i}", "text": f"{ind.name_vi} đạt 100%.",
                                           "indicator": ind.id, "comparator": ">=", "value": 100, "unit": "percent"})
    for i in range(20):
        area = list(AREA_NAMES)[i % 7]
        areas[area]["tasks"].append({"clause": f"III.{i + 1}", "text": f"Nhiệm vụ số {i + 1}: thực hiện {AREA_NAMES[area].lower()}",
                                     "lead": ["Văn phòng"], "deadline": f"{YEAR}-{rng.randint(3, 12):02d}-28"})
    if defect == "VAL-001":
        areas["chinh-quyen-so"]["targets"][0].update(comparator=">", value=100)
    if defect == "COV-001":
        areas.pop("tai-chinh-cong")
    headings = [{"clause": "I", "numbering": "I", "text": "MỤC ĐÍCH, YÊU CẦU", "level": 1},
                {"clause": "II", "numbering": "II", "text": "MỤC TIÊU", "level": 1}]
    headings += [{"clause": f"II.{i + 1}", "numbering": str(i + 1), "text": AREA_NAMES[a], "level": 2, "area": a}
                 for i, a in enumerate(AREA_NAMES)]
    headings += [{"clause": "IV" if defect == "STR-001" else "III", "numbering": "IV" if defect == "STR-001" else "III",
                  "text": "NHIỆM VỤ, GIẢI PHÁP", "level": 1}]
    closing_name = f"{name} cũ" if defect == "NAM-001" else name
    year = YEAR - 1 if defect == "YRS-001" else YEAR
    return {"id": doc_id, "kind": "plan", "issuer": unit_id, "issuer_as_written": name,
            "number": None if defect == "DOC-001" else f"{rng.randint(1, 999)}/KH", "number_as_written": "Số: /KH",
            "date": f"{YEAR}-01-{rng.randint(5, 28):02d}", "title": f"Kế hoạch CCHC năm {YEAR}",
            "period": {"start": YEAR, "end": YEAR},
            "cites": [{"clause": "Căn cứ", "text": "Kế hoạch của tỉnh", "document": f"kh-{province}"}],
            "headings": headings, "areas": areas,
            "self_references": [{"clause": "Kết thúc", "text": f"Kế hoạch năm {year} của {closing_name}",
                                 "issuer_as_written": closing_name, "year": year}]}


def _area(indicators, indicator_id):
    return next(i.area for i in indicators if i.id == indicator_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    print(json.dumps(generate(args.out, args.provinces, args.seed)))


if __name__ == "__main__":
    main()
