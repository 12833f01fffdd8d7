-- The profile database: cases, hearings, transcript entries with revisions, the audit trail.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE cases (
    id             TEXT PRIMARY KEY,
    reference      TEXT NOT NULL,
    applicant      TEXT NOT NULL,            -- JSON
    case_file      TEXT NOT NULL DEFAULT '{}', -- JSON, data recorded before the hearing
    assigned       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);

CREATE TABLE hearings (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    skeleton_id   TEXT NOT NULL,
    interviewer   TEXT NOT NULL,
    interpreter   TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    participants  TEXT NOT NULL DEFAULT '[]',  -- JSON list
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    state         TEXT NOT NULL,
    readback      TEXT NOT NULL DEFAULT '{}',  -- JSON: section start -> status
    pack_versions TEXT NOT NULL DEFAULT '{}'   -- JSON: rule pack id -> version
);
CREATE INDEX hearings_case ON hearings(case_id);

CREATE TABLE entries (
    id           TEXT PRIMARY KEY,
    hearing_id   TEXT NOT NULL REFERENCES hearings(id),
    number       INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    speaker      TEXT NOT NULL,
    question_ref TEXT,
    notice_id    TEXT,
    created_at   TEXT NOT NULL,
    UNIQUE (hearing_id, number)
);

-- Every wording an entry ever had. The open (last) revision takes the autosaved keystrokes;
-- a closed revision is frozen.
CREATE TABLE revisions (
    entry_id  TEXT NOT NULL REFERENCES entries(id),
    number    INTEGER NOT NULL,
    question  TEXT NOT NULL,
    answer    TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    closed    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, number)
);

CREATE TABLE corrections (
    id           TEXT PRIMARY KEY,
    hearing_id   TEXT NOT NULL REFERENCES hearings(id),
    entry_id     TEXT NOT NULL REFERENCES entries(id),
    entry_number INTEGER NOT NULL,
    original     TEXT NOT NULL,
    corrected    TEXT NOT NULL,
    at           TEXT NOT NULL
);

CREATE TABLE breaks (
    hearing_id TEXT NOT NULL REFERENCES hearings(id),
    seq        INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at   TEXT,
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hearing_id, seq)
);

CREATE TABLE seals (
    hearing_id        TEXT NOT NULL REFERENCES hearings(id),
    version           INTEGER NOT NULL,
    sealed_at         TEXT NOT NULL,
    content_hash      TEXT NOT NULL,
    covers_up_to      INTEGER NOT NULL,
    signature         TEXT NOT NULL DEFAULT '',
    device_key_id     TEXT NOT NULL DEFAULT '',
    open_items_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hearing_id, version)
);

-- The interviewer's own notes: kept apart from the Niederschrift, never exported in it.
CREATE TABLE notes (
    hearing_id TEXT PRIMARY KEY REFERENCES hearings(id),
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- What the interviewer did with the assistant's facts and hints (for review; not in the
-- Niederschrift).
CREATE TABLE assistant_state (
    hearing_id TEXT PRIMARY KEY REFERENCES hearings(id),
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    hearing_id TEXT,
    detail     TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);

-- Defence in depth: the database itself refuses what the domain never does.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER revisions_closed_frozen BEFORE UPDATE ON revisions WHEN OLD.closed = 1
BEGIN SELECT RAISE(ABORT, 'a closed revision cannot change'); END;
CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END;

CREATE TRIGGER seals_no_update BEFORE UPDATE ON seals
BEGIN SELECT RAISE(ABORT, 'a seal cannot change'); END;
CREATE TRIGGER seals_no_delete BEFORE DELETE ON seals
BEGIN SELECT RAISE(ABORT, 'a seal cannot be removed'); END;

CREATE TRIGGER sealed_no_new_revision BEFORE INSERT ON revisions
WHEN (SELECT e.kind FROM entries e WHERE e.id = NEW.entry_id) != 'addendum'
 AND (SELECT h.state FROM hearings h JOIN entries e ON e.hearing_id = h.id
      WHERE e.id = NEW.entry_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;

CREATE TRIGGER sealed_no_revision_change BEFORE UPDATE ON revisions
WHEN (SELECT e.kind FROM entries e WHERE e.id = NEW.entry_id) != 'addendum'
 AND (SELECT h.state FROM hearings h JOIN entries e ON e.hearing_id = h.id
      WHERE e.id = NEW.entry_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;
