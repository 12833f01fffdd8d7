"""The hearing (Anhörung) and the rules of how its transcript may change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.domain.clock import utcnow
from app.domain.errors import DomainError, SealedError
from app.domain.notices import NOTICES, NOTICES_BY_ID, notice_text
from app.domain.transcript import Break, Correction, Entry, EntryKind, Speaker


class HearingState(StrEnum):
    IN_PROGRESS = "in_progress"
    READBACK = "readback"  # Rückübersetzung under way
    SEALED = "sealed"


class SectionStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"  # read back, confirmed without change
    CORRECTED = "corrected"  # read back, the applicant corrected something


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
    readback: dict[int, SectionStatus] = field(default_factory=dict)  # section start -> status
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
            raise DomainError(f"There is no entry {number}.")
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
        return {e.question_ref for e in self.entries if e.question_ref and e.answer.strip()}

    def notices_given(self) -> set[str]:
        return {e.notice_id for e in self.entries if e.kind == EntryKind.NOTICE and e.notice_id}

    def on_break(self) -> bool:
        return bool(self.breaks) and self.breaks[-1].ended_at is None

    # --- writing -------------------------------------------------------------------------

    def _require_open(self) -> None:
        if self.sealed:
            raise SealedError("The transcript is sealed; add an addendum instead.")

    def add_entry(
        self,
        kind: EntryKind = EntryKind.QA,
        question: str = "",
        answer: str = "",
        speaker: Speaker = Speaker.APPLICANT,
        question_ref: str | None = None,
        at: datetime | None = None,
    ) -> Entry:
        if kind == EntryKind.ADDENDUM:
            raise DomainError("Addenda are added with add_addendum, after sealing.")
        self._require_open()
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
        self._require_open()
        return self.entry(number).write(question, answer, at, fields)

    def record_notice(self, notice_id: str, at: datetime | None = None, language: str = "de"):
        if notice_id not in NOTICES_BY_ID:
            raise DomainError(f"Unknown notice '{notice_id}'.")
        self._require_open()
        entry = Entry(
            self.id,
            self.next_number,
            EntryKind.NOTICE,
            "",
            notice_text(notice_id, language),
            Speaker.INTERVIEWER,
            notice_id=notice_id,
            created_at=at or utcnow(),
        )
        entry.close_revision()
        self.entries.append(entry)
        return entry

    def add_addendum(self, text: str, speaker: Speaker = Speaker.INTERVIEWER, at=None) -> Entry:
        if not self.sealed:
            raise DomainError(
                "An addendum is only for a sealed transcript; edit the entry instead."
            )
        entry = Entry(
            self.id,
            self.next_number,
            EntryKind.ADDENDUM,
            "",
            text,
            speaker,
            created_at=at or utcnow(),
        )
        self.entries.append(entry)
        return entry

    def start_break(self, reason: str = "", at: datetime | None = None) -> Break:
        self._require_open()
        if self.on_break():
            raise DomainError("The hearing is already interrupted.")
        brk = Break(at or utcnow(), None, reason)
        self.breaks.append(brk)
        return brk

    def end_break(self, at: datetime | None = None) -> Break:
        if not self.on_break():
            raise DomainError("The hearing is not interrupted.")
        last = self.breaks[-1]
        ended = Break(last.started_at, at or utcnow(), last.reason)
        self.breaks[-1] = ended
        return ended

    # --- read-back and sealing ---------------------------------------------------------------

    def start_readback(self) -> None:
        self._require_open()
        if not any(e.kind == EntryKind.QA for e in self.entries):
            raise DomainError("There is nothing to read back yet.")
        for e in self.entries:
            e.close_revision()
        self.state = HearingState.READBACK

    def resume_hearing(self) -> None:
        """Back from read-back to questioning (something was forgotten)."""
        self._require_open()
        self.state = HearingState.IN_PROGRESS

    def correct(self, number: int, corrected: str, at: datetime | None = None) -> Correction:
        """Record the applicant's correction at read-back; the original answer stays visible."""
        if self.state != HearingState.READBACK:
            raise DomainError("Corrections are recorded during read-back.")
        entry = self.entry(number)
        if entry.kind not in (EntryKind.QA, EntryKind.FREE):
            raise DomainError("Only questions, answers and remarks can be corrected.")
        if not corrected.strip():
            raise DomainError("A correction needs the corrected wording.")
        correction = Correction(
            entry.id, number, self.current_answer(number), corrected, at or utcnow()
        )
        self.corrections.append(correction)
        from app.domain.readback import section_of

        self.readback[section_of(self, number)] = SectionStatus.CORRECTED
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
        missing = self.missing_before_seal()
        if missing:
            raise DomainError("Before sealing: " + "; ".join(missing))
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
        if not self.sealed:
            raise DomainError("Only a sealed transcript has an addendum round.")
        if not self.unsealed_addenda():
            raise DomainError("There is no new addendum to seal.")
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

    def missing_before_seal(self) -> list[str]:
        from app.domain.readback import sections

        missing: list[str] = []
        if self.sealed:
            return ["the transcript is already sealed"]
        if self.state != HearingState.READBACK:
            missing.append("the read-back has not been started")
        if any(s.status == SectionStatus.PENDING for s in sections(self)):
            missing.append("some sections have not been read back yet")
        given = self.notices_given()
        for n in NOTICES:
            if n.mandatory and n.id not in given:
                missing.append(f"notice missing: {n.title_en}")
        if self.on_break():
            missing.append("the hearing is still interrupted")
        return missing
