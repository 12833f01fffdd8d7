"""Marked rows (current entry, read-back state, hint kinds) stay readable in any theme: their
tint is laid over the theme's base, so the theme's text keeps its contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.hearing import Hearing
from app.ui.hearing.readback_model import ReadbackModel
from app.ui.tints import HUES, tint
from tests.ui.test_read_only_look import dark, restore_palette  # noqa: F401

Role = QPalette.ColorRole


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b_ = (channel(x) for x in (c.redF(), c.greenF(), c.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_tint_keeps_the_themes_text_readable(qapp, restore_palette, theme):  # noqa: F811
    if theme == "dark":
        QApplication.setPalette(dark())
    text = QApplication.palette().color(Role.Text)
    base = QApplication.palette().color(Role.Base)
    for hue in HUES:
        background = tint(hue).color()
        assert background != base, hue  # still marked
        assert contrast(text, background) >= 7, (hue, background.name())


def test_a_confirmed_read_back_section_stays_readable_in_a_dark_theme(
    qapp,
    restore_palette,  # noqa: F811
):
    hearing = Hearing(case_id="c1", skeleton_id="anhoerung-13", interviewer="Anna Beispiel")
    entry = hearing.add_entry(question_ref="q")
    hearing.write_entry(entry.number, "Wie heißen Sie?", "Amina.")
    hearing.start_readback()
    hearing.confirm_section(entry.number)
    model = ReadbackModel(hearing)
    QApplication.setPalette(dark())
    background = model.data(model.index(0), Qt.ItemDataRole.BackgroundRole).color()
    text = QApplication.palette().color(Role.Text)
    assert background != QApplication.palette().color(Role.Base)  # still marked
    assert contrast(text, background) >= 7, background.name()
