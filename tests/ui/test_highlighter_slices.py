"""The inline underlines of detected facts are re-coloured in slices, in later turns of the
event loop than the one that applies a view (issue 9 point 2). Whatever the order in which views
arrive, the answer ends up underlined exactly as the newest view says: every paragraph, the
rejected readings wavy, nothing left from an older view."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument

from app.assistant import Fact
from app.ui.assistant.highlighter import FactHighlighter
from app.ui.assistant.worker import PanelView

SENTENCE = "Wir sind über Erbil nach Dohuk gegangen."
PARAGRAPHS = 300  # more than one slice re-colours


def view(generation: int, words: dict[int, str], rejected: set[int] = frozenset()) -> PanelView:
    """Entry 1 with the fact ``words[i]`` detected in paragraph ``i`` (rejected if in
    ``rejected``)."""
    facts = []
    for paragraph, word in sorted(words.items()):
        start = paragraph * (len(SENTENCE) + 1) + SENTENCE.index(word)
        facts.append(Fact(f"f{paragraph}", "place", word, 1, start, start + len(word), word))
    return PanelView(
        generation,
        (),
        {},
        {1: tuple(facts)},
        frozenset(),
        frozenset(f"f{p}" for p in rejected),
        None,
        {},
        "de",
    )


def underlines(document: QTextDocument) -> set[tuple[int, int, bool]]:
    """(start, end, wavy) of every underline the highlighter drew."""
    found = set()
    block = document.begin()
    while block.isValid():
        for r in block.layout().formats():
            style = r.format.underlineStyle()
            if style != QTextCharFormat.UnderlineStyle.NoUnderline:
                wavy = style == QTextCharFormat.UnderlineStyle.WaveUnderline
                found.add((block.position() + r.start, block.position() + r.start + r.length, wavy))
        block = block.next()
    return found


def expected(v: PanelView) -> set[tuple[int, int, bool]]:
    return {(f.start, f.end, f.id in v.rejected) for f in v.facts_by_entry[1]}


def test_views_arriving_while_underlines_are_pending_end_in_the_newest(qtbot):
    document = QTextDocument("\n".join([SENTENCE] * PARAGRAPHS))
    highlighter = FactHighlighter(document)
    highlighter.show_entry(None, 1)
    first = view(1, {p: "Erbil" for p in range(PARAGRAPHS)})
    newest = view(2, {p: "Dohuk" for p in range(0, PARAGRAPHS, 2)}, rejected={4, 10})

    highlighter.apply(first)
    assert highlighter.pending()  # put off to later turns, not done while applying
    qtbot.wait(1)  # a turn or two: part of the first view may be drawn
    highlighter.apply(newest)
    qtbot.waitUntil(lambda: not highlighter.pending(), timeout=10000)

    assert underlines(document) == expected(newest)


def test_an_unchanged_view_keeps_the_underlines(qtbot):
    document = QTextDocument("\n".join([SENTENCE] * PARAGRAPHS))
    highlighter = FactHighlighter(document)
    highlighter.show_entry(None, 1)
    shown = view(1, {p: "Erbil" for p in range(0, PARAGRAPHS, 3)})
    highlighter.apply(shown)
    qtbot.waitUntil(lambda: not highlighter.pending(), timeout=10000)

    highlighter.apply(view(2, {p: "Erbil" for p in range(0, PARAGRAPHS, 3)}))
    qtbot.waitUntil(lambda: not highlighter.pending(), timeout=10000)

    assert underlines(document) == expected(shown)


def test_views_sharing_their_first_facts_end_in_the_newest_underlines(qtbot):
    """A new view whose first facts are the last view's own objects (a key at the end of a
    narrative) re-reads only the facts after them; rejecting or restoring one re-reads all.
    Through a run of such views the underlines are always the newest view's."""
    import random

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    paragraphs = 40
    document = QTextDocument("\n".join([SENTENCE] * paragraphs))
    highlighter = FactHighlighter(document)
    highlighter.show_entry(None, 1)
    words = ("Erbil", "Dohuk", "sind")

    def fact(paragraph: int, word: str) -> Fact:
        start = paragraph * (len(SENTENCE) + 1) + SENTENCE.index(word)
        return Fact(f"f{paragraph}", "place", word, 1, start, start + len(word), word)

    state = {"facts": [], "generation": 0}

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
        database=None,
    )
    @given(st.integers(0, paragraphs), st.integers(0, 2**16), st.booleans())
    def step(keep: int, seed: int, reject: bool):
        rng = random.Random(seed)
        kept = state["facts"][: min(keep, len(state["facts"]))]  # the same objects
        start = kept[-1].start // (len(SENTENCE) + 1) + 1 if kept else 0
        tail = [fact(p, rng.choice(words)) for p in range(start, paragraphs) if rng.random() < 0.5]
        facts = kept + tail
        rejected = {f.id for f in facts if reject and rng.random() < 0.3}
        state["facts"], state["generation"] = facts, state["generation"] + 1
        newest = PanelView(
            state["generation"], (), {}, {1: tuple(facts)}, frozenset(), frozenset(rejected),
            None, {}, "de",
        )  # fmt: skip
        highlighter.apply(newest)
        qtbot.waitUntil(lambda: not highlighter.pending(), timeout=10000)
        assert underlines(document) == expected(newest)

    step()
