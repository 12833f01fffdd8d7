"""Country information at hand: the installed packs' statements by words, place, year and
topic, each with its source and pack version (no transcript keyword needed)."""

from __future__ import annotations

import pytest

from app.assistant import Assistant
from app.assistant.country_info import CountryInfo
from app.paths import rules_dir


@pytest.fixture(scope="module")
def info():
    return CountryInfo(Assistant.load(rules_dir()).knowledge, "de")


def ids(results):
    return {r.id for r in results}


def test_a_place_finds_its_own_statements_and_those_of_the_places_within_it(info):
    in_governorate = ids(info.search(place="erbil_governorate"))
    assert {"irq.is_erbil_never_held", "irq.is_erbil_front_2014"} <= in_governorate
    assert "irq.is_mosul" not in in_governorate
    assert in_governorate <= ids(info.search(place="iraq"))  # the country includes it


def test_any_spelling_of_a_name_finds_the_place(info):
    for spelling in ("Erbil", "hawler", "Hewlêr", "أربيل"):
        assert "irq.is_erbil_never_held" in ids(info.search(words=spelling)), spelling


def test_the_year_selects_statements_about_that_time(info):
    in_2016 = ids(info.search(place="erbil_governorate", year=2016))
    assert "irq.is_erbil_never_held" in in_2016  # 2014–2017
    assert "irq.is_erbil_front_2014" not in in_2016  # August–September 2014


def test_topic_or_actor_and_words_narrow_together(info):
    by_actor = info.search(topic="islamic_state")
    assert "irq.is_mosul" in ids(by_actor)
    assert ids(info.search(words="Mossul", topic="islamic_state")) == {"irq.is_mosul"} | {
        r.id for r in by_actor if "mossul" in r.text.lower()
    }
    assert info.search(words="Mossul", place="erbil") == []


def test_each_result_names_its_source_period_and_pack(info):
    (mosul,) = [r for r in info.search(words="Mossul") if r.id == "irq.is_mosul"]
    assert mosul.source and mosul.paragraph
    assert mosul.pack_id == "iraq" and mosul.pack_version and mosul.sample
    assert mosul.period_text == "06/2014 – 07/2017"
    assert "Mossul" in mosul.text  # in the interface language


def test_choices_for_browsing(info):
    places = {c.id: c.label for c in info.places()}
    assert places["iraq"] == "Irak" and "erbil_governorate" in places
    assert "erbil" not in places  # towns are found through their province, or by name
    assert any(c.id == "islamic_state" for c in info.topics())
