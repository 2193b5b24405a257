"""Safe YAML reading that remembers where every key and value was written.

PyYAML's own loaders drop positions and silently keep the last of two equal keys, so this
module composes the node tree (C parser when available) and builds plain Python values itself:
every string is NFC, duplicate keys are problems, and each key path maps to a Location.
That careful path runs when a file's positions are asked for, or when the fast path (values()
— yaml-rs where it reads as PyYAML does, else PyYAML's C loader) gives up on a file.
"""

from __future__ import annotations

import functools
import os
import stat
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cascade.errors import Location, Problem
from cascade.limits import MAX_YAML_ALIASES, MAX_YAML_BYTES, MAX_YAML_DEPTH, MB
from cascade.paths import SHIPPED, data_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_VALUE_TAG = "tag:yaml.org,2002:value"  # a plain "=": as a key, PyYAML reads it as the text "="
# The only types a file may hold: anything else (!!python/object, !!set, !!binary, !foo) is refused.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}

KeyPath = tuple[str | int, ...]


@dataclass
class SourceFile:
    """A parsed YAML file: its data and where each part of it was written."""

    path: str
    data: object = None  # let go once read into a model (yaml_models.read_model)
    # (line, column), 1-based, of each mapping key and of each value; Locations are made only
    # when asked for, since a national audit reads millions of positions and needs few.
    keys: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    values: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    text: str | None = None  # kept while its positions are not all read (see _upto)
    origin: Path | None = None  # or the file to read them from, when it was parsed elsewhere

    _reader: Iterator | None = None  # positions being read, only as far as asked (see _upto)
    _complete: bool = False  # read to the end (a file the careful builder read has them all)

    def _upto(self, path: KeyPath | None = None) -> None:
        """Read positions, on first use and only until `path` is placed (None: to the end): most
        files of a large run are never asked, and a finding's place (the document, its heading,
        a target) is mostly near the top. A file read again from `origin` keeps them only while
        among the last POSITIONS_KEPT so read (checks ask one document at a time): a national
        audit's findings would otherwise hold 500 files' positions, 120 MB."""
        if self._complete:
            return
        if self._reader is None:
            if self.text is None and self.origin is None:
                return  # placed by the careful builder as it read the file
            if self.text is None:
                try:
                    self.text = self.origin.read_bytes().decode("utf-8-sig")
                except (OSError, UnicodeDecodeError):  # gone or changed since it was read: placed at (1, 1)
                    self._complete = True
                    return
            self._reader = _positions(self.text, self.keys, self.values)
            _hold(self)
        try:
            for _ in self._reader:
                if path is not None and path in self.values:
                    return
        except _Unusual:  # what the events cannot place alike: the careful builder places it all
            self.keys.clear()
            self.values.clear()
            _Builder(self).build(yaml.compose(self.text, Loader=_Loader), ())
        except yaml.YAMLError:  # changed on disk since it was read: what was placed stays, the rest is (1, 1)
            pass
        self.text, self._reader, self._complete = None, None, True

    def value_at(self, path: KeyPath) -> Location:
        """The position of the value at path, or of its closest written ancestor."""
        self._upto(path)
        values = self.values
        while path not in values and path:
            path = path[:-1]
        return Location(self.path, *values.get(path, (1, 1)))

    def key_at(self, path: KeyPath) -> Location:
        self._upto(path)
        return Location(self.path, *self.keys[path]) if path in self.keys else self.value_at(path)

    def written(self, path: KeyPath) -> bool:
        """Whether the file writes this key path itself (rather than leaving a default)."""
        self._upto(path)
        return path in self.values


POSITIONS_KEPT = 64
_HELD: OrderedDict[int, SourceFile] = OrderedDict()  # files read again for positions, oldest first


def _hold(src: SourceFile) -> None:
    """Keep src's positions; forget the oldest file's beyond POSITIONS_KEPT (read again if asked)."""
    if src.origin is None:  # nothing to read them again from: kept
        return
    _HELD[id(src)] = src
    while len(_HELD) > POSITIONS_KEPT:
        old = _HELD.popitem(last=False)[1]
        old.keys, old.values, old.text, old._reader, old._complete = {}, {}, None, None, False


def _loc(path: str, mark: yaml.Mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


_STR_TAG = "tag:yaml.org,2002:str"


def _nfc(value: object) -> object:
    if isinstance(value, str) and not value.isascii() and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


class _Builder:
    def __init__(self, src: SourceFile):
        self.src = src
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: KeyPath) -> object:
        mark = node.start_mark
        self.src.values[path] = (mark.line + 1, mark.column + 1)
        if node.tag not in _PLAIN_TAGS:  # refused on mappings and lists as on scalars
            self.src.problems.append(Problem.at(_loc(self.src.path, mark), "unsafe-tag", tag=node.tag))
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        if node.tag == _STR_TAG:  # most scalars: no constructor needed
            return _nfc(node.value)
        try:
            return _nfc(self.constructor.construct_object(node))
        except (ValueError, OverflowError):  # e.g. 2026-02-30 unquoted: the text, for the schema to refuse
            return node.value

    def _mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            where = _loc(self.src.path, key_node.start_mark)
            if key_node.tag == _MERGE_TAG or not isinstance(key_node, yaml.ScalarNode):
                self.src.problems.append(Problem.at(where, "complex-key"))
                continue
            if key_node.tag not in _PLAIN_TAGS and key_node.tag != _VALUE_TAG:  # "!!set id: …": a tag on a key too
                self.src.problems.append(Problem.at(where, "unsafe-tag", tag=key_node.tag))
                continue
            key = built_key(key_node, self.constructor)
            if key in result:
                first_line = self.src.keys[path + (key,)][0]
                self.src.problems.append(Problem.at(where, "duplicate-key", key=key, line=first_line))
                continue
            sub = path + (key,)  # one tuple for both indexes: a file's positions are kept once read
            self.src.keys[sub] = (where.line, where.column)
            result[key] = self.build(value_node, sub)
        return result


_KEY_RESOLVER = yaml.resolver.Resolver()
_NO_KEY = object()  # a mapping waiting for its next key
_MAP, _LIST, _SCALAR = yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.ScalarEvent
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def positions(text: str) -> tuple[dict, dict]:
    """The (keys, values) positions of a well-formed file the fast path has read, from the C
    parser's events: half the time of building its nodes and values again, for the files a
    finding is located in. Anything the careful builder would place otherwise (an anchor, an
    alias, a tag, a merge key) raises _Unusual, and the caller builds it."""
    keys: dict[KeyPath, tuple[int, int]] = {}
    values: dict[KeyPath, tuple[int, int]] = {}
    for _ in _positions(text, keys, values):
        pass
    return keys, values


def _positions(text: str, keys: dict, values: dict) -> Iterator[None]:
    """positions(), into `keys` and `values`, one value at a time (yielded once placed). The
    events are read one by one, without yaml.parse's check before each."""
    stack: list[list] = []  # per open collection: [its path, the pending key (mapping) or next index (list), is a list]
    loader = _Loader(text)
    try:
        while (kind := type(event := loader.get_event())) is not yaml.StreamEndEvent:
            if kind in _ENDS:
                stack.pop()
                continue
            if kind is yaml.AliasEvent:
                raise _Unusual
            if kind is not _SCALAR and kind is not _MAP and kind is not _LIST:
                continue  # stream and document boundaries
            if event.anchor is not None or event.tag not in (None, "!"):
                raise _Unusual
            where = (event.start_mark.line + 1, event.start_mark.column + 1)
            if not stack:
                here: KeyPath = ()
            elif stack[-1][1] is _NO_KEY:  # a mapping's key
                if kind is not _SCALAR:
                    raise _Unusual
                stack[-1][1] = _key(event)
                sub = stack[-1][0] + (stack[-1][1],)
                if sub in keys:
                    raise _Unusual  # a duplicate key (1 and true are one key): the careful builder reports it
                keys[sub] = where
                continue
            elif stack[-1][2]:  # a list's item
                here = stack[-1][0] + (stack[-1][1],)
                stack[-1][1] += 1
            else:  # a mapping's value
                here, stack[-1][1] = stack[-1][0] + (stack[-1][1],), _NO_KEY
            values[here] = where
            yield
            if kind is not _SCALAR:
                stack.append([here, _NO_KEY, False] if kind is _MAP else [here, 0, True])
    finally:
        loader.dispose()


def _key(event: yaml.ScalarEvent) -> object:
    """A mapping key from its event, as the careful builder reads it (built_key)."""
    tag = _KEY_RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag == _MERGE_TAG:
        raise _Unusual
    return built_key(yaml.ScalarNode(tag, event.value), yaml.constructor.SafeConstructor())


def built_key(node: yaml.ScalarNode, constructor: yaml.constructor.BaseConstructor) -> object:
    """A scalar mapping key as every path reads it: its text (a plain "=", which PyYAML reads as
    the text "=", too), else what it resolves to ("yes" and "true" are one key), else, when it
    cannot be built (2026-02-30), its text for the schema to refuse."""
    if node.tag in (_STR_TAG, _VALUE_TAG):
        return _nfc(node.value)
    try:
        return _nfc(constructor.construct_object(node))
    except (ValueError, OverflowError):
        return node.value


def display_path(path: Path, root: Path | None = None) -> str:
    """How a file is named in messages and reports, the same on every machine: a shipped file
    (the example, the national documents, the rules) as the project names it ("fixtures/lai-chau/…",
    "national/reference/…"), a workspace's file relative to the workspace `root`, any other
    relative to the current folder (as given on the command line), else as given."""
    absolute = os.path.abspath(path)  # not resolved: a link stays what the user named
    folders = (os.path.abspath(data_dir(name)) for name in SHIPPED)
    shipped = [os.path.dirname(folder) for folder in folders if _within(absolute, folder)]  # named from the project
    for base in (*shipped, root, os.getcwd()):
        if base is not None and _within(absolute, os.path.abspath(base)):
            return os.path.relpath(absolute, os.path.abspath(base))
    return str(path)


def _within(path: str, folder: str) -> bool:
    """Whether an absolute, normalised path is inside a folder (strings: a national workspace
    names 4,000 files, and pathlib took a second)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def read(path: Path | str, shown_as: str | None = None, values: object = None) -> SourceFile:
    """Read one YAML file. Problems are collected on the result, never raised. `values`: what
    fast_values already read from it (positions are then read from the file when needed)."""
    src = SourceFile(shown_as or display_path(Path(path)))
    if values is not None:
        src.data, src.origin = values, Path(path)
        return src
    try:
        refused = refuse_file(Path(path), MAX_YAML_BYTES)
        if refused:
            src.problems.append(Problem.at(Location(src.path, 1, 1), refused[0], **refused[1]))
            return src
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = exc.object[: exc.start]
        line, column = before.count(b"\n") + 1, exc.start - before.rfind(b"\n")
        src.problems.append(Problem.at(Location(src.path, line, column), "not-utf8", byte=exc.start))
        return src
    except OSError as exc:
        src.problems.append(Problem.at(Location(src.path, 1, 1), "unreadable", reason=exc.strerror))
        return src
    return parse(text, src)


def refuse_file(path: Path, limit: int) -> tuple[str, dict] | None:
    """Why a file must not be read — not a regular file (a FIFO or /dev/zero would block or
    never end), or larger than `limit` — as (problem code, its fields); None when it may be."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        return "special-file", {}
    if info.st_size > limit:
        return "too-large", {"size": f"{info.st_size / MB:.1f} MB", "limit": f"{limit / MB:.0f} MB"}
    return None


def structure_problem(text: str, path: str, raw: bytes | None = None) -> Problem | None:
    """An alias bomb, an alias to a list or mapping that contains it, or nesting beyond the
    limit — found from the parser's events, before anything is built from them. `raw`: the
    text as UTF-8, when the caller has it."""
    if not _patterns().structure.search(text.encode("utf-8") if raw is None else raw):
        return None
    aliases, depth, open_anchors = 0, 0, []
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                open_anchors.append(event.anchor)
                if depth > MAX_YAML_DEPTH:
                    return Problem.at(_loc(path, event.start_mark), "too-deep", limit=MAX_YAML_DEPTH)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
                open_anchors.pop()
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if event.anchor in open_anchors:
                    return Problem.at(_loc(path, event.start_mark), "self-alias", name=event.anchor)
                if aliases > MAX_YAML_ALIASES:
                    return Problem.at(_loc(path, event.start_mark), "too-many-aliases", limit=MAX_YAML_ALIASES)
    except yaml.YAMLError:
        return None  # a syntax error: the careful path reports it at its place
    return None


def node_tag(exc: yaml.constructor.ConstructorError) -> str:
    """The tag PyYAML refused, from its message ("… for the tag 'tag:…'")."""
    return (exc.problem or "").rsplit(" ", 1)[-1].strip("'")


class _Unusual(Exception):
    """Something the fast path leaves to the careful one (duplicate or merge keys)."""


class _FastLoader(_Loader):
    """Values only, at the speed of PyYAML's C loader, read from the NFC-normalised text; any
    duplicate key (as built_key reads it) or complex key sends the file to the careful path,
    which reports it at its line and column."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG or not isinstance(key_node, yaml.ScalarNode):
                raise _Unusual
            key = built_key(key_node, self)
            if key in seen:
                raise _Unusual
            seen.add(key)
        return super().construct_mapping(node, deep)


# Only the plain types: any other tag sends the file to the careful path, which refuses it.
_FastLoader.yaml_constructors = {tag: make for tag, make in _Loader.yaml_constructors.items()
                                 if tag in _PLAIN_TAGS or tag is None}



def parse(text: str, src: SourceFile) -> SourceFile:
    if len(text) > MAX_YAML_BYTES:
        src.problems.append(Problem.at(Location(src.path, 1, 1), "too-large", size=f"{len(text) / MB:.1f} MB",
                                       limit=f"{MAX_YAML_BYTES / MB:.0f} MB"))
        return src
    unusual = structure_problem(text, src.path)
    if unusual:
        src.problems.append(unusual)
        return src
    try:  # the fast path: values now (from the NFC text), positions later if ever needed
        src.data, src.text = values(text), text
        if src.data is not None:
            return src
    except (yaml.YAMLError, _Unusual, ValueError, OverflowError):  # OverflowError, ValueError: a date like 2026-02-30
        pass
    src.data, src.text = None, None
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is None:
            src.problems.append(Problem.at(Location(src.path, 1, 1), "empty-file"))
            return src
        src.data = _Builder(src).build(node, ())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "quoted scalar" in (exc.context or ""):  # an unclosed quote: where it opens
            mark = exc.context_mark
            exc.problem = f"{exc.context} ({exc.problem})"
        where = _loc(src.path, mark) if mark else Location(src.path, 1, 1)
        if isinstance(exc, yaml.constructor.ConstructorError):  # e.g. !!python/object: refused
            src.problems.append(Problem.at(where, "unsafe-tag", tag=mark and node_tag(exc) or "?"))
        else:
            src.problems.append(Problem.at(where, "yaml-syntax", problem=exc.problem or exc.context))
    except yaml.reader.ReaderError as exc:  # a control character: at its line and column
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        at = text.find(char) if char else -1  # the first one stops the reader (libyaml counts bytes)
        at = at if at >= 0 else min(exc.position, len(text))
        where = Location(src.path, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at))
        src.problems.append(Problem.at(where, "control-char", char=f"U+{exc.character:04X}"
                                       if isinstance(exc.character, int) else repr(exc.character)))
    except yaml.YAMLError as exc:
        src.problems.append(Problem.at(Location(src.path, 1, 1), "yaml-syntax", problem=str(exc).splitlines()[0]))
    return src


def fast_values(path: Path) -> object:
    """The values of a well-formed YAML file, or None: anything unusual (a bad byte, a syntax
    error, a duplicate key, an empty file) is left to read(), which reports it exactly.
    A top-level function, so that worker processes can run it."""
    try:
        return _fast(path)
    except Exception:  # noqa: BLE001 — any failure means: read it the careful way
        return None


def _fast(path: Path) -> object:
    if refuse_file(path, MAX_YAML_BYTES):
        return None
    raw = Path(path).read_bytes().removeprefix(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    if structure_problem(text, str(path), raw):
        return None
    return values(text, raw)


def values(text: str, raw: bytes | None = None) -> object:
    """The values of a YAML text, NFC: read by yaml-rs when it reads them as PyYAML does (see
    _YAML11), else by PyYAML's C loader. Raises on anything the careful path must report.
    `raw`: the text as UTF-8, when the caller has it."""
    normal = text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    raw = normal.encode("utf-8") if raw is None or normal is not text else raw
    dates = yaml_rs_dates(raw)
    if dates is not None:
        import yaml_rs  # when first needed, as RE2: commands that read no YAML load neither

        return yaml_rs.loads(normal, parse_datetime=dates, duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error)
    return yaml.load(normal, Loader=_FastLoader)


def yaml_rs_dates(raw: bytes) -> bool | None:
    """Whether yaml-rs reads this UTF-8 text as PyYAML does with its dates read (True), or
    with none read (False: it would read quoted ones); None when it would read it otherwise."""
    found = _patterns()
    if found.yaml11.search(raw):
        return None
    plain = found.times.search(raw) is not None
    return None if plain and found.quoted_times.search(raw) else plain


# Texts that may hold aliases or deep nesting ("[[", "- - "), scanned before they are loaded.
_STRUCTURE = r"[*&]|[\[{]\s*[\[{]|-[ \t]+-[ \t]"

# yaml-rs reads YAML 1.2, PyYAML YAML 1.1: they differ on plain scalars such as yes, no, on, off,
# 010, 0o10, 1_000, 1:30, 1e3, .5, =, and yaml-rs also reads a date or time written in quotes or
# in a block as a date. A file is left to PyYAML when it holds any of these, or anything else
# PyYAML reads or refuses otherwise: tags, complex and merge keys, directives, several documents,
# tabs, escapes, NEL and the other line breaks of YAML 1.1, characters PyYAML refuses.
_SCALAR_START = r"(?:^|[:?\-][ ]|[\[{,][ ]*)[ \-\[{]*"
_SCALAR_END = r"[ ]*(?:\r?$|#|:(?:[ ]|\r?$)|[,\]}])"
_YAML11_SCALAR = (r"(?:(?i:yes|no|on|off)|=|[-+]?(?:[_.]|0\w|[0-9]+(?:[_:eE]|\.[0-9]*[_:eE.]))[0-9a-fA-FoOxX_.:+-]*"
                  r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ ]+[0-9])[^\n#]*)")
_YAML11 = "|".join([
    _SCALAR_START + _YAML11_SCALAR + _SCALAR_END,
    r"(?:^|[\s\[{,])[!?&*@`]",  # tags, complex keys, anchors and aliases, reserved
    r"(?:^|[\s\[{,])[|>]",  # a block scalar (the two read an empty one apart), or "|" or ">" starting a text
    r"[\[{,][ ]*:[^ \r\n]|:[?,\]}]",  # a plain scalar starting with ":", or holding ":?" ":," ":]" ":}", written inline
    # a list or mapping written inline over several lines (they part on scalars that go on):
    # a line whose last bracket opens one, that ends with a comma, or that starts by closing one
    r"[\[{][^\[\]{}\n]*$|,[ \t]*\r?$|^[ \t]*[\]}]",
    r"[{,][ ]*[\[{]",  # a list or mapping inside one written inline (it may be a key)
    r"[\]}][ ]*:", r"(?:^|[\[{,])[ \-]*:(?:[ ]|\r?$)",  # a list or mapping as a key, an empty key
    r"<<", r"\\", r"^(?:%|---|\.\.\.)", r"\r(?:[^\n]|\z)",  # merges, escapes, directives, documents, a lone CR
    r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef\xbb\xbf|\xef\xbf[\xbe\xbf]",
])
_TIMES = r"(?:^|[\s\[{,:])[0-9]{1,4}[-:][0-9]"  # a plain scalar that may be a date or a time
_QUOTED_TIMES = r"['\"][0-9]{1,4}[-:]|^[ ]*[0-9]{1,4}[-:]"  # one that is not plain


@dataclass(frozen=True)
class _Patterns:
    """The patterns above, compiled by RE2 for the UTF-8 bytes of a text: one linear pass each,
    about ten times Python's re on these patterns."""

    structure: object
    yaml11: object
    times: object
    quoted_times: object


@functools.cache
def _patterns() -> _Patterns:
    import re2

    options = re2.Options()
    options.encoding, options.log_errors = re2.Options.Encoding.LATIN1, False  # bytes, not UTF-8
    return _Patterns(*(re2.compile(f"(?m){p}".encode("latin-1"), options)
                       for p in (_STRUCTURE, _YAML11, _TIMES, _QUOTED_TIMES)))


def values_of(paths: list[Path]) -> Iterator[object]:
    """fast_values of each file, one at a time, so that each file's values can be made into
    models and let go before the next is read. One process: worker processes parsed with
    PyYAML on two cores faster than one, but yaml-rs parses faster than a worker's values can
    be sent back."""
    return (fast_values(p) for p in paths)
