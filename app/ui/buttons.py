"""Small widgets every dialog needs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None] | None = None, ok: bool = True
) -> QDialogButtonBox:
    """OK and Cancel for ``dialog``; OK runs ``on_ok`` (default: accept). ``ok=False`` leaves
    only Cancel (when there is nothing to confirm)."""
    flags = QDialogButtonBox.StandardButton.Cancel
    if ok:
        flags |= QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(flags)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
