"""Retention: purging the local copy of a transcript the service has confirmed receiving.

A hearing's content (entries, revisions, corrections, breaks, notes, assistant state and the
free-text header fields) is deleted when **every** seal version has a receipt, the newest
receipt is older than the cutoff, nothing was added after the last seal, and no return for
revision is still open. The case, the hearing's row, its seals (hashes only), the receipts and
the audit trail stay: they prove what was sent and when, without the testimony.

The 0001 triggers forbid deleting revisions; migration 0002 lets them through only for a
hearing whose purge marker is set, and the database refuses that marker unless every version
has a receipt. The marker lives only inside the purge transaction.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.canonical import to_plain
from app.domain.clock import parse_instant, utcnow
from app.store.store import Store

PURGED = "transcript.purged"

# Hearings with at least one seal, every seal received, not purged yet, no open return.
_CANDIDATES = """
SELECT s.hearing_id, MAX(v.received_at), MAX(s.covers_up_to),
       (SELECT MAX(e.number) FROM entries e WHERE e.hearing_id = s.hearing_id)
FROM seals s
LEFT JOIN sync_versions v ON v.hearing_id = s.hearing_id AND v.seal_version = s.version
GROUP BY s.hearing_id
HAVING COUNT(v.receipt) = COUNT(*)
   AND COUNT(v.purged_at) = 0
   AND NOT EXISTS (
       SELECT 1 FROM sync_returns r WHERE r.hearing_id = s.hearing_id
       AND NOT EXISTS (SELECT 1 FROM seals n WHERE n.hearing_id = r.hearing_id
                       AND n.version > r.seal_version))
"""


def purgeable(store: Store, cutoff: datetime) -> list[str]:
    """Hearing ids whose content may be purged now."""
    found = []
    for hearing_id, newest_receipt, covered, last_entry in store.conn.execute(_CANDIDATES):
        if parse_instant(newest_receipt) >= cutoff:
            continue  # still within the retention period
        if last_entry is not None and last_entry > covered:
            continue  # an addendum round is under way: its text is not sent yet
        found.append(hearing_id)
    return found


def purge_hearing(store: Store, hearing_id: str) -> None:
    """Delete one hearing's content in one transaction, and log it (ids and hashes only)."""
    conn = store.conn
    with store.transaction():
        seals = conn.execute(
            "SELECT s.version, s.content_hash, v.receipt FROM seals s JOIN sync_versions v"
            " ON v.hearing_id = s.hearing_id AND v.seal_version = s.version"
            " WHERE s.hearing_id = ? ORDER BY s.version",
            (hearing_id,),
        ).fetchall()
        conn.execute("INSERT INTO sync_purge_marker (hearing_id) VALUES (?)", (hearing_id,))
        entries = "SELECT id FROM entries WHERE hearing_id = ?"
        conn.execute(f"DELETE FROM revisions WHERE entry_id IN ({entries})", (hearing_id,))
        for table in ("corrections", "entries", "breaks", "notes", "assistant_state"):
            conn.execute(f"DELETE FROM {table} WHERE hearing_id = ?", (hearing_id,))
        conn.execute(
            "UPDATE hearings SET interpreter='', place='', participants='[]', readback='{}'"
            " WHERE id = ?",
            (hearing_id,),
        )
        now = to_plain(utcnow())
        conn.execute(
            "UPDATE sync_versions SET purged_at = ? WHERE hearing_id = ?", (now, hearing_id)
        )
        conn.execute("DELETE FROM sync_purge_marker WHERE hearing_id = ?", (hearing_id,))
        store.audit.append(
            PURGED,
            hearing_id,
            versions=[s[0] for s in seals],
            content_hashes=[s[1] for s in seals],
            receipt_ids=[_receipt_id(s[2]) for s in seals],
        )


def purge_synced_before(store: Store, cutoff: datetime) -> int:
    doomed = purgeable(store, cutoff)
    for hearing_id in doomed:
        purge_hearing(store, hearing_id)
    return len(doomed)


def _receipt_id(receipt_json: str) -> str:
    from app.sync.messages import Receipt

    return Receipt.model_validate_json(receipt_json).payload.receipt_id
