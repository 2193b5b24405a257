"""The web pages: a planner uploads a plan and sees its findings at its own paragraphs; an
auditor sees the year's audit of the workspace; anyone can see where a unit's obligations come
from. Starlette and Jinja2 (autoescaping on), everything served from this package.

Safe by default: an upload limit, the type from the content, uploads only in a temporary
folder removed after the answer, a time limit per check, a per-browser token against
cross-site forms, and an error page in the reader's language instead of a traceback."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
import secrets
import threading
from urllib.parse import quote
from dataclasses import dataclass, field, replace
from pathlib import Path

import anyio
import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from cascade import audit, explain, importer, load, pipeline
from cascade.errors import InputError, Location
from cascade.finding import SEVERITIES, Finding
from cascade.i18n import translation
from cascade.hierarchy import name_key, valid_on
from cascade.workspace import OTHER_AREA, Workspace
from cascade.messages import render as render_problem
from cascade.messages import say
from cascade.report import json_report
from cascade.report.audit import FORMATS as AUDIT_FORMATS
from cascade.report.audit import html as audit_html
from cascade.report.audit.labels import WORDS as AUDIT_WORDS
from cascade.report.summary import counts_line, not_checked_lines, summarise
from cascade.report.xlsx import findings_workbook
from cascade.web import CONFIG, LOOPBACK, upload
from cascade.web.words import WORDS

HERE = Path(__file__).parent
TIME_LIMIT = 120  # seconds for one check
CONCURRENT = 4  # checks at once; the others wait their turn
KEEP_ON_PAGE = 5 * 1024 * 1024  # an upload this small is kept in the page (base64) to re-check it
BODY_LIMIT = upload.MAX_BYTES + KEEP_ON_PAGE * 2  # a form carries a file or the page's copy of it
CSRF_COOKIE = "cascade_csrf"
MATRIX_ROWS = 500  # a province has a few hundred units; the country is filtered before it is shown
MEDIA = {"json": "application/json", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "html": "text/html", "markdown": "text/markdown", "text": "text/plain", "sarif": "application/sarif+json"}
EXTENSION = {"json": "json", "xlsx": "xlsx", "html": "html", "markdown": "md", "text": "txt", "sarif": "sarif"}


class Failure(Exception):
    """A page that says what went wrong: (code in WORDS[lang]['errors'], HTTP status)."""

    def __init__(self, code: str, status: int, detail: str = ""):
        super().__init__(code, status, detail)
        self.code, self.status, self.detail = code, status, detail


class Workspaces:
    """The workspace, loaded once and again only when one of its files changes. Each request
    gets its own list of documents: an uploaded plan is added to that, never to the shared one."""

    def __init__(self, root: Path | None):
        self.root, self.lock = root, threading.Lock()
        self.loaded: Workspace | None = None
        self.signature: tuple = ()

    def _signature(self) -> tuple:
        if self.root is None:
            return ()
        files = [self.root / load.WORKSPACE_FILE, self.root / "hierarchy.yaml", *load.document_files(self.root, False)]
        return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.is_file())

    def get(self) -> tuple[Workspace, tuple]:
        signature = self._signature()
        with self.lock:
            if self.loaded is None or signature != self.signature:
                self.loaded, self.signature = load.load_workspace(self.root), signature
            ws = self.loaded
        return replace(ws, documents=dict(ws.documents), _issued={}, _indexed=-1), signature


@dataclass
class Settings:
    root: Path | None  # the workspace; None: the national layer alone
    workspaces: Workspaces = None
    audits: dict = field(default_factory=dict)  # (year, lang, workspace signature) -> Audit, built once
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self):
        self.workspaces = Workspaces(self.root)


def _lang(request: Request, form=None) -> str:
    value = (form.get("lang") if form is not None else None) or request.query_params.get("lang")
    return "en" if value == "en" else "vi"


def _environment() -> jinja2.Environment:
    """The web's templates, then the audit report's (one set for the page and the file)."""
    return audit_html.environment(HERE / "templates")


ENV = _environment()
CSS = (HERE / "static" / "style.css").read_text(encoding="utf-8")


def create_app(root: Path | None, hosts: list[str] | None = None) -> Starlette:
    """The app on a workspace; `hosts`: the Host headers accepted (all when None). On loopback
    only the machine's own names are, so that a web site cannot reach the page through a
    name of its own that resolves to 127.0.0.1 (DNS rebinding)."""
    settings = Settings(root)
    env = ENV
    limiter = anyio.CapacityLimiter(CONCURRENT)

    def page(request: Request, template: str, lang: str, status: int = 200, **context) -> HTMLResponse:
        token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
        other = request.url.include_query_params(lang=WORDS[lang]["switch_lang"])
        switch = f"{other.path}?{other.query}"  # relative: the page works under any host name
        html = env.get_template(template).render(w=WORDS[lang], lang=lang, csrf=token, switch=switch,
                                                 workspace=_workspace_name(settings.root), **context)
        response = HTMLResponse(html, status_code=status)
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        response.headers["Content-Security-Policy"] = ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                                       "script-src 'self'; form-action 'self'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        if request.method == "POST":  # an answer holds the plan's text: not kept in caches
            response.headers["Cache-Control"] = "no-store"
        return response

    def failure(request: Request, lang: str, code: str, status: int, detail: str = "") -> HTMLResponse:
        message = WORDS[lang]["errors"].get(code, code)
        return page(request, "error.html", lang, status, code=code, message=message, detail=detail)

    async def home(request: Request) -> Response:
        return page(request, "check.html", _lang(request))

    async def check(request: Request) -> Response:
        lang = _lang(request)
        try:
            form = await _form(request)
            lang = _lang(request, form)
            _same_origin(request, form)
            content, name = await _content(form)
            issuer = (form.get("issuer") or "").strip() or None
            query = (form.get("q") or "").strip()
            if query and not issuer:
                return _choose(request, lang, content, name, None, query, settings)
            try:
                with anyio.fail_after(TIME_LIMIT):
                    answer = await anyio.to_thread.run_sync(_check_upload, settings.workspaces, content, name, issuer, lang,
                                                            abandon_on_cancel=True, limiter=limiter)
            except TimeoutError:
                raise Failure("timeout", 503) from None
            except importer.AmbiguousIssuer as exc:
                return _choose(request, lang, content, name, exc, "", settings)
            except importer.NoIssuer as exc:
                return _choose(request, lang, content, name, exc, exc.args[0] or "", settings)
        except Failure as exc:
            return failure(request, lang, exc.code, exc.status, exc.detail)
        except upload.Refused as exc:
            return failure(request, lang, exc.code, exc.status)
        except InputError as exc:  # the importer refused the file: its own words, without the temporary path
            detail = "; ".join(render_problem(p, lang)[len(str(p.location)) + 2:] for p in exc.problems)
            code = "doc" if any(p.code == "import-protected" for p in exc.problems) else "damaged"
            return failure(request, lang, code, 422, detail)
        keep = _b64(content) if len(content) <= KEEP_ON_PAGE else ""
        return page(request, "result.html", lang, a=answer, kept=keep, name=name, issuer=answer.issuer,
                    explain_href=lambda f: _explain_href(f, answer.year, lang))

    def _choose(request, lang, content, name, exc, query, settings) -> HTMLResponse:
        ws, _ = settings.workspaces.get()
        on = dt.date.today()
        if isinstance(exc, importer.AmbiguousIssuer):
            written, candidates = exc.name, exc.candidates
        else:
            written, candidates = (exc.args[0] if exc else None), _search(ws, query, on) if query else []
        keep = _b64(content) if len(content) <= KEEP_ON_PAGE else ""
        return page(request, "choose.html", lang, 409 if exc else 200, name=name, kept=keep, written=written,
                    ambiguous=isinstance(exc, importer.AmbiguousIssuer), candidates=candidates, q=query)

    async def audit_page(request: Request) -> Response:
        lang = _lang(request)
        report, years = await _audit(request, lang)
        unit_q = request.query_params.get("unit", "").strip()
        area = request.query_params.get("area", "")
        problems = request.query_params.get("problems") == "1"
        rows = _matrix_rows(report, unit_q, area if area in report.areas else "", problems)
        return page(request, "audit.html", lang, a=report, aw=AUDIT_WORDS[lang], years=years, rows=rows,
                    unit_q=unit_q, area=area, problems=problems, total=len(report.matrix), limit=MATRIX_ROWS,
                    shown={unit for unit, _ in rows},
                    tables=audit_html.audit_tables(report, lang),
                    unit_href=lambda unit: f"/explain/{quote(unit)}?year={report.year}&lang={lang}",
                    cell_href=lambda unit, area: f"/explain/{quote(unit)}?year={report.year}&lang={lang}#area-{area}",
                    formats=[f for f in AUDIT_FORMATS if f != "text"] + ["text"])

    async def audit_download(request: Request) -> Response:
        lang = _lang(request)
        fmt = request.path_params["format"]
        if fmt not in AUDIT_FORMATS:
            raise HTTPException(404)
        report, _ = await _audit(request, lang)
        body = AUDIT_FORMATS[fmt](report, lang)
        filename = f"bao-cao-{report.year}.{EXTENSION[fmt]}" if lang == "vi" else f"audit-{report.year}.{EXTENSION[fmt]}"
        return Response(body, media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    async def _audit(request: Request, lang: str):
        ws, signature = await anyio.to_thread.run_sync(settings.workspaces.get, limiter=limiter)
        years = sorted({y for d in ws.documents.values() if not d.reference for y in _years(d)})
        default = audit.default_year(ws, dt.date.today())
        try:
            year = int(request.query_params.get("year") or default)
        except ValueError:
            year = default
        if year not in years and years:
            year = default
        key = (year, lang, signature)
        if key not in settings.audits:
            report = await anyio.to_thread.run_sync(audit.build, ws, year, None, lang, limiter=limiter)
            with settings.lock:
                settings.audits[key] = report
        return settings.audits[key], years or [year]

    async def explain_page(request: Request) -> Response:
        lang = _lang(request)
        ws, _ = await anyio.to_thread.run_sync(settings.workspaces.get, limiter=limiter)
        unit = request.path_params["unit"]
        if unit not in ws.hierarchy.units:
            return failure(request, lang, "no-unit", 404)
        try:
            year = int(request.query_params.get("year") or explain.default_year(ws, unit, dt.date.today().year))
        except ValueError:
            year = dt.date.today().year
        data = await anyio.to_thread.run_sync(explain.explain, ws, unit, year, None, limiter=limiter)
        names = ws.rules.area_names(lang)
        order = [*ws.rules.area_ids, OTHER_AREA]
        rank = {a: i for i, a in enumerate(order)}

        def grouped(items):  # in the seven areas' order
            areas = sorted({i["area"] for i in items}, key=lambda a: rank.get(a, len(order)))
            return [(a, names.get(a, a), [i for i in items if i["area"] == a]) for a in areas]

        return page(request, "explain.html", lang, d=data, aw=AUDIT_WORDS[lang], indicators=ws.rules.indicator_names(lang),
                    targets=grouped(data["targets"]), tasks=grouped(data["tasks"]),
                    target_areas={t["area"] for t in data["targets"]})

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        return failure(request, _lang(request), "method" if status == 405 else "not-found", status)

    async def internal(request: Request, exc: Exception) -> Response:
        return failure(request, _lang(request), "internal", 500)

    routes = [
        Route("/", home), Route("/check", check, methods=["POST"]),
        Route("/check", lambda request: RedirectResponse(f"/?lang={_lang(request)}", 303), methods=["GET"]),
        Route("/audit", audit_page), Route("/audit/download/{format}", audit_download),
        Route("/explain/{unit}", explain_page),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    handlers = {404: not_found, 405: not_found, HTTPException: not_found, Exception: internal}
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=hosts)] if hosts else []
    return Starlette(routes=routes, exception_handlers=handlers, middleware=middleware)


# ---------------------------------------------------------------- the form


async def _form(request: Request):
    """The form, its body read up to a limit (whatever the headers claim)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > BODY_LIMIT:
        raise Failure("too-large", 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > BODY_LIMIT:
            raise Failure("too-large", 413)
        chunks.append(chunk)
    body = b"".join(chunks)

    async def replay():
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        return await Request(request.scope, replay).form(max_files=1, max_fields=20, max_part_size=BODY_LIMIT)
    except Exception:  # noqa: BLE001 — a malformed body is the sender's fault, said in one line
        raise Failure("bad-form", 400) from None


def _same_origin(request: Request, form) -> None:
    """The form's token must be this browser's cookie, and the page it came from this site."""
    cookie, sent = request.cookies.get(CSRF_COOKIE, ""), str(form.get("csrf") or "")
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.rstrip("/") != f"{request.url.scheme}://{request.url.netloc}":
        raise Failure("csrf", 403)
    if not cookie or not hmac.compare_digest(cookie, sent):
        raise Failure("csrf", 403)


async def _content(form) -> tuple[bytes, str]:
    """The file's bytes and the name the planner gave it: an uploaded file, or the copy a
    result page kept (to re-check with a chosen issuer or in the other language)."""
    file = form.get("file")
    if file is not None and not isinstance(file, str) and file.filename:
        content = await file.read(upload.MAX_BYTES + 1)
        name = upload.display_name(file.filename)
    elif form.get("kept"):
        try:
            content = base64.b64decode(str(form.get("kept")), validate=True)
        except (binascii.Error, ValueError):
            raise Failure("bad-form", 400) from None
        name = upload.display_name(str(form.get("name") or ""))
    else:
        raise Failure("no-file", 400)
    upload.kind_of(content)  # refused here, before any work, when it is not a plan
    return content, name


def _b64(content: bytes) -> str:
    return base64.b64encode(content).decode("ascii")


# ---------------------------------------------------------------- a check


@dataclass
class Paragraph:
    line: int
    text: str
    cells: list[str] | None
    bold: bool
    findings: list[Finding]
    unread: bool = False  # a passage the reader could not classify


@dataclass
class Answer:
    document: str
    issuer: str
    issuer_name: str
    title: str
    period: str
    counts: dict
    findings: list[Finding]
    whole: list[Finding]  # findings with no paragraph of their own (the header, the document)
    paragraphs: list[Paragraph]
    not_checked: list[str]
    unread: list[dict]
    word: bool  # a Word file: "paragraph N"; text: "line N"
    downloads: dict  # format -> (file name, data: URI)
    year: int  # the first year the plan covers


def _check_upload(workspaces: Workspaces, content: bytes, name: str, issuer: str | None, lang: str) -> Answer:
    ws, _ = workspaces.get()
    with upload.saved(content) as path:
        imported = load.import_plan(path, ws, issuer)
    doc_id = ws.add(imported.document)
    doc = ws.documents[doc_id]
    findings = [replace(f, location=Location(name, f.location.line, f.location.column))
                for f in pipeline.check(ws, [doc_id], lang) if f.document == doc_id]
    notes = pipeline.not_checked(ws, [doc_id], {doc_id: len(imported.unclassified)})
    summary = summarise(findings, [doc_id], notes)
    lines = {b.line for b in imported.blocks}
    where = {b.where: b.line for b in imported.blocks}
    by_line: dict[int, list[Finding]] = {}
    whole = []
    for f in findings:
        if f.location.line in lines and f.location.line > 1:
            by_line.setdefault(f.location.line, []).append(f)
        else:
            whole.append(f)
    unread_lines = {where.get(u["where"]) for u in imported.unclassified}
    paragraphs = [Paragraph(b.line, b.text, b.cells, b.bold, by_line.get(b.line, []), b.line in unread_lines)
                  for b in imported.blocks]
    stem = upload.download_stem(name)
    report_json = json_report.render(findings, summary, lang)
    downloads = {
        "json": (f"{stem}.json", "data:application/json;charset=utf-8;base64," + _b64(report_json.encode())),
        "xlsx": (f"{stem}.xlsx", f"data:{MEDIA['xlsx']};base64," + _b64(findings_workbook(findings, summary, lang))),
    }
    period = doc.period
    answer = Answer(
        document=doc_id, issuer=doc.issuer, issuer_name=ws.hierarchy.units[doc.issuer].name, title=doc.title or "",
        period=(f"{period.start}–{period.end}" if period.end != period.start else str(period.start)) if period else "—",
        counts={"findings": summary["findings"], **summary["by_severity"], "text": counts_line(summary, lang)},
        findings=sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), f.location.line)), whole=whole,
        paragraphs=paragraphs, not_checked=_not_checked(summary, lang),
        unread=[{**u, "where": say(u["where"], lang), "line": where.get(u["where"], 0)} for u in imported.unclassified],
        word=path.suffix == ".docx", downloads=downloads,
        year=period.start if period else dt.date.today().year,
    )
    page = ENV.get_template("answer_file.html").render(a=answer, w=WORDS[lang], lang=lang, name=name, css=CSS)
    downloads["html"] = (f"{stem}.html", "data:text/html;charset=utf-8;base64," + _b64(page.encode()))
    return answer


def _explain_href(f: Finding, year: int, lang: str) -> str | None:
    """Where a finding's obligations come from: the unit's explain page, at the finding's area."""
    if not (f.area or f.source):
        return None
    return f"/explain/{quote(f.unit)}?year={year}&lang={lang}" + (f"#area-{f.area}" if f.area else "")


def _not_checked(summary: dict, lang: str) -> list[str]:
    """What could not be checked, in the page's words (the page lists the unread passages itself)."""
    lines, words = [], translation(lang)
    for note, line in zip(summary["not_checked"], not_checked_lines(summary, lang)):
        n = int(note["detail"]) if note["reason"] == "unread" else 0
        lines.append(words.ngettext(
            "{n} passage cascade could not read (not recognised as a target or a task): listed below, and marked in "
            "the plan's text.",
            "{n} passages cascade could not read (not recognised as a target or a task): listed below, and marked in "
            "the plan's text.", n).format(n=n) if note["reason"] == "unread" else line.split(": ", 1)[-1])
    return lines


def _search(ws, query: str, on: dt.date, limit: int = 40) -> list[tuple[str, str, str]]:
    """Units whose name contains the words searched, those that exist today first."""
    key = name_key(query)
    if not key:
        return []
    found = [u for u in ws.hierarchy.units.values() if key in name_key(u.name) or key == u.id]
    found.sort(key=lambda u: (not valid_on(u, on), u.name))
    return [(u.id, u.name, ", ".join(ws.hierarchy.units[a].name for a in ws.hierarchy.ancestors(u.id, on)[:-1]))
            for u in found[:limit]]


# ---------------------------------------------------------------- the audit


def _years(doc) -> range:
    return range(doc.period.start, doc.period.end + 1) if doc.period else range(0)


def _matrix_rows(report, unit_q: str, area: str, problems_only: bool) -> list[tuple[str, dict]]:
    """The matrix rows, problems first (missing, then weaker, then unknown), filtered."""
    weight = {"missing": 0, "weaker": 1, "unknown": 2, "covered": 3, "no-plan": 4}
    key = name_key(unit_q) if unit_q else ""
    rows = []
    for unit, cells in report.matrix.items():
        if key and key not in name_key(report.names[unit]) and key != unit:
            continue
        states = [cells[area]] if area else list(cells.values())
        if problems_only and not any(s in ("missing", "weaker", "unknown") for s in states):
            continue
        rows.append((min(weight[s] for s in states), report.names[unit], unit, cells))
    return [(unit, cells) for _, _, unit, cells in sorted(rows)]


def _workspace_name(root: Path | None) -> str:
    return root.name if root else ""


def from_config() -> Starlette:
    """The app `cascade serve` starts (uvicorn builds it by name)."""
    host = CONFIG.get("host", LOOPBACK)
    return create_app(CONFIG.get("root"), ["127.0.0.1", "localhost", "::1", "[::1]"] if host == LOOPBACK else None)
