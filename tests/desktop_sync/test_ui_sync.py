"""The real main window syncing with the real service: enrolment through the dialog, the
status widget's counts and reasons, typing while a round runs, and a returned transcript
opened, answered by an addendum and sent as version 2."""

from __future__ import annotations

import time

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.central.repository.downsync import return_for_revision
from app.deployment import Deployment
from app.domain.clock import utcnow
from app.operations.cases import create_case
from app.operations.hearings import start_hearing
from app.store import ProfileManager, sync_state
from app.sync.keys import public_key_hex
from app.ui import i18n
from app.ui.hearing.dialogs import TextDialog
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.sync import states
from app.ui.sync.dialogs import ReturnsDialog
from tests.conftest import sample_applicant
from tests.desktop_sync.conftest import make_client
from tests.desktop_sync.helpers import sealed_hearing, tamper_case_reference
from tests.ui import conftest as ui_conftest
from tests.ui.helpers import create_profile, key, open_dialog, type_answer, type_text, wait_saved

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
compiled_translations = ui_conftest.compiled_translations  # the German .qm, built when stale
REQUEST_DELAY = 0.25  # seconds per request: a slow field-office line, so a round takes a while


class SlowLine(httpx.HTTPTransport):
    def handle_request(self, request):
        time.sleep(REQUEST_DELAY)
        return super().handle_request(request)


@pytest.fixture
def window(qtbot, tmp_path, service, service_public_key):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    i18n.set_language("de")
    deployment = Deployment(
        source=None,
        central_url=service.url,
        service_public_key=public_key_hex(service_public_key),
    )
    w = MainWindow(ProfileManager(tmp_path / "profiles"), settings, deployment=deployment)
    w.sync_ui.packs_dir = tmp_path / "packs"
    w.sync_ui.controller_options = dict(
        client_factory=lambda: make_client(service.url, service_public_key, transport=SlowLine()),
        min_delay=0.5,
        periodic=600,
        status_every=600,  # the test starts rounds itself
    )
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    yield w
    w.close()


def case_state(window, reference: str) -> str:
    """The case list's "Anhörung" column for the case with ``reference``."""
    model = window.case_page.model
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == reference]
    return model.index(rows[0], model.columnCount() - 1).data() if rows else ""


def open_new_hearing(qtbot, window, reference: str):
    """A new case with a hearing started on it, open on screen; its page."""
    worker = window.worker
    case = worker.submit(lambda s: create_case(s, reference, sample_applicant())).result()
    hearing = worker.submit(
        lambda s: start_hearing(s, case.id, "anhoerung-13", "Anna Beispiel")
    ).result()
    with qtbot.waitSignal(window.hearing_opened, timeout=10000) as opened:
        window.open_hearing(hearing.id)
    qtbot.waitActive(window)
    return opened.args[0]


def enrol(qtbot, window, admin, username):
    controller = window.sync_ui.controller
    qtbot.waitUntil(lambda: controller.state == states.NOT_ENROLLED, timeout=10000)
    assert "nicht registriert" in window.sync_ui.widget.summary.text()
    dialog = window.sync_ui.show_enrolment()
    type_text(dialog.code, admin.interviewer(username))
    with qtbot.waitSignal(controller.enrolment_finished, timeout=10000) as done:
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert done.args == [True, ""], done.args
    qtbot.waitUntil(lambda: controller.state == states.UP_TO_DATE, timeout=10000)
    dialog.close()
    window.activateWindow()
    return controller


def test_status_counts_reasons_and_typing_while_a_round_runs(qtbot, window, admin):
    create_profile(qtbot, window)
    controller = enrol(qtbot, window, admin, "ui-counts")
    worker = window.worker
    good = sealed_hearing(worker, "1-438")
    tampered = sealed_hearing(worker, "2-438")
    worker.submit(tamper_case_reference(tampered.case.id)).result()
    page = open_new_hearing(qtbot, window, "3-438")

    # The UI thread never waits for the network: while the round is still under way the
    # interviewer types and the entry is saved. (No timing bound here: under load even a bare
    # event loop misses one; the round's thread is what the test is about.)
    with qtbot.waitSignal(controller.round_finished, timeout=30000) as finished:
        window.sync_ui.sync_now()
        qtbot.waitUntil(lambda: window.sync_ui.widget.state == states.SYNCING, timeout=5000)
        key(qtbot, page, "Ctrl+Return")
        type_answer(qtbot, window, "Ich heiße Dilan, geboren in Erbil.")
        assert controller.running  # typed and autosaved while the round is under way
        wait_saved(qtbot, window)

    report = finished.args[0]
    assert (report.sent, report.failed) == (1, 1)
    assert admin.copies(good.hearing.id) == 1 and admin.copies(tampered.hearing.id) == 0
    widget = window.sync_ui.widget
    qtbot.waitUntil(
        lambda: widget.status is not None and bool(widget.status.set_aside), timeout=5000
    )
    assert (
        widget.counts.text() == "Zu senden: 0 · Gesendet: 1 · Fehlgeschlagen: 0 · Zurückgestellt: 1"
    )
    # The reason in German, by its code; the details add the service's words for IT.
    german = "Der Dienst konnte die Niederschrift nicht prüfen und hat sie nicht gespeichert."
    assert german in widget.toolTip() and "Az. 9-999 –" in widget.toolTip()
    assert "content hash" not in widget.toolTip()
    details = window.sync_ui.show_details()
    lines = [details.items.item(i).text() for i in range(details.items.count())]
    assert any(
        "zurückgestellt" in line and german in line and "content hash" in line for line in lines
    ), lines
    # A receipt for the transcript the service received: what was sent (the seal's content
    # hash), when, and the service's receipt id (issue 9: the dialog was empty after a sync).
    receipts = [details.receipts.item(i).text() for i in range(details.receipts.count())]
    stored = worker.submit(sync_state.received).result()
    assert [v.hearing_id for v in stored] == [good.hearing.id]
    assert len(receipts) == 1, receipts
    line = receipts[0]
    assert line.startswith("Az. 1-438 – Version 1: empfangen am "), line
    assert good.hearing.seals[-1].content_hash[:16] in line
    assert stored[0].receipt_id[:12] in line
    assert stored[0].receipt_id in details.receipts.item(0).toolTip()
    details.close()


def test_a_returned_transcript_is_listed_opened_and_sent_again_as_version_2(qtbot, window, admin):
    create_profile(qtbot, window)
    controller = enrol(qtbot, window, admin, "ui-returns")
    session = sealed_hearing(window.worker, "5-438")
    hid = session.hearing.id
    with qtbot.waitSignal(controller.round_finished, timeout=30000):
        window.sync_ui.sync_now()
    comment = {"entry_number": 1, "text": "Wann genau?", "author": "sv", "at": "2024-03-01"}
    with admin.sessions.begin() as s:
        return_for_revision(s, hid, 1, [comment], "sv", utcnow())
    with qtbot.waitSignal(controller.round_finished, timeout=30000) as finished:
        window.sync_ui.sync_now()
    assert finished.args[0].returns == 1
    # The case list says it came back (the walk: it still said "versiegelt").
    qtbot.waitUntil(lambda: case_state(window, "5-438") == "zur Überarbeitung zurückgegeben")

    window.sync_ui.show_returns()
    dialog = open_dialog(qtbot, ReturnsDialog)
    top = dialog.tree.topLevelItem(0)
    assert "5-438" in top.text(0) and "Wann genau?" in top.child(0).text(0)
    dialog.tree.setCurrentItem(top)
    with qtbot.waitSignal(window.hearing_opened, timeout=10000) as opened:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # Return opens the chosen hearing
    page = opened.args[0]
    qtbot.waitActive(window)
    # The supervisor's comments stay in view while the addenda are written (the walk: the
    # dialog closed on opening and the comments were nowhere on the hearing screen).
    banner = page.return_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "Eintrag 1: Wann genau? (sv)" in banner.text()
    page.side.setCurrentWidget(page.completion)  # the read-back & completion tab
    qtbot.mouseClick(page.completion.addendum_button, Qt.MouseButton.LeftButton)
    text_dialog = open_dialog(qtbot, TextDialog)
    type_text(text_dialog.text, "Nachtrag: im August 2014.")
    text_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.completion.seal_addenda_button.isVisible(), timeout=5000)
    # The new addendum is on screen, not below the fold (the walk: the list stayed where it was).
    addendum = page.transcript_model.index(
        page.transcript_model.row_of(page.hearing.entries[-1].number)
    )
    assert page.editor.number == page.hearing.entries[-1].number
    assert (
        page.transcript_view.viewport().rect().intersects(page.transcript_view.visualRect(addendum))
    )
    qtbot.mouseClick(page.completion.seal_addenda_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.session.pending == 0, timeout=5000)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)  # answered by version 2
    with qtbot.waitSignal(controller.round_finished, timeout=30000) as finished:
        window.sync_ui.sync_now()
    assert (finished.args[0].sent, finished.args[0].returns) == (1, 0)
    assert admin.copies(hid, 2) == 1
    window.back_to_cases()
    qtbot.waitUntil(lambda: case_state(window, "5-438") == "versiegelt")  # answered


def test_the_open_details_follow_a_round_they_started(qtbot, window, admin):
    """The walk: the details were open while the sealed transcript went out, and "Sync now"
    in them ran another round, yet they still said "Gesendet: 0" and "has not received a
    transcript yet" until closed and opened again."""
    create_profile(qtbot, window)
    controller = enrol(qtbot, window, admin, "ui-details")
    details = window.sync_ui.show_details()
    assert "Der Dienst hat noch keine Niederschrift empfangen." in details.receipts.item(0).text()
    session = sealed_hearing(window.worker, "7-438")
    with qtbot.waitSignal(controller.round_finished, timeout=30000):
        qtbot.mouseClick(details.sync_button, Qt.MouseButton.LeftButton)

    def shows_the_receipt() -> bool:
        return details.receipts.item(0).text().startswith("Az. 7-438 – Version 1: empfangen am ")

    qtbot.waitUntil(shows_the_receipt, timeout=5000)
    assert "Gesendet: 1" in details.state_label.text()
    assert details.items.item(0).text() == "Es wartet nichts darauf, gesendet zu werden."
    assert admin.copies(session.hearing.id) == 1
    details.close()


def test_a_transcript_sealed_on_screen_goes_out_at_once(qtbot, window, admin):
    """The walk: sealed, and nothing went out until the next status poll (up to 15 s; here the
    poll is 10 minutes) — long enough for an interviewer to close the laptop believing it
    sent. Sealing tells the sync to look now."""
    from tests.ui.test_hearing_flow import question_and_answers, read_back_and_seal

    create_profile(qtbot, window)
    controller = enrol(qtbot, window, admin, "ui-seal-sends")
    page = open_new_hearing(qtbot, window, "8-438")
    qtbot.waitUntil(lambda: not page.assistant.loading, timeout=10000)
    question_and_answers(qtbot, window, page)
    with qtbot.waitSignal(controller.round_finished, timeout=30000) as finished:
        read_back_and_seal(qtbot, window, page)
    assert finished.args[0].sent == 1
    assert admin.copies(page.hearing.id) == 1


def test_a_return_that_arrives_while_its_hearing_is_open_shows_there(qtbot, window, admin):
    create_profile(qtbot, window)
    controller = enrol(qtbot, window, admin, "ui-return-open")
    session = sealed_hearing(window.worker, "9-438")
    with qtbot.waitSignal(controller.round_finished, timeout=30000):
        window.sync_ui.sync_now()
    with qtbot.waitSignal(window.hearing_opened, timeout=10000) as opened:
        window.open_hearing(session.hearing.id)
    page = opened.args[0]
    assert not page.return_banner.isVisible()
    comment = {"entry_number": None, "text": "Bitte Reiseweg ergänzen.", "author": "sv", "at": "x"}
    with admin.sessions.begin() as s:
        return_for_revision(s, session.hearing.id, 1, [comment], "Sabine V.", utcnow())
    with qtbot.waitSignal(controller.round_finished, timeout=30000):
        window.sync_ui.sync_now()
    qtbot.waitUntil(page.return_banner.isVisible, timeout=5000)
    assert "Bitte Reiseweg ergänzen." in page.return_banner.text()
