"""Read-back (Rückübersetzung) section by section.

A section starts at an entry that answers a skeleton question (or at the first entry) and
runs up to the next one, so the free follow-up questions belong to the standard question they
followed. Notices are read out, not read back, and belong to no section.

A confirmation is bound to what was read back: the hearing keeps, per section, a digest of
its wording (entries, speakers, typed fields, corrections) at the moment the applicant
confirmed it. A section whose wording differs from its digest — an answer edited after
resuming the hearing, a new follow-up that landed in it — is no longer read back, whatever
path changed it. Nothing has to remember to invalidate it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.domain.errors import DomainError
from app.domain.transcript import EntryKind

if TYPE_CHECKING:
    from app.domain.hearing import Hearing

READ_BACK_KINDS = (EntryKind.QA, EntryKind.FREE)


class SectionStatus(StrEnum):
    PENDING = "pending"  # not read back yet
    CONFIRMED = "confirmed"  # read back, confirmed without change
    CORRECTED = "corrected"  # read back, the applicant corrected something
    CHANGED = "changed"  # read back, but its wording changed since: to be read back again

    @property
    def done(self) -> bool:
        return self in (SectionStatus.CONFIRMED, SectionStatus.CORRECTED)


@dataclass(frozen=True)
class Section:
    start: int  # entry number that opens the section; also its key
    entry_numbers: tuple[int, ...]
    title: str
    status: SectionStatus


def _groups(hearing: Hearing) -> list[list]:
    groups: list[list] = []
    for e in hearing.entries:
        if e.kind not in READ_BACK_KINDS:
            continue
        if not groups or e.question_ref:
            groups.append([])
        groups[-1].append(e)
    return groups


def _digest_of(hearing: Hearing, group: list) -> str:
    numbers = {e.number for e in group}
    content = {
        "entries": [
            [e.number, e.kind.value, e.speaker.value, e.question, e.answer, e.fields] for e in group
        ],
        "corrections": [
            [c.entry_number, c.corrected] for c in hearing.corrections if c.entry_number in numbers
        ],
    }
    data = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _status(hearing: Hearing, group: list) -> SectionStatus:
    mark = hearing.readback.get(group[0].number)
    if mark is None:
        return SectionStatus.PENDING
    if mark != _digest_of(hearing, group):
        return SectionStatus.CHANGED
    numbers = {e.number for e in group}
    if any(c.entry_number in numbers for c in hearing.corrections):
        return SectionStatus.CORRECTED
    return SectionStatus.CONFIRMED


def sections(hearing: Hearing) -> list[Section]:
    result = []
    for group in _groups(hearing):
        first = group[0]
        title = (
            first.question.strip().splitlines()[0] if first.question.strip() else f"#{first.number}"
        )
        numbers = tuple(e.number for e in group)
        result.append(Section(first.number, numbers, title, _status(hearing, group)))
    return result


def _group_starting(hearing: Hearing, start: int) -> list:
    for group in _groups(hearing):
        if group[0].number == start:
            return group
    raise DomainError("no_section", start=start)


def section_of(hearing: Hearing, number: int) -> int:
    for group in _groups(hearing):
        if any(e.number == number for e in group):
            return group[0].number
    raise DomainError("not_read_back", number=number)


def digest(hearing: Hearing, start: int) -> str:
    """The wording of the section starting at ``start`` as the applicant hears it now."""
    return _digest_of(hearing, _group_starting(hearing, start))


def progress(hearing: Hearing) -> tuple[int, int]:
    """(sections done, sections in all)."""
    all_sections = sections(hearing)
    return sum(1 for s in all_sections if s.status.done), len(all_sections)


def due(hearing: Hearing) -> tuple[list[Section], list[Section]]:
    """(sections never read back, sections changed since they were read back)."""
    all_sections = sections(hearing)
    pending = [s for s in all_sections if s.status == SectionStatus.PENDING]
    changed = [s for s in all_sections if s.status == SectionStatus.CHANGED]
    return pending, changed
