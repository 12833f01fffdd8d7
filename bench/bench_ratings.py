"""Quality-rating summaries over 10,000 rated transcripts (70,000 ratings) in PostgreSQL,
against a bare SQL query for the same counts, in the same run.

- bare SQL: one hand-written GROUP BY (office, area, value) over the period, fetched as
  tuples on a pooled connection: the baseline of the ratio;
- summary: app.central.repository.ratings.summary per office and per interviewer (its
  three grouped queries and the total, assembled into the page's tables);
- page over HTTP is left out: the summary page renders two small tables.
Figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from app.central.db import make_engine, session_factory
from app.central.devtools.inbox_seed import assign, seed_office, seed_transcripts
from app.central.devtools.pgserver import PostgresServer
from app.central.migrate import upgrade
from app.central.models import RATING_AREAS, RATING_VALUES, QualityRating, Transcript, User
from app.central.repository.ratings import SummaryQuery, summary
from app.domain.clock import utcnow
from bench._measure import median, p95

TOTAL = 10_000
PERIOD = ("2026-03-01", "2026-08-31")
BARE = """
SELECT t.office_id, r.area, r.value, count(*)
FROM quality_ratings r JOIN transcripts t ON t.id = r.transcript_id
WHERE t.office_id = ANY(%(offices)s) AND t.hearing_date <> ''
  AND t.hearing_date >= %(start)s AND t.hearing_date <= %(end)s
GROUP BY t.office_id, r.area, r.value
"""


def timed(run, rounds: int) -> list[float]:
    run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def show(label: str, times: list[float], base: list[float] | None = None) -> None:
    ratio = f"  {median(times) / median(base):.2f}x bare SQL" if base else ""
    print(f"  {label:<28} median {median(times):7.2f} ms  p95 {p95(times):7.2f} ms{ratio}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="asa-bench-ratings-"))
    rng = random.Random(7)
    with PostgresServer(root / "pg") as pg:
        url = pg.create_database("ratings")
        upgrade(url)
        engine = make_engine(url)
        sessions = session_factory(engine)
        now = utcnow()
        with sessions.begin() as s:
            a = seed_office(s, "Bonn", now)
            b = seed_office(s, "Köln", now)
            seed_transcripts(s, *a, TOTAL // 2, seed=1)
            seed_transcripts(s, *b, TOTAL // 2, seed=2)
            user = User(
                id=str(uuid.uuid4()),
                office_id=a[0].id,
                username="bench-supervisor",
                display_name="Bench",
                role="supervisor",
                created_at=now,
            )
            s.add(user)
            s.flush()
            assign(s, user, a[0], b[0])
            rows = [
                {
                    "transcript_id": tid,
                    "area": area,
                    "value": rng.choice(RATING_VALUES),
                    "reason": "",
                    "rater_id": user.id,
                    "rated_at": now,
                }
                for tid in s.scalars(select(Transcript.id))
                for area in RATING_AREAS
            ]
            for start in range(0, len(rows), 5000):
                s.execute(insert(QualityRating), rows[start : start + 5000])
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        offices = [a[0].id, b[0].id]
        print(
            f"rating summaries over {TOTAL} transcripts, {len(rows)} ratings, {args.rounds} rounds"
        )

        def bare():
            with engine.connect() as conn:
                found = conn.exec_driver_sql(
                    BARE, {"offices": offices, "start": PERIOD[0], "end": PERIOD[1]}
                ).fetchall()
            assert found

        base = timed(bare, args.rounds)
        show("bare SQL (office x area)", base)
        for by in ("office", "interviewer"):

            def query(by=by):
                with sessions() as s:
                    result = summary(s, user, SummaryQuery(by, "", *PERIOD))
                assert result.groups

            show(f"summary per {by}", timed(query, args.rounds), base)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
