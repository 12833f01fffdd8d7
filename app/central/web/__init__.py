"""The supervisor pages: server-rendered HTML (Jinja2) on the central service, under /web.

``install`` mounts them on the service's FastAPI app. Rooms: ``passwords`` (Argon2id),
``security`` (headers, CSRF comparison), ``i18n`` (gettext catalogues), ``pages`` (template
rendering and the request's signed-in user), ``routes`` (the pages themselves). Queries live
in app/central/repository (web_sessions, review, inbox)."""
