"""The SyncController on its own: it starts a round by itself once the service becomes
reachable, backs off while it is not, and a lock mid-round loses nothing."""

from __future__ import annotations

import pytest

from app.deployment import Deployment
from app.sync.keys import public_key_hex
from app.ui.sync import states
from app.ui.sync.controller import SyncController
from tests.central.harness import FaultProxy
from tests.desktop_sync.conftest import make_client
from tests.desktop_sync.helpers import sealed_hearing

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_starts_by_itself_when_the_service_becomes_reachable(
    qtbot, enrolled, worker, admin, service, service_public_key, tmp_path
):
    source, _client, _user = enrolled
    session = sealed_hearing(worker)
    proxy = FaultProxy(service.port)
    proxy.script("refuse", "refuse", "refuse")  # the network is down for the first polls
    deployment = Deployment(
        source=None, central_url=proxy.url, service_public_key=public_key_hex(service_public_key)
    )
    controller = SyncController(
        worker,
        deployment,
        packs_dir=tmp_path / "packs",
        client_factory=lambda: make_client(proxy.url, service_public_key),
        min_delay=0.1,
        max_delay=0.4,
        status_every=600,
    )
    seen: list[str] = []
    controller.state_changed.connect(lambda state, _code, _detail: seen.append(state))
    try:
        with qtbot.waitSignal(controller.round_finished, timeout=20000) as finished:
            controller.start()  # nobody presses "Sync now"
        assert seen.count(states.OFFLINE) == 3  # polled with backoff while unreachable
        assert finished.args[0].sent == 1
        assert admin.copies(session.hearing.id) == 1
        qtbot.waitUntil(lambda: controller.state == states.UP_TO_DATE, timeout=5000)
        qtbot.waitUntil(lambda: controller.last_status and controller.last_status.synced == 1)
        # Locked while the next round would run: no new round, nothing half-written.
        controller.stop()
        controller.sync_now()
        assert not controller.running
    finally:
        controller.stop()
        proxy.close()
    assert source.pending_transcripts() == []
