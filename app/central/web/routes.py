"""The pages: sign-in, sign-out, language, inbox, a transcript's page.

Routes are thin: they ask ``Pages`` who is signed in, hand over to the repository, render.
Database work runs in the thread pool (sync ``def`` routes), one transaction per request.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from app.central.context import ServiceContext
from app.central.models import REVIEW_STATES
from app.central.repository import inbox as inbox_queries
from app.central.repository import review, web_sessions
from app.central.settings import ServiceSettings
from app.central.web import passwords, ratings
from app.central.web import review as review_page
from app.central.web.i18n import LANGUAGES
from app.central.web.pages import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    SIGNIN_CSRF_COOKIE,
    Pages,
    SignInRequired,
    safe_next,
)
from app.central.web.security import WEB_PREFIX, SecurityHeaders, is_page_path
from app.domain.clock import utcnow

STATIC = __import__("pathlib").Path(__file__).resolve().parent / "static"


def install(app: FastAPI, ctx: ServiceContext, settings: ServiceSettings) -> Pages:
    """Mounts the pages on the service's app (called by app.central.api.create_app)."""
    pages = Pages(ctx, settings)
    app.state.pages = pages
    app.add_middleware(SecurityHeaders)
    app.mount(WEB_PREFIX + "/static", StaticFiles(directory=STATIC), name="web-static")
    app.include_router(_router(pages), prefix=WEB_PREFIX, dependencies=[Depends(pages.csrf_guard)])

    @app.get("/", include_in_schema=False)
    @app.get(WEB_PREFIX + "/", include_in_schema=False)  # the address the README gives
    def root() -> RedirectResponse:
        return RedirectResponse(WEB_PREFIX + "/inbox", status_code=303)

    @app.exception_handler(SignInRequired)
    async def sign_in_required(request: Request, _exc: SignInRequired) -> Response:
        if request.method == "GET":
            return pages.to_sign_in(request)
        return pages.error_page(request, 403)

    return pages


def page_error(request: Request, status: int) -> Response | None:
    """The HTML error page for refusals on page paths (404, 403, 405...), else None."""
    pages: Pages | None = getattr(request.app.state, "pages", None)
    if pages is None or not is_page_path(request.url.path):
        return None
    return pages.error_page(request, status)


def _router(pages: Pages) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    sessions = pages.ctx.sessions

    # --- sign-in, sign-out, language ------------------------------------------------------

    @router.get("/sign-in")
    def sign_in_form(request: Request, next: str = "") -> Response:
        return _sign_in_page(request, next, None, 200)

    def _sign_in_page(request: Request, next: str, message: str | None, status: int):
        token = request.cookies.get(SIGNIN_CSRF_COOKIE) or web_sessions.new_csrf()
        response = pages.render(
            request,
            "sign_in.html",
            status=status,
            csrf_token=token,
            next=safe_next(next),
            message=message,
        )
        pages.set_cookie(response, SIGNIN_CSRF_COOKIE, token)
        return response

    @router.post("/sign-in")
    def sign_in(
        request: Request,
        username: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
        next: Annotated[str, Form()] = "",
    ) -> Response:
        _ = pages.gettext(request)
        client = request.client.host if request.client else "unknown"
        now = utcnow()
        username = username.strip()[:100]
        with sessions.begin() as session:
            if web_sessions.is_throttled(session, username, client, now):
                review.record_event(
                    session, None, "sign_in_throttled", now, details={"username": username}
                )
                message = _("Too many failed sign-ins. Wait 15 minutes, then try again.")
                return _sign_in_page(request, next, message, 429)
            user = web_sessions.web_user(session, username)
            if not passwords.verify_password(user.password_hash if user else None, password):
                web_sessions.record_failure(session, username, client, now)
                review.record_event(
                    session, None, "sign_in_failed", now, details={"username": username}
                )
                return _sign_in_page(
                    request, next, _("The user name or the password is not right."), 401
                )
            web_sessions.clear_failures(session, username)
            if passwords.needs_rehash(user.password_hash):
                user.password_hash = passwords.hash_password(password)
            web_sessions.end_idle_sessions(session, now, pages.idle)  # tidy, on a rare path
            token, _csrf = web_sessions.open_session(session, user, now)
            review.record_event(session, user, "sign_in", now)
        response = RedirectResponse(safe_next(next), status_code=303)
        pages.set_cookie(response, SESSION_COOKIE, token)
        response.delete_cookie(SIGNIN_CSRF_COOKIE, path=WEB_PREFIX)
        return response

    @router.post("/sign-out")
    def sign_out(request: Request) -> Response:
        token = request.cookies.get(SESSION_COOKIE, "")
        with sessions.begin() as session:
            found = web_sessions.touch_session(session, token, utcnow(), pages.idle)
            if found:
                review.record_event(session, found[1], "sign_out", utcnow())
            web_sessions.close_session(session, token)
        response = RedirectResponse(WEB_PREFIX + "/sign-in", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=WEB_PREFIX)
        return response

    @router.get("/language/{language}")
    def language(request: Request, language: str, next: str = "") -> Response:
        if language not in LANGUAGES:
            return pages.error_page(request, 404)
        response = RedirectResponse(
            next
            if next.startswith(WEB_PREFIX + "/") and not next.startswith("//")
            else safe_next(None),
            status_code=303,
        )
        pages.set_cookie(
            response, LANGUAGE_COOKIE, language, same_site="lax", max_age=365 * 24 * 3600
        )
        return response

    # --- inbox ------------------------------------------------------------------------------

    @router.get("/inbox")
    def inbox(
        request: Request,
        state: str = "",
        office: str = "",
        interviewer: str = "",
        country: Annotated[str, Query(max_length=3)] = "",
        date_from: str = "",
        date_to: str = "",
        open_items: Annotated[int, Query(ge=0, le=1000)] = 0,
        dismissed: Annotated[int, Query(ge=0, le=1000)] = 0,
        sort: str = "received",
        order: str = "desc",
        after: str = "",
    ) -> Response:
        _ = pages.gettext(request)
        with sessions.begin() as session:
            viewer = pages.signed_in(request, session)
            offices = review.offices_of(session, viewer.user)
            filters = dict(
                state=state,
                office=office,
                interviewer=interviewer,
                country=country,
                date_from=date_from,
                date_to=date_to,
                open_items=open_items,
                dismissed=dismissed,
                sort=sort,
                order=order,
            )
            try:
                query = inbox_queries.InboxQuery(
                    state=state,
                    office_id=office,
                    interviewer=interviewer,
                    country=country,
                    date_from=date_from,
                    date_to=date_to,
                    min_open_items=open_items,
                    min_dismissed=dismissed,
                    sort=sort,
                    descending=order != "asc",
                    after=after,
                )
                page = inbox_queries.inbox_page(
                    session, viewer.user, query, office_ids=[o.id for o in offices]
                )
                problem = None
            except inbox_queries.BadFilter as exc:
                page, problem = inbox_queries.InboxPage([], None, {}), str(exc)
            interviewers = inbox_queries.interviewers_of(session, viewer.user)
            return pages.render(
                request,
                "inbox.html",
                viewer,
                status=400 if problem else 200,
                page=page,
                offices=offices,
                office_names={o.id: o.name for o in offices},
                interviewers=interviewers,
                states=REVIEW_STATES,
                sorts=list(inbox_queries.SORTS),
                filters=filters,
                problem=problem,
                is_first_page=not after,
            )

    # --- one transcript: the review page and its actions (issue 12.6) ----------------------

    review_page.add_routes(router, pages)

    ratings.add_routes(router, pages)  # quality ratings (issue 12.7), web/ratings.py
    return router
