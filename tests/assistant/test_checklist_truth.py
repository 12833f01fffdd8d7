"""The checklist tells the truth (issue 9): an item is settled by what the record holds - an
answer that addresses it, a typed field, a recorded notice - not by a question being asked;
each settled item says what settled it; the interviewer can settle or reopen an item by hand
with a reason, kept in the assistant's state. And reopening a hearing (issue 8) gives the same
hints and checklist as a session that was never interrupted."""

from __future__ import annotations

import pytest

from app.assistant import AssistantError, EntryInput
from app.assistant.checklist import is_evasive, items_still_open
from app.skeletons import get_skeleton

HEALTH_Q = "Wie geht es Ihnen gesundheitlich? Sind Sie in Behandlung?"
RETURN_Q = (
    "Was befürchten Sie, wenn Sie zurückkehren müssten? Hätten Sie Schutz durch den Staat "
    "suchen können, oder gibt es einen anderen Ort im Land, an dem Sie sicher wären?"
)


def status(session, item_id):
    return session.checklist.item(item_id).status


def test_a_question_asked_with_an_empty_or_evasive_answer_leaves_the_item_open(session):
    session.update(EntryInput(1, HEALTH_Q, ""))
    assert status(session, "health") == "open"
    session.update(EntryInput(1, HEALTH_Q, "Weiß nicht."))
    assert status(session, "health") == "open"
    session.update(EntryInput(1, HEALTH_Q, "Mir geht es gut, ich nehme keine Medikamente."))
    item = session.checklist.item("health")
    assert item.covered and item.entries == (1,)


def test_an_answer_about_one_thing_does_not_settle_the_others_asked_with_it(session):
    session.update(EntryInput(1, RETURN_Q, "Ich habe Angst, dass mich die Miliz tötet."))
    assert status(session, "state_protection") == "open"
    assert status(session, "internal_protection") == "open"


def test_typed_fields_settle_what_they_record(session):
    skeleton = get_skeleton("anhoerung-13")
    question = skeleton.question("return")
    fields = tuple(
        (f.id, f.label_in("de"), value)
        for f, value in zip(
            question.fields, ("Verfolgung durch die Miliz", "nein", "nein"), strict=True
        )
    )
    session.update(
        EntryInput(1, RETURN_Q, "Siehe unten.", "return", None, tuple(question.topics), fields)
    )
    for item_id in ("state_protection", "internal_protection", "return_harm"):
        assert status(session, item_id) == "covered", item_id
        assert session.checklist.item(item_id).entries == (1,)


def test_a_recorded_notice_settles_its_item_and_says_so(session):
    assert status(session, "notice_25_3") == "open"
    session.update(EntryInput(7, "", "Der Antragsteller wurde hingewiesen …", notice_id="s25_3"))
    item = session.checklist.item("notice_25_3")
    assert item.covered and item.notices == ("s25_3",) and item.entries == (7,)


def test_marks_by_hand_with_a_reason_are_kept_and_listed(assistant, session):
    with pytest.raises(AssistantError):
        session.mark_item("evidence", "covered", "  ")
    session.mark_item("evidence", "covered", "Keine Beweismittel vorhanden, siehe Akte")
    session.update(EntryInput(1, HEALTH_Q, ""))
    session.mark_item("health", "open", "Antwort unklar, Nachfrage nötig")
    evidence = session.checklist.item("evidence")
    assert evidence.covered and evidence.by_hand == "covered"
    open_ids = [i.id for i in items_still_open(session.checklist)]
    assert "evidence" not in open_ids and "health" in open_ids
    assert open_ids == [i.id for i in session.checklist.items if not i.covered]

    plain = session.state_to_plain()
    assert plain["item_marks"]["evidence"]["reason"] == "Keine Beweismittel vorhanden, siehe Akte"
    restored = assistant.restore_analysis(plain, session.case, [EntryInput(1, HEALTH_Q, "")])
    assert restored.checklist == session.checklist
    session.mark_item("evidence", "auto", "")
    assert status(session, "evidence") == "open"


def test_evasive_answers():
    for text in ("", "  ", "weiß nicht", "Keine Angabe.", "–", "I don't know"):
        assert is_evasive(text), text
    for text in ("Nein.", "Ja", "Mir geht es gut."):
        assert not is_evasive(text), text


def test_reopening_gives_the_same_hints_and_checklist_as_an_uninterrupted_session(assistant):
    from tests.assistant.conftest import HEARING, make_case

    skeleton = get_skeleton("anhoerung-13")
    entries = []
    answers = {
        "identity": "Ich heiße Test, geboren in Erbil.",
        "health": "",
        "family": "Ich habe drei Kinder.",
        "return": "Ich habe Angst.",
        "other_obstacles": "Nein.",
    }
    for number, (ref, answer) in enumerate(answers.items(), start=1):
        q = skeleton.question(ref)
        entries.append(EntryInput(number, q.text_in("de"), answer, ref, None, tuple(q.topics)))
    case = make_case(place_of_origin="Mosul")
    live = assistant.start_analysis(case, HEARING)
    for entry in entries:
        live.update(entry)
    hint = live.hints[0]
    live.mark_hint(hint.id, "dismissed", reason="In der Akte geklärt")
    reopened = assistant.restore_analysis(live.state_to_plain(), case, entries)
    assert [h.id for h in reopened.hints] == [h.id for h in live.hints]
    assert reopened.hints == live.hints
    assert reopened.checklist == live.checklist
    assert len(reopened.checklist.open_items) == len(live.checklist.open_items)
    assert reopened.decision(hint.id) == live.decision(hint.id)


def test_restore_takes_only_entry_inputs(assistant, session):
    with pytest.raises(TypeError):
        assistant.restore_analysis(session.state_to_plain(), session.case, [(1, "Q", "A")])


def _return_question():
    question = get_skeleton("anhoerung-13").question("return")
    return question.text.de, tuple(question.topics)


@pytest.mark.parametrize(
    "answer",
    [
        "Ich fürchte, dass ich verhaftet werde, weil mein Bruder in der Opposition war.",
        "Ich habe Angst, dass sie mich umbringen.",
        "Wenn ich zurückgehe, werden sie mich ins Gefängnis stecken.",
        "Ich befürchte, dass die Miliz mich holt.",
        "Falls ich zurückkehre, bin ich in Gefahr.",
        # typed without umlauts (a keyboard without them): the same words
        "Ich fuerchte, dass mich die Asayish verhaftet und foltert.",
        "Wenn ich zurueckgehe, werden sie mich ins Gefaengnis stecken.",
    ],
)
def test_fear_of_return_in_ordinary_words_settles_its_item(session, answer):
    text, topics = _return_question()
    session.update(EntryInput(1, text, answer, "return", None, topics))
    assert status(session, "return_harm") == "covered"
    assert session.checklist.item("return_harm").entries == (1,)


@pytest.mark.parametrize("answer", ["", "Weiß nicht.", "Dazu möchte ich nichts sagen."])
def test_an_evasive_answer_on_return_leaves_it_open(session, answer):
    text, topics = _return_question()
    session.update(EntryInput(1, text, answer, "return", None, topics))
    assert status(session, "return_harm") == "open"


def test_a_word_of_another_topic_in_a_form_question_does_not_make_any_answer_settle_it(session):
    """The form's question on nationality also asks about religion; an answer that gives only
    the nationality says nothing about grounds of persecution."""
    question = get_skeleton("anhoerung-13").question("nationality")
    text, topics = question.text.de, tuple(question.topics)
    session.update(
        EntryInput(1, text, "Ich bin syrische Staatsangehörige.", "nationality", None, topics)
    )
    assert status(session, "grounds") == "open"
    session.update(EntryInput(1, text, "Ich bin Syrerin und Jesidin.", "nationality", None, topics))
    assert status(session, "grounds") == "covered"


@pytest.mark.parametrize(
    ("question_id", "answer", "item_id"),
    [
        ("health", "Mir geht es gesundheitlich nicht gut, ich nehme Tabletten.", "health"),
        ("health", "Ich bin nicht krank.", "health"),
        ("documents", "Den Personalausweis habe ich noch.", "identity_origin"),
        ("reasons", "Mein Bruder war in der Opposition, deshalb kamen sie.", "grounds"),
    ],
)
def test_an_answer_to_the_forms_question_on_a_topic_settles_it(
    session, question_id, answer, item_id
):
    question = get_skeleton("anhoerung-13").question(question_id)
    entry = EntryInput(1, question.text.de, answer, question_id, None, tuple(question.topics))
    session.update(entry)
    item = session.checklist.item(item_id)
    if item_id == "identity_origin":  # needs where the applicant lived, too
        last = get_skeleton("anhoerung-13").question("last_residence")
        session.update(
            EntryInput(2, last.text.de, "In Aleppo.", "last_residence", None, tuple(last.topics))
        )
        item = session.checklist.item(item_id)
    assert item.status == "covered", (question_id, answer)


def test_a_narrative_that_never_says_why_leaves_the_grounds_open(session):
    question = get_skeleton("anhoerung-13").question("reasons")
    answer = "Im Januar 2022 kamen Männer zu uns und haben meinen Mann geschlagen."
    session.update(EntryInput(1, question.text.de, answer, "reasons", None, tuple(question.topics)))
    assert status(session, "grounds") == "open"
