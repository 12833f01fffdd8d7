"""The completeness checklist: live progress, next questions for open items, reason to close."""

from __future__ import annotations


def item(session, item_id):
    return next(i for i in session.checklist.items if i.id == item_id)


def test_starts_open_with_questions(session):
    checklist = session.checklist
    assert checklist.progress == 0.0 and len(checklist.items) == 13
    assert item(session, "identity_origin").questions[0].startswith("Wo haben Sie zuletzt")
    assert checklist.next_questions(limit=1)[0][0] == "identity_origin"


def test_ask_only_what_is_still_needed(session):
    session.update_entry(1, "Woher kommen Sie?", "Ich komme aus Erbil.")
    identity = item(session, "identity_origin")
    assert identity.status == "open"
    assert len(identity.questions) == 1 and "Dokumente" in identity.questions[0]
    delta = session.update_entry(2, "Haben Sie einen Reisepass?", "Nein, er wurde mir abgenommen.")
    assert "identity_origin" in {i.id for i in delta.checklist_changed}
    identity = item(session, "identity_origin")
    assert identity.covered and identity.entries == (1, 2) and identity.questions == ()
    assert delta.progress == session.checklist.progress > 0


def test_notice_and_family_items(session):
    session.update_entry(5, "", "", notice_id="s25_3")
    session.update_entry(6, "Familie?", "Ich habe zwei Kinder.")
    assert item(session, "notice_25_3").covered and item(session, "family").covered


def test_the_reason_for_open_items_is_kept_for_the_review(session):
    assert session.checklist.open_items
    session.open_items_reason = "Antragsteller erschöpft; Fortsetzung am 05.03."
    assert session.state_to_plain()["open_items_reason"].startswith("Antragsteller")
