"""Notices name the applicant and the interpreter in the form that fits them, and keep it."""

from __future__ import annotations

from app.domain.hearing import Hearing


def hearing(interpreter: str) -> Hearing:
    return Hearing(case_id="c1", skeleton_id="anhoerung-13", interviewer="Anna Beispiel",
                   interpreter=interpreter)  # fmt: skip


def test_a_female_applicant_and_interpreter_are_named_in_the_feminine():
    h = hearing("Frau Sprachmittlerin")
    understood = h.record_notice("interpreter_understood", applicant_sex="f")
    read_back = h.record_notice("readback_done", applicant_sex="f")
    closing = h.record_notice("nothing_to_add", applicant_sex="f")
    assert understood.answer.startswith("Die Antragstellerin erklärt, die Sprachmittlerin ")
    assert read_back.answer == (
        "Die Niederschrift wurde der Antragstellerin durch die Sprachmittlerin rückübersetzt."
    )
    assert closing.answer.endswith("was ihr wichtig ist.")
    assert "Antragsteller " not in understood.answer + read_back.answer + closing.answer


def test_a_male_applicant_and_interpreter_are_named_in_the_masculine():
    h = hearing("Herr Haddad")
    read_back = h.record_notice("readback_done", applicant_sex="m")
    closing = h.record_notice("nothing_to_add", applicant_sex="m")
    assert read_back.answer == (
        "Die Niederschrift wurde dem Antragsteller durch den Sprachmittler rückübersetzt."
    )
    assert closing.answer == (
        "Der Antragsteller erklärt, alles vorgetragen zu haben, was ihm wichtig ist."
    )


def test_without_a_known_sex_the_wording_is_neutral():
    h = hearing("S. Haddad")
    notice = h.record_notice("interpreter_understood", applicant_sex="x")
    assert notice.answer.startswith(
        "Die antragstellende Person erklärt, die sprachmittelnde Person während"
    )


def test_a_recorded_notice_keeps_its_words_when_the_header_changes():
    h = hearing("Frau Sprachmittlerin")
    notice = h.record_notice("readback_done", applicant_sex="f")
    before = notice.answer
    h.update_header("Herr Anderer", "Arabisch", "Außenstelle Bonn", [])
    h.record_notice("interpreter_understood", applicant_sex="f")
    assert h.entry(notice.number).answer == before
    assert "den Sprachmittler" in h.entries[-1].answer  # only the new notice follows the header
