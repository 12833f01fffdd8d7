"""The hearing (Anhörung) and the rules of how its transcript may change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from app.domain import readback as _readback
from app.domain.changes import Change, HearingState, require
from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.domain.notices import NOTICES, NOTICES_BY_ID, notice_text
from app.domain.readback import SectionStatus
from app.domain.transcript import Break, Correction, Entry, EntryKind, Speaker

__all__ = ["Hearing", "HearingState", "Seal", "SectionStatus"]


@dataclass(frozen=True)
class Seal:
    version: int
    sealed_at: datetime
    content_hash: str
    covers_up_to: int  # the highest entry number included
    signature: str = ""  # hex Ed25519 signature of the content hash by the device key
    device_key_id: str = ""
    open_items_reason: str = ""  # why the interviewer sealed with open checklist items


@dataclass
class Hearing:
    case_id: str
    skeleton_id: str
    interviewer: str
    interpreter: str = ""
    language: str = ""  # language of the hearing, e.g. "Kurmanci"
    place: str = ""  # where the hearing takes place, e.g. "Außenstelle Bonn"
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    started_at: datetime = field(default_factory=utcnow)
    ended_at: datetime | None = None
    state: HearingState = HearingState.IN_PROGRESS
    entries: list[Entry] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    breaks: list[Break] = field(default_factory=list)
    # section start -> digest of its wording when the applicant confirmed it (readback.py)
    readback: dict[int, str] = field(default_factory=dict)
    seals: list[Seal] = field(default_factory=list)
    pack_versions: dict[str, str] = field(default_factory=dict)  # rule pack id -> version
    participants: list[str] = field(default_factory=list)  # others present, with their role

    # --- queries -------------------------------------------------------------------------

    @property
    def sealed(self) -> bool:
        return self.state == HearingState.SEALED

    def entry(self, number: int) -> Entry:
        position = self.position_of(number)
        if position < 0:
            raise DomainError("no_entry", number=number)
        return self.entries[position]

    def position_of(self, number: int) -> int:
        """Where entry ``number`` is in ``entries`` (-1 if nowhere). Every keystroke asks, in
        hearings of hundreds of entries: entries are numbered 1, 2, 3 … in order, so the
        answer is almost always ``number - 1``; the scan is for anything else."""
        guess = number - 1
        if 0 <= guess < len(self.entries) and self.entries[guess].number == number:
            return guess
        return next((i for i, e in enumerate(self.entries) if e.number == number), -1)

    @property
    def next_number(self) -> int:
        return max((e.number for e in self.entries), default=0) + 1

    def answered_refs(self) -> set[str]:
        return {e.question_ref for e in self.entries if e.question_ref and e.answered}

    def notices_given(self) -> set[str]:
        return {e.notice_id for e in self.entries if e.kind == EntryKind.NOTICE and e.notice_id}

    def on_break(self) -> bool:
        return bool(self.breaks) and self.breaks[-1].ended_at is None

    # --- writing (each change asks the gate, app/domain/changes.py, first) -----------------

    def _require(self, change: Change) -> None:
        require(self.state, change)

    def add_entry(
        self,
        kind: EntryKind = EntryKind.QA,
        question: str = "",
        answer: str = "",
        speaker: Speaker = Speaker.APPLICANT,
        question_ref: str | None = None,
        at: datetime | None = None,
    ) -> Entry:
        self._require(Change.ADD_ENTRY)
        if kind not in _readback.READ_BACK_KINDS:  # notices and addenda have their own way in
            raise DomainError("wrong_kind", kind=kind.value, change=Change.ADD_ENTRY.value)
        entry = Entry(
            self.id,
            self.next_number,
            kind,
            question,
            answer,
            speaker,
            question_ref,
            created_at=at or utcnow(),
        )
        self.entries.append(entry)
        return entry

    def write_entry(
        self,
        number: int,
        question: str,
        answer: str,
        at: datetime | None = None,
        fields: dict[str, str] | None = None,
    ):
        self._require(Change.WRITE_ENTRY)
        entry = self.entry(number)
        if entry.kind not in _readback.READ_BACK_KINDS:
            raise DomainError("wrong_kind", kind=entry.kind.value, change=Change.WRITE_ENTRY.value)
        return entry.write(question, answer, at, fields)

    def close_entry(self, number: int):
        """The interviewer left the entry: its working revision is frozen (None if it was)."""
        self._require(Change.CLOSE_ENTRY)
        return self.entry(number).close_revision()

    def set_speaker(self, number: int, speaker: Speaker) -> bool:
        """Who spoke an entry; False when unchanged."""
        self._require(Change.SET_SPEAKER)
        entry = self.entry(number)
        if entry.kind not in _readback.READ_BACK_KINDS:
            raise DomainError("wrong_kind", kind=entry.kind.value, change=Change.SET_SPEAKER.value)
        if entry.speaker == Speaker(speaker):
            return False
        entry.speaker = Speaker(speaker)
        return True

    def update_header(
        self, interpreter: str, language: str, place: str, participants: list[str]
    ) -> None:
        """Who is present, in which language, where (the Niederschrift's header)."""
        self._require(Change.UPDATE_HEADER)
        self.interpreter, self.language, self.place = interpreter, language, place
        self.participants = list(participants)

    def record_pack_versions(self, versions: dict[str, str]) -> None:
        """The rule-pack versions the hearing is made under: recorded once, at its start."""
        self._require(Change.RECORD_PACK_VERSIONS)
        if self.pack_versions:
            raise DomainError("pack_versions_recorded")
        self.pack_versions = dict(versions)

    def record_notice(
        self,
        notice_id: str,
        at: datetime | None = None,
        language: str = "de",
        applicant_sex: str = "",
    ):
        """Records the notice in words that fit the applicant and the interpreter now; the
        entry keeps those words whatever changes later."""
        self._require(Change.RECORD_NOTICE)
        if notice_id not in NOTICES_BY_ID:
            raise DomainError("unknown_notice", notice=notice_id)
        entry = Entry(
            self.id,
            self.next_number,
            EntryKind.NOTICE,
            "",
            notice_text(notice_id, language, applicant_sex, self.interpreter),
            Speaker.INTERVIEWER,
            notice_id=notice_id,
            created_at=at or utcnow(),
        )
        entry.close_revision()
        self.entries.append(entry)
        return entry

    def add_addendum(self, text: str, speaker: Speaker = Speaker.INTERVIEWER, at=None) -> Entry:
        self._require(Change.ADD_ADDENDUM)
        if not text.strip():
            raise DomainError("addendum_empty")
        entry = Entry(
            self.id,
            self.next_number,
            EntryKind.ADDENDUM,
            "",
            text,
            speaker,
            created_at=at or utcnow(),
        )
        entry.close_revision()  # an addendum is written whole, then frozen
        self.entries.append(entry)
        return entry

    def start_break(self, reason: str = "", at: datetime | None = None) -> Break:
        self._require(Change.START_BREAK)
        if self.on_break():
            raise DomainError("already_on_break")
        brk = Break(at or utcnow(), None, reason)
        self.breaks.append(brk)
        return brk

    def end_break(self, at: datetime | None = None) -> Break:
        self._require(Change.END_BREAK)
        if not self.on_break():
            raise DomainError("not_on_break")
        last = self.breaks[-1]
        ended = Break(last.started_at, at or utcnow(), last.reason)
        self.breaks[-1] = ended
        return ended

    # --- read-back and sealing ---------------------------------------------------------------

    def start_readback(self) -> list:
        """Returns the revisions it closed (they are frozen from now on)."""
        self._require(Change.START_READBACK)
        if not any(e.kind in _readback.READ_BACK_KINDS for e in self.entries):
            raise DomainError("nothing_to_read_back")
        closed = [r for r in (e.close_revision() for e in self.entries) if r is not None]
        self.state = HearingState.READBACK
        return closed

    def resume_hearing(self) -> None:
        """Back from read-back to questioning (something was forgotten). Confirmations stay
        bound to the wording read back: a section that changes must be read back again."""
        self._require(Change.RESUME)
        self.state = HearingState.IN_PROGRESS

    def confirm_section(self, start: int) -> None:
        """The applicant confirmed the section as read back to them."""
        self._require(Change.CONFIRM_SECTION)
        self.readback[start] = _readback.digest(self, start)

    def correct(self, number: int, corrected: str, at: datetime | None = None) -> Correction:
        """Record the applicant's correction at read-back; the original answer stays visible.
        The section counts as read back with its correction."""
        self._require(Change.CORRECT)
        entry = self.entry(number)
        if entry.kind not in _readback.READ_BACK_KINDS:
            raise DomainError("not_correctable")
        if not corrected.strip():
            raise DomainError("correction_empty")
        correction = Correction(
            entry.id, number, self.current_answer(number), corrected, at or utcnow()
        )
        self.corrections.append(correction)
        start = _readback.section_of(self, number)
        self.readback[start] = _readback.digest(self, start)
        return correction

    def current_answer(self, number: int) -> str:
        """The answer as it stands after corrections."""
        latest = [c for c in self.corrections if c.entry_number == number]
        return latest[-1].corrected if latest else self.entry(number).answer

    def seal(
        self,
        content_hash: str,
        covers_up_to: int,
        signature: str = "",
        device_key_id: str = "",
        open_items_reason: str = "",
        at=None,
    ) -> Seal:
        missing = self.missing_before_seal()  # says all that is missing, not just the state
        if missing and not self.sealed:
            raise DomainError("cannot_seal", missing=missing)
        self._require(Change.SEAL)
        seal = self._add_seal(
            content_hash, covers_up_to, signature, device_key_id, open_items_reason, at
        )
        self.state = HearingState.SEALED
        self.ended_at = self.ended_at or seal.sealed_at
        return seal

    def unsealed_addenda(self) -> list[Entry]:
        """Addenda written after the latest seal (an addendum round, e.g. after a return)."""
        if not self.seals:
            return []
        covered = self.seals[-1].covers_up_to
        return [e for e in self.entries if e.kind == EntryKind.ADDENDUM and e.number > covered]

    def seal_addenda(
        self,
        content_hash: str,
        covers_up_to: int,
        signature: str = "",
        device_key_id: str = "",
        at: datetime | None = None,
    ) -> Seal:
        """Seal an addendum round: a new seal version covering everything up to now. The
        earlier seals keep covering what they covered."""
        self._require(Change.SEAL_ADDENDA)
        if not self.unsealed_addenda():
            raise DomainError("no_new_addendum")
        return self._add_seal(content_hash, covers_up_to, signature, device_key_id, "", at)

    def _add_seal(
        self,
        content_hash: str,
        covers_up_to: int,
        signature: str,
        device_key_id: str,
        open_items_reason: str,
        at: datetime | None,
    ) -> Seal:
        seal = Seal(
            len(self.seals) + 1,
            at or utcnow(),
            content_hash,
            covers_up_to,
            signature,
            device_key_id,
            open_items_reason,
        )
        for e in self.entries:
            e.close_revision()
        self.seals.append(seal)
        return seal

    def missing_before_seal(self) -> list[DomainError]:
        """Why the transcript cannot be sealed yet (empty when it can), each a coded reason."""
        if self.sealed:
            return [DomainError("already_sealed")]
        missing: list[DomainError] = []
        if self.state != HearingState.READBACK:
            missing.append(DomainError("readback_not_started"))
        pending, changed = _readback.due(self)
        if pending:
            missing.append(DomainError("sections_pending", sections=[s.start for s in pending]))
        if changed:
            missing.append(DomainError("sections_changed", sections=[s.start for s in changed]))
        given = self.notices_given()
        for n in NOTICES:
            if n.mandatory and n.id not in given:
                missing.append(DomainError("notice_missing", notice=n.id))
        if self.on_break():
            missing.append(DomainError("still_on_break"))
        return missing
