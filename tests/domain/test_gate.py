"""The gate: every change of a hearing, in every state, without Qt or SQL.

Each change is tried in each state; what the state forbids is refused with a stable code and
leaves the hearing exactly as it was; what it allows goes through.
"""

from __future__ import annotations

import copy

import pytest

from app.domain import readback
from app.domain.changes import ALLOWED, Change, HearingState
from app.domain.errors import DomainError, SealedError
from app.domain.hearing import Hearing
from app.domain.readback import SectionStatus
from app.domain.transcript import EntryKind, Speaker


def in_progress() -> Hearing:
    h = Hearing(case_id="c1", skeleton_id="anhoerung-13", interviewer="Anna Beispiel")
    first = h.add_entry(question="Wann sind Sie ausgereist?", question_ref="departure")
    h.write_entry(first.number, first.question, "Im August 2014.")
    follow = h.add_entry(question="Mit wem?")
    h.write_entry(follow.number, follow.question, "Mit meinem Bruder.")
    h.record_notice("s25_3")
    return h


def in_readback() -> Hearing:
    h = in_progress()
    h.start_readback()
    return h


def ready_to_seal() -> Hearing:
    h = in_readback()
    for s in readback.sections(h):
        h.confirm_section(s.start)
    h.record_notice("interpreter_understood")
    h.record_notice("readback_done")
    return h


def sealed() -> Hearing:
    h = ready_to_seal()
    h.seal("ab" * 32, h.next_number - 1)
    return h


def with_addendum() -> Hearing:
    h = sealed()
    h.add_addendum("Nachtrag: Der Bruder heißt Dilshad.")
    return h


# One way to make each change, as an interviewer would.
ACTIONS = {
    Change.ADD_ENTRY: lambda h: h.add_entry(question="Noch eine Frage?"),
    Change.WRITE_ENTRY: lambda h: h.write_entry(1, "Wann?", "Im Sommer 2014."),
    Change.CLOSE_ENTRY: lambda h: h.close_entry(2),
    Change.SET_SPEAKER: lambda h: h.set_speaker(2, Speaker.INTERPRETER),
    Change.UPDATE_HEADER: lambda h: h.update_header("Frau Dolmetsch", "Sorani", "Bonn", []),
    Change.RECORD_PACK_VERSIONS: lambda h: h.record_pack_versions({"iraq": "2025.1"}),
    Change.RECORD_NOTICE: lambda h: h.record_notice("nothing_to_add"),
    Change.START_BREAK: lambda h: h.start_break("Pause"),
    Change.END_BREAK: lambda h: (h.start_break() if not h.on_break() else None, h.end_break()),
    Change.START_READBACK: lambda h: h.start_readback(),
    Change.RESUME: lambda h: h.resume_hearing(),
    Change.CONFIRM_SECTION: lambda h: h.confirm_section(1),
    Change.CORRECT: lambda h: h.correct(1, "Im September 2014."),
    Change.SEAL: lambda h: h.seal("cd" * 32, h.next_number - 1),
    Change.ADD_ADDENDUM: lambda h: h.add_addendum("Nachtrag."),
    Change.SEAL_ADDENDA: lambda h: h.seal_addenda("ef" * 32, h.next_number - 1),
}

# A hearing in each state where every allowed change is possible (preconditions met).
STATES = {
    HearingState.IN_PROGRESS: in_progress,
    HearingState.READBACK: ready_to_seal,
    HearingState.SEALED: with_addendum,
}


def test_every_change_has_an_action_and_every_state_a_row():
    assert set(ACTIONS) == set(Change)
    assert set(ALLOWED) == set(HearingState)


@pytest.mark.parametrize("state", list(HearingState))
@pytest.mark.parametrize("change", list(Change))
def test_each_state_allows_exactly_its_changes(state, change):
    hearing = STATES[state]()
    if change == Change.CLOSE_ENTRY and state == HearingState.IN_PROGRESS:
        hearing.write_entry(2, "Mit wem?", "Mit meinem Bruder Dilshad.")  # open again
    before = copy.deepcopy(hearing)
    if change in ALLOWED[state]:
        ACTIONS[change](hearing)  # goes through
        return
    with pytest.raises(DomainError) as refused:
        ACTIONS[change](hearing)
    expected = "sealed" if state == HearingState.SEALED else "not_allowed"
    if change == Change.SEAL and state == HearingState.IN_PROGRESS:
        expected = "cannot_seal"  # sealing says everything that is missing, not just the state
    assert refused.value.code == expected
    assert hearing == before, "a refused change left the hearing changed"


def test_a_sealed_transcript_keeps_speaker_header_and_corrections():
    h = sealed()
    before = copy.deepcopy(h)
    for attempt in (
        lambda: h.set_speaker(2, Speaker.OTHER),
        lambda: h.update_header("Jemand", "Arabisch", "Berlin", ["Rechtsanwältin"]),
        lambda: h.correct(1, "Ganz anders."),
        lambda: h.write_entry(1, "Wann?", "Später."),
        lambda: h.record_notice("nothing_to_add"),
    ):
        with pytest.raises(SealedError):
            attempt()
    assert h == before


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (lambda h: h.entry(99), "no_entry"),
        (lambda h: h.add_entry(EntryKind.ADDENDUM), "wrong_kind"),
        (lambda h: h.add_entry(EntryKind.NOTICE), "wrong_kind"),
        (lambda h: h.write_entry(3, "", "Geänderter Hinweis"), "wrong_kind"),
        (lambda h: h.set_speaker(3, Speaker.APPLICANT), "wrong_kind"),
        (lambda h: h.record_notice("no_such_notice"), "unknown_notice"),
        (lambda h: h.end_break(), "not_on_break"),
        (lambda h: (h.start_break(), h.start_break()), "already_on_break"),
        (lambda h: (h.record_pack_versions({"a": "1"}), h.record_pack_versions({})),
         "pack_versions_recorded"),
    ],
)  # fmt: skip
def test_error_branches_in_progress(action, code):
    h = in_progress()
    with pytest.raises(DomainError) as refused:
        action(h)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (lambda h: h.confirm_section(2), "no_section"),  # entry 2 is inside section 1
        (lambda h: h.correct(3, "Anders"), "not_correctable"),  # a notice
        (lambda h: h.correct(1, "   "), "correction_empty"),
    ],
)
def test_error_branches_in_readback(action, code):
    h = in_readback()
    before = copy.deepcopy(h)
    with pytest.raises(DomainError) as refused:
        action(h)
    assert refused.value.code == code
    assert h == before


def test_nothing_to_read_back_and_addendum_errors():
    empty = Hearing(case_id="c1", skeleton_id="anhoerung-13", interviewer="Anna Beispiel")
    with pytest.raises(DomainError) as refused:
        empty.start_readback()
    assert refused.value.code == "nothing_to_read_back"
    h = sealed()
    with pytest.raises(DomainError) as refused:
        h.seal_addenda("ef" * 32, h.next_number - 1)
    assert refused.value.code == "no_new_addendum"
    with pytest.raises(DomainError) as refused:
        h.add_addendum("  ")
    assert refused.value.code == "addendum_empty"


def test_sealing_lists_every_missing_step_as_a_code():
    h = in_progress()
    h.start_break()
    with pytest.raises(DomainError) as refused:
        h.seal("ab" * 32, h.next_number - 1)
    assert refused.value.code == "cannot_seal"
    assert refused.value.params["missing"] == [
        DomainError("readback_not_started"),
        DomainError("sections_pending", sections=[1]),
        DomainError("notice_missing", notice="interpreter_understood"),
        DomainError("notice_missing", notice="readback_done"),
        DomainError("still_on_break"),
    ]
    assert sealed().missing_before_seal() == [DomainError("already_sealed")]


def test_a_refusal_reads_as_english_for_logs_and_carries_its_code():
    error = DomainError("no_entry", number=7)
    assert str(error) == "There is no entry 7." and error.code == "no_entry"
    assert error.params == {"number": 7}


# --- read-back that means what it says ------------------------------------------------------


def test_a_follow_up_added_after_resuming_makes_its_section_due_again():
    h = ready_to_seal()
    h.resume_hearing()
    late = h.add_entry(question="Und Ihre Schwester?")  # lands in section 1
    h.write_entry(late.number, late.question, "Sie blieb in Erbil.")
    h.start_readback()
    (section,) = readback.sections(h)
    assert section.status == SectionStatus.CHANGED
    with pytest.raises(DomainError) as refused:
        h.seal("ab" * 32, h.next_number - 1)
    assert DomainError("sections_changed", sections=[1]) in refused.value.params["missing"]
    h.confirm_section(1)
    assert h.seal("ab" * 32, h.next_number - 1).version == 1


def test_an_answer_edited_after_resuming_is_no_longer_read_back():
    h = ready_to_seal()
    h.resume_hearing()
    h.write_entry(2, "Mit wem?", "Mit meinem Onkel.")
    assert readback.sections(h)[0].status == SectionStatus.CHANGED
    h.write_entry(2, "Mit wem?", "Mit meinem Bruder.")  # back to the wording read back
    assert readback.sections(h)[0].status == SectionStatus.CONFIRMED


def test_a_new_standard_question_after_resuming_is_a_new_pending_section():
    h = ready_to_seal()
    h.resume_hearing()
    e = h.add_entry(question="Gesundheit?", question_ref="health")
    h.write_entry(e.number, e.question, "Ich bin gesund.")
    statuses = [s.status for s in readback.sections(h)]
    assert statuses == [SectionStatus.CONFIRMED, SectionStatus.PENDING]


def test_a_speaker_changed_after_resuming_needs_reading_back_again():
    h = ready_to_seal()
    h.resume_hearing()
    h.set_speaker(2, Speaker.INTERPRETER)
    assert readback.sections(h)[0].status == SectionStatus.CHANGED


def test_a_correction_counts_as_read_back_and_stays_visible():
    h = in_readback()
    h.correct(1, "Im September 2014.")
    (section,) = readback.sections(h)
    assert section.status == SectionStatus.CORRECTED
    assert h.entry(1).answer == "Im August 2014." and h.current_answer(1) == "Im September 2014."
