"""`cascade init`: the files of a starter workspace for a province, to be filled in."""

from __future__ import annotations

WORKSPACE = """\
# The workspace of {name}: a layer on top of the national one that cascade ships (the country's
# units, the national reference documents). Add the province's offices and corrections in
# hierarchy.yaml, its plans under documents/ and the provincial plans they answer to under
# reference/. Rules can be changed here too (see `cascade rules docs`).
province: {province}
"""

HIERARCHY = """\
# Units this workspace adds to the national layer or corrects. The national layer already has
# {name}, its communes and wards, and the 12 departments every province has (NĐ 150/2025/NĐ-CP).
# Add what is yours, for example a department's offices:
#
#   - id: {province}.so-noi-vu.phong-cai-cach-hanh-chinh
#     name: Phòng Cải cách hành chính
#     kind: office
#     parent: {province}.so-noi-vu
#
# A unit with the id of a national one, or its name under the same parent, replaces it.
units: []
"""

DOCUMENTS = """\
The plans of {name}'s departments, communes and wards, as .yaml documents
(`cascade import ke-hoach.docx -o documents/ke-hoach.yaml`, then review).
"""

REFERENCE = """\
The provincial plans and decisions {name}'s units answer to (its annual PAR plan first), as
.yaml documents holding the targets and tasks they assign.
"""


def files(province: str, name: str) -> dict[str, str]:
    """Relative path -> content of each starter file."""
    fields = {"province": province, "name": name}
    return {"workspace.yaml": WORKSPACE.format(**fields), "hierarchy.yaml": HIERARCHY.format(**fields),
            "documents/README.md": DOCUMENTS.format(**fields), "reference/README.md": REFERENCE.format(**fields)}
