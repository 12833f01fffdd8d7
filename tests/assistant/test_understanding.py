"""What the assistant reads from an answer, measured on the annotated corpus (tests/corpus/).

The floors below are the figures reached when they were set (docs/benchmarks.md); a change
that makes understanding worse fails here, with the cases it broke.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.assistant.normalize import is_arabic_script
from app.assistant.understanding import CorpusError, load_corpus, score
from tests.assistant.conftest import HEARING, make_case

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# (precision, recall) per kind: the issue's targets are places 0.97/0.92, dates 0.95/0.90.
FLOORS = {
    "place": (0.99, 0.99),
    "origin": (0.99, 0.99),
    "birthplace": (0.99, 0.99),
    "departure": (0.99, 0.99),
    "date": (0.99, 0.99),
    "dob": (0.95, 0.95),
    "age": (0.98, 0.98),
    "count": (0.97, 0.97),
    "actor": (0.98, 0.98),
    "topic": (0.98, 0.98),
    "negated": (0.98, 0.96),
}


@pytest.fixture(scope="module")
def cases():
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def scores(assistant, cases):
    return score(assistant, cases)


def failures(results) -> str:
    return "\n".join(
        f"{r.case.id}: {r.case.text!r} missed={r.missed} extra={r.extra} forbidden={r.forbidden}"
        for r in results
        if not r.passed
    )


def test_corpus_has_the_size_and_languages_asked_for(cases):
    script = [c for c in cases if is_arabic_script(c.text)]
    english = [c for c in cases if c.language == "en"]
    german = [c for c in cases if c.language == "de" and c not in script]
    assert len(german) >= 400 and len(english) >= 50 and len(script) >= 50


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_precision_and_recall_do_not_fall(scores, kind):
    precision, recall = FLOORS[kind]
    wrong = [r for r in scores.results if kind in r.missed or kind in r.extra]
    assert scores.precision(kind) >= precision and scores.recall(kind) >= recall, failures(wrong)


def test_negated_topics_are_read_as_denied(scores):
    assert scores.negation_handled >= 0.96  # the issue's target: 0.9


def test_nothing_a_case_forbids_is_found(scores):
    assert not scores.forbidden_found, failures(scores.forbidden_found)


def test_every_finding_of_the_issue_passes(scores):
    findings = [r for r in scores.results if r.case.finding]
    assert {r.case.finding for r in findings} >= {
        "false places",
        "negation",
        "word order",
        "numbers",
        "age at a past date",
        "calendars",
    }
    assert all(r.passed for r in findings), failures(findings)


def test_a_corpus_mistake_is_named_with_file_and_case(tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "cases:\n  - id: x1\n    text: Ich komme aus Erbil.\n    expect: {places: [erbil]}\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match=r"bad.yaml: case x1: unknown fact kind.*places"):
        load_corpus(tmp_path)


# --- the findings, through the session as the panel sees them ---------------------------------


def hint_ids(session) -> set[str]:
    return {h.id for h in session.hints}


def test_ordinary_nouns_give_no_place_hint(assistant):
    session = assistant.start_analysis(make_case(), HEARING)
    session.update_entry(
        1, "F", "Mein Freund Malte hat mir geholfen. Seitdem habe ich Probleme beim Atmen."
    )
    session.update_entry(2, "F", "Nach der Heirat hat er mich mit einem Kabel geschlagen.")
    assert not [f for f in session.facts if f.kind == "place"]
    assert not any(h.id.startswith("common.dublin_stay") for h in session.hints)


def test_no_medication_is_no_illness_hint(assistant):
    session = assistant.start_analysis(make_case(), HEARING)
    session.update_entry(1, "Sind Sie krank?", "Nein. Ich nehme keine Medikamente.")
    assert "common.illness" not in hint_ids(session)
    session.update_entry(1, "Sind Sie krank?", "Ja. Ich nehme Medikamente gegen Diabetes.")
    assert "common.illness" in hint_ids(session)


def test_age_at_a_past_date_is_held_against_the_birth_date_then(assistant):
    born_1990 = make_case(birth=date(1990, 1, 1))
    session = assistant.start_analysis(born_1990, HEARING)
    session.update_entry(1, "F", "2015 kamen die Taliban in unser Dorf, da war ich 12 Jahre alt.")
    hint = session.hint("common.age_vs_birth:age")
    assert hint is not None and hint.kind == "contradiction"
    # The applicant's words stand beside the reading, and the age that would fit then.
    assert "da war ich 12 Jahre alt" in hint.body and "2015" in hint.body and "25" in hint.body


def test_consistent_past_age_raises_neither_contradiction_nor_minor(assistant):
    session = assistant.start_analysis(make_case(birth=date(1990, 1, 1)), HEARING)
    session.update_entry(1, "F", "Im Jahr 2005 bin ich 15 Jahre alt gewesen.")
    assert not {"common.age_vs_birth:age", "common.minor"} & hint_ids(session)


def test_stated_age_in_words_can_make_a_minor(assistant):
    session = assistant.start_analysis(make_case(), HEARING)
    session.update_entry(1, "Wie alt sind Sie?", "Ich bin sechzehn Jahre alt.")
    assert "common.minor" in hint_ids(session)


def test_departure_with_verb_last_is_checked_against_the_case_file(assistant):
    case = make_case(departure_date="2016-03-01")
    session = assistant.start_analysis(case, HEARING)
    session.update_entry(1, "F", "Ich bin am 15.08.2014 ausgereist.")
    hint = session.hint("common.case_file_departure:departure")
    assert hint is not None and "15.08.2014" in hint.body and "01.03.2016" in hint.body


def test_typed_departure_date_is_a_departure_fact(assistant):
    """The typed field "Datum der Ausreise" counts like a spoken departure date: an arrest
    dated after it is put to the applicant."""
    case = make_case(departure_date="15.08.2014")
    session = assistant.start_analysis(case, HEARING)
    [typed] = [f for f in session.facts if f.kind == "departure"]
    assert typed.source == "case_file" and typed.value.first == date(2014, 8, 15)
    session.update_entry(1, "F", "Im März 2016 wurde ich verhaftet.")
    assert any(h.id.startswith("common.event_after_departure") for h in session.hints)


def test_typed_residences_and_family_members_feed_facts(assistant):
    case = make_case(
        places_of_residence=["Mossul", "Athen"],
        family_members=[{"relation": "Sohn"}, {"relation": "Tochter"}, {"relation": "Tochter"}],
    )
    session = assistant.start_analysis(case, HEARING)
    places = {f.value for f in session.facts if f.kind == "place"}
    counts = {f.subject: f.value for f in session.facts if f.kind == "count"}
    assert {"mosul", "athens"} <= places
    assert counts["children"] == 3 and counts["daughters"] == 2
    assert "common.dublin_stay@athens" in hint_ids(session)


def test_solar_year_is_shown_with_its_reading(assistant):
    session = assistant.start_analysis(make_case(), HEARING)
    session.update_entry(
        1, "F", "Ich komme aus Kabul. Im Jahr 1398 haben mich die Taliban bedroht."
    )
    hint = session.hint("afg.taliban_kabul")
    assert "1398 (= 21.03.2019-19.03.2020)" in hint.body
    [d] = [f for f in session.facts if f.kind == "date"]
    assert d.calendar == "solar_hijri" and d.to_plain()["calendar"] == "solar_hijri"


def test_date_of_birth_is_no_event_date_in_a_hint(assistant):
    session = assistant.start_analysis(make_case(), HEARING)
    session.update_entry(
        1, "F", "Ich bin am 01.01.1995 in Kabul geboren. 2019 haben mich die Taliban bedroht."
    )
    hint = session.hint("afg.taliban_kabul")
    assert "2019" in hint.body and "1995" not in hint.body


def test_without_word_lists_no_word_is_guessed_to_be_a_place(monkeypatch, assistant):
    """A broken install (wordfreq's lists missing) loses spelling slips, never precision."""
    import sys

    from app.assistant import lexicon

    lexicon.is_common_word.cache_clear()
    assistant.gazetteer._cache.clear()
    monkeypatch.setitem(sys.modules, "wordfreq", None)  # import fails
    try:
        session = assistant.start_analysis(make_case(), HEARING)
        session.update_entry(1, "F", "Ich lebte in Erbiel. Nach der Heirat zogen wir um.")
        assert not [f for f in session.facts if f.kind == "place"]
    finally:
        lexicon.is_common_word.cache_clear()
        assistant.gazetteer._cache.clear()
