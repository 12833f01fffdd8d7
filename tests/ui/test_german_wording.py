"""German wording on the hearing screen: a single entry is "Eintrag", not "Einträge"."""

from __future__ import annotations

from app.assistant.checklist import ChecklistItemState
from app.ui.assistant.models import settled_text


def item(*entries: int) -> ChecklistItemState:
    return ChecklistItemState(
        "return_harm", "Befürchtungen bei Rückkehr", "§ 4 AsylG", "covered", entries, (),
        "checklist", "2025.1",
    )  # fmt: skip


def test_what_settled_an_item_is_worded_by_number(window):  # window: the German UI
    assert settled_text(item(12)) == "Eintrag 12"
    assert settled_text(item(5, 7)) == "Einträge 5, 7"
