"""The read-back list shows each section's opening question, cut at a word, and the whole
question as its tool tip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.hearing import Hearing
from app.ui.hearing.readback_model import ReadbackModel

LONG = (
    "Bitte schildern Sie nun ausführlich und in Ihren eigenen Worten, warum Sie Ihr "
    "Herkunftsland verlassen haben und was Ihnen dort widerfahren ist."
)


def test_long_questions_are_cut_at_a_word_and_whole_in_the_tool_tip(qapp):
    hearing = Hearing(case_id="c1", skeleton_id="anhoerung-13", interviewer="Anna Beispiel")
    for question in ("Wie heißen Sie?", LONG):
        entry = hearing.add_entry(question_ref="q")
        hearing.write_entry(entry.number, question, "Antwort.")
    model = ReadbackModel(hearing)
    short, long = (model.index(row) for row in range(2))

    assert model.data(short).endswith("1: Wie heißen Sie?")
    shown = model.data(long)
    assert shown.endswith(" …") and len(shown) < len(LONG)
    cut = shown.split(": ", 1)[1].removesuffix(" …")
    assert LONG.startswith(cut) and LONG[len(cut)] == " "  # a whole word, not a piece of one
    assert model.data(long, Qt.ItemDataRole.ToolTipRole) == LONG
