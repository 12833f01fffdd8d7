"""Child process of bench_startup.py: shows a window, prints SHOWN once it is exposed, exits.

``bare``: an empty QMainWindow (the baseline the issue names). ``bare-text``: the same window
showing one line of text, which makes Qt initialise its font system as any real window must.
``bare-widgets``: the bare window with the unlock screen's Qt widgets and no ASA code.
``asa``: ASA through its real entry point (`asa`
with no arguments: CLI, settings, translations, log, profile list, unlock window), in a fresh
home folder; ``asa-profile`` the same in a home where one profile exists; ``asa-deployment``
the same with IT's deployment file in the site config folder.
"""

from __future__ import annotations

import sys


def _unlock_screen_widgets(window) -> None:
    """The Qt widgets the unlock screen shows, with no ASA code: the floor for Qt Widgets.

    Kept in step with app/ui/unlock_page.py and the window's menu: no status bar and no
    create form yet (both are made when first needed), ``setShortcuts`` for the lock key."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import (
        QComboBox,
        QFormLayout,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QPushButton,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    central, column, form_page = QWidget(), QWidget(), QWidget()
    form, buttons = QFormLayout(form_page), QHBoxLayout()
    passphrase = QLineEdit()
    passphrase.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow(QLabel("Profil"), QComboBox())
    form.addRow(QLabel("Passphrase"), passphrase)
    for text in ("Entsperren", "Neues Profil …", "Demo-Profil anlegen"):
        buttons.addWidget(QPushButton(text))
    form.addRow(buttons)
    stack = QStackedWidget()
    stack.addWidget(form_page)
    inner = QVBoxLayout(column)
    inner.addWidget(QLabel("ASA – Assistenzsystem für Anhörungen"))
    inner.addWidget(stack)
    inner.addWidget(QLabel("Noch kein Profil."))
    centred = QHBoxLayout()
    centred.addStretch(1)
    centred.addWidget(column)
    centred.addStretch(1)
    outer = QVBoxLayout(central)
    outer.addStretch(1)
    outer.addLayout(centred)
    outer.addStretch(2)
    window.setCentralWidget(central)
    lock = QAction("Sperren", window)
    lock.setShortcuts([QKeySequence("Ctrl+L")])
    window.menuBar().addMenu("Sprache").addAction(lock)


def main() -> None:
    kind = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if kind in (
        "asa",
        "asa-profile",
        "asa-deployment",
    ):  # the home folder (from the parent) differs
        # The real entry point, as `asa` runs it (settings, log and profiles under the
        # temporary HOME the parent gives): the timer fires once run_gui has shown the window.
        QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
        from app.cli import main as asa_main

        asa_main([])
        return
    window = QMainWindow()
    window.resize(1280, 800)
    if kind == "bare-text":
        from PySide6.QtWidgets import QLabel

        window.setCentralWidget(QLabel("ASA – Assistenzsystem für Anhörungen"))
    if kind == "bare-widgets":
        _unlock_screen_widgets(window)
    window.show()

    def shown() -> None:
        print("SHOWN", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)  # runs once the first show has been processed
    app.exec()


if __name__ == "__main__":
    main()
