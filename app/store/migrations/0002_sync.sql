-- Sync with the central case system: device identity, the state of every sealed version,
-- what came down (assignments, returns), and the one sanctioned way to purge a synced
-- transcript's content after the retention period (docs/sync-desktop.md).

-- The enrolment answer and the audit head the service anchored (one row, after enrolment).
-- The private key is the profile's device key (meta 'device_key'): it signs seals and requests.
CREATE TABLE sync_device (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    device_id      TEXT NOT NULL,
    user           TEXT NOT NULL,
    display_name   TEXT NOT NULL,
    office         TEXT NOT NULL,
    role           TEXT NOT NULL,
    service_key_id TEXT NOT NULL,
    enrolled_at    TEXT NOT NULL,
    anchored_seq   INTEGER,
    anchored_hash  TEXT
);

-- One row per sealed version that sync has touched. A seal with no row, or a row without a
-- receipt, is still to be sent: "pending" is derived from the seals, never stored alone, so a
-- new seal version (addendum round) is pending the moment it exists.
CREATE TABLE sync_versions (
    hearing_id   TEXT NOT NULL,
    seal_version INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT NOT NULL DEFAULT '',
    set_aside    INTEGER NOT NULL DEFAULT 0,
    receipt      TEXT,                         -- the service's signed receipt (JSON)
    received_at  TEXT,                         -- the receipt's time (retention counts from it)
    purged_at    TEXT,
    PRIMARY KEY (hearing_id, seal_version),
    FOREIGN KEY (hearing_id, seal_version) REFERENCES seals(hearing_id, version)
);

-- A receipt, once recorded, is never changed or removed: it is the proof that the service
-- holds the transcript, and the only thing that allows a purge.
CREATE TRIGGER sync_receipt_kept BEFORE UPDATE OF receipt, received_at ON sync_versions
WHEN OLD.receipt IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a receipt cannot change'); END;
CREATE TRIGGER sync_versions_no_delete BEFORE DELETE ON sync_versions
BEGIN SELECT RAISE(ABORT, 'sync state is never deleted'); END;

CREATE TABLE sync_assignments (
    assignment_id TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    assigned_at   TEXT NOT NULL,
    assigned_by   TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    received_at   TEXT NOT NULL
);

-- Transcripts returned for revision, with the supervisor's comments (JSON list).
CREATE TABLE sync_returns (
    return_id    TEXT PRIMARY KEY,
    hearing_id   TEXT NOT NULL,
    case_id      TEXT NOT NULL,
    seal_version INTEGER NOT NULL,
    comments     TEXT NOT NULL,
    returned_by  TEXT NOT NULL,
    returned_at  TEXT NOT NULL,
    received_at  TEXT NOT NULL
);

-- The purge marker: present only inside the purge transaction (inserted first, deleted last).
-- The database itself refuses a marker for a hearing with any seal version lacking a receipt,
-- so even a bug in the code cannot purge an unsent transcript.
CREATE TABLE sync_purge_marker (
    hearing_id TEXT PRIMARY KEY
);
CREATE TRIGGER sync_purge_only_with_receipts BEFORE INSERT ON sync_purge_marker
WHEN NOT EXISTS (SELECT 1 FROM seals s WHERE s.hearing_id = NEW.hearing_id)
  OR EXISTS (
    SELECT 1 FROM seals s LEFT JOIN sync_versions v
      ON v.hearing_id = s.hearing_id AND v.seal_version = s.version
    WHERE s.hearing_id = NEW.hearing_id AND v.receipt IS NULL)
BEGIN SELECT RAISE(ABORT, 'only a transcript with a receipt for every version can be purged'); END;

-- Revisions stay undeletable, except for a hearing whose purge marker is set.
DROP TRIGGER revisions_no_delete;
CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
WHEN NOT EXISTS (
    SELECT 1 FROM sync_purge_marker m JOIN entries e ON e.hearing_id = m.hearing_id
    WHERE e.id = OLD.entry_id)
BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END;

-- The rest of a transcript's content is never deleted either, except by the same purge.
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
WHEN NOT EXISTS (SELECT 1 FROM sync_purge_marker m WHERE m.hearing_id = OLD.hearing_id)
BEGIN SELECT RAISE(ABORT, 'entries are never deleted'); END;
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections
WHEN NOT EXISTS (SELECT 1 FROM sync_purge_marker m WHERE m.hearing_id = OLD.hearing_id)
BEGIN SELECT RAISE(ABORT, 'corrections are never deleted'); END;
