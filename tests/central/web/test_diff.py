"""The word diff between two seal versions, as the review page shows it."""

from __future__ import annotations

import re

from app.central.web.diff import diff_versions, word_diff


def _entry(number: int, answer: str, kind: str = "qa", question: str = "Wann?") -> dict:
    return {"number": number, "kind": kind, "question": question, "answer": answer}


def test_changed_words_are_marked_and_the_rest_reads_as_written():
    html = word_diff(
        "Wir sind im Mai 2015 nach Van gegangen.",
        "Wir sind im Juni 2015 über Van nach Istanbul gegangen.",
        "entfernt:",
        "hinzugefügt:",
    )
    assert '<del><span class="visually-hidden">entfernt: </span>Mai</del>' in html
    assert '<ins><span class="visually-hidden">hinzugefügt: </span>Juni</ins>' in html
    assert "Istanbul" in html
    # Without what was removed and without the marks: the new text exactly.
    new = re.sub(r"<del>.*?</del>", "", html)
    new = re.sub(r'<span class="visually-hidden">.*?</span>|</?ins>', "", new)
    assert new == "Wir sind im Juni 2015 über Van nach Istanbul gegangen."


def test_text_is_escaped_never_markup():
    html = word_diff("a", "<script>alert(1)</script> & b", "removed:", "added:")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&amp;" in html


def test_entries_added_removed_and_changed_are_listed_by_number_with_new_corrections():
    old = {
        "entries": [_entry(1, "Aus Erbil."), _entry(2, "Drei Kinder."), _entry(3, "Nein.")],
        "corrections": [],
    }
    new = {
        "entries": [
            _entry(1, "Aus Erbil."),
            _entry(2, "Zwei Kinder."),
            _entry(4, "Nachtrag: die Reise ging über Van.", kind="addendum", question=""),
        ],
        "corrections": [
            {"entry_number": 2, "original": "Drei", "corrected": "Zwei", "at": "2026-01-01"}
        ],
    }
    diff = diff_versions(old, new, 1, 2, "removed:", "added:")
    assert [(c.number, c.status) for c in diff.entries] == [
        (2, "changed"),
        (3, "removed"),
        (4, "added"),
    ]
    changed = diff.entries[0]
    assert changed.question is None  # unchanged question not repeated
    assert "Drei</del>" in changed.answer and "Zwei</ins>" in changed.answer
    assert diff.corrections == new["corrections"] and not diff.empty
    assert diff_versions(new, new, 2, 2, "r", "a").empty
