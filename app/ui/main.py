"""Starting the desktop app."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def configure_logging(folder: Path | None = None) -> Path:
    """Log to a file in the user's log folder. Log lines never carry case data: only events,
    counts and error types (see docs/architecture.md, privacy)."""
    import platformdirs

    folder = folder or platformdirs.user_log_path("ASA", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "asa.log"
    logging.basicConfig(
        filename=path,
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,  # the one configuration of the process
    )
    return path


def run_gui(profile_dir: str | None = None, language: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.datafiles.errors import DataFileError
    from app.deployment import load_deployment
    from app.store import ProfileManager
    from app.ui import i18n
    from app.ui.main_window import MainWindow
    from app.ui.settings import LANGUAGE, Settings, preseeded

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ASA")
    app.setOrganizationName("ASA")
    try:
        deployment = load_deployment()  # the one read of IT's file (see app.deployment)
    except DataFileError as exc:
        return refuse_to_start(exc)
    settings = Settings(defaults=preseeded(deployment))  # IT's language and idle lock ceiling
    if language:
        settings.set(LANGUAGE, language)
    i18n.set_language(settings.get(LANGUAGE))
    window = MainWindow(ProfileManager(Path(profile_dir) if profile_dir else None), settings)
    window.show()
    # Once the window is up (the unlock window should not wait for it, bench/bench_startup.py):
    # the log file, the guard for errors nobody foresaw, the clean end on SIGTERM/SIGINT and
    # logout (no profile can be open before the window shows, so the default end is harmless
    # until then).
    QTimer.singleShot(0, lambda: _after_shown(window))
    return app.exec()


def refuse_to_start(problem: Exception) -> int:
    """The deployment file is wrong: say where (file, line, field) on stderr and in a message
    box, and do not start with settings IT did not mean. Exit code 2."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.ui import i18n
    from app.ui.settings import LANGUAGE, Settings

    print(
        f"asa: the deployment settings are not valid; ASA does not start.\n{problem}",
        file=sys.stderr,
    )
    i18n.set_language(Settings().get(LANGUAGE))
    title = QCoreApplication.translate("Start", "ASA cannot start")
    text = QCoreApplication.translate(
        "Start",
        "The deployment settings that IT installed on this computer are not valid, so ASA "
        "does not start. Please pass this message on to IT:",
    )
    QMessageBox.critical(None, title, f"{text}\n\n{problem}")
    return 2


def _after_shown(window) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.unexpected import UnexpectedErrors

    end_cleanly(QApplication.instance(), window)
    configure_logging()
    logging.getLogger(__name__).info("started")
    window.unexpected_errors = UnexpectedErrors(window)
    window.unexpected_errors.install()
    from app.export.files import clean_up_at_start
    from app.ui import tasks

    tasks.in_background(clean_up_at_start)  # temporary files of exports a crash cut short


def end_cleanly(app, window) -> None:
    """However the process is asked to end — the window closed, SIGTERM or SIGINT, the
    desktop session logging out (Qt quits the app) — the profile is closed cleanly."""
    app.aboutToQuit.connect(window.shut_down)
    quit_on_signals(app)


def quit_on_signals(app) -> None:
    """SIGTERM (logout, shutdown, a service manager) and SIGINT end the app as a closed
    window would: writes flushed, profile closed cleanly, key dropped — not as a crash.

    Python handles a signal only when the interpreter runs; Qt's event loop may wait in C++
    for a long time. The handler's wake-up byte goes to a file descriptor Qt watches, so the
    loop returns to Python at once (no polling timer, no idle wake-ups). It is a pipe (a socket
    on Windows, where set_wakeup_fd needs one); installed once the window shows."""
    import signal

    from PySide6.QtCore import QSocketNotifier

    if os.name == "posix":  # a pipe: no socket module to import
        reader, writer = os.pipe()
        os.set_blocking(reader, False)
        os.set_blocking(writer, False)
        wakeup, watched = writer, reader

        def drain() -> None:
            try:
                while os.read(reader, 64):
                    pass
            except BlockingIOError:
                pass

    else:  # Windows: set_wakeup_fd takes a socket there
        import socket

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        wakeup, watched = writer.fileno(), reader.fileno()

        def drain() -> None:
            try:
                while reader.recv(64):
                    pass
            except BlockingIOError:
                pass

    signal.set_wakeup_fd(wakeup, warn_on_full_buffer=False)
    notifier = QSocketNotifier(watched, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(drain)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    app._signal_sockets = (reader, writer, notifier)  # kept alive with the app
