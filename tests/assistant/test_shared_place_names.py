"""A place name several places share is read by its context, not by pack order."""

from __future__ import annotations

from app.domain.case import Applicant, Case
from tests.assistant.conftest import HEARING


def syrian(nationality: str = "SYR") -> Case:
    return Case("1234567-475", Applicant("Beispiel", "Amina", nationality=nationality, sex="f"))


def places_of(session, number: int) -> set[str]:
    return {f.value for f in session.facts_in_entry(number) if f.kind == "place"}


def iraq_hints(session) -> list[str]:
    return [h.id for h in session.hints if h.explanation.pack_id == "iraq"]


def test_a_district_of_aleppo_named_with_the_city_is_no_iraqi_governorate(assistant):
    session = assistant.start_analysis(syrian(nationality=""), HEARING)
    session.update_entry(
        1, "Wo haben Sie zuletzt gewohnt?", "In Aleppo im Stadtteil Salaheddine, bis 2016."
    )
    assert "aleppo_salaheddine" in places_of(session, 1)
    assert "salah_al_din" not in places_of(session, 1)
    assert iraq_hints(session) == []


def test_the_applicants_country_decides_a_shared_name_said_alone(assistant):
    from_syria = assistant.start_analysis(syrian("SYR"), HEARING)
    from_iraq = assistant.start_analysis(syrian("IRQ"), HEARING)
    for session in (from_syria, from_iraq):
        session.update_entry(1, "Woher kommen Sie?", "Aus Salah ad-Din.")
    assert "aleppo_salaheddine" in places_of(from_syria, 1) and iraq_hints(from_syria) == []
    assert "salah_al_din" in places_of(from_iraq, 1)


def test_an_enclosing_place_beats_the_applicants_country(assistant):
    session = assistant.start_analysis(syrian("SYR"), HEARING)
    session.update_entry(1, "Wo waren Sie?", "Ich war in Tikrit in Salah ad-Din.")
    assert "salah_al_din" in places_of(session, 1)


def test_aleppo_districts_are_known(assistant):
    session = assistant.start_analysis(syrian(), HEARING)
    session.update_entry(
        1,
        "Wo haben Sie gewohnt?",
        "Erst in Sheikh Maqsoud, dann in Bustan al-Qasr, später in Masaken Hanano.",
    )
    assert {
        "aleppo_sheikh_maqsoud",
        "aleppo_bustan_al_qasr",
        "aleppo_masaken_hanano",
    } <= places_of(session, 1)
