"""The wrong-passphrase delay holds up against a clock set back, a garbled lockout.json and
thousands of recorded failures: never a traceback, never a lock that cannot end."""

from __future__ import annotations

import json
import time

import pytest

from app.store import TooManyAttempts, WrongPassphrase
from app.store.lockout import FREE_ATTEMPTS, MAX_DELAY_S, Lockout
from tests.conftest import PASSPHRASE


def _fail(profiles, profile, times):
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            profiles.unlock(profile, "falsch-falsch")


def _set_back_one_hour(monkeypatch):
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 3600)


def test_a_clock_set_back_after_one_typo_does_not_lock_anyone_out(profiles, profile, monkeypatch):
    _fail(profiles, profile, 1)
    _set_back_one_hour(monkeypatch)
    assert profile.lockout.wait_remaining() == 0
    profiles.unlock(profile, PASSPHRASE)


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_delay(
    profiles, profile, monkeypatch
):
    _fail(profiles, profile, FREE_ATTEMPTS)
    profile.lockout.record_failure()  # one more, right after: the delay is now 4 s
    _set_back_one_hour(monkeypatch)
    with pytest.raises(TooManyAttempts) as refused:
        profiles.unlock(profile, PASSPHRASE)
    assert 0 < refused.value.wait_seconds <= 4
    assert "3599" not in str(refused.value) and "360" not in str(refused.value)


def test_after_a_reboot_the_wall_clock_counts_and_a_clock_set_back_is_bounded(profile):
    lock = profile.lockout
    for _ in range(FREE_ATTEMPTS + 1):
        lock.record_failure()
    data = json.loads(lock.path.read_text())
    data["boot_id"] = "another-boot"  # as if the machine had restarted since
    lock.path.write_text(json.dumps(data))
    assert 0 < lock.wait_remaining() <= 4
    data["last_failure"] = time.time() + 3600  # the clock has since gone back an hour
    lock.path.write_text(json.dumps(data))
    assert lock.wait_remaining() == 4  # counted from now, not "3599 s"
    assert lock.wait_remaining(now=time.time() + 5) == 0


@pytest.mark.parametrize(
    "content",
    [
        '{"failures": "drei", "last_failure": 0}',
        '{"failures": 3, "last_failure": "gestern"}',
        '{"failures": true, "last_failure": null}',
        '{"failures": -5, "last_failure": -1}',
        '{"failures": 4, "last_failure": Infinity}',
        '{"failures": 4, "last_failure": NaN}',
        '{"failures": 4, "last_failure": 1e400}',
        '{"failures": 4, "last_failure": 1' + "0" * 400 + "}",
        '{"failures": 4, "last_failure": 0, "boot_id": 7, "boot_clock": "x"}',
        "[1, 2, 3]",
        '"failures"',
        "{not json",
        "",
        "\udcff",
    ],
)
def test_a_garbled_lockout_file_gives_no_traceback_and_no_endless_lock(profiles, profile, content):
    profile.lockout.path.write_text(content, encoding="utf-8", errors="surrogateescape")
    assert profile.lockout.wait_remaining() == 0
    profiles.unlock(profile, PASSPHRASE)  # the right passphrase works
    # ... and the next wrong one is delayed: a garbled file does not reset the count
    profile.lockout.path.write_text(content, encoding="utf-8", errors="surrogateescape")
    _fail(profiles, profile, 1)
    assert profile.lockout.failures == FREE_ATTEMPTS + 1
    assert profile.lockout.wait_remaining() > 0


def test_thousands_of_failures_cap_the_delay_and_the_right_passphrase_still_works(
    profiles, profile
):
    lock = profile.lockout
    lock.path.write_text(json.dumps({"failures": 5000, "last_failure": time.time()}))
    assert lock.delay_for(5000) == lock.delay_for(10**9) == MAX_DELAY_S
    with pytest.raises(TooManyAttempts) as refused:
        profiles.unlock(profile, PASSPHRASE)
    assert refused.value.wait_seconds <= MAX_DELAY_S
    lock.record_failure(now=time.time() - MAX_DELAY_S - 1)  # the delay has passed
    profiles.unlock(profile, PASSPHRASE)
    assert lock.failures == 0


def test_delays_double_from_the_fourth_attempt_up_to_the_cap():
    lock = Lockout(path=None)
    delays = [lock.delay_for(n) for n in range(1, 14)]
    assert delays[:3] == [0, 0, 2]
    assert delays[3:8] == [4, 8, 16, 32, 64]
    assert max(delays) == MAX_DELAY_S == delays[-1]
