"""The web application: one page and a JSON API under ``/api/``.

* ``POST /api/check``: ``{"text": ..., "audience"?, "jurisdiction"?, "max_reading_age"?, "only"?,
  "skip"?}`` -> the object ``jargonfree check --format json`` prints for one input;
* ``POST /api/rewrite``: ``{"text": ..., "choices"?: {rule: words}, "audience"?, "jurisdiction"?,
  "max_length"?}`` -> what ``jargonfree rewrite --format json`` prints;
* ``GET /api/explain/{term}``: every sense of a glossary term, or 404;
* ``POST /api/suggest``: a suggested glossary entry -> its YAML and the validator's problems.

Safety: a request body over :data:`MAX_BODY` bytes is refused (413) before it is read
whole; only JSON is accepted (a form on another site cannot post here without the browser
asking first); when bound to loopback, a request naming another host is refused (so a web
page elsewhere cannot reach the app by pointing its own host name at 127.0.0.1); nothing a
user sends is logged or stored; every response forbids the page from loading anything from
elsewhere (Content-Security-Policy).
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any, Sequence

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..checker import check, resolve_glossary
from ..data import read_text
from ..explain_lookup import not_found, senses_for
from ..glossary import Glossary
from ..nations import NATION_NAMES
from ..render import Outcome
from ..render.jsonfmt import outcome_dict
from ..rewriter import rewrite
from ..settings import Settings, SettingsError
from . import suggest

#: The largest request body accepted, in bytes (a long leaflet is about 20,000).
MAX_BODY = 200_000
#: Host names that reach a server bound to loopback.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost")

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
_STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}
# How findings look, shared with the HTML report (jargonfree/data/highlights.css).
_SHARED_STYLE = "highlights.css"


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def read_json(request: Request, limit: int = MAX_BODY) -> dict[str, Any]:
    """The request's JSON object, refusing a body over ``limit`` bytes without reading it all."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise HTTPException(415, "send JSON, with the header Content-Type: application/json")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the request is too large: at most {limit:,} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"the request is too large: at most {limit:,} bytes")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, "the request is not valid JSON") from None
    if not isinstance(data, dict):
        raise HTTPException(400, 'send a JSON object, such as {"text": "..."}')
    return data


def _text(data: dict[str, Any]) -> str:
    text = data.get("text")
    if not isinstance(text, str):
        raise HTTPException(400, 'say what to check: {"text": "..."}')
    return text


def _option(data: dict[str, Any], name: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
    value = data.get(name, default)
    # JSON's true and false are not numbers, although Python's bool is an int.
    if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
        raise HTTPException(400, f"'{name}' has the wrong type")
    return value


def _kinds(data: dict[str, Any], name: str) -> frozenset[str] | None:
    value = _option(data, name, list)
    if value is None:
        return None
    if not all(isinstance(v, str) for v in value):
        raise HTTPException(400, f"'{name}' must be a list of check names")
    return frozenset(value)


def _settings(data: dict[str, Any]) -> Settings:
    try:
        return Settings.for_audience(
            _option(data, "audience", str, "public"),
            jurisdiction=_option(data, "jurisdiction", str),
            max_reading_age=_option(data, "max_reading_age", (int, float)),
            only=_kinds(data, "only"),
            skip=_kinds(data, "skip"),
        )
    except SettingsError as exc:
        raise HTTPException(400, str(exc)) from None


def entry_json(entry: Any, glossary: Glossary) -> dict[str, object]:
    """What a reader needs of a glossary entry, with its sources spelt out."""
    sources = []
    for source_id in entry.sources:
        source = glossary.sources.get(source_id)
        sources.append(
            {"id": source_id, "title": source.title, "publisher": source.publisher, "url": source.url}
            if source
            else {"id": source_id}
        )
    return {
        "id": entry.id,
        "term": entry.term,
        "sense": entry.sense,
        "plain": list(entry.plain),
        "in_brackets": list(entry.in_brackets),
        "explanation": entry.explanation,
        "keep_when": entry.keep_when,
        "jurisdiction": entry.jurisdiction,
        "where": NATION_NAMES.get(entry.jurisdiction, entry.jurisdiction),
        "sources": sources,
    }


def create_app(glossaries: Sequence[str] = (), *, allowed_hosts: Sequence[str] | None = LOOPBACK_HOSTS) -> Starlette:
    """The application. ``glossaries`` are extra glossary files (as ``--glossary``);
    ``allowed_hosts`` the Host names accepted (None for any, when serving a network)."""
    glossary = resolve_glossary(list(glossaries))  # loaded now, so a bad file stops the start

    async def page(request: Request) -> Response:
        return Response(files(__package__).joinpath("static/index.html").read_bytes(), media_type="text/html; charset=utf-8")

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name == _SHARED_STYLE:
            return Response(read_text(_SHARED_STYLE), media_type="text/css; charset=utf-8")
        if name not in _STATIC:
            raise HTTPException(404, "no such file")
        return Response(files(__package__).joinpath("static", name).read_bytes(), media_type=_STATIC[name])

    async def api_check(request: Request) -> JSONResponse:
        data = await read_json(request)
        text, settings = _text(data), _settings(data)
        report = await run_in_threadpool(check, text, glossaries=glossary, settings=settings)
        return JSONResponse(outcome_dict(Outcome("-", report=report)))

    async def api_rewrite(request: Request) -> JSONResponse:
        data = await read_json(request)
        text = _text(data)
        choices = _option(data, "choices", dict, {})
        if not all(isinstance(k, str) and isinstance(v, (str, int)) and not isinstance(v, bool) for k, v in choices.items()):
            raise HTTPException(400, "'choices' maps a rule id to the words chosen")
        max_length = _option(data, "max_length", int)
        settings = _settings(data)  # checks audience and jurisdiction
        try:
            result = await run_in_threadpool(
                rewrite,
                text,
                audience=settings.audience,
                glossaries=glossary,
                jurisdiction=settings.jurisdiction,
                choices=choices,
                max_length=max_length,
            )
        except SettingsError as exc:  # a choice for no entry, a max_length below 1
            raise HTTPException(400, str(exc)) from None
        return JSONResponse({"path": "-", **result.to_dict()})

    async def api_explain(request: Request) -> JSONResponse:
        term = request.path_params["term"]
        senses = senses_for(glossary, term)
        if not senses:
            raise HTTPException(404, not_found(glossary, term))  # as 'jargonfree explain' says it
        return JSONResponse({"term": term, "senses": [entry_json(e, glossary) for e in senses]})

    async def api_suggest(request: Request) -> JSONResponse:
        data = await read_json(request)
        result = await run_in_threadpool(suggest.check_suggestion, data)
        return JSONResponse(result)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return Response(exc.detail, status_code=exc.status_code, media_type="text/plain; charset=utf-8")

    routes = [
        Route("/", page),
        Route("/static/{name}", static),
        Route("/favicon.ico", lambda request: Response(status_code=204)),  # no icon, and no 404 in the console
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/rewrite", api_rewrite, methods=["POST"]),
        Route("/api/explain/{term:path}", api_explain),
        Route("/api/suggest", api_suggest, methods=["POST"]),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    return Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: http_error})
