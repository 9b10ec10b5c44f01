"""The web application: one FastAPI app holding one pipeline, the JSON API under /api and the page at /.

The app is thin: every route parses its parameters, calls the pipeline (`Crosswire`) and formats the answer. Errors
are answered as JSON `{"error": ..., "status": ...}` with a sentence a person can act on, never a traceback:
crosswire's own exceptions map to 4xx/5xx codes here, and FastAPI's validation errors are rewritten the same way.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from crosswire import __version__
from crosswire.errors import ConfigError, CrosswireError, InputError, NotFoundError, ResourceError, StoreError
from crosswire.pipeline import Crosswire
from crosswire.settings import Settings

STATIC = Path(str(resources.files("crosswire.serve") / "static"))


class ServeState:
    """What every request shares: the pipeline, the settings, and a lock so that ingests run one at a time
    (clustering an article must see the articles ingested before it; reads need no lock)."""

    def __init__(self, crosswire: Crosswire) -> None:
        self.crosswire = crosswire
        self.settings = crosswire.settings
        self.ingest_lock = threading.Lock()


def _status_of(error: CrosswireError) -> int:
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, InputError):
        return 422
    if isinstance(error, ConfigError):
        return 400
    if isinstance(error, StoreError | ResourceError):
        return 503
    return 500


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)


def _where(location: Sequence[Any]) -> str:
    parts = [str(part) for part in location]
    if parts and parts[0] in ("query", "path", "header", "body"):
        kind = {"query": "query parameter", "path": "path parameter", "header": "header", "body": "body"}[parts[0]]
        return f"{kind} {'.'.join(parts[1:])!r}" if len(parts) > 1 else kind
    return ".".join(parts) or "request"


def validation_message(errors: Sequence[Any]) -> str:
    """FastAPI's validation errors as one sentence: which parameter, what was wrong, what was given."""
    sentences = []
    for error in errors:
        given = error.get("input")
        shown = f" (got {given!r})" if given is not None and not isinstance(given, dict | list) else ""
        sentences.append(f"{_where(error.get('loc', ()))}: {error.get('msg', 'is invalid')}{shown}")
    return "; ".join(sentences) + ". See /docs for every parameter and its type."


def create_app(crosswire: Crosswire) -> FastAPI:
    """The app serving `crosswire`'s store. The caller keeps ownership of the pipeline and closes it."""
    from crosswire.serve.routes import router

    app = FastAPI(
        title="crosswire",
        version=__version__,
        description=(
            "Verified event records built from news articles: every fact with its sources, their quotes and a "
            "status (corroborated, single-source, contested). Writes need `Authorization: Bearer <token>` when "
            "the server was started with CROSSWIRE_API_TOKEN."
        ),
    )
    app.state.serve = ServeState(crosswire)
    app.add_middleware(GZipMiddleware, minimum_size=2048)

    @app.exception_handler(CrosswireError)
    async def crosswire_error(_request: Request, error: CrosswireError) -> JSONResponse:
        return error_response(_status_of(error), str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(422, validation_message(error.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        message = str(error.detail)
        if error.status_code == 404 and message == "Not Found":
            message = "no such page or endpoint: the API is under /api (see /docs), the page is at /"
        elif error.status_code == 405 and message == "Method Not Allowed":
            message = "this endpoint does not accept that HTTP method: see /docs for the methods each one takes"
        return error_response(error.status_code, message, dict(error.headers) if error.headers else None)

    app.include_router(router, prefix="/api")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    return app


def app_for_settings(settings: Settings) -> FastAPI:
    """An app that opens the store named by `settings` on start-up and closes it on shutdown."""
    crosswire = Crosswire(settings)
    app = create_app(crosswire)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        crosswire.close()

    app.router.lifespan_context = lifespan
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app under uvicorn until interrupted (one process; reads run in its thread pool)."""
    import uvicorn

    uvicorn.run(app_for_settings(settings), host=host, port=port, log_level="info")
