"""Read-back (Rückübersetzung) section by section.

A section starts at an entry that answers a skeleton question (or at the first entry) and
runs up to the next one, so the free follow-up questions belong to the standard question they
followed. Notices are read out, not read back, and belong to no section.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import DomainError
from app.domain.hearing import Hearing, HearingState, SectionStatus
from app.domain.transcript import EntryKind

_READ_BACK = (EntryKind.QA, EntryKind.FREE)


@dataclass(frozen=True)
class Section:
    start: int  # entry number that opens the section; also its key
    entry_numbers: tuple[int, ...]
    title: str
    status: SectionStatus


def sections(hearing: Hearing) -> list[Section]:
    groups: list[list] = []
    for e in hearing.entries:
        if e.kind not in _READ_BACK:
            continue
        if not groups or e.question_ref:
            groups.append([])
        groups[-1].append(e)
    result = []
    for group in groups:
        first = group[0]
        title = (
            first.question.strip().splitlines()[0] if first.question.strip() else f"#{first.number}"
        )
        status = hearing.readback.get(first.number, SectionStatus.PENDING)
        result.append(Section(first.number, tuple(e.number for e in group), title, status))
    return result


def section_of(hearing: Hearing, number: int) -> int:
    for s in sections(hearing):
        if number in s.entry_numbers:
            return s.start
    raise DomainError(f"Entry {number} is not part of the read-back.")


def confirm_section(hearing: Hearing, start: int) -> None:
    """The applicant confirmed the section as read back (keeps CORRECTED if corrected)."""
    if hearing.state != HearingState.READBACK:
        raise DomainError("Start the read-back first.")
    if start not in {s.start for s in sections(hearing)}:
        raise DomainError(f"There is no section starting at entry {start}.")
    if hearing.readback.get(start) != SectionStatus.CORRECTED:
        hearing.readback[start] = SectionStatus.CONFIRMED


def progress(hearing: Hearing) -> tuple[int, int]:
    """(sections done, sections in all)."""
    all_sections = sections(hearing)
    done = sum(1 for s in all_sections if s.status != SectionStatus.PENDING)
    return done, len(all_sections)
