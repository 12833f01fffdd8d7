"""The models and the migrations describe the same schema, and the review migration fills the
inbox facts of transcripts received before it."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.central.db import make_engine
from app.central.migrate import upgrade
from app.central.models import Base


def test_migrations_create_exactly_the_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'schema.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_server_default": False})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_review_migration_fills_the_inbox_facts_of_earlier_transcripts(tmp_path):
    url = f"sqlite:///{tmp_path / 'backfill.sqlite3'}"
    upgrade(url, "0001")
    payload = {
        "content": {
            "case": {"reference": "7654321-438", "applicant": {"nationality": "irq"}},
            "hearing": {"interviewer": "Anna Berg", "started_at": "2026-03-04T08:15:00+00:00"},
        },
        "assistant_record": {
            "checklist": [{"state": "open"}, {"state": "settled"}, {"state": "open"}],
            "hints": [
                {"kind": "contradiction", "outcome": "dismissed"},
                {"kind": "contradiction", "outcome": "asked"},
                {"kind": "follow_up", "outcome": "dismissed"},
            ],
        },
    }
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO offices VALUES ('o1', 'Bonn', '2026-01-01')"))
        conn.execute(
            text(
                "INSERT INTO users VALUES ('u1', 'o1', 'anna', 'Anna', 'interviewer', '2026-01-01'),"
                " ('s1', 'o1', 'sven', 'Sven', 'supervisor', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO devices VALUES ('d1', 'u1', 'pk', 'kid', 'laptop', '2026-01-01', "
                "NULL, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO transcripts (hearing_id, seal_version, case_id, device_id, user_id,"
                " office_id, content_hash, bundle_json, receipt_json, received_at, review_state)"
                " VALUES ('h1', 1, 'c1', 'd1', 'u1', 'o1', 'x', :bundle, '{}', '2026-03-05',"
                " 'received')"
            ),
            {"bundle": json.dumps({"payload": payload})},
        )
    engine.dispose()
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT country_of_origin, hearing_date, reference, interviewer, open_items,"
                " dismissed_contradictions FROM transcripts"
            )
        ).one()
        offices = conn.execute(text("SELECT user_id, office_id FROM user_offices")).all()
    engine.dispose()
    assert tuple(row) == ("IRQ", "2026-03-04", "7654321-438", "Anna Berg", 2, 1)
    assert offices == [("s1", "o1")]  # the supervisor keeps reviewing their own office


@pytest.mark.postgres
def test_bundles_are_compressed_with_lz4_where_postgresql_has_it(postgres, database_url):
    """pglz compressing each 20 KiB bundle was PostgreSQL's largest single cost of an upload
    (docs/benchmarks.md); the migration switches the column to lz4 when the server has it."""
    import psycopg

    with psycopg.connect(postgres.dsn(database_url.rsplit("/", 1)[1])) as db:
        methods = db.execute(
            "SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'"
        ).fetchone()[0]
        compression = db.execute(
            "SELECT attcompression FROM pg_attribute"
            " WHERE attrelid = 'transcripts'::regclass AND attname = 'bundle_json'"
        ).fetchone()[0]
    assert compression == ("l" if "lz4" in methods else "")
