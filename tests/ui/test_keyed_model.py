"""The panel's models are brought up to date row by row, never reset: random sequences of new
lists keep the model equal to the list, pass Qt's model checks, and a row that stays keeps its
persistent index (that is what keeps a selection)."""

from __future__ import annotations

import random

from PySide6.QtCore import QPersistentModelIndex, Qt

from app.ui.assistant.models import IdRole, QuestionModel


def test_random_updates_keep_rows_and_persistent_indexes(qtmodeltester):
    model = QuestionModel()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    rng = random.Random(9)
    pool = [f"Frage {i}?" for i in range(12)]
    for _ in range(200):
        keys = rng.sample(pool, rng.randint(0, len(pool)))
        if model.rowCount():
            row = rng.randrange(model.rowCount())
            held = QPersistentModelIndex(model.index(row))
            key = held.data(IdRole)
        else:
            held, key = None, None
        model.sync(keys, keys)
        assert [model.index(r).data(IdRole) for r in range(model.rowCount())] == keys
        if held is not None:
            if key in keys:
                assert held.isValid() and held.data(IdRole) == key
            else:
                assert not held.isValid()
    assert resets == []
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) == model.index(0).data()


def test_updates_of_one_block_that_keep_its_front_keep_the_rest_and_take_new_rows():
    """As a long narrative is typed into: one entry's block of a list, mostly unchanged in
    front, grows, shrinks and has rows replaced at its end; the rows before and after stay."""
    model = QuestionModel()
    before, after = ["a", "b"], ["y", "z"]
    block = [f"Frage {i}?" for i in range(50)]
    model.sync(before + block + after, before + block + after)
    rng = random.Random(11)
    for _ in range(100):
        keep = rng.randint(0, len(block))
        new = block[:keep] + [f"Neu {rng.randrange(80)}?" for _ in range(rng.randint(0, 5))]
        new = list(dict.fromkeys(new))  # keys are unique
        start = len(before)
        held = QPersistentModelIndex(model.index(start + keep - 1)) if keep else None
        model.sync(new, [k.upper() for k in new], start=start, end=start + len(block))
        block = new
        shown = [model.index(r).data(IdRole) for r in range(model.rowCount())]
        assert shown == before + [k.upper() for k in block] + after
        if held is not None:
            assert held.isValid() and held.row() == start + keep - 1
