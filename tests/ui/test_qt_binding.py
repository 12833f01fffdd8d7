"""The Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 takes one reference from None on every call of a Qt method that
returns nothing; after ~10,000 calls (a few minutes of typing) the interpreter aborts. The
pin in pyproject.toml keeps that release out; this test fails if a leaking one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(2000):
        obj.setObjectName("x")
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 5
