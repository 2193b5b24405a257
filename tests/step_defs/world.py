"""The small world the check features run in: a province with a department, a district that
ended with the 2025 reform, a department replaced by a successor, two communes and an office."""

import yaml

HIERARCHY = """\
units:
  - {id: chinh-phu, name: Chính phủ, kind: nation}
  - {id: tinh, name: UBND tỉnh Lai Châu, kind: province, parent: chinh-phu, aliases: [UBND tỉnh]}
  - {id: so-noi-vu, name: Sở Nội vụ, kind: dept, parent: tinh}
  - {id: so-cu, name: Sở Thông tin và Truyền thông, kind: dept, parent: tinh, valid_to: 2025-02-28, successors: [so-moi]}
  - {id: so-moi, name: Sở Khoa học và Công nghệ, kind: dept, parent: tinh, valid_from: 2025-03-01}
  - {id: huyen-a, name: UBND huyện Phong Thổ, kind: district, parent: tinh, valid_to: 2025-06-30}
  - {id: xa-b, name: UBND xã Mù Cả, kind: commune, parent: tinh, valid_from: 2025-07-01, aliases: [Ủy ban nhân dân xã Mù Cả]}
  - {id: xa-c, name: UBND xã Tà Tổng, kind: commune, parent: tinh, valid_from: 2025-07-01}
  - {id: xa-b-vhxh, name: Phòng Văn hóa - Xã hội, kind: office, parent: xa-b, valid_from: 2025-07-01}
"""

UNITS = {"Chính phủ": "chinh-phu", "UBND tỉnh Lai Châu": "tinh", "Sở Nội vụ": "so-noi-vu",
         "UBND xã Mù Cả": "xa-b", "UBND xã Tà Tổng": "xa-c", "UBND huyện Phong Thổ": "huyen-a"}


def write_document(folder, doc_id, issuer, issuer_name, year, body: dict) -> None:
    """A document with sensible defaults (a numbered, dated plan for one year), overridden by body."""
    doc = {"id": doc_id, "kind": "plan", "issuer": issuer, "issuer_as_written": issuer_name,
           "number": f"1/KH-{doc_id.upper()}", "date": f"{year}-01-15", "title": f"Kế hoạch CCHC năm {year}",
           "period": {"start": year, "end": year}, **body}
    (folder / f"{doc_id}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
