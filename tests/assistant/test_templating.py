"""Hint texts name a time as the time of an act, with the preposition German (or English)
puts before it: "Ihr Land am 01.09.2015 verlassen", "im Mai 2022", "im Jahr 2022"."""

from __future__ import annotations

import pytest

from app.assistant.templating import at, template


@pytest.mark.parametrize(
    ("when", "de", "en"),
    [
        ("01.09.2015", "am 01.09.2015", "on 01.09.2015"),
        ("Mai 2022", "im Mai 2022", "in Mai 2022"),
        ("Frühjahr 2022", "im Frühjahr 2022", "in Frühjahr 2022"),
        ("2022", "im Jahr 2022", "in 2022"),
        ("im Mai 2022", "im Mai 2022", "im Mai 2022"),
        ("Anfang 2015", "Anfang 2015", "Anfang 2015"),
        ("gestern", "gestern", "gestern"),
        ("", "", ""),
    ],
)
def test_a_time_gets_its_preposition(when, de, en):
    assert at(when) == de
    assert at(when, "en") == en


def test_the_filter_is_there_for_pack_templates():
    question = template("Sie haben Ihr Land {{ first|at }} verlassen.")
    assert question.render({"first": "15.08.2014"}) == "Sie haben Ihr Land am 15.08.2014 verlassen."
