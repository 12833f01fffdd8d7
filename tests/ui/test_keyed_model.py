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
