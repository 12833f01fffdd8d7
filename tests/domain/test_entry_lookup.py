"""Entries are found by their number, whatever order the list holds them in."""

from __future__ import annotations

import pytest

from app.domain.errors import DomainError
from app.domain.hearing import Hearing


def hearing_with(count: int) -> Hearing:
    hearing = Hearing(case_id="c1", skeleton_id="anhoerung-13", interviewer="Anna Beispiel")
    for i in range(count):
        entry = hearing.add_entry()
        hearing.write_entry(entry.number, f"Frage {i + 1}", f"Antwort {i + 1}")
    return hearing


def test_entries_are_found_by_number_in_order_and_out_of_it():
    hearing = hearing_with(5)
    assert [hearing.entry(n).question for n in (1, 3, 5)] == ["Frage 1", "Frage 3", "Frage 5"]
    hearing.entries.reverse()  # not the order they are usually in
    assert hearing.entry(2).answer == "Antwort 2" and hearing.position_of(2) == 3
    with pytest.raises(DomainError):
        hearing.entry(6)
    assert hearing.position_of(0) == -1
