"""Files → models: the rules, the dated hierarchy and the documents of a workspace.

Every problem is collected with its path:line:col — pydantic errors are mapped back to the
YAML position of the key or value they concern — and raised together as one InputError.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import stat
from pathlib import Path

from cascade import importer, layering, national, source
from cascade.errors import InputError, Location, Problem
from cascade.hierarchy import Hierarchy, unit_keys
from cascade.models import (
    AreasFile, CascadeFile, CheckRule, ChecksFile, Document, GroupsFile, HierarchyFile, IndicatorsFile, RegisterFile, Unit, WorkspaceConfig,
    declared,
)
from cascade.paths import national_dir
from cascade.source import display_path
from cascade.workspace import OTHER_AREA, UNIT_LISTS, Rules, Workspace, example_workspace, rules_dir
from cascade.yaml_models import read_items, read_model, walk

# ---------------------------------------------------------------- rules


def load_rules(directory: Path | None = None, problems: list[Problem] | None = None) -> Rules:
    """The rule files of a directory (the shipped rules/ by default), cross-checked."""
    directory = directory or rules_dir()
    own = problems if problems is not None else []
    areas, _ = read_model(directory / "areas.yaml", AreasFile, own)
    groups, _ = read_model(directory / "groups.yaml", GroupsFile, own)
    indicators, _ = read_model(directory / "indicators.yaml", IndicatorsFile, own)
    items, checks_src = read_items(directory / "checks.yaml", "checks", CheckRule, own)
    checks = ChecksFile.model_construct(checks=items) if items is not None else None
    cascade, _ = read_model(directory / "cascade.yaml", CascadeFile, own)
    if areas and indicators:
        known = {a.id for a in areas.areas}
        own.extend(Problem.at(i.loc, "unknown-area", id=i.area, allowed=", ".join(sorted(known)))
                   for i in indicators.indicators if i.area not in known)
    params = _check_params(checks, checks_src, own) if checks else {}
    if problems is None and own:
        raise InputError(own)
    return Rules(areas or AreasFile(areas=[]), groups or GroupsFile(groups=[]),
                 indicators or IndicatorsFile(indicators=[]), checks or ChecksFile(checks=[]),
                 cascade or CascadeFile(flows=[]), params)


def _check_params(checks: ChecksFile, src: source.SourceFile, problems: list[Problem]) -> dict:
    seen: dict[str, Location] = {}
    for rule in checks.checks:
        if rule.id in seen:
            problems.append(Problem.at(rule.loc_of("id"), "duplicate-id", id=rule.id, first=seen[rule.id], what="rule"))
        seen.setdefault(rule.id, rule.loc_of("id"))
    return layering.check_params([(rule.key_path, rule) for rule in checks.checks], src, problems)


# ---------------------------------------------------------------- hierarchy


def expand_offices(tree: HierarchyFile, problems: list[Problem]) -> list[Unit]:
    """The units as written plus the offices their templates give them."""
    units = list(tree.units)
    for unit in tree.units:
        if unit.offices and unit.offices not in tree.office_templates:
            problems.append(Problem.at(unit.loc, "unknown-template", id=unit.offices,
                                       allowed=", ".join(tree.office_templates)))
        for office in tree.office_templates.get(unit.offices or "", []):
            child = Unit.trusted(  # of validated parts (a national workspace makes 15,000 of them)
                id=f"{unit.id}-{office.suffix}", name=office.name, kind="office", parent=unit.id, former_parent=None,
                former_parent_until=None, valid_from=unit.valid_from, valid_to=unit.valid_to, successors=[],
                aliases=list(office.aliases), offices=None, code=None, source=None, note=None)
            child.place_like(unit)  # its place: the unit's line
            units.append(child)
    return units


def check_hierarchy(units: list[Unit], problems: list[Problem], known: set[str] = frozenset()) -> None:
    """A workspace's own units: unique ids, references to units that exist (its own or `known`
    ones of the national layer), dates within the parent's, no cycle, no name twice."""
    seen: dict[str, Unit] = {}
    for unit in units:
        if unit.id in seen:
            problems.append(Problem.at(unit.loc, "duplicate-id", id=unit.id, first=seen[unit.id].loc, what="unit"))
        seen.setdefault(unit.id, unit)
    for unit in units:
        for ref in (unit.parent, unit.former_parent, *unit.successors):
            if ref and ref not in seen and ref not in known:
                problems.append(Problem.at(unit.loc, "unknown-unit-id", id=ref))
        if unit.valid_from and unit.valid_to and unit.valid_from > unit.valid_to:
            problems.append(Problem.at(unit.loc, "valid-range", start=unit.valid_from, end=unit.valid_to))
        parent = seen.get(unit.parent or "")
        if parent and not _within(unit, parent):
            problems.append(Problem.at(unit.loc, "outside-parent", child=_span(unit), parent=parent.id, span=_span(parent)))
    _check_cycles(seen, problems)
    _check_names(units, problems)


def _within(child: Unit, parent: Unit) -> bool:
    starts_ok = parent.valid_from is None or (child.valid_from is not None and child.valid_from >= parent.valid_from)
    ends_ok = parent.valid_to is None or (child.valid_to is not None and child.valid_to <= parent.valid_to)
    return starts_ok and ends_ok


def _span(unit: Unit) -> str:
    return f"{unit.valid_from or '…'}–{unit.valid_to or '…'}"


def _check_cycles(units: dict[str, Unit], problems: list[Problem]) -> None:
    """Each unit has one parent, so following parents finds every cycle, each unit walked once:
    linear, and no graph library to load (networkx cost a national workspace a second). A
    cycle's units are all parents, so walks start only there (not at 15,000 offices)."""
    walked: set[str] = set()
    parents = {u.parent for u in units.values()}
    for start in (uid for uid in units if uid in parents):
        chain: dict[str, None] = {}  # this walk's units, in order
        uid: str | None = start
        while uid in units and uid not in walked and uid not in chain:
            chain[uid] = None
            uid = units[uid].parent
        if uid in chain:  # the walk came back to uid: a cycle, written parent → child
            cycle = list(chain)[list(chain).index(uid):][::-1]
            first = cycle.index(min(cycle, key=lambda u: units[u].loc))
            cycle = cycle[first:] + cycle[:first]  # start where the file does, for a stable message
            problems.append(Problem.at(units[cycle[0]].loc, "cycle", path=" → ".join(cycle + cycle[:1])))
        walked.update(chain)


def _check_names(units: list[Unit], problems: list[Problem]) -> None:
    by_name: dict[tuple, list[Unit]] = {}
    for unit in units:
        for name in unit_keys(unit):
            by_name.setdefault((unit.parent, name), []).append(unit)
    for (_, name), same in by_name.items():
        for i, a in enumerate(same):
            for b in same[i + 1:]:
                if _overlap(a, b):
                    problems.append(Problem.at(b.loc, "ambiguous-name", name=name, other=a.id))


def _overlap(a: Unit, b: Unit) -> bool:
    return (a.valid_to is None or b.valid_from is None or b.valid_from <= a.valid_to) and \
           (b.valid_to is None or a.valid_from is None or a.valid_from <= b.valid_to)


# ---------------------------------------------------------------- documents


def check_document(doc: Document, src: source.SourceFile, ws: Workspace, problems: list[Problem]) -> None:
    """Cross-references a schema cannot see: units, areas, indicators, documents, goals."""
    check_cited(src, check_parts(doc, src, ws, problems, walk(doc)), ws, problems)


def check_cited(src: source.SourceFile, cited: list[tuple[tuple, str]], ws: Workspace, problems: list[Problem]) -> None:
    """The documents a document cites ((key path, id)), once every document has been read."""
    problems += [Problem.at(src.value_at(path), "unknown-document", id=doc_id) for path, doc_id in cited
                 if not ws.holds(doc_id)]


def check_parts(doc: Document, src: source.SourceFile, ws: Workspace, problems: list[Problem],
                nodes: list[tuple[tuple, object]]) -> list[tuple[tuple, str]]:
    """check_document but for the documents it cites, returned to be checked by check_cited
    when all are read; `nodes`: walk(doc), which loading has made already."""
    areas = set(ws.rules.area_ids) | {OTHER_AREA}
    indicators = {i.id for i in ws.rules.indicators.indicators}
    if doc.issuer not in ws.hierarchy.units:
        problems.append(Problem.at(src.value_at(("issuer",)), "unknown-unit-id", id=doc.issuer))
    for key in doc.areas:
        if key not in areas:
            problems.append(Problem.at(src.key_at(("areas", key)), "unknown-area", id=key, allowed=", ".join(sorted(areas))))
    ids: dict[str, Location] = {}
    goals: list[tuple[tuple, int, str]] = []
    known = ws.hierarchy.known
    cited = []
    for path, node in nodes:
        fields = node.__dict__
        for key in declared(type(node), REFERRING):
            value = fields[key]
            if not value:
                continue
            if key == "area" and isinstance(value, str) and value not in areas:
                problems.append(Problem.at(src.value_at(path + (key,)), "unknown-area", id=value, allowed=", ".join(sorted(areas))))
            elif key == "indicator" and value not in indicators:
                problems.append(Problem.at(src.value_at(path + (key,)), "unknown-indicator", id=value))
            elif key == "document":
                cited.append((path + (key,), value))
            elif key in UNIT_LISTS:
                problems += [Problem.at(src.value_at(path + (key, i)), "unknown-unit", name=name)
                             for i, name in enumerate(value) if not known(name)]
            elif key == "id" and path:
                if value in ids:
                    problems.append(Problem.at(src.value_at(path + (key,)), "duplicate-id", id=value, first=ids[value], what="item"))
                ids.setdefault(value, src.value_at(path + (key,)))
            elif key == "goals" and isinstance(value, list):  # a task's goals (a declared count's are a number)
                goals += [(path, i, goal) for i, goal in enumerate(value)]
    for path, i, goal in goals:
        if goal not in ids:
            problems.append(Problem.at(src.value_at(path + ("goals", i)), "unknown-goal", id=goal))
    return cited


# The fields that refer to something check_document must find.
REFERRING = ("area", "indicator", "document", *UNIT_LISTS, "id", "goals")


# Files an editor leaves beside the one it edits ("~$plan.yaml", ".~lock.plan.yaml#") and
# hidden files: never documents, skipped with a note.
_NOT_DOCUMENTS = re.compile(r"^(\.|~\$)")


def document_files(root: Path | None, national_layer: bool = True, skipped: list[Path] | None = None) -> list[Path]:
    """The national reference documents (unless the workspace stands alone), then its own."""
    shipped = sorted((national_dir() / "reference").glob("*.yaml"), key=str) if national_layer else []
    own = sorted([*root.glob("documents/*.yaml"), *root.glob("reference/*.yaml")], key=str) if root else []
    if skipped is not None:
        skipped += [p for p in own if _NOT_DOCUMENTS.match(p.name)]
    return [*shipped, *(p for p in own if not _NOT_DOCUMENTS.match(p.name))]


def _folders(root: Path, problems: list[Problem]) -> None:
    """documents/ and reference/ are optional, but when there they must be readable folders:
    never "0 documents" for a folder that could not be read (a file, a link to a device)."""
    for name in ("documents", "reference"):
        path = root / name
        if (path.exists() or path.is_symlink()) and not (path.is_dir() and os.access(path, os.R_OK | os.X_OK)):
            problems.append(Problem.at(Location(display_path(path, root), 1, 1), "not-a-folder", name=name))


WORKSPACE_FILE = "workspace.yaml"
REGISTER_FILE = "register.yaml"  # documents received, for the audit's "overdue, not filed"
WORKSPACE_ENV = "CASCADE_WORKSPACE"
RULES_FOLDER = "rules"  # a workspace's own rule set, in place of the shipped one


def find_workspace(given: Path | None, example: bool, start: Path) -> tuple[Path | None, str]:
    """The workspace and how it was found, as linters find their configuration: --workspace,
    --example, $CASCADE_WORKSPACE, a workspace.yaml in the current folder or a parent; else
    none (the national layer alone)."""
    if given:
        return given, "option"
    if example:
        return example_workspace(), "example"
    if os.environ.get(WORKSPACE_ENV):
        return Path(os.environ[WORKSPACE_ENV]), "environment"
    found = next((f for f in (start, *start.parents) if (f / WORKSPACE_FILE).is_file()), None)
    return (found, "found") if found else (None, "none")


def find_rules(root: Path | None, start: Path) -> tuple[Path, str]:
    """The rules in force and how they were found: the workspace's own rules/ folder, else a
    rules/ folder in the current folder or a parent (a checkout of the rules, as their author
    edits them), else the rules shipped with cascade."""
    shipped = rules_dir()
    for base, how in ((root, "workspace"), *((folder, "found") for folder in (start, *start.parents))):
        folder = base / RULES_FOLDER if base else None
        if folder and (folder / "checks.yaml").is_file():
            return folder, "shipped" if os.path.samefile(folder, shipped) else how
    return shipped, "shipped"


def province(hierarchy: Hierarchy, name: str, on: dt.date) -> str | None:
    """A province (or centrally run city) by id or name, as it exists on a date."""
    found = hierarchy.provinces_named(name, on)
    return found[0] if found else None


def own_provinces(hierarchy: Hierarchy) -> list[str]:
    """The provinces a workspace's own hierarchy.yaml declares or corrects: what it covers."""
    return [u for u in hierarchy.own if hierarchy.units[u].kind == "province"] if hierarchy.national else []


def load_hierarchy(root: Path | None, rules: Rules, problems: list[Problem] | None = None) -> Hierarchy:
    """The national layer's units with a workspace's hierarchy.yaml on top (when it has one)
    as a Hierarchy; raises InputError unless given a list to add problems to."""
    own = problems if problems is not None else []
    path = root / "hierarchy.yaml" if root else None
    there = path is not None and (path.exists() or path.is_symlink())  # a FIFO or a dangling link: refused, not ignored
    tree = read_model(path, HierarchyFile, own, display_path(path, root))[0] if there else None
    local = expand_offices(tree, own) if tree else []
    if tree and tree.standalone:
        units = local
        check_hierarchy(local, own)
    else:
        top = national_top(own)
        units = layered([*top, *national.hierarchy_units()], local)
        check_hierarchy(local, own, known={u.id for u in units})
    if problems is None and own:
        raise InputError(own)
    return Hierarchy(units, rules.groups.groups, national=not (tree and tree.standalone), own=[u.id for u in local])


def national_top(problems: list[Problem]) -> list[Unit]:
    """national/hierarchy.yaml: the Government, ministries and national bodies."""
    path = national_dir() / "hierarchy.yaml"
    tree, _ = read_model(path, HierarchyFile, problems, display_path(path))
    return list(tree.units) if tree else []


def layered(national_units: list[Unit], own: list[Unit]) -> list[Unit]:
    """The national units with a workspace's own on top. An own unit replaces the national one
    with its id, or with one of its names under the same parent at overlapping dates (the
    workspace corrects it); what referred to a replaced unit follows it."""
    if not own:
        return national_units
    by_id = {u.id: u for u in national_units}
    below: dict[str, list[Unit]] = {}  # national parent -> its national children
    for u in national_units:
        below.setdefault(u.parent, []).append(u)
    replaced: dict[str, str] = {}  # national id -> own id
    own_of: dict[str, str] = {}  # own id -> the national id it replaced
    named: dict[str, dict[str, list[Unit]]] = {}  # national parent -> name key -> children
    for unit in own:
        if unit.id in by_id:
            replaced[unit.id] = own_of[unit.id] = unit.id
            continue
        parent = own_of.get(unit.parent, unit.parent)
        if parent not in below:  # nothing national to correct there (an office, a new unit's child)
            continue
        if parent not in named:
            named[parent] = {}
            for child in below[parent]:
                for key in unit_keys(child):
                    named[parent].setdefault(key, []).append(child)
        for key in unit_keys(unit):
            for n in named[parent].get(key, []):
                if _overlap(n, unit):
                    replaced[n.id], own_of[unit.id] = unit.id, n.id
    moved = {old: new for old, new in replaced.items() if old != new}  # a unit replaced under its own id stays put
    kept = [_follow(u, moved) if moved else u for u in national_units if u.id not in replaced]
    return [*kept, *own]


def _follow(unit: Unit, replaced: dict[str, str]) -> Unit:
    refs = (unit.parent, unit.former_parent, *unit.successors)
    if not any(r in replaced for r in refs):
        return unit
    moved = Unit.trusted(**{**unit.__dict__, "parent": replaced.get(unit.parent, unit.parent),
                            "former_parent": replaced.get(unit.former_parent, unit.former_parent),
                            "successors": [replaced.get(s, s) for s in unit.successors]})
    moved.place_like(unit)  # a copy without model_copy's work: thousands follow a corrected province
    return moved


def load_workspace(root: Path | None = None, focus: list[str] | None = None, units: list[str] | None = None,
                   documents: bool = True) -> Workspace:
    """Load and cross-check a whole workspace; raise InputError with every problem found.

    With `focus` (document ids), only what checking those documents needs is read: they and
    the documents of their issuers and the issuers' ancestors — everything that can reach them.
    With `units` (ids or names), only what explaining their obligations needs: the documents of
    the units and of their ancestors. Without `documents`, the rules and the units alone.
    """
    root = Path(root) if root else None
    if root and not (root.is_dir() and os.access(root, os.R_OK | os.X_OK)):
        raise InputError([Problem.at(Location(display_path(root), 1, 1), "no-workspace")])
    problems: list[Problem] = []
    if root:
        _folders(root, problems)
    rules = load_rules(find_rules(root, Path.cwd())[0], problems)
    ws = Workspace(root, rules, load_hierarchy(root, rules, problems), {})
    if documents:
        _load_documents(ws, focus, units, problems)
        if root and ((root / WORKSPACE_FILE).exists() or (root / WORKSPACE_FILE).is_symlink()):
            _configure(ws, root / WORKSPACE_FILE, problems)
        if root and (root / REGISTER_FILE).is_file():
            ws.register, _ = read_model(root / REGISTER_FILE, RegisterFile, problems, display_path(root / REGISTER_FILE, root))
    ws.scope = [ws.config.province] if ws.config.province else own_provinces(ws.hierarchy)
    if problems:
        raise InputError(problems)
    return ws


def _load_documents(ws: Workspace, focus: list[str] | None, units: list[str] | None, problems: list[Problem]) -> None:
    """The documents load_workspace reads, each cross-checked unless the problems so far (a
    broken hierarchy) would make every unit name fail again, burying them."""
    hierarchy, cross_check = ws.hierarchy, not problems
    paths, by_id = document_files(ws.root, hierarchy.national, ws.skipped), {}
    if focus or units:
        issuers = {uid for name in units or () for uid in hierarchy.find(name)}  # an id or a name
        paths, by_id = _focused(paths, focus or [], hierarchy, issuers)
        ws.elsewhere = by_id
    sources: dict[str, source.SourceFile] = {}
    cited = _read_documents(ws, paths, sources, problems, cross_check)
    if focus:  # and what they cite from elsewhere: the citation checks compare with it
        elsewhere = {ref for doc_id, _, refs in cited if doc_id in focus for _, ref in refs} - set(ws.documents)
        cited += _read_documents(ws, sorted(by_id[ref] for ref in elsewhere if ref in by_id), sources, problems, cross_check)
    for _, src, refs in cited:
        check_cited(src, refs, ws, problems)


def _read_documents(ws: Workspace, paths: list[Path], sources: dict, problems: list[Problem],
                    cross_check: bool) -> list[tuple[str, source.SourceFile, list]]:
    """Read documents into ws (`sources`: where each was read); what each cites, to be
    checked once all are read (check_cited)."""
    cited = []
    for path, values in zip(paths, source.values_of(paths)):
        nodes: list = []  # the document's models, walked once for loading and for checking
        doc, src = read_model(path, Document, problems, display_path(path, ws.root), values, frozen=True, nodes=nodes)
        if doc is None:
            continue
        if doc.id in ws.documents:
            first = sources[doc.id].value_at(("id",))
            problems.append(Problem.at(src.value_at(("id",)), "duplicate-id", id=doc.id, first=first, what="document"))
            continue
        ws.add(doc)
        sources[doc.id] = src
        if cross_check:  # not when the hierarchy is broken: every unit name would fail again, burying it
            cited.append((doc.id, src, check_parts(doc, src, ws, problems, nodes)))
    return cited


_SNIFF = {key: re.compile(rb"^" + key.encode() + rb":[ \t]*['\"]?([a-z0-9][a-z0-9.-]*)", re.MULTILINE)
          for key in ("id", "issuer")}


def _sniff(path: Path) -> dict[str, str]:
    """A document's top-level id and issuer, read from its first lines without parsing it:
    whole lines only, a few KB at a time, with the OS's own calls (a national workspace has
    4,000 files to sniff: pathlib's calls took twice as long)."""
    found: dict[str, str] = {}
    try:  # not blocking: a FIFO would; it is left to the careful read, which refuses it
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return found
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return found
        rest = b""
        while len(found) < 2 and (chunk := os.read(fd, 4096)):  # the keys follow the top comment
            lines, _, rest = (rest + chunk).rpartition(b"\n")
            _find_keys(lines, found)
        if len(found) < 2:
            _find_keys(rest, found)  # a last line without its end
    finally:
        os.close(fd)
    return found


def _find_keys(lines: bytes, found: dict[str, str]) -> None:
    for key, pattern in _SNIFF.items():
        if key not in found and (match := pattern.search(lines)):
            found[key] = match[1].decode()


def _focused(paths: list[Path], focus: list[str], hierarchy: Hierarchy,
             units: set[str] = frozenset()) -> tuple[list[Path], dict[str, Path]]:
    """The files a check of `focus` or an explanation of `units` needs (the rest may be read for
    what they cite), and the file of every document id the workspace holds."""
    heads = {path: _sniff(path) for path in paths}
    by_id = {h["id"]: path for path, h in heads.items() if "id" in h}
    issuers = {h.get("issuer") for h in heads.values() if h.get("id") in focus} | units
    # An id no file has is no document here, and is said to be so at once (reading a national
    # workspace took seconds); unless some file's id could not be sniffed: then read everything.
    if None in issuers or (not set(focus) <= set(by_id) and len(by_id) < len(heads)):
        return paths, by_id
    needed = issuers | {a for i in issuers if i in hierarchy.units for a in hierarchy.lineage(i)}
    return [p for p, h in heads.items() if "id" not in h or "issuer" not in h or h["issuer"] in needed], by_id


def add_document(ws: Workspace, path: Path) -> str:
    """Read one more document file (e.g. a draft outside the workspace) into ws; its id."""
    problems: list[Problem] = []
    doc, src = read_model(path, Document, problems, display_path(path, ws.root))
    if doc is not None:
        ws.add(doc)
        check_document(doc, src, ws, problems)
    if problems:
        raise InputError(problems)
    return doc.id


IMPORTABLE = (".docx", ".md", ".txt")
DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json")  # a document already in cascade's format (JSON is YAML)


class UnknownDocument(Exception):
    """A document argument that is neither a document id nor a file: (argument, some ids)."""


def document_arg(ws: Workspace, arg: str, issuer: str | None = None) -> tuple[str, importer.Imported | None]:
    """A command-line document — an id, a document .yaml, or a plan to import in memory — as a
    document of ws; its id, and the import (for what it could not read) when there was one."""
    if arg in ws.documents:
        return arg, None
    path = Path(arg)
    if path.suffix.lower() in DOCUMENT_SUFFIXES and path.is_file():
        return add_document(ws, path), None
    if path.suffix.lower() in IMPORTABLE or path.is_file():  # a .doc or a .pdf too: the importer says what it reads
        imported = import_plan(path, ws, issuer)
        return ws.add(imported.document), imported
    raise UnknownDocument(arg, _suggested(arg, ws))


def _suggested(arg: str, ws: Workspace) -> list[str]:
    """Up to five ids to offer for a mistyped one: the closest, else the first plans (with a
    focused load, the files left unread count too, those under reference/ as references)."""
    unread = {i for i, path in ws.elsewhere.items() if i not in ws.documents and path.parent.name != "reference"}
    ids = sorted({d.id for d in ws.documents.values() if not d.reference} | unread)
    return difflib.get_close_matches(arg, ids, n=5) or ids[:5]


def import_plan(path: Path, ws: Workspace, issuer: str | None, shown: str | None = None) -> importer.Imported:
    """A plan read from Word or text; a file that cannot be read is bad input at its path
    (`shown`: the name to give it, e.g. "-" for standard input)."""
    shown = shown or display_path(path, ws.root)
    try:
        return importer.import_file(path, ws, issuer, shown)
    except importer.Unreadable as exc:
        code, detail = exc.args
        line = getattr(exc, "line", 1)
        raise InputError([Problem.at(Location(shown, line, 1), code, detail=detail)]) from exc


def plans_in(folder: Path) -> list[str]:
    """The plan files in a folder and its subfolders, as command-line arguments: Word, text
    and document files, editors' lock files and hidden ones left out."""
    suffixes = set(IMPORTABLE) | set(DOCUMENT_SUFFIXES)
    found = sorted(p for p in folder.rglob("*") if p.suffix.lower() in suffixes and p.is_file()
                   and not any(_NOT_DOCUMENTS.match(part) for part in p.relative_to(folder).parts))
    if not found:
        raise InputError([Problem.at(Location(display_path(folder), 1, 1), "no-plans")])
    return [str(p) for p in found]


def _configure(ws: Workspace, path: Path, problems: list[Problem]) -> None:
    """workspace.yaml: added and changed rules, and waivers."""
    config, src = read_model(path, WorkspaceConfig, problems, display_path(path, ws.root))
    if config is not None:
        ws.rules = layering.apply_workspace(ws.rules, config, src, problems)
        problems.extend(layering.waiver_problems(config, ws.rules, ws.hierarchy.units, ws.holds))
        ws.config = config
