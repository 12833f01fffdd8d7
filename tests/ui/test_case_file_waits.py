"""The case file comparison runs on the assistant's thread only when the UI thread is quiet
(issue 9 point 2): while a view is applied and drawn, or keys come, it waits; someone waiting
for the result (sealing) releases it."""

from __future__ import annotations

import threading

from app.ui.assistant.worker import AssistantWorker


def test_work_over_a_view_waits_while_the_ui_applies_it(qapp):
    worker = AssistantWorker()
    worker.typing.quiet_after = 60
    worker.typing.max_pause = 120
    try:
        worker.typing.ui_busy()  # a view is being applied
        compared = worker.when_quiet(lambda words: words * 2, 21)
        assert not threading.Event().wait(0.3) and not compared.done()
        worker.typing.release()
        assert compared.result(10) == 42
    finally:
        worker.close()
