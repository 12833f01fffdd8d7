"""Typing into a long narrative re-reads only what changed, and reads it as a fresh start would.

The session keeps each entry's sentence scans (tokens, places, terms) and each line's dates
from its previous reading; these tests hold that memory against a reading from scratch over
random edits, and count the sentences scanned when a key is typed at the end.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.assistant import EntryInput
from app.assistant.sentences import SentenceScans
from tests.assistant.conftest import HEARING, make_case
from tests.assistant.test_incremental import SNIPPETS, snapshot

QUESTION = "Schildern Sie Ihre Fluchtgründe."
PIECES = [s for s in SNIPPETS if s] + [
    "\n",
    "\n\n",
    " ",
    "Mein Bruder wurde am 03.08.2014 verhaftet und nach Mossul gebracht.",
    "Wir sind über Erbil in die Türkei gegangen; die Miliz hat uns bedroht.",
    "Am 3. August",
    " bis 2016",
    "Ich war nicht bei der Polizei.",
    "Da war ich 12 Jahre alt.",
    "Ich habe vier Brüder.",
    "Ich bin ausgereist",
    ".",
]


def long_text(pieces: list[str], paragraphs: int = 8) -> str:
    return "\n".join(" ".join(pieces) for _ in range(paragraphs))


edits = st.lists(
    st.tuples(
        st.floats(0, 1),  # where, as a share of the text
        st.integers(0, 40),  # characters removed there
        st.sampled_from(PIECES),  # then inserted there
    ),
    min_size=1,
    max_size=8,
)


def edited(text: str, where: float, removed: int, inserted: str) -> str:
    at = int(where * len(text))
    return text[:at] + inserted + text[at + removed :]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.lists(st.sampled_from(PIECES), min_size=3, max_size=12), changes=edits)
def test_a_session_typed_into_equals_a_fresh_reading(assistant, start, changes):
    case = make_case(birth=None, children_count=2, place_of_origin="Mosul")
    live = assistant.start_analysis(case, HEARING)
    text = long_text(start)
    live.update(EntryInput(1, QUESTION, text))
    for where, removed, inserted in changes:
        text = edited(text, where, removed, inserted)
        live.update(EntryInput(1, QUESTION, text))
        fresh_facts = assistant.extractor.entry_facts(1, QUESTION, text, HEARING)
        assert [f for f in live.facts_in_entry(1) if f.kind != "addressed"] == fresh_facts
    fresh = assistant.start_analysis(case, HEARING)
    fresh.update(EntryInput(1, QUESTION, text))
    assert snapshot(live) == snapshot(fresh)


def test_a_key_at_the_end_of_a_long_narrative_scans_only_the_last_sentence(assistant):
    sentences = [s for s in SNIPPETS if s]
    text = long_text(sentences, paragraphs=40)  # ~2,300 words, ~1,000 sentences
    memo = SentenceScans()
    first = assistant.extractor.entry_facts(1, QUESTION, text, HEARING, memo=memo)
    assert 0 < memo.scanned <= 2 * len(sentences)  # a sentence said again is not re-read
    read = memo.scanned
    assert assistant.extractor.entry_facts(1, QUESTION, text, HEARING, memo=memo) == first
    assert memo.scanned == read  # the same text again: nothing scanned
    for word in ("Dann", " kam", " die", " Polizei."):
        text += word
        before = memo.scanned
        facts = assistant.extractor.entry_facts(1, QUESTION, text, HEARING, memo=memo)
        assert memo.scanned - before == 1  # the sentence being typed, nothing else
    assert len(facts) > len(first)  # "Polizei" was read
    assert facts == assistant.extractor.entry_facts(1, QUESTION, text, HEARING)


def test_an_edit_in_the_middle_rescans_only_the_edited_sentence(assistant):
    text = "\n".join(f"Am {d:02}.03.2015 war ich in Mossul, Haus {d}." for d in range(1, 29))
    memo = SentenceScans()
    assistant.extractor.entry_facts(1, QUESTION, text, HEARING, memo=memo)
    before = memo.scanned
    text = text.replace("Mossul, Haus 14.", "Erbil, Haus 14.")
    facts = assistant.extractor.entry_facts(1, QUESTION, text, HEARING, memo=memo)
    assert memo.scanned - before == 1
    assert facts == assistant.extractor.entry_facts(1, QUESTION, text, HEARING)
    assert any(f.kind == "place" and f.value == "erbil" for f in facts)
