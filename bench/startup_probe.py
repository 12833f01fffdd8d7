"""Child process of bench_startup.py: shows a window, prints SHOWN once it is exposed, exits.

``bare``: an empty QMainWindow (the baseline the issue names). ``bare-text``: the same window
showing one line of text, which makes Qt initialise its font system as any real window must.
``asa``: the ASA main window with its unlock
screen, as `asa` starts it (translations, settings, profile list), on an empty profile folder.
"""

from __future__ import annotations

import sys


def main() -> None:
    kind = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if kind.startswith("bare"):
        window = QMainWindow()
        window.resize(1280, 800)
        if kind == "bare-text":
            from PySide6.QtWidgets import QLabel

            window.setCentralWidget(QLabel("ASA – Assistenzsystem für Anhörungen"))
    else:
        from PySide6.QtCore import QSettings

        from app.store import ProfileManager
        from app.ui import i18n
        from app.ui.main_window import MainWindow
        from app.ui.settings import Settings

        folder = sys.argv[2]  # made by the parent: creating it here would time tempfile
        settings = Settings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat))
        i18n.set_language("de")
        window = MainWindow(ProfileManager(f"{folder}/profiles"), settings)
    window.show()

    def shown() -> None:
        print("SHOWN", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)  # runs once the first show has been processed
    app.exec()


if __name__ == "__main__":
    main()
