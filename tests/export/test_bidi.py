"""Which text counts as right to left."""

from __future__ import annotations

import pytest

from app.export import has_rtl, is_rtl


@pytest.mark.parametrize(
    "text",
    [
        "غادرت أربيل في شهر آب.",  # Arabic
        "من در سال ۱۳۹۳ از هرات رفتم.",  # Farsi, with Persian digits
        "زه له کابل څخه راغلی یم.",  # Pashto
        "من خەڵکی هەولێرم.",  # Kurdish Sorani
        "אני מירושלים.",  # Hebrew
        "ܐܢܐ ܡܢ ܢܝܢܘܐ",  # Syriac
        "ދިވެހި",  # Thaana
        "غادرت في 2014 من Erbil إلى تركيا.",  # mainly Arabic, with a date and a Latin name
    ],
)
def test_right_to_left_scripts(text):
    assert is_rtl(text)
    assert has_rtl(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin im August 2014 aus Erbil geflohen.",
        "Ez ji Hewlêrê me.",  # Kurmanji is written in Latin script
        "2014-08-03, 14:05",  # neutral only
        "",
        "Name in Originalschrift: أحمد",  # label leads: mainly Latin
    ],
)
def test_left_to_right_and_neutral(text):
    assert not is_rtl(text)


def test_has_rtl_finds_a_single_arabic_word_in_latin_text():
    assert has_rtl("Name in Originalschrift: أحمد")
    assert not has_rtl("Hewlêr, Erbil, Arbil")
