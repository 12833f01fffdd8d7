"""Shared fixtures: real profiles on real SQLCipher databases in temporary folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.domain.case import Applicant
from app.store import KdfParams, ProfileManager
from app.store.worker import DbWorker

# Argon2id at test cost: the production default (64 MiB, 3 passes) is exercised once in
# tests/store/test_keys.py; everywhere else a cheap setting keeps the suite fast.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASSPHRASE = "Sonnenblume-42"


@pytest.fixture
def profiles(tmp_path):
    return ProfileManager(tmp_path / "profiles")


@pytest.fixture
def profile(profiles):
    info, key = profiles.create("Anna Beispiel", PASSPHRASE, FAST_KDF)
    key[:] = b"\0" * len(key)
    return info


@pytest.fixture
def worker(profiles, profile):
    w = DbWorker()
    key = profiles.unlock(profile, PASSPHRASE)
    w.open(str(profile.database), key, profile.name).result()
    yield w
    w.shutdown()


def sample_applicant(**overrides) -> Applicant:
    values = dict(
        family_name="Beispiel",
        given_names="Karwan",
        family_name_original="بەیسپیل",
        given_names_original="کاروان",
        nationality="IRQ",
        sex="m",
        languages=("Sorani", "Arabic"),
    )
    values.update(overrides)
    return Applicant(**values)
