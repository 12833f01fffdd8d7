"""Rule packs only as a whole, signed, unexpired, newer snapshot: each attack on the set of
packs (rollback, freeze, mix-and-match) refused, with throw-away publisher keys."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.clock import utcnow
from app.sync.keys import generate_private_key
from app.sync.pack_snapshot import packs_to_install, sign_snapshot
from app.sync.packs import PackRefused, sign_pack

KEY = generate_private_key()
TRUSTED = [KEY.public_key()]


def pack(pack_id: str, version: str, text: str = "statements: []\n", key=KEY):
    return sign_pack(pack_id, version, f"{pack_id}.yaml", text.encode(), key)


def test_a_whole_fresh_snapshot_is_installed():
    iraq, syria = pack("irq", "2.0.0", "Erbil\n"), pack("syr", "1.1.0")
    snapshot = sign_snapshot([iraq, syria], 7, KEY)
    got = packs_to_install(snapshot, [iraq, syria], TRUSTED, {"irq": "1.0.0"}, 6)
    assert got == {"irq": b"Erbil\n", "syr": b"statements: []\n"}
    # A pack already in force need not be sent again.
    assert packs_to_install(snapshot, [syria], TRUSTED, {"irq": "2.0.0"}, 7) == {
        "syr": b"statements: []\n"
    }


def test_rollback_an_older_snapshot_is_refused():
    old = [pack("irq", "1.0.0")]
    old_snapshot = sign_snapshot(old, 3, KEY)
    with pytest.raises(PackRefused, match="older than the installed snapshot 4"):
        packs_to_install(old_snapshot, old, TRUSTED, {}, 4)


def test_rollback_an_older_pack_in_a_newer_snapshot_is_refused():
    older = [pack("irq", "1.0.0")]
    with pytest.raises(PackRefused, match="refused rollback"):
        packs_to_install(sign_snapshot(older, 9, KEY), older, TRUSTED, {"irq": "2.0.0"}, 8)


def test_freeze_an_expired_snapshot_is_refused():
    packs = [pack("irq", "2.0.0")]
    stale = sign_snapshot(packs, 5, KEY, now=utcnow() - timedelta(days=40))
    with pytest.raises(PackRefused, match="refused freeze"):
        packs_to_install(stale, packs, TRUSTED, {}, 4)
    # The same snapshot was fine while it was fresh.
    assert packs_to_install(stale, packs, TRUSTED, {}, 4, now=utcnow() - timedelta(days=35))


def test_mix_and_match_a_pack_from_another_publication_is_refused():
    march = [pack("irq", "2.0.0", "March\n"), pack("syr", "1.1.0")]
    snapshot = sign_snapshot(march, 7, KEY)
    january_syria = pack("syr", "1.0.5")
    with pytest.raises(PackRefused, match="refused mix-and-match"):
        packs_to_install(snapshot, [march[0], january_syria], TRUSTED, {}, 6)
    same_version_other_content = pack("irq", "2.0.0", "changed\n")
    with pytest.raises(PackRefused, match="refused mix-and-match"):
        packs_to_install(snapshot, [same_version_other_content, march[1]], TRUSTED, {}, 6)
    unlisted = pack("afg", "1.0.0")
    with pytest.raises(PackRefused, match="refused mix-and-match"):
        packs_to_install(snapshot, [*march, unlisted], TRUSTED, {}, 6)


def test_a_snapshot_is_taken_whole_or_not_at_all():
    both = [pack("irq", "2.0.0"), pack("syr", "1.1.0")]
    snapshot = sign_snapshot(both, 7, KEY)
    with pytest.raises(PackRefused, match="taken whole"):
        packs_to_install(snapshot, both[:1], TRUSTED, {}, 6)


def test_a_snapshot_or_pack_from_another_key_is_refused():
    stranger = generate_private_key()
    packs = [pack("irq", "2.0.0")]
    with pytest.raises(PackRefused, match="not from the configured publisher key"):
        packs_to_install(sign_snapshot(packs, 7, stranger), packs, TRUSTED, {}, 6)
    forged = [pack("irq", "2.0.0", key=stranger)]
    with pytest.raises(PackRefused, match="not from the configured publisher key"):
        packs_to_install(sign_snapshot(forged, 7, KEY), forged, TRUSTED, {}, 6)
