"""Incremental results equal from-scratch results, over random edit sequences."""

from __future__ import annotations

import random
from datetime import date

import pytest

from app.assistant import EntryInput
from tests.assistant.conftest import HEARING, make_case

SNIPPETS = [
    "Ich komme aus Hawler.", "Ich stamme aus Basra.", "I am from Arbil.", "Der IS griff an.",
    "2014 hat der IS Erbil eingenommen.", "Im August 2014 kam Daesh.", "vor zwei Jahren",
    "Ich habe drei Kinder.", "Ich habe zwei Kinder.", "Ich bin 16 Jahre alt.",
    "Ich wurde gefoltert.", "Ich habe Diabetes.", "Über Griechenland und Bulgarien.",
    "Im Mai 2016 war ich in Griechenland.", "Im April 2016 war ich in der Türkei.",
    "Ich habe mein Land am 01.03.2016 verlassen.", "Im Juni 2016 wurde ich verhaftet.",
    "Ich wohnte in Mossul, der IS kam 2014.", "Am 03.08.2014 kam der IS nach Sindschar.",
    "Meinen Reisepass habe ich verloren.", "Nichts weiter.", "", "Ich bin am 01.05.1992 geboren.",
    "Ich komme aus Dohuk.", "Ich habe in Bagdad gelebt.",
]  # fmt: skip
QUESTIONS = [
    "Frage",
    "Schildern Sie Ihren Reiseweg.",
    "Woher kommen Sie?",
    "Haben Sie Fingerabdrücke abgegeben?",
]


def snapshot(session):
    return (
        {h.id: h for h in session.hints},
        session.checklist,
        {f.id: f for f in session.facts},
    )


@pytest.mark.parametrize("seed", range(12))
def test_random_edit_sequences_match_a_fresh_session(assistant, seed):
    rng = random.Random(seed)
    case = make_case(
        sex=rng.choice(["f", "m"]),
        birth=date(1990, 5, 1),
        children_count=2,
        place_of_origin="Mosul",
    )
    live = assistant.start_analysis(case, HEARING)
    entries: dict[int, tuple[str, str]] = {}
    for _ in range(40):
        number = rng.randint(1, 12)
        if entries and rng.random() < 0.15:
            number = rng.choice(sorted(entries))
            live.remove_entry(number)
            entries.pop(number)
        else:
            question = rng.choice(QUESTIONS)
            answer = " ".join(rng.sample(SNIPPETS, rng.randint(0, 3)))
            live.update_entry(number, question, answer)
            entries[number] = (question, answer)
        if rng.random() < 0.1 and live.facts:
            live.reject_fact(rng.choice(live.facts).id)
        fresh = assistant.restore_analysis(
            live.state_to_plain(),
            case,
            [EntryInput(n, q, a) for n, (q, a) in sorted(entries.items())],
        )
        fresh.reevaluate()
        assert snapshot(live) == snapshot(fresh)


def test_an_edit_far_from_a_rule_does_not_evaluate_it(session):
    for n in range(1, 30):
        session.update_entry(n, "Frage", f"Antwort {n}: Ich komme aus Erbil, der IS kam.")
    delta = session.update_entry(31, "Frage", "Ich habe Diabetes.")
    assert 0 < delta.rules_evaluated <= 3
    assert [h.id for h in delta.hints_added] == ["common.illness"]


def test_unchanged_text_does_nothing(session):
    session.update_entry(1, "Q", "Ich komme aus Erbil.")
    assert session.update_entry(1, "Q", "Ich komme aus Erbil.").empty
