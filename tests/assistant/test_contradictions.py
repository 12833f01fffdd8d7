"""The three kinds of contradiction: inside the hearing, against the case file, the guidelines."""

from __future__ import annotations

from datetime import date

from tests.assistant.conftest import HEARING, make_case


def contradictions(s):
    return {h.id: h for h in s.hints if h.kind == "contradiction"}


def test_changing_family_counts(session):
    session.update_entry(1, "Kinder?", "Ich habe drei Kinder.")
    assert not contradictions(session)
    session.update_entry(9, "Q", "Meine zwei Kinder sind bei meiner Mutter.")
    hint = contradictions(session)["common.family_count:children"]
    assert hint.against == "internal" and hint.explanation.entries == (1, 9)
    assert "3" in hint.question and "2" in hint.question and "erläutern" in hint.question
    session.update_entry(9, "Q", "Meine drei Kinder sind bei meiner Mutter.")
    assert not contradictions(session)


def test_two_places_of_origin_but_not_a_city_and_its_region(session):
    session.update_entry(1, "Q", "Ich komme aus Erbil.")
    session.update_entry(2, "Q", "Ich stamme aus der Region Kurdistan.")
    assert not contradictions(session)
    session.update_entry(3, "Q", "Ich komme aus Basra.")
    hint = contradictions(session)["common.two_origins:erbil-basra"]
    assert "Erbil" in hint.question and "Basra" in hint.question


def test_route_dates_out_of_order_and_arrest_after_departure(session):
    session.update_entry(
        1,
        "Schildern Sie Ihren Reiseweg.",
        "Im Mai 2016 war ich in Griechenland. Im April 2016 war ich in der Türkei.",
    )
    assert "common.route_order:e1" in contradictions(session)
    session.update_entry(2, "Ausreise?", "Ich habe mein Land am 01.03.2016 verlassen.")
    session.update_entry(3, "Was geschah?", "Im Juni 2016 wurde ich verhaftet.")
    hint = contradictions(session)["common.event_after_departure:arrest-e3"]
    assert hint.explanation.entries == (2, 3)


def test_age_does_not_fit_date_of_birth(assistant):
    s = assistant.start_analysis(make_case(birth=date(1990, 1, 1)), HEARING)
    s.update_entry(1, "Alter?", "Ich bin 22 Jahre alt.")
    hint = contradictions(s)["common.age_vs_birth:age"]
    assert "34" in hint.body and "22" in hint.body


def test_against_the_case_file(assistant):
    case = make_case(
        birth=date(1990, 5, 1),
        children_count=2,
        place_of_origin="Mosul",
        departure_date="2015-06-01",
    )
    s = assistant.start_analysis(case, HEARING)
    assert not contradictions(s)
    s.update_entry(1, "Q", "Ich komme aus Kirkuk. Ich habe vier Kinder.")
    s.update_entry(2, "Q", "Ich habe den Irak im Januar 2017 verlassen. Geboren am 02.05.1990.")
    found = contradictions(s)
    assert {h.against for h in found.values()} == {"case_file"}
    assert set(found) == {
        "common.case_file_counts:children",
        "common.case_file_origin:origin",
        "common.case_file_departure:departure",
        "common.case_file_birth:dob",
    }
    assert "2" in found["common.case_file_counts:children"].question


def test_case_file_agrees(assistant):
    s = assistant.start_analysis(make_case(children_count=2, place_of_origin="Hawler"), HEARING)
    s.update_entry(1, "Q", "Ich komme aus Erbil. Ich habe zwei Kinder.")
    assert not contradictions(s)


def test_an_event_is_held_against_the_departure_the_applicant_gave_in_the_hearing(assistant):
    """Found on the walk: the case file said 2015, the applicant said May 2022, and an arrest
    in spring 2022 was flagged as "after the stated departure (01.09.2015)" - a contradiction
    the applicant never made. Inside the hearing, the hearing's own departure counts; the
    file's date is the case-file comparison's business."""
    s = assistant.start_analysis(make_case(departure_date="2015-09-01"), HEARING)
    s.update_entry(
        1,
        "Wann und wie haben Sie Ihr Herkunftsland verlassen?",
        "Ich bin im Mai 2022 zu Fuß über die Grenze in die Türkei gegangen.",
    )
    s.update_entry(2, "Was geschah?", "Im April 2022 wurde mein Bruder verhaftet.")
    found = contradictions(s)
    assert "common.case_file_departure:departure" in found
    assert not [h for h in found if h.startswith("common.event_after_departure")]
    s.update_entry(3, "Und dann?", "Im Juli 2022 wurde ich verhaftet.")
    hint = contradictions(s)["common.event_after_departure:arrest-e3"]
    assert "Mai 2022" in hint.body and "2015" not in hint.body


def test_event_after_departure_reads_as_german(session):
    """One entry is "Eintrag", and the departure date gets its preposition in the question:
    "Ihr Land am 01.03.2016 verlassen", not "Ihr Land 01.03.2016 verlassen"."""
    session.update_entry(
        1,
        "Was geschah?",
        "Ich habe mein Land am 01.03.2016 verlassen. Im Juni 2016 wurde ich verhaftet.",
    )
    hint = contradictions(session)["common.event_after_departure:arrest-e1"]
    assert "(Eintrag 1)" in hint.body
    assert "Ihr Land am 01.03.2016 verlassen" in hint.question
    assert "nach Ihren Angaben im Juni 2016" in hint.question
