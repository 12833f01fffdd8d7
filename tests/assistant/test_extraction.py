"""Facts from answers: places in any script and spelling, dates, actors, counts, provenance."""

from __future__ import annotations

from datetime import date

import pytest

from app.assistant.dates import find_dates
from tests.assistant.conftest import HEARING


def places(session, text, number=1):
    session.update_entry(number, "Frage", text)
    return [f for f in session.facts_in_entry(number) if f.kind == "place"]


@pytest.mark.parametrize(
    "name",
    [
        "Erbil",
        "Arbil",
        "Irbil",
        "Hawler",
        "Hewlêr",
        "hewler",
        "ERBIL",
        "أربيل",
        "اربيل",
        "هەولێر",
        "أَرْبِيل",
        "أربـيل",
        "بأربيل",
        "Erbill",
        "Hawlir",
    ],
)
def test_every_name_of_erbil_means_erbil(session, name):
    found = places(session, f"Ich komme aus {name}, dort habe ich gewohnt.")
    assert [f.value for f in found] == ["erbil"]


def test_place_fact_carries_entry_and_span(session):
    text = "Wir flohen 2014 von Hawler nach Dohuk."
    first, second = places(session, text, number=7)
    assert (first.entry, first.value, text[first.start : first.end]) == (7, "erbil", "Hawler")
    assert (second.value, text[second.start : second.end]) == ("duhok", "Dohuk")


def test_spelling_slip_is_marked_fuzzy_and_ordinary_words_are_not_places(session):
    [fact] = places(session, "Ich lebte in Erbiel bei meiner Mutter und meinen Kindern.")
    assert fact.how == "fuzzy" and fact.value == "erbil"


def test_transliteration_variants(session):
    assert [f.value for f in places(session, "Wir lebten in Mossul und dann in al-Mawsil.")] == [
        "mosul",
        "mosul",
    ]
    assert [f.value for f in places(session, "Born in Slemani.", 2)] == ["sulaymaniyah"]


def test_origin_and_birthplace_cues(session):
    session.update_entry(1, "Herkunft?", "Ich komme aus Kirkuk, geboren in Mossul.")
    kinds = {(f.kind, f.value) for f in session.facts_in_entry(1)}
    assert ("origin", "kirkuk") in kinds and ("birthplace", "mosul") in kinds
    assert ("origin", "mosul") not in kinds


def test_actors_in_any_script_and_the_english_verb_is_is_not_the_IS(session):
    session.update_entry(1, "Q", "Daesh came. It is hard. داعش")
    actors = [f for f in session.facts_in_entry(1) if f.kind == "actor"]
    assert [f.text for f in actors] == ["Daesh", "داعش"]
    session.update_entry(2, "Q", "Der IS kam.")
    assert [f.value for f in session.facts_in_entry(2) if f.kind == "actor"] == ["islamic_state"]


def test_counts_and_age(session):
    session.update_entry(
        1,
        "Familie?",
        "Ich habe drei Kinder und 2 Brüder, aber keine Schwestern. "
        "Als ich ein Kind war, ... Ich bin 17 Jahre alt.",
    )
    counts = {(f.subject, f.value) for f in session.facts_in_entry(1) if f.kind == "count"}
    assert counts == {("children", 3), ("brothers", 2), ("sisters", 0)}
    assert [f.value for f in session.facts_in_entry(1) if f.kind == "age"] == [17]


def test_topics_in_the_question_are_recorded_as_asked(session):
    session.update_entry(3, "Schildern Sie Ihren Reiseweg.", "Über die Türkei.")
    assert ("asked", "travel_route") in {(f.kind, f.value) for f in session.facts_in_entry(3)}


def _dates(text, today=HEARING):
    return [(d.text, d.period.first, d.period.last, d.precision) for d in find_dates(text, today)]


def test_dates_german_and_english():
    assert _dates("Am 15.08.2014 kamen sie.") == [
        ("15.08.2014", date(2014, 8, 15), date(2014, 8, 15), "numeric")
    ]
    assert _dates("im August 2014")[0][1:3] == (date(2014, 8, 1), date(2014, 8, 31))
    assert _dates("Sommer 2014")[0][1:3] == (date(2014, 6, 1), date(2014, 8, 31))
    assert _dates("in summer 2014")[0][1:3] == (date(2014, 6, 1), date(2014, 8, 31))
    assert _dates("Winter 2014")[0][1:3] == (date(2014, 12, 1), date(2015, 2, 28))
    assert _dates("on August 3, 2014")[0][1] == date(2014, 8, 3)
    assert _dates("am 3. März 2015")[0][1] == date(2015, 3, 3)
    assert _dates("Ende 2019")[0][1:3] == (date(2019, 9, 1), date(2019, 12, 31))
    assert _dates("von 2014 bis 2016")[0][1:4] == (date(2014, 1, 1), date(2016, 12, 31), "range")
    assert _dates("31.02.2014") == []


def test_relative_dates_are_taken_from_the_hearing_date():
    [(text, first, last, precision)] = _dates("Das war vor zwei Jahren.", date(2024, 3, 1))
    assert text == "vor zwei Jahren" and precision == "relative"
    assert first <= date(2022, 3, 1) <= last and last < date(2023, 1, 1)
    [(_, first, last, _)] = _dates("It happened three months ago.", date(2024, 3, 1))
    assert first <= date(2023, 12, 1) <= last
    assert _dates("letztes Jahr", date(2024, 3, 1))[0][1:3] == (
        date(2023, 1, 1),
        date(2023, 12, 31),
    )


def test_departure_and_birth_date_roles(session):
    session.update_entry(
        1, "Q", "Ich habe den Irak am 01.09.2015 verlassen. Ich bin am 01.05.1990 geboren."
    )
    kinds = {f.kind: f.text for f in session.facts_in_entry(1) if f.kind in ("departure", "dob")}
    assert kinds == {"departure": "01.09.2015", "dob": "01.05.1990"}


def test_a_period_that_lasts_until_the_departure_does_not_date_it(session):
    """Found on the walk: "gewohnt, seit 2016 bis zu meiner Ausreise" made 2016 the departure
    (and raised "Ausreisedatum weicht von der Akte ab" with 2016). A date after "seit" starts
    a period; the departure ends it, undated here."""
    session.update_entry(
        1,
        "Wo haben Sie vor Ihrer Ausreise zuletzt gewohnt, und seit wann?",
        "Zuletzt habe ich in Erbil im Stadtteil Ankawa gewohnt, seit 2016 bis zu meiner Ausreise.",
    )
    assert not [f for f in session.facts_in_entry(1) if f.kind == "departure"]
    session.update_entry(2, "Q", "Seit meiner Ausreise am 03.05.2022 habe ich sie nicht gesehen.")
    assert [f.text for f in session.facts_in_entry(2) if f.kind == "departure"] == ["03.05.2022"]


def test_fact_ids_are_stable_when_text_around_them_changes(session):
    session.update_entry(1, "Q", "Ich komme aus Hawler.")
    before = {f.id for f in session.facts_in_entry(1)}
    session.update_entry(1, "Q", "Also, ich komme ursprünglich aus Hawler, wirklich.")
    assert before <= {f.id for f in session.facts_in_entry(1)}


def test_counts_in_the_dative_and_after_inflected_adjectives(session):
    """The walk: "zwei Kinder" in one answer and "mit meinen drei Kindern" in another gave no
    contradiction: the dative plural was not read as a count."""
    session.update_entry(
        1,
        "Q",
        "Ich bin mit meinen drei Kindern und meinen zwei jüngeren Brüdern gegangen, "
        "von meinen beiden Söhnen habe ich nichts gehört, ich lebte bei meinen vier Schwestern "
        "und vier Geschwistern, mit zwei Töchtern.",
    )
    counts = {(f.subject, f.value) for f in session.facts_in_entry(1) if f.kind == "count"}
    assert counts >= {
        ("children", 3),
        ("brothers", 2),
        ("sisters", 4),
        ("siblings", 4),
        ("daughters", 2),
    }


def test_the_dative_plural_counts_against_the_nominative(session):
    session.update_entry(1, "Kinder?", "Ich habe zwei Kinder.")
    session.update_entry(2, "Ausreise?", "Im März 2019 bin ich mit meinen drei Kindern gegangen.")
    hints = {h.id for h in session.hints if h.kind == "contradiction"}
    assert "common.family_count:children" in hints
