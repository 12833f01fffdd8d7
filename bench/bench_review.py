"""The review page of a 400-entry transcript (issue 12 point 9, target <= 300 ms server time).

The transcript is made like the demo's (app/central/devtools/demo_transcripts.py): a hearing
of 400 entries, read by the real assistant (hints, checklist), sealed and signed by an
enrolled device, uploaded through the real service's upload path into PostgreSQL. Then,
signed in as the office's supervisor, GET /web/transcripts/{id} over HTTP on localhost (the
whole server path: session, access check, bundle parsed, signature and audit chain verified,
anchors looked up, comments and history loaded, Jinja2 rendering), median and p95 of
--rounds. Baseline in the same run: GET /web/inbox (one page of the same service).
Also in-process: the word diff of two 400-entry versions (every 10th entry changed).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from app.central.db import make_engine, session_factory
from app.central.devtools.demo_transcripts import (
    DemoReport,
    create_accounts,
    enrol_devices,
    make_transcript,
)
from app.central.devtools.pgserver import PostgresServer
from app.central.devtools.serviceproc import ServiceProcess
from app.central.migrate import upgrade
from app.central.models import Transcript
from app.central.repository.accounts import set_password
from app.central.web.diff import diff_versions
from app.domain.clock import utcnow
from app.sync.client import SyncClient
from app.sync.keys import generate_private_key, load_private_key, write_private_key
from bench._measure import show, timed

ENTRIES = 400
PASSWORD = "bench passphrase long enough"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument(
        "--profile", action="store_true", help="also profile the page in-process (cProfile)"
    )
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="asa-bench-review-"))
    key = root / "service-key.pem"
    write_private_key(key, generate_private_key())
    with PostgresServer(root / "pg") as pg:
        url = pg.create_database("review")
        upgrade(url)
        engine = make_engine(url)
        sessions = session_factory(engine)
        service = ServiceProcess(
            url, key, root, env={"ASA_CENTRAL_WEB_INSECURE_COOKIES": "1"}
        ).start()
        try:
            from app.assistant import Assistant
            from app.paths import rules_dir

            now = utcnow()
            report = DemoReport()
            codes = create_accounts(sessions, 1, now, report)
            public = load_private_key(key).public_key()
            device = enrol_devices(service.url, public, codes[:1], now, report)[0]
            assistant = Assistant.load(rules_dir())
            started = time.perf_counter()
            _sent, bundle = make_transcript(assistant, 0, device, now, padding=ENTRIES - 8)
            made = time.perf_counter() - started
            with SyncClient(service.url, public, device=device.credentials) as client:
                client.upload(bundle)
            supervisor = report.supervisors[0]
            with sessions.begin() as s:
                set_password(s, supervisor, PASSWORD)
            with sessions() as s:
                row = s.query(Transcript).one()
                tid, size = row.id, len(row.bundle_json)
            content = bundle.payload.content
            record = bundle.payload.assistant_record
            print(
                f"review page of a transcript with {len(content['entries'])} entries, "
                f"{len(record.hints)} hints, {len(record.checklist)} checklist items "
                f"(bundle {size / 1024:.0f} KiB; made and read by the assistant in {made:.1f} s), "
                f"{args.rounds} rounds"
            )
            _http(service.url, supervisor, tid, args.rounds)
            _diff(content, args.rounds)
            if args.profile:
                _profile(url, key, supervisor, tid)
        finally:
            service.stop()
            engine.dispose()
    return 0


def _http(base_url: str, supervisor: str, tid: int, rounds: int) -> None:
    client = httpx.Client(base_url=base_url, timeout=30)
    form = client.get("/web/sign-in").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    client.post(
        "/web/sign-in", data={"username": supervisor, "password": PASSWORD, "csrf_token": token}
    )

    def inbox():
        response = client.get("/web/inbox")
        assert response.status_code == 200

    def page():
        response = client.get(f"/web/transcripts/{tid}")
        assert response.status_code == 200 and 'id="entry-400"' in response.text

    base = timed(inbox, rounds)
    show("GET /web/inbox (baseline)", base)
    show(
        f"GET /web/transcripts/{{id}} ({ENTRIES} entries)",
        timed(page, rounds),
        base,
        "the inbox page",
    )
    client.close()


def _diff(content: dict, rounds: int) -> None:
    changed = {
        **content,
        "entries": [
            {**e, "answer": e["answer"] + " Das war im Winter."} if e["number"] % 10 == 0 else e
            for e in content["entries"]
        ],
    }

    def diff():
        result = diff_versions(content, changed, 1, 2, "removed:", "added:")
        assert len(result.entries) == len(content["entries"]) // 10

    show(f"word diff of two {ENTRIES}-entry versions", timed(diff, rounds))


def _profile(url: str, key: Path, supervisor: str, tid: int) -> None:
    """The page's work (page_values and rendering) in this process under cProfile."""
    import cProfile
    import pstats

    from sqlalchemy import select
    from starlette.requests import Request

    from app.central.api import create_app
    from app.central.models import User
    from app.central.repository import review
    from app.central.settings import ServiceSettings
    from app.central.web.pages import Viewer
    from app.central.web.review import page_values

    app = create_app(ServiceSettings.from_values(url, key))
    pages = app.state.pages
    path = f"/web/transcripts/{tid}"
    request = Request({"type": "http", "method": "GET", "path": path, "query_string": b"",
                       "headers": []})  # fmt: skip
    gettext = pages.gettext(request)

    def render():
        with pages.ctx.sessions.begin() as session:
            user = session.scalar(select(User).where(User.username == supervisor))
            viewer = Viewer(user, "csrf")
            found = review.transcript_for(session, user, tid)
            values = page_values(session, viewer, found, gettext)
            pages.render(request, "review.html", viewer, transcript=found, **values)

    render()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(5):
        render()
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    sys.exit(main())
