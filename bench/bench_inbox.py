"""The supervisor inbox over 10,000 transcripts in PostgreSQL: first page and a deep page
(keyset, row ~9,000) against a bare SQL query for the same rows, in the same run.

Three figures per page (median and p95 of --rounds runs):
- bare SQL: one hand-written keyset query for the same rows, fetched as tuples, on a
  connection from the same pool the service uses (checkout, query, rollback): the baseline
  of the ratio; and the same query on a held psycopg connection (the floor, for reference);
- inbox query: app.central.repository.inbox.inbox_page with the supervisor's office ids (as
  the page passes them: it loads the offices for its filter anyway), without and with the
  counts per state;
- page over HTTP: GET /web/inbox of the real service (sign-in session, counts, Jinja2
  rendering, uvicorn), signed in as a supervisor of both offices.
Target: inbox query <= 3x bare SQL. Figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import psycopg

from app.central.db import make_engine, session_factory
from app.central.devtools.inbox_seed import seed_two_offices
from app.central.devtools.pgserver import PostgresServer
from app.central.devtools.serviceproc import ServiceProcess
from app.central.migrate import upgrade
from app.central.models import Transcript
from app.central.repository.accounts import set_password
from app.central.repository.inbox import PAGE_SIZE, InboxQuery, encode_cursor, inbox_page
from app.domain.clock import utcnow
from app.sync.keys import generate_private_key, write_private_key
from bench._measure import show, timed

TOTAL = 10_000
DEEP_ROW = 9_000
PASSWORD = "bench passphrase long enough"

BARE = """
SELECT t.id, t.hearing_id, t.seal_version, t.review_state, t.office_id, t.interviewer,
       t.country_of_origin, t.hearing_date, t.reference, t.received_at, t.open_items,
       t.dismissed_contradictions, o.name
FROM transcripts t JOIN offices o ON o.id = t.office_id
WHERE t.office_id = ANY(%(offices)s) {after}
ORDER BY t.received_at DESC, t.id DESC LIMIT %(limit)s
"""
AFTER = "AND (t.received_at, t.id) < (%(at)s, %(id)s)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--http-rounds", type=int, default=50)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="asa-bench-inbox-"))
    with PostgresServer(root / "pg") as pg:
        url = pg.create_database("inbox")
        upgrade(url)
        engine = make_engine(url)
        sessions = session_factory(engine)
        now = utcnow()
        with sessions.begin() as s:
            user, offices = seed_two_offices(s, TOTAL, now)
            s.flush()
            set_password(s, user.username, PASSWORD)
            username = user.username  # the seed names it; the HTTP part signs in with it
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        with sessions() as s:
            deep = s.execute(
                Transcript.__table__.select()
                .order_by(Transcript.received_at.desc(), Transcript.id.desc())
                .offset(DEEP_ROW - 1)
                .limit(1)
            ).one()
        cursor = encode_cursor(deep.received_at, deep.id)
        dsn = url.replace("postgresql+psycopg://", "postgresql://")
        print(f"inbox over {TOTAL} transcripts, page of {PAGE_SIZE}, {args.rounds} rounds")
        with psycopg.connect(dsn) as raw:
            for label, after in (("first page", None), (f"deep page (row {DEEP_ROW})", cursor)):
                params = {"offices": offices, "limit": PAGE_SIZE + 1}
                sql = BARE.format(after=AFTER if after else "")
                if after:
                    params.update(at=deep.received_at, id=deep.id)

                def floor(sql=sql, params=params):
                    rows = raw.execute(sql, params).fetchall()
                    assert len(rows) == PAGE_SIZE + 1

                def bare(sql=sql, params=params):
                    with engine.connect() as conn:
                        rows = conn.exec_driver_sql(sql, params).fetchall()
                    assert len(rows) == PAGE_SIZE + 1

                def query(after=after or "", counts=False):
                    with sessions() as s:
                        page = inbox_page(
                            s, user, InboxQuery(after=after), counts, office_ids=offices
                        )
                        assert len(page.rows) == PAGE_SIZE

                print(label)
                show("bare SQL, held psycopg connection", timed(floor, args.rounds))
                base = timed(bare, args.rounds)
                show("bare SQL, pooled connection", base)
                show("inbox query", timed(query, args.rounds), base)
                show(
                    "inbox query + counts per state",
                    timed(lambda a=after: query(a or "", True), args.rounds),
                    base,
                )
        _http(url, root, username, cursor, args.http_rounds)
        engine.dispose()
    return 0


def _http(url: str, root: Path, username: str, cursor: str, rounds: int) -> None:
    key = root / "service-key.pem"
    write_private_key(key, generate_private_key())
    service = ServiceProcess(url, key, root, env={"ASA_CENTRAL_WEB_INSECURE_COOKIES": "1"}).start()
    try:
        client = httpx.Client(base_url=service.url, timeout=30)
        form = client.get("/web/sign-in").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        client.post(
            "/web/sign-in",
            data={"username": username, "password": PASSWORD, "csrf_token": token},
        )
        print(f"page over HTTP (session, counts, rendering), {rounds} rounds")
        for label, params in (("first page", {}), ("deep page", {"after": cursor})):

            def get(params=params):
                response = client.get("/web/inbox", params=params)
                assert response.status_code == 200 and "<tbody>" in response.text

            show(f"GET /web/inbox {label}", timed(get, rounds))
        client.close()
    finally:
        service.stop()


if __name__ == "__main__":
    sys.exit(main())
