"""The HTTP API of the central service (FastAPI). Routes stay thin: they authenticate, then
hand over to the service functions and the repository, which the supervisor pages will share.

The database work runs in the thread pool (SQLAlchemy sessions are synchronous) with one
transaction per request; nothing is kept in the process between requests.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

import anyio
from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import __version__
from app.central import downsync
from app.central.auth import authenticate
from app.central.context import ServiceContext
from app.central.enrolment import enrol
from app.central.errors import ApiError
from app.central.limits import RequestLimits
from app.central.settings import ServiceSettings
from app.central.uploads import receive_upload
from app.central.versioning import ProtocolHeaders, check_client_protocol
from app.domain.clock import utcnow
from app.sync.messages import (
    Assignment,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    PackEnvelope,
    Receipt,
    ReturnForRevision,
)
from app.sync.protocol import PROTOCOL_VERSION

log = logging.getLogger("asa.central")
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 408, 409, 413, 422, 426, 431, 500, 503)
}


def create_app(settings: ServiceSettings, enable_echo: bool = False) -> FastAPI:
    ctx = ServiceContext.open(settings)
    app = FastAPI(
        title="ASA central case-system service",
        version=__version__,
        description="Enrolment, exactly-once transcript upload, down-sync. "
        "See docs/sync-protocol.md.",
        lifespan=_serving,
    )
    app.state.ctx = ctx
    app.add_middleware(RequestLimits, limits=settings.limits)
    app.add_middleware(ProtocolHeaders, oldest=settings.oldest_client)
    _install_error_handlers(app)

    # Database work runs on at most as many threads as the pool has steady connections: more
    # threads would only queue for a connection and contend for the GIL (docs/benchmarks.md).
    database_threads = anyio.CapacityLimiter(settings.database_threads)

    async def in_database(run: Callable[[], Any]) -> Any:
        return await anyio.to_thread.run_sync(run, limiter=database_threads)

    async def in_transaction(request: Request, work: Callable) -> Any:
        check_client_protocol(request.headers, settings.oldest_client)
        body = await request.body()  # complete and within its limit (RequestLimits)
        path_and_query = _signed_path(request)

        def run() -> Any:
            with ctx.sessions.begin() as session:
                now = utcnow()
                device = authenticate(
                    session,
                    request.headers,
                    request.method,
                    path_and_query,
                    body,
                    now,
                    settings.clock_skew_seconds,
                )
                return work(session, device, body, now)

        return await in_database(run)

    @app.get("/v1/health")
    async def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "protocol": str(PROTOCOL_VERSION),
            "oldest_client_protocol": str(settings.oldest_client),
            "service_key_id": ctx.service_key_id,
        }

    @app.post("/v1/enrol", response_model=EnrolResponse, responses=ERRORS)
    async def enrol_device(request: Request, enrolment: EnrolRequest) -> EnrolResponse:
        check_client_protocol(request.headers, settings.oldest_client)

        def run() -> EnrolResponse:
            with ctx.sessions.begin() as session:
                return enrol(session, enrolment, utcnow(), ctx.service_key_id)

        return await in_database(run)

    @app.get("/v1/device", responses=ERRORS)
    async def whoami(request: Request) -> dict[str, Any]:
        return await in_transaction(request, downsync.device_status)

    @app.post(
        "/v1/transcripts",
        response_model=Receipt,
        responses=ERRORS,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Bundle"}}
                },
            }
        },
    )
    async def upload(request: Request) -> Response:
        check_client_protocol(request.headers, settings.oldest_client)
        body = await request.body()  # complete and within its limit (RequestLimits)
        path_and_query = _signed_path(request)

        def run() -> tuple[bool, str]:
            with ctx.uploads() as db:
                return receive_upload(
                    db,
                    request.headers,
                    path_and_query,
                    body,
                    utcnow(),
                    settings.clock_skew_seconds,
                    ctx.service_key,
                )

        stored, receipt_json = await in_database(run)
        return Response(
            receipt_json, status_code=201 if stored else 200, media_type="application/json"
        )

    @app.get("/v1/assignments", response_model=list[Assignment], responses=ERRORS)
    async def assignments(request: Request) -> list[Assignment]:
        return await in_transaction(request, downsync.assignments)

    @app.get("/v1/returns", response_model=list[ReturnForRevision], responses=ERRORS)
    async def returns(request: Request) -> list[ReturnForRevision]:
        return await in_transaction(request, downsync.returns)

    @app.get("/v1/packs", response_model=list[PackEnvelope], responses=ERRORS)
    async def packs(
        request: Request, installed: Annotated[list[str] | None, Query()] = None
    ) -> list:
        versions = dict(item.split("@", 1) for item in installed or [] if "@" in item)
        return await in_transaction(request, lambda s, d, b, n: downsync.pack_updates(s, versions))

    if enable_echo:  # the benchmark's baseline: same stack, no protocol work

        @app.post("/v1/echo", include_in_schema=False)
        async def echo(request: Request) -> dict[str, int]:
            return {"size": len(await request.body())}

    _add_bundle_schema(app)
    from app.central.web.routes import install as install_pages

    install_pages(app, ctx, settings)  # the supervisor pages under /web (docs/architecture.md)
    return app


@asynccontextmanager
async def _serving(_app: FastAPI) -> AsyncIterator[None]:
    """Once the process is up: what lives now (modules, the app, its routes and models, about
    145,000 objects) lives as long as the process, so keep it out of the cyclic collector's
    full passes. Each such pass walked all of it, 85-140 ms of CPU under load with the GIL
    held, about once per 150-300 uploads: in the load bench the collector cost the service
    0.33-0.37 ms per upload, 0.05-0.07 ms with this (issue 11.6). Garbage that is freed by
    reference counting, as nearly all of a request's is, is freed as before."""
    gc.collect()
    gc.freeze()
    yield


def _signed_path(request: Request) -> str:
    """The path and query as the client signed them: exactly as sent, not normalised."""
    raw_path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string", b"")
    return raw_path.decode() + ("?" + query.decode() if query else "")


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        body = ErrorBody(error=exc.code, message=exc.message, details=exc.details)
        return JSONResponse(body.model_dump(), status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        from app.central.web.routes import page_error

        page = await run_in_threadpool(page_error, request, exc.status_code)
        if page is not None:  # a refusal on the supervisor pages: an HTML page, not JSON
            return page
        # Routing and body-parsing refusals of the framework (404, 405, a body that is not
        # UTF-8 JSON): the same shape as every other refusal.
        code, message = _FRAMEWORK_ERRORS.get(
            exc.status_code, ("invalid_request", "The request is not valid.")
        )
        body = ErrorBody(error=code, message=message)
        return JSONResponse(body.model_dump(), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        from app.central.web.routes import page_error

        page = await run_in_threadpool(page_error, request, 400)
        if page is not None:  # a malformed value in a page's address: the HTML error page
            return page
        details = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:20]]
        body = ErrorBody(
            error="invalid_request", message="The request is not valid.", details=details
        )
        return JSONResponse(body.model_dump(), status_code=400)

    @app.exception_handler(OperationalError)
    async def database_down(_request: Request, exc: OperationalError) -> JSONResponse:
        log.error("database unavailable: %s", exc.orig)
        body = ErrorBody(
            error="database_unavailable",
            message="The service's database is not "
            "reachable at the moment; nothing was stored. Try again later.",
        )
        return JSONResponse(body.model_dump(), status_code=503)

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        body = ErrorBody(
            error="internal_error",
            message="The service could not complete the "
            "request and has logged why; nothing was stored in part. Try again.",
        )
        return JSONResponse(body.model_dump(), status_code=500)


_FRAMEWORK_ERRORS = {
    400: ("invalid_request", "The request body is not valid JSON in UTF-8."),
    404: ("not_found", "There is no such endpoint; see /openapi.json."),
    405: ("method_not_allowed", "This endpoint does not take this HTTP method."),
}


def _add_bundle_schema(app: FastAPI) -> None:
    """The upload route reads the raw body (the signature covers the exact bytes), so FastAPI
    cannot see its model; publish the Bundle schema in the OpenAPI document by hand."""
    from app.sync.messages import Bundle

    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        bundle_schema = Bundle.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(bundle_schema.pop("$defs", {}))
        components["Bundle"] = bundle_schema
        return schema

    app.openapi = openapi
