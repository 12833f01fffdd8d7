"""An open hearing: the in-memory transcript the editor works on, persisted job by job.

Every method validates through the domain on the caller's thread, then submits a job that
writes the change (and its audit event) in one transaction on the database thread. Methods
return the job's Future; ``pending`` tells how many writes have not been confirmed yet, which
the UI shows as the save state.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.audit import Action, text_digest
from app.domain.case import Case
from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.hearing import Hearing, Seal
from app.domain.sealing import seal_hash
from app.domain.transcript import Entry, EntryKind, Speaker
from app.operations.write_queue import Submit, Wake, WriteKind, WriteQueue
from app.store.store import Store
from app.sync.keys import sign_content_hash


class HearingSession:
    def __init__(
        self,
        case: Case,
        hearing: Hearing,
        submit: Submit,
        device_key: Ed25519PrivateKey | None = None,
        device_key_id: str = "",
        wake: Wake | None = None,
    ):
        """``wake``: how a UI puts off starting a write until its event loop's next turn
        (see write_queue); without it, writes start at once."""
        self.case = case
        self.hearing = hearing
        self._submit_raw = submit
        self._device_key = device_key
        self._device_key_id = device_key_id
        self.writes = WriteQueue(submit, wake)

    # --- persistence bookkeeping ----------------------------------------------------------

    @property
    def pending(self) -> int:
        return self.writes.pending

    @property
    def on_save_state(self) -> Callable[[], None] | None:
        return self.writes.on_change

    @on_save_state.setter
    def on_save_state(self, callback: Callable[[], None] | None) -> None:
        self.writes.on_change = callback  # called from the DB thread

    def _submit(self, job: Callable[[Store], object], kind: WriteKind, key=None) -> Future:
        return self.writes.put(job, kind, key)

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

        return entry, self._submit(job, WriteKind.ENTRY)

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

        # Same revision, not yet written: the newer text supersedes the older in the queue.
        key = None if reopening else (entry_id, snapshot.number)
        return self._submit(job, WriteKind.TEXT, key)

    def retry(self) -> bool:
        """Write again what failed, and what waits behind it, in order. The text is still in
        memory (and on screen); nothing is dropped because a write failed."""
        return self.writes.retry()

    def leave(self, number: int) -> Future | None:
        """The interviewer left the entry: its wording becomes a closed revision."""
        revision = self.hearing.close_entry(number)
        if revision is None:
            return None
        entry = self.hearing.entry(number)
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

        return self._submit(job, WriteKind.TEXT)

    def set_speaker(self, number: int, speaker: Speaker) -> Future | None:
        if not self.hearing.set_speaker(number, speaker):
            return None
        snapshot = copy.copy(self.hearing.entry(number))
        return self._submit(
            lambda store: store.hearings.update_speaker(snapshot), WriteKind.SPEAKER
        )

    def save_notes(self, text: str) -> Future:
        """The interviewer's own notes (not part of the Niederschrift, any state)."""
        hearing_id, at = self.hearing.id, utcnow()
        return self._submit(
            lambda store: store.hearings.save_notes(hearing_id, text, at),
            WriteKind.NOTES,
            ("notes", hearing_id),
        )

    def load_assistant_state(self) -> Future:
        hearing_id = self.hearing.id
        return self._submit_raw(lambda store: store.hearings.assistant_state(hearing_id))

    def record_pack_versions(self, versions: dict[str, str]) -> Future | None:
        """The rule-pack versions the hearing is made under, recorded once at its start."""
        try:  # the domain decides: recorded once, and a sealed hearing keeps what it had
            self.hearing.record_pack_versions(versions)
        except DomainError:
            return None
        return self._save_header(WriteKind.HEADER)

    def save_assistant_state(self, state: dict) -> Future:
        """What the interviewer did with the assistant (for review, any state)."""
        hearing_id, at = self.hearing.id, utcnow()
        return self._submit(
            lambda store: store.hearings.save_assistant_state(hearing_id, state, at),
            WriteKind.ASSISTANT,
            ("assistant", hearing_id),
        )

    def update_participants(
        self, interpreter: str, language: str, place: str, participants: list[str]
    ) -> Future:
        self.hearing.update_header(interpreter, language, place, participants)
        return self._save_header(WriteKind.HEADER)

    def _save_header(self, kind: WriteKind, action: str | None = None, **detail) -> Future:
        snapshot = self._header_snapshot()

        def job(store: Store) -> None:
            store.hearings.save_header(snapshot)
            if action:
                store.audit.append(action, snapshot.id, **detail)

        return self._submit(job, kind)

    # --- breaks and notices ---------------------------------------------------------------

    def start_break(self, reason: str = "") -> Future:
        brk = self.hearing.start_break(reason)
        seq, hearing_id = len(self.hearing.breaks), self.hearing.id

        def job(store: Store) -> None:
            store.hearings.save_break(hearing_id, seq, brk)
            store.audit.append(Action.BREAK_STARTED, hearing_id, seq=seq)

        return self._submit(job, WriteKind.BREAK)

    def end_break(self) -> Future:
        brk = self.hearing.end_break()
        seq, hearing_id = len(self.hearing.breaks), self.hearing.id

        def job(store: Store) -> None:
            store.hearings.save_break(hearing_id, seq, brk)
            store.audit.append(Action.BREAK_ENDED, hearing_id, seq=seq)

        return self._submit(job, WriteKind.BREAK)

    def record_notice(self, notice_id: str, language: str = "de") -> tuple[Entry, Future]:
        entry = self.hearing.record_notice(
            notice_id, language=language, applicant_sex=self.case.applicant.sex
        )
        snapshot = copy.deepcopy(entry)

        def job(store: Store) -> None:
            store.hearings.add_entry(snapshot)
            store.audit.append(
                Action.NOTICE_RECORDED,
                snapshot.hearing_id,
                notice=notice_id,
                number=snapshot.number,
            )

        return entry, self._submit(job, WriteKind.NOTICE)

    # --- read-back, corrections, sealing ---------------------------------------------------

    def start_readback(self) -> Future:
        by_revision = {id(e.current): e.id for e in self.hearing.entries}
        closed = [(by_revision[id(rev)], replace(rev)) for rev in self.hearing.start_readback()]
        header = self._header_snapshot()

        def job(store: Store) -> None:
            for entry_id, rev in closed:
                store.hearings.save_revision(entry_id, rev)
            store.hearings.save_header(header)
            store.audit.append(Action.READBACK_STARTED, header.id)

        return self._submit(job, WriteKind.READBACK)

    def resume_hearing(self) -> Future:
        self.hearing.resume_hearing()
        return self._save_header(WriteKind.READBACK, Action.HEARING_RESUMED)

    def confirm_section(self, start: int) -> Future:
        self.hearing.confirm_section(start)
        return self._save_header(
            WriteKind.READBACK, Action.READBACK_SECTION, section=start, status="confirmed"
        )

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

        return self._submit(job, WriteKind.CORRECTION)

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
        failure = self.writes.failure
        if failure is not None:  # the seal would cover text that is not on disk
            raise DomainError("unsaved_changes", kind=failure.kind.value)
        covers = self.hearing.next_number - 1
        digest = seal_hash(self.case, self.hearing, covers)
        signature = sign_content_hash(self._device_key, digest) if self._device_key else ""
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

        return seal, self._submit(job, WriteKind.SEAL)

    def add_addendum(self, text: str) -> tuple[Entry, Future]:
        entry = self.hearing.add_addendum(text)
        snapshot = copy.deepcopy(entry)

        def job(store: Store) -> None:
            store.hearings.add_entry(snapshot)
            store.audit.append(
                Action.ADDENDUM_ADDED,
                snapshot.hearing_id,
                number=snapshot.number,
                text=text_digest(snapshot.answer),
            )

        return entry, self._submit(job, WriteKind.ADDENDUM)

    def record_export(self, fmt: str, content_hash: str) -> Future:
        hearing_id = self.hearing.id
        return self._submit(
            lambda store: store.audit.append(
                Action.EXPORTED, hearing_id, format=fmt, content_hash=content_hash
            ),
            WriteKind.EXPORT,
        )

    def _header_snapshot(self) -> Hearing:
        snapshot = copy.deepcopy(self.hearing)
        snapshot.entries = []
        return snapshot
