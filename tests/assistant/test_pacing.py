"""The assistant's long loops step aside while the interviewer types (app.assistant.pacing)."""

from __future__ import annotations

import threading
import time

from app.assistant import pacing


def test_a_pause_point_waits_while_keys_come_and_goes_on_when_quiet():
    pause = pacing.TypingPause(quiet_after=0.2, max_pause=30)
    passed = threading.Event()

    def assistant_thread():
        pacing.install(pause)
        pause.begin_job()
        pacing.pause_point()
        passed.set()

    pause.typed()
    thread = threading.Thread(target=assistant_thread)
    thread.start()
    for _ in range(10):  # keys every 50 ms: the loop must not go on meanwhile
        time.sleep(0.05)
        pause.typed()
        assert not passed.is_set()
    assert passed.wait(10)  # quiet: it goes on
    thread.join()


def test_settle_releases_a_waiting_job_and_other_threads_never_wait():
    pause = pacing.TypingPause(quiet_after=60, max_pause=120)
    passed = threading.Event()

    def assistant_thread():
        pacing.install(pause)
        pause.begin_job()
        pacing.pause_point()
        passed.set()

    pause.typed()
    thread = threading.Thread(target=assistant_thread)
    thread.start()
    pacing.pause_point()  # this thread has no pause installed: returns at once
    assert not passed.wait(0.3)
    pause.release()
    assert passed.wait(10)
    thread.join()
