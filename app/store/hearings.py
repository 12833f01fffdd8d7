"""Hearings with their entries, revisions, corrections, breaks and seals.

The aggregate is loaded whole (a long hearing has a few hundred entries) and written back in
small pieces, so that the autosave of one keystroke touches one row.
"""

from __future__ import annotations

import json

from app.domain import readback
from app.domain.clock import parse_instant
from app.domain.errors import DomainError
from app.domain.hearing import Hearing, HearingState, Seal
from app.domain.transcript import Break, Correction, Entry, EntryKind, Revision, Speaker


def _iso(value):
    return value.isoformat() if value is not None else None


def _instant(text):
    return parse_instant(text) if text else None


class HearingRepository:
    def __init__(self, conn):
        self._conn = conn

    # --- writing ---------------------------------------------------------------------------

    def add(self, h: Hearing) -> None:
        self._conn.execute(
            "INSERT INTO hearings (id, case_id, skeleton_id, interviewer, interpreter, language,"
            " place, participants, started_at, ended_at, state, readback, pack_versions)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                h.id,
                h.case_id,
                h.skeleton_id,
                h.interviewer,
                h.interpreter,
                h.language,
                h.place,
                json.dumps(h.participants, ensure_ascii=False),
                _iso(h.started_at),
                _iso(h.ended_at),
                h.state.value,
                "{}",
                json.dumps(h.pack_versions, sort_keys=True),
            ),
        )
        for entry in h.entries:
            self.add_entry(entry)

    def save_header(self, h: Hearing) -> None:
        """Participants, state, read-back progress, pack versions, end time."""
        self._conn.execute(
            "UPDATE hearings SET interviewer=?, interpreter=?, language=?, place=?,"
            " participants=?, ended_at=?, state=?, readback=?, pack_versions=? WHERE id=?",
            (
                h.interviewer,
                h.interpreter,
                h.language,
                h.place,
                json.dumps(h.participants, ensure_ascii=False),
                _iso(h.ended_at),
                h.state.value,
                json.dumps({str(k): v for k, v in h.readback.items()}),
                json.dumps(h.pack_versions, sort_keys=True),
                h.id,
            ),
        )

    def add_entry(self, e: Entry) -> None:
        self._conn.execute(
            "INSERT INTO entries (id, hearing_id, number, kind, speaker, question_ref, notice_id,"
            " created_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                e.id,
                e.hearing_id,
                e.number,
                e.kind.value,
                e.speaker.value,
                e.question_ref,
                e.notice_id,
                _iso(e.created_at),
            ),
        )
        for rev in e.revisions:
            self.save_revision(e.id, rev)

    def save_revision(self, entry_id: str, rev: Revision) -> None:
        """The autosave path: one row per keystroke batch.

        An UPDATE OR FAIL of the existing row, and an INSERT only for a new revision, rather than
        one upsert: the upsert's update part always checks NOT NULL with ABORT, which (with the
        row's trigger) makes SQLite open a statement journal for every keystroke (migration 0007
        says why that matters). The statement names one row by its key, so FAIL and ABORT leave
        the same database behind when it is refused."""
        fields = json.dumps(rev.fields, ensure_ascii=False, sort_keys=True) if rev.fields else "{}"
        saved_at = _iso(rev.saved_at)
        updated = self._conn.execute(
            "UPDATE OR FAIL revisions SET question=?, answer=?, saved_at=?, closed=?, fields=?"
            " WHERE entry_id=? AND number=?",
            (rev.question, rev.answer, saved_at, int(rev.closed), fields, entry_id, rev.number),
        )
        if updated.rowcount == 0:
            self._conn.execute(
                "INSERT INTO revisions (entry_id, number, question, answer, saved_at, closed,"
                " fields) VALUES (?,?,?,?,?,?,?)",
                (entry_id, rev.number, rev.question, rev.answer, saved_at, int(rev.closed), fields),
            )

    def update_speaker(self, e: Entry) -> None:
        self._conn.execute("UPDATE entries SET speaker=? WHERE id=?", (e.speaker.value, e.id))

    def add_correction(self, hearing_id: str, c: Correction) -> None:
        self._conn.execute(
            "INSERT INTO corrections (id, hearing_id, entry_id, entry_number, original, corrected,"
            " at) VALUES (?,?,?,?,?,?,?)",
            (c.id, hearing_id, c.entry_id, c.entry_number, c.original, c.corrected, _iso(c.at)),
        )

    def save_break(self, hearing_id: str, seq: int, b: Break) -> None:
        self._conn.execute(
            "INSERT INTO breaks (hearing_id, seq, started_at, ended_at, reason) VALUES (?,?,?,?,?)"
            " ON CONFLICT(hearing_id, seq) DO UPDATE SET ended_at=excluded.ended_at",
            (hearing_id, seq, _iso(b.started_at), _iso(b.ended_at), b.reason),
        )

    def add_seal(self, hearing_id: str, s: Seal) -> None:
        self._conn.execute(
            "INSERT INTO seals (hearing_id, version, sealed_at, content_hash, covers_up_to,"
            " signature, device_key_id, open_items_reason) VALUES (?,?,?,?,?,?,?,?)",
            (
                hearing_id,
                s.version,
                _iso(s.sealed_at),
                s.content_hash,
                s.covers_up_to,
                s.signature,
                s.device_key_id,
                s.open_items_reason,
            ),
        )

    def save_notes(self, hearing_id: str, text: str, at) -> None:
        self._conn.execute(
            "INSERT INTO notes (hearing_id, text, updated_at) VALUES (?,?,?) ON CONFLICT(hearing_id)"
            " DO UPDATE SET text=excluded.text, updated_at=excluded.updated_at",
            (hearing_id, text, _iso(at)),
        )

    def notes(self, hearing_id: str) -> str:
        row = self._conn.execute(
            "SELECT text FROM notes WHERE hearing_id=?", (hearing_id,)
        ).fetchone()
        return row[0] if row else ""

    def save_assistant_state(self, hearing_id: str, state: dict, at) -> None:
        """What the interviewer did with the assistant's facts and hints (for review; never
        part of the Niederschrift)."""
        self._conn.execute(
            "INSERT INTO assistant_state (hearing_id, state, updated_at) VALUES (?,?,?)"
            " ON CONFLICT(hearing_id) DO UPDATE SET state=excluded.state,"
            " updated_at=excluded.updated_at",
            (hearing_id, json.dumps(state, ensure_ascii=False, sort_keys=True), _iso(at)),
        )

    def assistant_state(self, hearing_id: str) -> dict | None:
        row = self._conn.execute(
            "SELECT state FROM assistant_state WHERE hearing_id=?", (hearing_id,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    # --- reading ---------------------------------------------------------------------------

    def ids_for_case(self, case_id: str) -> list[tuple[str, str, str]]:
        """(hearing id, state, started_at) of a case's hearings, newest first."""
        return self._conn.execute(
            "SELECT id, state, started_at FROM hearings WHERE case_id=? ORDER BY started_at DESC",
            (case_id,),
        ).fetchall()

    def summaries(self) -> dict[str, tuple[str, int]]:
        """case id -> (state of its latest hearing, its entry count), for the case list."""
        rows = self._conn.execute(
            "SELECT h.case_id, h.state, (SELECT count(*) FROM entries e WHERE e.hearing_id=h.id)"
            " FROM hearings h ORDER BY h.started_at"
        ).fetchall()
        return {case_id: (state, count) for case_id, state, count in rows}

    def get(self, hearing_id: str) -> Hearing:
        row = self._conn.execute(
            "SELECT id, case_id, skeleton_id, interviewer, interpreter, language, place,"
            " participants, started_at, ended_at, state, readback, pack_versions"
            " FROM hearings WHERE id=?",
            (hearing_id,),
        ).fetchone()
        if row is None:
            raise LookupError("The hearing does not exist in this profile.")
        h = Hearing(
            id=row[0],
            case_id=row[1],
            skeleton_id=row[2],
            interviewer=row[3],
            interpreter=row[4],
            language=row[5],
            place=row[6],
            participants=json.loads(row[7]),
            started_at=parse_instant(row[8]),
            ended_at=_instant(row[9]),
            state=HearingState(row[10]),
            pack_versions=json.loads(row[12]),
        )
        marks = json.loads(row[11])
        h.entries = self._entries(hearing_id)
        h.corrections = [
            Correction(r[0], r[1], r[2], r[3], parse_instant(r[4]), id=r[5])
            for r in self._conn.execute(
                "SELECT entry_id, entry_number, original, corrected, at, id FROM corrections"
                " WHERE hearing_id=? ORDER BY at, rowid",
                (hearing_id,),
            )
        ]
        h.breaks = [
            Break(parse_instant(r[0]), _instant(r[1]), r[2])
            for r in self._conn.execute(
                "SELECT started_at, ended_at, reason FROM breaks WHERE hearing_id=? ORDER BY seq",
                (hearing_id,),
            )
        ]
        h.seals = [
            Seal(r[0], parse_instant(r[1]), r[2], r[3], r[4], r[5], r[6])
            for r in self._conn.execute(
                "SELECT version, sealed_at, content_hash, covers_up_to, signature, device_key_id,"
                " open_items_reason FROM seals WHERE hearing_id=? ORDER BY version",
                (hearing_id,),
            )
        ]
        h.readback = _readback_marks(h, marks)
        return h

    def _entries(self, hearing_id: str) -> list[Entry]:
        revisions: dict[str, list[Revision]] = {}
        for r in self._conn.execute(
            "SELECT r.entry_id, r.number, r.question, r.answer, r.saved_at, r.closed, r.fields"
            " FROM revisions r JOIN entries e ON e.id = r.entry_id WHERE e.hearing_id=?"
            " ORDER BY r.entry_id, r.number",
            (hearing_id,),
        ):
            revisions.setdefault(r[0], []).append(
                Revision(r[1], r[2], r[3], parse_instant(r[4]), bool(r[5]), json.loads(r[6]))
            )
        entries = []
        for r in self._conn.execute(
            "SELECT id, number, kind, speaker, question_ref, notice_id, created_at FROM entries"
            " WHERE hearing_id=? ORDER BY number",
            (hearing_id,),
        ):
            revs = revisions.get(r[0], [])
            last = revs[-1] if revs else None
            entries.append(
                Entry(
                    hearing_id,
                    r[1],
                    EntryKind(r[2]),
                    last.question if last else "",
                    last.answer if last else "",
                    Speaker(r[3]),
                    r[4],
                    r[5],
                    id=r[0],
                    created_at=parse_instant(r[6]),
                    revisions=revs,
                )
            )
        return entries


_LEGACY_DONE = ("confirmed", "corrected")


def _readback_marks(h: Hearing, stored: dict[str, str]) -> dict[int, str]:
    """Section start -> digest of the wording confirmed. Profiles from before migration 0006
    stored a status instead: a section confirmed then is taken as confirmed as it stands."""
    marks = {}
    for key, value in stored.items():
        start = int(key)
        if value in _LEGACY_DONE:
            try:
                marks[start] = readback.digest(h, start)
            except DomainError:  # a section that no longer starts there
                continue
        elif value != "pending":
            marks[start] = value
    return marks
