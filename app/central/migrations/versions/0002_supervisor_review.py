"""supervisor review: web sign-in, sessions, office assignment, inbox facts, comments,
quality ratings, review events (issue 12)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 04:50:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FACT_COLUMNS = (
    ("country_of_origin", sa.String(length=3), ""),
    ("hearing_date", sa.String(length=10), ""),
    ("reference", sa.String(length=100), ""),
    ("interviewer", sa.String(length=200), ""),
)


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))

    op.create_table(
        "user_offices",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("user_id", "office_id"),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_web_sessions_user_id", ["user_id"], unique=False)
        batch_op.create_index("ix_web_sessions_last_seen_at", ["last_seen_at"], unique=False)

    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sign_in_failures", schema=None) as batch_op:
        batch_op.create_index("ix_sign_in_failures_username", ["username"], unique=False)
        batch_op.create_index("ix_sign_in_failures_client", ["client"], unique=False)
        batch_op.create_index("ix_sign_in_failures_at", ["at"], unique=False)

    with op.batch_alter_table("transcripts", schema=None) as batch_op:
        for name, type_, default in _FACT_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, server_default=default, nullable=False))
        for name in ("open_items", "dismissed_contradictions"):
            batch_op.add_column(
                sa.Column(name, sa.Integer(), server_default=sa.text("0"), nullable=False)
            )
        batch_op.add_column(
            sa.Column("superseded", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_index(
            "ix_transcripts_inbox_received", ["office_id", "received_at", "id"], unique=False
        )
        batch_op.create_index("ix_transcripts_inbox_recent", ["received_at", "id"], unique=False)
        batch_op.create_index(
            "ix_transcripts_inbox_state",
            ["office_id", "review_state", "received_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_transcripts_inbox_hearing", ["office_id", "hearing_date", "id"], unique=False
        )

    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("transcript_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(length=64), nullable=True),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["transcript_id"], ["transcripts.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.create_index("ix_review_comments_transcript_id", ["transcript_id"], unique=False)

    op.create_table(
        "quality_ratings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("transcript_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("rater_id", sa.String(length=36), nullable=False),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["rater_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["transcript_id"], ["transcripts.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("transcript_id", "area", name="uq_rating_area"),
    )
    with op.batch_alter_table("quality_ratings", schema=None) as batch_op:
        batch_op.create_index("ix_quality_ratings_transcript_id", ["transcript_id"], unique=False)
        batch_op.create_index("ix_quality_ratings_rated_at", ["rated_at"], unique=False)

    op.create_table(
        "review_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("transcript_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("details_json", sa.Text(), server_default="{}", nullable=False),
        sa.ForeignKeyConstraint(["transcript_id"], ["transcripts.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_events", schema=None) as batch_op:
        batch_op.create_index("ix_review_events_transcript_id", ["transcript_id"], unique=False)
        batch_op.create_index("ix_review_events_user_id", ["user_id"], unique=False)

    _backfill()


def _backfill() -> None:
    """Inbox facts of transcripts received before this migration, from their bundles; and
    every supervisor keeps the office they were created in."""
    from app.central.review_facts import facts_of_bundle

    bind = op.get_bind()
    transcripts = sa.table(
        "transcripts",
        sa.column("id", sa.Integer),
        sa.column("bundle_json", sa.Text),
        *(sa.column(name) for name, _, _ in _FACT_COLUMNS),
        sa.column("open_items", sa.Integer),
        sa.column("dismissed_contradictions", sa.Integer),
    )
    last = 0
    while True:  # in batches: a large table is never held in memory at once
        rows = bind.execute(
            sa.select(transcripts.c.id, transcripts.c.bundle_json)
            .where(transcripts.c.id > last)
            .order_by(transcripts.c.id)
            .limit(500)
        ).all()
        if not rows:
            break
        for row_id, bundle_json in rows:
            try:
                payload = json.loads(bundle_json).get("payload", {})
            except (ValueError, AttributeError):
                payload = {}
            facts = facts_of_bundle(payload if isinstance(payload, dict) else {})
            bind.execute(
                transcripts.update().where(transcripts.c.id == row_id).values(**facts.as_columns())
            )
        last = rows[-1][0]
    bind.execute(
        sa.text(
            "UPDATE transcripts SET superseded = true WHERE EXISTS (SELECT 1 FROM transcripts "
            "AS newer WHERE newer.hearing_id = transcripts.hearing_id "
            "AND newer.seal_version > transcripts.seal_version)"
        )
    )
    bind.execute(
        sa.text(
            "INSERT INTO user_offices (user_id, office_id) "
            "SELECT id, office_id FROM users WHERE role = 'supervisor'"
        )
    )


def downgrade() -> None:
    op.drop_table("review_events")
    op.drop_table("quality_ratings")
    op.drop_table("review_comments")
    with op.batch_alter_table("transcripts", schema=None) as batch_op:
        batch_op.drop_index("ix_transcripts_inbox_hearing")
        batch_op.drop_index("ix_transcripts_inbox_state")
        batch_op.drop_index("ix_transcripts_inbox_recent")
        batch_op.drop_index("ix_transcripts_inbox_received")
        for name in ("dismissed_contradictions", "open_items", "interviewer", "reference"):
            batch_op.drop_column(name)
        batch_op.drop_column("hearing_date")
        batch_op.drop_column("superseded")
        batch_op.drop_column("country_of_origin")
    op.drop_table("sign_in_failures")
    op.drop_table("web_sessions")
    op.drop_table("user_offices")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("password_hash")
