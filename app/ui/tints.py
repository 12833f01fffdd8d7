"""Row tints that follow the theme.

A light pastel behind the palette's text is unreadable once the theme is dark (light text on a
light tint). A tint here is a hue laid lightly over the palette's own base colour: pale on a
light theme, deep on a dark one, so the theme's text colour keeps its contrast. Models ask at
paint time, so a theme switched while the app runs is followed.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

# Hues (degrees) of the tints, by what they mean.
HUES = {"blue": 216, "yellow": 45, "red": 3, "green": 137}
_WEIGHT = 0.16  # share of the hue's colour in the blend with the base


def tint(hue: str) -> QBrush:
    """A background for a row marked with ``hue`` (a key of HUES)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    accent = QColor.fromHsl(HUES[hue], 200, 128)
    return QBrush(_blend(base, accent, _WEIGHT))


def muted() -> QBrush:
    """Text for something set aside (a rejected fact): the theme's own disabled text."""
    return QBrush(
        QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    )


def _blend(base: QColor, accent: QColor, weight: float) -> QColor:
    return QColor(
        *(
            round(b * (1 - weight) + a * weight)
            for b, a in zip(base.getRgb()[:3], accent.getRgb()[:3], strict=True)
        )
    )
