"""The skeletons shipped in forms/: both load, have the promised questions, and speak de and en."""

from __future__ import annotations

import pytest

from app.paths import forms_dir
from app.skeletons import (
    LANGUAGES,
    LocalizedText,
    Skeleton,
    builtin_skeletons,
    get_skeleton,
    load_skeleton,
)


def _texts(skeleton: Skeleton) -> list[tuple[str, LocalizedText]]:
    found = [("title", skeleton.title), ("note", skeleton.note)]
    for q in skeleton.questions:
        found += [(f"{q.id}.text", q.text), (f"{q.id}.help", q.help)]
        found += [(f"{q.id}.{f.id}.label", f.label) for f in q.fields]
    return found


def test_builtin_skeletons_have_13_and_17_questions_in_that_order():
    skeletons = builtin_skeletons()
    assert [(s.id, len(s.questions)) for s in skeletons] == [
        ("anhoerung-13", 13),
        ("anhoerung-17", 17),
    ]
    assert all(s.question_count == len(s.questions) for s in skeletons)


def test_each_file_is_named_after_its_id():
    for path in sorted(forms_dir().glob("*.yaml")):
        assert load_skeleton(path).id == path.stem


@pytest.mark.parametrize("skeleton", builtin_skeletons(), ids=lambda s: s.id)
def test_every_text_exists_in_german_and_english(skeleton: Skeleton):
    for where, text in _texts(skeleton):
        for lang in LANGUAGES:
            assert text.get(lang).strip(), f"{skeleton.id} {where} has no {lang} text"


@pytest.mark.parametrize("skeleton", builtin_skeletons(), ids=lambda s: s.id)
def test_note_says_sample_content_not_official_guidance(skeleton: Skeleton):
    assert "not official guidance" in skeleton.note_in("en")
    assert "keine amtliche" in skeleton.note_in("de")


def test_the_17_splits_family_and_adds_the_extra_questions():
    short, long = get_skeleton("anhoerung-13"), get_skeleton("anhoerung-17")
    assert "family" in short.question_ids
    added = set(long.question_ids) - set(short.question_ids)
    assert added >= {
        "close_family",
        "relatives_in_europe",
        "activities",
        "arrests",
        "journey_cost",
        "closing",
    }
    closing_topics = set(long.question("closing").topics)
    assert {"interpreting", "readback", "notice_25_3"} <= closing_topics


def test_shared_question_ids_keep_their_meaning():
    # A question_ref stored in a transcript must mean the same question in either skeleton.
    short, long = get_skeleton("anhoerung-13"), get_skeleton("anhoerung-17")
    for qid in set(short.question_ids) & set(long.question_ids) - {"return"}:
        assert short.question(qid) == long.question(qid), qid


def test_text_helpers():
    skeleton = get_skeleton("anhoerung-13")
    identity = skeleton.question("identity")
    assert skeleton.title_in("en") == "Hearing – 13 standard questions"
    assert identity.text_in("de").startswith("Bitte nennen Sie")
    assert "aliases" in identity.help_in("en")
    assert identity.field("date_of_birth").kind == "date"
    assert identity.field("place_of_birth").label_in("de") == "Geburtsort"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        identity.text_in("fr")


def test_unknown_ids_raise_lookup_error_naming_what_exists():
    with pytest.raises(LookupError, match="no question skeleton with id 'anhoerung-99'") as exc:
        get_skeleton("anhoerung-99")
    assert not isinstance(exc.value, KeyError)
    assert "anhoerung-13, anhoerung-17" in str(exc.value)
    with pytest.raises(LookupError, match="has no question 'hobbies'"):
        get_skeleton("anhoerung-17").question("hobbies")
