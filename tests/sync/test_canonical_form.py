"""The canonical form is RFC 8785, and it gives the bytes protocol 1.0 gave for our data, so
every seal, audit hash and signature made before still verifies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.canonical import NotCanonical, canonical_json, content_hash, jcs, jcs_with_member

FIXTURES = Path(__file__).parent / "fixtures" / "protocol-1.0"
JS_SAFE = 2**53 - 1


def form_of_protocol_1_0(value) -> bytes:
    """The home-made form used up to protocol 1.0, verbatim."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


# Text as interviewers type it: any Unicode scalar value (no lone surrogates: they cannot be
# stored as UTF-8 at all), control characters, quotes and backslashes included.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
# Object keys are identifiers from our code, forms and packs: within the Basic Multilingual
# Plane, where UTF-16 order (RFC 8785) and code-point order (sort_keys) agree.
key_text = st.text(st.characters(exclude_categories=["Cs"], max_codepoint=0xFFFF), max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-JS_SAFE, JS_SAFE) | any_text,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(key_text, children, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=600, deadline=None)
@given(json_values)
def test_rfc_8785_gives_the_bytes_of_protocol_1_0_for_our_data(value):
    assert canonical_json(value) == form_of_protocol_1_0(value) == rfc8785.dumps(value)


def test_a_seal_made_under_protocol_1_0_keeps_its_hash():
    content = json.loads((FIXTURES / "content.json").read_text(encoding="utf-8"))
    facts = json.loads((FIXTURES / "facts.json").read_text(encoding="utf-8"))
    assert canonical_json(content) == (FIXTURES / "content.canonical").read_bytes()
    assert content_hash(content) == facts["content_hash"]


# Any JSON at all: keys from the whole of Unicode, floats, integers of any size.
all_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | any_text,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(any_text, children, max_size=5)
    ),
    max_leaves=40,
)


def _or_error(produce):
    try:
        return produce()
    except ValueError as exc:
        return type(exc).__name__ if not isinstance(exc, NotCanonical) else "refused"


@settings(max_examples=600, deadline=None)
@given(all_json)
def test_the_fast_path_and_rfc8785_agree_on_any_json(value):
    expected = _or_error(lambda: rfc8785.dumps(value))
    got = _or_error(lambda: jcs(value))
    assert got == expected or (got == "refused" and isinstance(expected, str))


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(any_text, all_json, max_size=6), any_text, all_json)
def test_an_object_and_its_member_serialised_together_give_the_bytes_of_each_alone(
    others, key, member
):
    """A bundle's payload and its content are canonicalised in one pass, the content's
    bytes spliced into the payload's: the same bytes as each canonicalised on its own."""
    value = {**others, key: member}
    expected = _or_error(lambda: (jcs(value), jcs(member)))
    got = _or_error(lambda: jcs_with_member(value, key))
    assert got == expected


def test_keys_where_the_two_sort_orders_differ_take_the_rfc8785_path():
    value = {"\U0001f600": 1, "\ufb01": 2}  # UTF-16: D83D... sorts before FB01
    assert jcs(value) == rfc8785.dumps(value) != form_of_protocol_1_0(value)


@pytest.mark.parametrize("value", [1.5, 2**60, {"text": "\ud800"}])
def test_values_without_a_canonical_form_are_refused_by_name(value):
    with pytest.raises(NotCanonical):
        canonical_json(value)


def test_data_nested_deeper_than_the_fast_serialiser_goes_keeps_its_canonical_form():
    """orjson stops at 255 levels; json.dumps takes over, with the same bytes."""
    value: object = "Erbil"
    for level in range(300):
        value = {"k": [value, level]}
    assert jcs(value) == rfc8785.dumps(value)
