"""A guard against a reference-count bug in the PySide6 bindings in use (6.12 on Python 3.11).

Every call of a Qt method that returns void (QPainter.save, QTextLine.draw, ...) takes one
reference from Python's None without having given it one. On Python 3.11 None is an ordinary
object with a finite count, so a few thousand such calls bring it to zero and the interpreter
aborts ("Fatal Python error: none_dealloc: deallocating None"). A PDF of a long hearing makes
thousands of such calls. From Python 3.12 None is immortal and the bug is harmless.

call_balanced() counts the references None lost during a call and gives them back
(Py_IncRef). Parking references in a list would not do: the list is freed at interpreter
shutdown, and the deficit would abort the process then. It never takes references away, so if
the bindings are fixed it simply does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def call_balanced(func: Callable[..., Any], *args: Any) -> None:
    """Call ``func(*args)`` (its result is dropped) and restore None's reference count.

    A plain function rather than a context manager: __exit__ receives three Nones as
    arguments, which would hide three lost references from the count every time.
    """
    before = sys.getrefcount(None)
    try:
        func(*args)  # the result is not kept: a None result must not skew the count
    finally:
        lost = before - sys.getrefcount(None)
        for _ in range(lost):
            _incref(None)
