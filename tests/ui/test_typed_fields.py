"""Typed answer fields of a standard question: shown under the answer, stored with the
revision, read by the assistant, printed in the Niederschrift."""

from __future__ import annotations

import docx

from tests.ui.helpers import create_profile, key, type_text, wait_saved
from tests.ui.test_assistant_panel import hint_titles
from tests.ui.test_hearing_flow import create_case, start_hearing


def test_place_of_birth_field_feeds_store_assistant_and_export(qtbot, window, tmp_path):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")  # identity: has typed fields
    form = page.editor.fields
    assert form.isVisible() and "place_of_birth" in form.inputs
    type_text(form.inputs["place_of_birth"], "Hawler")
    type_text(form.inputs["date_of_birth"], "03.04.1994")
    wait_saved(qtbot, window)

    stored = window.worker.submit(lambda s: s.hearings.get(page.hearing.id)).result()
    assert stored.entries[0].fields == {"place_of_birth": "Hawler", "date_of_birth": "03.04.1994"}
    qtbot.waitUntil(
        lambda: any("Erbil" in t for t in hint_titles(page.assistant_panel)), timeout=5000
    )
    assert form.invalid(page.skeleton.question("identity")) == []

    target = tmp_path / "n.docx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.completion_actions.export_to("docx", target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    label = page.skeleton.question("identity").field("place_of_birth").label_in("de")
    assert f"{label}: Hawler" in text
