"""Read-only fields take their look from the palette, also when the theme changes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.ui.read_only import set_read_only

Role = QPalette.ColorRole


@pytest.fixture
def restore_palette(qapp):
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def dark() -> QPalette:
    palette = QPalette()
    for role, colour in ((Role.Window, "#202124"), (Role.WindowText, "#e8eaed"),
                         (Role.Base, "#121212"), (Role.Text, "#ffffff")):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_a_read_only_field_follows_a_dark_theme_switched_on_later(qtbot, restore_palette, kind):
    field = kind()
    qtbot.addWidget(field)
    set_read_only(field, True)
    QApplication.setPalette(dark())
    QApplication.processEvents()  # the change reaches widgets as a posted event
    shown = field.palette()
    assert shown.color(Role.Base) == QColor("#202124")  # the window's background
    assert shown.color(Role.Text) == QColor("#e8eaed")  # with the text made to contrast with it
    set_read_only(field, False)
    assert field.palette().color(Role.Base) == QColor("#121212")
    assert field.palette().color(Role.Text) == QColor("#ffffff")


def test_an_editable_field_follows_the_theme_without_watching_its_events(qtbot, restore_palette):
    """An editable field inherits the theme (no event filter on the field one types into)."""
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    set_read_only(field, True)
    set_read_only(field, False)
    assert getattr(field, "_palette_follower", None) is None
    QApplication.setPalette(dark())
    QApplication.processEvents()
    assert field.palette().color(Role.Base) == QColor("#121212")
    assert field.palette().color(Role.Text) == QColor("#ffffff")
