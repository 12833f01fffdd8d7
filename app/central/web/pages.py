"""Rendering pages, and who is asking: the signed-in supervisor behind a request.

Every page route goes through ``Pages.signed_in`` (or is one of the few public pages), and
every POST through ``csrf_guard``: the later pages (review, ratings) get both by using them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from babel import Locale
from babel.core import get_global
from fastapi import HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from sqlalchemy.orm import Session

from app.central.context import ServiceContext
from app.central.models import User
from app.central.repository import web_sessions
from app.central.settings import ServiceSettings
from app.central.web.i18n import LANGUAGES, pick_language, translations
from app.central.web.security import WEB_PREFIX, same_token
from app.domain.clock import office_time, utcnow

TEMPLATES = Path(__file__).resolve().parent / "templates"
SESSION_COOKIE = "asa_session"
SIGNIN_CSRF_COOKIE = "asa_signin_csrf"
LANGUAGE_COOKIE = "asa_lang"
SIGN_IN_PATH = WEB_PREFIX + "/sign-in"


def shown_time(value: datetime | str | None) -> str:
    """A stored moment (UTC: a column's datetime, or an ISO string from a bundle) as every page
    shows it: in the office's time zone, as the desktop and the exported transcript do."""
    if value is None or value == "":
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{office_time(moment):%Y-%m-%d %H:%M}"


@pass_context
def country_name(context, code: str | None) -> str:
    """An ISO 3166 alpha-3 code, as the bundles carry it, named in the reader's language with
    the code ("Irak (IRQ)"), from Babel's CLDR data; the code alone where CLDR has no name."""
    if not code:
        return ""
    alpha2 = (get_global("territory_aliases").get(code) or [None])[0]
    name = Locale.parse(context.get("lang", "de")).territories.get(alpha2) if alpha2 else None
    return f"{name} ({code})" if name else code


class SignInRequired(Exception):
    """Raised by ``signed_in`` for a request without a live session: the handler redirects
    to the sign-in page (GET) or refuses (anything else)."""


@dataclass
class Viewer:
    """The signed-in supervisor of one request."""

    user: User
    csrf_token: str


class Pages:
    def __init__(self, ctx: ServiceContext, settings: ServiceSettings) -> None:
        self.ctx = ctx
        self.settings = settings
        self.idle = timedelta(minutes=settings.web_idle_minutes)
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(["html"]),
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["when"] = shown_time
        self.env.filters["country"] = country_name

    # --- language -------------------------------------------------------------------------

    @staticmethod
    def language(request: Request) -> str:
        return pick_language(
            request.cookies.get(LANGUAGE_COOKIE), request.headers.get("accept-language")
        )

    def gettext(self, request: Request):
        return translations(self.language(request)).gettext

    # --- who is asking --------------------------------------------------------------------

    def signed_in(self, request: Request, session: Session) -> Viewer:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            raise SignInRequired
        found = web_sessions.touch_session(session, token, utcnow(), self.idle)
        if found is None:
            raise SignInRequired
        row, user = found
        return Viewer(user, row.csrf_token)

    async def csrf_guard(self, request: Request) -> None:
        """Every POST carries the CSRF token of its session (or, for the sign-in form, of
        the sign-in cookie); without it: 403, nothing done."""
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return
        form = await request.form()
        given = form.get("csrf_token")
        given = given if isinstance(given, str) else None
        if request.url.path == SIGN_IN_PATH:
            expected = request.cookies.get(SIGNIN_CSRF_COOKIE)
        else:
            token = request.cookies.get(SESSION_COOKIE)
            expected = await run_in_threadpool(self._session_csrf, token) if token else None
        if not same_token(expected, given):
            raise HTTPException(status_code=403, detail="csrf token missing or wrong")

    def _session_csrf(self, token: str) -> str | None:
        with self.ctx.sessions.begin() as session:
            found = web_sessions.touch_session(session, token, utcnow(), self.idle)
            return found[0].csrf_token if found else None

    # --- responses ------------------------------------------------------------------------

    def render(
        self,
        request: Request,
        template: str,
        viewer: Viewer | None = None,
        status: int = 200,
        **values: Any,
    ) -> HTMLResponse:
        language = self.language(request)
        context = {
            "_": translations(language).gettext,
            "ngettext": translations(language).ngettext,
            "lang": language,
            "languages": LANGUAGES,
            "viewer": viewer,
            "csrf_token": viewer.csrf_token if viewer else values.pop("csrf_token", ""),
            "request_path": request.url.path,
            "here": _here(request),
            "prefix": WEB_PREFIX,
            **values,
        }
        html = self.env.get_template(template).render(context)
        return HTMLResponse(html, status_code=status)

    def set_cookie(
        self, response: Response, name: str, value: str, same_site: str = "strict", **kw
    ) -> None:
        response.set_cookie(
            name,
            value,
            path=WEB_PREFIX,
            httponly=True,
            secure=self.settings.web_secure_cookies,
            samesite=same_site,
            **kw,
        )

    def to_sign_in(self, request: Request) -> RedirectResponse:
        return RedirectResponse(
            f"{SIGN_IN_PATH}?next={quote(_here(request), safe='')}", status_code=303
        )

    def error_page(self, request: Request, status: int) -> HTMLResponse:
        """The error page in the reader's language, with the navigation and sign-out when
        signed in. The session is read in a transaction of its own, without touching it: the
        request's transaction may still hold the session's row."""
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            with self.ctx.sessions.begin() as session:
                found = web_sessions.live_session(session, token, utcnow(), self.idle)
                if found is not None:
                    viewer = Viewer(found[1], found[0].csrf_token)
                    return self.render(
                        request, "error.html", viewer, status=status, status_code=status
                    )
        return self.render(request, "error.html", status=status, status_code=status)


def _here(request: Request) -> str:
    query = request.url.query
    return request.url.path + ("?" + query if query else "")


def safe_next(target: str | None) -> str:
    """Only a path on our own pages: never an open redirect to another site."""
    if (
        target
        and target.startswith(WEB_PREFIX + "/")
        and not target.startswith("//")
        and "\\" not in target
    ):
        return target
    return WEB_PREFIX + "/inbox"
