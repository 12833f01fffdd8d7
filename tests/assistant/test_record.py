"""The assistant's record for the review (issue 12.1): a hint shown and then gone is still
recorded as ignored, also after the session was closed and rebuilt; each seal version keeps the
record of its own moment."""

from __future__ import annotations

from datetime import date

from app.assistant import Analysis
from app.assistant.record import record_of_seal
from tests.assistant.conftest import make_case


def test_a_hint_shown_and_gone_again_stays_in_the_record_across_a_restore(assistant):
    case = make_case()
    session = assistant.start_analysis(case, date(2025, 3, 1))
    session.update_entry(1, "Kinder?", "Ich habe drei Kinder.")
    session.update_entry(2, "Familie?", "Meine zwei Kinder sind bei meiner Mutter.")
    (contradiction,) = [h for h in session.hints if h.kind == "contradiction"]
    session.update_entry(2, "Familie?", "Meine drei Kinder sind bei meiner Mutter.")
    assert session.hint(contradiction.id) is None  # no longer shown
    session.note_seal(1)
    state = session.state_to_plain()
    restored = Analysis.restore(
        state, assistant, case, [session.entry(1), session.entry(2)], language="de"
    )
    restored.note_seal(2, "Rest in der Folgeanhörung")
    later = restored.state_to_plain()
    for version in (1, 2):
        record = record_of_seal(later, version, "", {"common": "2025.2"})
        (hint,) = [h for h in record["hints"] if h["id"] == contradiction.id]
        assert (hint["outcome"], hint["entry_ids"]) == ("ignored", ["1", "2"])
    assert record_of_seal(later, 3, "", {}) is None  # no record kept for that version
    assert record_of_seal(None, 1, "", {}) is None
