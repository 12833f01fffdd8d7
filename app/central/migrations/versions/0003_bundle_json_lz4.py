"""transcripts.bundle_json compressed with lz4 instead of pglz, where the server has lz4
(issue 11.6: pglz compressing each 20 KiB bundle was PostgreSQL's largest single cost of an
upload; lz4 compresses about three times faster, to about the same size)

Only rows written from now on are compressed with lz4; the older ones stay as they are, and
both are read alike. SQLite and a PostgreSQL built without lz4 are left unchanged.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 11:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _compression_methods() -> list[str]:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return []
    methods = bind.execute(
        sa.text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")
    ).scalar()
    return list(methods or [])  # PostgreSQL 14 and later; 'lz4' when built with it


def upgrade() -> None:
    if "lz4" in _compression_methods():
        op.execute("ALTER TABLE transcripts ALTER COLUMN bundle_json SET COMPRESSION lz4")


def downgrade() -> None:
    if "lz4" in _compression_methods():
        op.execute("ALTER TABLE transcripts ALTER COLUMN bundle_json SET COMPRESSION pglz")
