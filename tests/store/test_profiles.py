"""Profiles: creating, unlocking, wrong passphrases, key handling."""

from __future__ import annotations

import hashlib
import json

import pytest

from app.store import KdfParams, ProfileError, Store, TooManyAttempts, WrongPassphrase
from app.store.keys import unwrap_key, wrap_key
from app.store.lockout import FREE_ATTEMPTS
from tests.conftest import FAST_KDF, PASSPHRASE


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_profile_unlocks_with_its_passphrase_only(profiles, profile):
    key = profiles.unlock(profile, PASSPHRASE)
    store = Store.open(str(profile.database), key, profile.name)
    store.set_meta("probe", "1")
    store.close()
    with pytest.raises(WrongPassphrase):
        profiles.unlock(profile, "sonnenblume-42")


def test_wrong_passphrase_leaves_database_and_key_file_untouched(profiles, profile):
    key = profiles.unlock(profile, PASSPHRASE)
    Store.open(str(profile.database), key, profile.name).close()
    before = {p.name: _digest(p) for p in profile.folder.iterdir() if p.name != "lockout.json"}
    with pytest.raises(WrongPassphrase):
        profiles.unlock(profile, "wrong passphrase")
    after = {p.name: _digest(p) for p in profile.folder.iterdir() if p.name != "lockout.json"}
    assert before == after


def test_delay_grows_after_repeated_failures_and_survives_restart(profiles, profile):
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            profiles.unlock(profile, "nope-nope")
    # The next attempt must wait, even with the right passphrase, and even from a new manager.
    fresh = type(profiles)(profiles.root)
    with pytest.raises(TooManyAttempts) as first:
        fresh.unlock(fresh.get(profile.id), PASSPHRASE)
    lock = profile.lockout
    assert lock.delay_for(FREE_ATTEMPTS + 1) > lock.delay_for(FREE_ATTEMPTS) > 0
    assert first.value.wait_seconds > 0


def test_right_passphrase_after_the_delay_resets_the_counter(profiles, profile):
    for _ in range(FREE_ATTEMPTS + 1):
        lock = profile.lockout
        lock.record_failure(now=0.0)  # long ago: the delay has passed
    profiles.unlock(profile, PASSPHRASE)
    assert profile.lockout.failures == 0


def test_key_file_holds_no_raw_key(profiles, tmp_path):
    info, key = profiles.create("Bert Probe", PASSPHRASE, FAST_KDF)
    text = (info.folder / "profile.json").read_text()
    assert key.hex() not in text
    assert bytes(key).hex() not in text.lower()
    assert json.loads(text)["key"]["algorithm"] == "argon2id+aes-256-gcm"


def test_production_kdf_cost_round_trips():
    key = bytearray(range(32))
    wrapped = wrap_key(key, PASSPHRASE, KdfParams())
    assert wrapped.kdf.memory_kib == 64 * 1024
    assert unwrap_key(wrapped, PASSPHRASE) == key


def test_short_passphrase_and_empty_name_are_refused(profiles):
    with pytest.raises(ProfileError, match="at least"):
        profiles.create("Anna", "short", FAST_KDF)
    with pytest.raises(ProfileError, match="name"):
        profiles.create("  ", PASSPHRASE, FAST_KDF)


def test_changed_passphrase_keeps_the_data(profiles, profile):
    key = profiles.unlock(profile, PASSPHRASE)
    store = Store.open(str(profile.database), key, profile.name)
    store.set_meta("probe", "kept")
    store.close()
    profiles.change_passphrase(profile, PASSPHRASE, "Neue-Passphrase-7")
    with pytest.raises(WrongPassphrase):
        profiles.unlock(profile, PASSPHRASE)
    store = Store.open(str(profile.database), profiles.unlock(profile, "Neue-Passphrase-7"), "x")
    assert store.get_meta("probe") == "kept"
    store.close()
