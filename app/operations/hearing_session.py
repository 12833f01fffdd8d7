"""An open hearing: the in-memory transcript the editor works on, persisted job by job.

Every method validates through the domain on the caller's thread, then submits a job that
writes the change (and its audit event) in one transaction on the database thread. Methods
return the job's Future; ``pending`` tells how many writes have not been confirmed yet, which
the UI shows as the save state.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain import readback
from app.domain.audit import Action, text_digest
from app.domain.case import Case
from app.domain.clock import utcnow
from app.domain.hearing import Hearing, Seal
from app.domain.sealing import seal_hash
from app.domain.transcript import Entry, EntryKind, Speaker
from app.store.store import Store

Submit = Callable[[Callable[[Store], object]], Future]


class HearingSession:
    def __init__(
        self,
        case: Case,
        hearing: Hearing,
        submit: Submit,
        device_key: Ed25519PrivateKey | None = None,
        device_key_id: str = "",
    ):
        self.case = case
        self.hearing = hearing
        self._submit_raw = submit
        self._device_key = device_key
        self._device_key_id = device_key_id
        self._lock = threading.Lock()
        self._pending = 0
        self.last_error: BaseException | None = None
        self._unsaved: set[int] = set()  # entries whose last write failed
        self.on_save_state: Callable[[], None] | None = None  # called from the DB thread

    # --- persistence bookkeeping ----------------------------------------------------------

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def _submit(self, job: Callable[[Store], object], entry_number: int | None = None) -> Future:
        with self._lock:
            self._pending += 1
        future = self._submit_raw(lambda store: _in_transaction(store, job))
        future.add_done_callback(lambda f: self._done(f, entry_number))
        return future

    def _done(self, future: Future, entry_number: int | None) -> None:
        error = future.exception()
        with self._lock:
            self._pending -= 1
            if entry_number is not None:  # remember entries whose text is not on disk
                if error is None:
                    self._unsaved.discard(entry_number)
                else:
                    self._unsaved.add(entry_number)
            if error is not None:
                self.last_error = error
            elif self._pending == 0 and not self._unsaved:
                # Only now is everything typed on disk; an unrelated successful write (notes,
                # assistant decisions) must not hide an entry that still waits for its retry.
                self.last_error = None
        if self.on_save_state:
            self.on_save_state()

    # --- writing the transcript -------------------------------------------------------------

    def add_entry(
        self,
        kind: EntryKind = EntryKind.QA,
        question: str = "",
        question_ref=None,
        speaker: Speaker = Speaker.APPLICANT,
    ) -> tuple[Entry, Future]:
        entry = self.hearing.add_entry(kind, question, "", speaker, question_ref)
        snapshot = copy.deepcopy(entry)

        def job(store: Store) -> None:
            store.hearings.add_entry(snapshot)
            store.audit.append(
                Action.ENTRY_ADDED,
                snapshot.hearing_id,
                number=snapshot.number,
                kind=snapshot.kind.value,
                question_ref=snapshot.question_ref,
            )

        return entry, self._submit(job)

    def type(
        self, number: int, question: str, answer: str, fields: dict[str, str] | None = None
    ) -> Future | None:
        """The autosave path: store the entry's current wording (None when unchanged).
        ``fields``: the typed answer fields, when the editor shows them."""
        entry = self.hearing.entry(number)
        reopening = entry.current.closed
        revision = self.hearing.write_entry(number, question, answer, fields=fields)
        if revision is None:
            return None
        snapshot, entry_id = replace(revision), entry.id
        hearing_id = self.hearing.id

        def job(store: Store) -> None:
            store.hearings.save_revision(entry_id, snapshot)
            if reopening:
                store.audit.append(
                    Action.ENTRY_REVISED, hearing_id, number=number, revision=snapshot.number
                )

        return self._submit(job, number)

    def retry_unsaved(self) -> list[Future]:
        """Write again the current wording of entries whose last write failed. The text is
        still in memory (and on screen); nothing typed is dropped because a write failed."""
        with self._lock:
            numbers = sorted(self._unsaved)
        futures = []
        for number in numbers:
            entry = self.hearing.entry(number)
            snapshot, entry_id = replace(entry.current), entry.id

            def job(store: Store, entry_id=entry_id, snapshot=snapshot) -> None:
                store.hearings.save_revision(entry_id, snapshot)

            futures.append(self._submit(job, number))
        return futures

    def leave(self, number: int) -> Future | None:
        """The interviewer left the entry: its wording becomes a closed revision."""
        entry = self.hearing.entry(number)
        revision = entry.close_revision()
        if revision is None:
            return None
        snapshot, entry_id, hearing_id = replace(revision), entry.id, self.hearing.id

        def job(store: Store) -> None:
            store.hearings.save_revision(entry_id, snapshot)
            store.audit.append(
                Action.ENTRY_WRITTEN,
                hearing_id,
                number=number,
                revision=snapshot.number,
                text=text_digest(snapshot.question, snapshot.answer),
            )

        return self._submit(job)

    def set_speaker(self, number: int, speaker: Speaker) -> Future:
        entry = self.hearing.entry(number)
        entry.speaker = speaker
        snapshot = copy.copy(entry)
        return self._submit(lambda store: store.hearings.update_speaker(snapshot))

    def save_notes(self, text: str) -> Future:
        hearing_id, at = self.hearing.id, utcnow()
        return self._submit(lambda store: store.hearings.save_notes(hearing_id, text, at))

    def load_assistant_state(self) -> Future:
        hearing_id = self.hearing.id
        return self._submit_raw(lambda store: store.hearings.assistant_state(hearing_id))

    def record_pack_versions(self, versions: dict[str, str]) -> Future | None:
        """The rule-pack versions the hearing is made under, recorded once at its start."""
        if self.hearing.pack_versions or self.hearing.sealed:
            return None
        self.hearing.pack_versions = dict(versions)
        return self._save_header()

    def save_assistant_state(self, state: dict) -> Future:
        hearing_id, at = self.hearing.id, utcnow()
        return self._submit(
            lambda store: store.hearings.save_assistant_state(hearing_id, state, at)
        )

    def update_participants(
        self, interpreter: str, language: str, place: str, participants: list[str]
    ) -> Future:
        h = self.hearing
        h.interpreter, h.language, h.place, h.participants = (
            interpreter,
            language,
            place,
            list(participants),
        )
        return self._save_header()

    def _save_header(self, action: str | None = None, **detail) -> Future:
        snapshot = copy.deepcopy(self.hearing)
        snapshot.entries = []

        def job(store: Store) -> None:
            store.hearings.save_header(snapshot)
            if action:
                store.audit.append(action, snapshot.id, **detail)

        return self._submit(job)

    # --- breaks and notices ---------------------------------------------------------------

    def start_break(self, reason: str = "") -> Future:
        brk = self.hearing.start_break(reason)
        seq, hearing_id = len(self.hearing.breaks), self.hearing.id

        def job(store: Store) -> None:
            store.hearings.save_break(hearing_id, seq, brk)
            store.audit.append(Action.BREAK_STARTED, hearing_id, seq=seq)

        return self._submit(job)

    def end_break(self) -> Future:
        brk = self.hearing.end_break()
        seq, hearing_id = len(self.hearing.breaks), self.hearing.id

        def job(store: Store) -> None:
            store.hearings.save_break(hearing_id, seq, brk)
            store.audit.append(Action.BREAK_ENDED, hearing_id, seq=seq)

        return self._submit(job)

    def record_notice(self, notice_id: str, language: str = "de") -> tuple[Entry, Future]:
        entry = self.hearing.record_notice(notice_id, language=language)
        snapshot = copy.deepcopy(entry)

        def job(store: Store) -> None:
            store.hearings.add_entry(snapshot)
            store.audit.append(
                Action.NOTICE_RECORDED,
                snapshot.hearing_id,
                notice=notice_id,
                number=snapshot.number,
            )

        return entry, self._submit(job)

    # --- read-back, corrections, sealing ---------------------------------------------------

    def start_readback(self) -> Future:
        closed = [(e.id, replace(e.current)) for e in self.hearing.entries if not e.current.closed]
        self.hearing.start_readback()
        closed = [(eid, replace(rev, closed=True)) for eid, rev in closed]
        header = self._header_snapshot()

        def job(store: Store) -> None:
            for entry_id, rev in closed:
                store.hearings.save_revision(entry_id, rev)
            store.hearings.save_header(header)
            store.audit.append(Action.READBACK_STARTED, header.id)

        return self._submit(job)

    def resume_hearing(self) -> Future:
        self.hearing.resume_hearing()
        return self._save_header(Action.HEARING_RESUMED)

    def confirm_section(self, start: int) -> Future:
        readback.confirm_section(self.hearing, start)
        status = self.hearing.readback[start].value
        return self._save_header(Action.READBACK_SECTION, section=start, status=status)

    def correct(self, number: int, corrected: str) -> Future:
        correction = self.hearing.correct(number, corrected)
        header = self._header_snapshot()

        def job(store: Store) -> None:
            store.hearings.add_correction(header.id, correction)
            store.hearings.save_header(header)
            store.audit.append(
                Action.CORRECTION_RECORDED,
                header.id,
                number=number,
                text=text_digest(correction.corrected),
            )

        return self._submit(job)

    def seal(self, open_items_reason: str = "", at: datetime | None = None) -> tuple[Seal, Future]:
        """Seal the transcript (version 1): content hash, device signature, immutable after."""
        return self._seal(
            lambda digest, covers, signature: self.hearing.seal(
                digest, covers, signature, self._device_key_id, open_items_reason, at=at
            )
        )

    def seal_addenda(self, at: datetime | None = None) -> tuple[Seal, Future]:
        """Seal the addendum round as a new seal version (sent again by sync)."""
        return self._seal(
            lambda digest, covers, signature: self.hearing.seal_addenda(
                digest, covers, signature, self._device_key_id, at=at
            )
        )

    def _seal(self, make_seal: Callable[[str, int, str], Seal]) -> tuple[Seal, Future]:
        covers = self.hearing.next_number - 1
        digest = seal_hash(self.case, self.hearing, covers)
        signature = self._device_key.sign(bytes.fromhex(digest)).hex() if self._device_key else ""
        closing = [
            (e.id, replace(e.current, closed=True))
            for e in self.hearing.entries
            if not e.current.closed
        ]
        seal = make_seal(digest, covers, signature)  # the domain checks first
        header = self._header_snapshot()

        def job(store: Store) -> None:
            for entry_id, rev in closing:  # before the state turns sealed (see the triggers)
                store.hearings.save_revision(entry_id, rev)
            store.hearings.add_seal(header.id, seal)
            store.hearings.save_header(header)
            store.audit.append(
                Action.SEALED,
                header.id,
                version=seal.version,
                content_hash=digest,
                covers_up_to=covers,
            )

        return seal, self._submit(job)

    def add_addendum(self, text: str) -> tuple[Entry, Future]:
        entry = self.hearing.add_addendum(text)
        entry.close_revision()
        snapshot = copy.deepcopy(entry)

        def job(store: Store) -> None:
            store.hearings.add_entry(snapshot)
            store.audit.append(
                Action.ADDENDUM_ADDED,
                snapshot.hearing_id,
                number=snapshot.number,
                text=text_digest(snapshot.answer),
            )

        return entry, self._submit(job)

    def record_export(self, fmt: str, content_hash: str) -> Future:
        hearing_id = self.hearing.id
        return self._submit(
            lambda store: store.audit.append(
                Action.EXPORTED, hearing_id, format=fmt, content_hash=content_hash
            )
        )

    def _header_snapshot(self) -> Hearing:
        snapshot = copy.deepcopy(self.hearing)
        snapshot.entries = []
        return snapshot


def _in_transaction(store: Store, job: Callable[[Store], object]) -> object:
    with store.transaction():
        return job(store)
