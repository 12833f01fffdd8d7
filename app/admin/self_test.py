"""`asa admin self-test`: does this installation work, end to end, on this machine?

It drives the real main window as an interviewer would (offscreen when there is no display):
creates a profile, opens a hearing of a synthetic demo case, types an answer into the editor,
waits until the encrypted database has it and the assistant has read the answers, exports the
Niederschrift as DOCX and as a password-protected PDF and closes the window cleanly. First it
reads the deployment file as the app's start does (exit code 2 when it has a mistake). IT runs it after installing a bundle; tests/deployment runs it in the bundle.
Nothing touches the user's profiles or settings unless ``--profile-dir`` points there.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

STEP_TIMEOUT_MS = 60_000
PASSPHRASE = "Selbsttest-Passphrase-1"  # a throw-away profile; IT may give its own
ANSWER = "Selbsttest: Ich bin am 1. Mai 2020 in Erbil gewesen."
QUESTION = "Selbsttest: Wo waren Sie am 1. Mai 2020?"
PDF_PASSWORD = "Selbsttest-PDF-Passwort"
EXPORTS = (("docx", None), ("pdf", PDF_PASSWORD))


def register(actions) -> None:
    parser = actions.add_parser(
        "self-test",
        help="create a profile, store an entry, export DOCX and PDF, offscreen; then clean up",
        description="Exit code 0 when every step worked; otherwise the step that failed.",
    )
    parser.add_argument("--keep", metavar="FOLDER", help="keep the profile and the exports there")
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read the profile passphrase from stdin"
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else PASSPHRASE
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.keep:
        return run_self_test(Path(args.keep), passphrase)
    with tempfile.TemporaryDirectory(prefix="asa-self-test-") as folder:
        return run_self_test(Path(folder), passphrase)


def run_self_test(folder: Path, passphrase: str) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.datafiles.errors import DataFileError
    from app.deployment import load_deployment
    from app.store import ProfileManager
    from app.ui import i18n
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    try:
        load_deployment()  # as the app's start does: a file with a mistake fails the test
    except DataFileError as exc:
        print(f"asa: self-test: the deployment settings are not valid:\n{exc}", file=sys.stderr)
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    if not i18n.set_language("de"):
        from app.paths import translations_dir

        print(f"asa: self-test: no German translations in {translations_dir()}", file=sys.stderr)
        return 1
    window = MainWindow(ProfileManager(folder / "profiles"), settings)
    window.show()
    run = _Run(app, window, folder, passphrase)
    QTimer.singleShot(0, run.create_profile)
    app.exec()
    for line in run.report:
        print(line)
    if run.failure:
        print(f"asa: self-test failed at '{run.step}': {run.failure}", file=sys.stderr)
        return 1
    return 0


class _Run:
    """The steps, each started by the signal that ends the one before."""

    def __init__(self, app, window, folder: Path, passphrase: str):
        from PySide6.QtCore import QTimer

        self.app, self.window, self.folder, self.passphrase = app, window, folder, passphrase
        self.step = "start"
        self.failure = ""
        self.report: list[str] = []
        self.page = None
        self.exported_files: list[str] = []
        self.messages: list[str] = []  # what the status bar was told, for a failure report
        self.watchdog = QTimer(singleShot=True, interval=STEP_TIMEOUT_MS)
        self.watchdog.timeout.connect(lambda: self.fail("no progress within 60 s"))

    def begin(self, step: str) -> None:
        self.step = step
        self.watchdog.start()

    def fail(self, reason: str) -> None:
        shown = self.messages[-1:] or [self.window.unlock_page.message.text()]
        self.failure = reason + (f" (the window said: {shown[0]})" if shown[0] else "")
        self.finish()

    def finish(self) -> None:
        self.watchdog.stop()
        self.window.close()  # the worker finishes every queued write and closes the database
        self.app.quit()

    def create_profile(self) -> None:
        self.begin("create profile")
        self.report.append(f"platform: {self.app.platformName()}")
        self.window.cases_loaded.connect(self.make_case)
        self.window.create_profile("Selbsttest", self.passphrase)
        if self.window.profile is None and self.window.worker is None:
            self.fail(self.window.unlock_page.message.text() or "profile not created")

    def make_case(self) -> None:
        from app.operations.demo import create_demo_content
        from app.ui import tasks

        self.window.cases_loaded.disconnect(self.make_case)
        self.report.append(f"profile: {self.window.profile.folder}")
        self.begin("create case and hearing")
        self.window.hearing_opened.connect(self.type_answer)
        tasks.run(
            self.window.worker.submit(create_demo_content),
            self.window.open_hearing,
            lambda error: self.fail(type(error).__name__),
        )

    def type_answer(self, page) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        self.begin("type an answer")
        self.page = page
        page.message.connect(self.messages.append)
        page.exported.connect(self.exported)
        page.insert_question(QUESTION)
        page.editor.focus_answer()
        for char in ANSWER:  # as a keyboard delivers it: every keystroke is saved
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(page.editor.answer, event)
        page.leave_current()
        page.save_state_changed.connect(self.saved)
        self.saved(None, "")

    def saved(self, state, _message) -> None:
        if self.step != "type an answer":
            return
        failure = self.page.session.writes.failure
        if failure is not None:
            self.fail(f"not saved: {failure.kind.value} ({type(failure.error).__name__})")
        elif self.page.session.pending == 0:
            self.report.append(f"stored: entry {self.page.editor.number} in the encrypted database")
            self.wait_for_assistant()

    def wait_for_assistant(self) -> None:
        """The rule packs load and the answers are read (the assistant's libraries and data
        files are all there); where they cannot, the app goes on, but the self-test fails."""
        from PySide6.QtCore import QTimer

        self.begin("assistant")
        glue = self.page.assistant
        if glue.unavailable:
            self.fail(f"assistant unavailable: {glue.unavailable}")
        elif glue.loading:
            QTimer.singleShot(50, self.wait_for_assistant)
        else:
            self.report.append("assistant: rule packs loaded, answers read")
            self.export()

    def export(self) -> None:
        """DOCX, then a password-protected PDF (Qt's text engine, AES-256 through pypdf)."""
        fmt, password = EXPORTS[len(self.exported_files)]
        self.begin(f"export {fmt.upper()}")
        target = self.folder / f"Niederschrift-Selbsttest.{fmt}"
        self.page.completion_actions.export_to(fmt, target, password)

    def exported(self, path: str) -> None:
        self.exported_files.append(path)
        self.report.append(f"exported: {path} ({Path(path).stat().st_size} bytes)")
        if len(self.exported_files) < len(EXPORTS):
            self.export()
            return
        self.step = "close"
        self.finish()
