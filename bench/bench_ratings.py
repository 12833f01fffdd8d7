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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from app.central.db import make_engine, session_factory
from app.central.devtools.inbox_seed import seed_two_offices
from app.central.devtools.pgserver import PostgresServer
from app.central.migrate import upgrade
from app.central.models import RATING_AREAS, RATING_VALUES, QualityRating, Transcript
from app.central.repository.ratings import SummaryQuery, summary
from app.domain.clock import utcnow
from bench._measure import show, timed

TOTAL = 10_000
PERIOD = ("2026-03-01", "2026-08-31")
BARE = """
SELECT t.office_id, r.area, r.value, count(*)
FROM quality_ratings r JOIN transcripts t ON t.id = r.transcript_id
WHERE t.office_id = ANY(%(offices)s) AND t.hearing_date <> ''
  AND t.hearing_date >= %(start)s AND t.hearing_date <= %(end)s
GROUP BY t.office_id, r.area, r.value
"""


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
            user, offices = seed_two_offices(s, TOTAL, now)
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
