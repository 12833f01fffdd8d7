"""One comparison of rule-pack versions for discovery, sync and the service."""

from __future__ import annotations

import pytest

from app.sync.keys import generate_private_key
from app.sync.packs import PackRefused, sign_pack
from app.versions import BadVersion, pack_version, version_key


def test_dotted_versions_compare_as_versions_and_malformed_ones_never_win():
    found = ["2024.9", "2024.10", "draft", "2024.9.1", "", "9" * 40]
    assert max(found, key=version_key) == "2024.10"
    assert sorted(found, key=version_key)[-3:] == ["2024.9", "2024.9.1", "2024.10"]
    for bad in ("draft", "1.0-rc1", "v2", "", "1..2", " 1.2"):
        with pytest.raises(BadVersion):
            pack_version(bad)


def test_a_pack_with_a_malformed_version_is_not_signed():
    with pytest.raises(PackRefused, match="not a dotted number"):
        sign_pack("irq", "2024.3-draft", "p.yaml", b"x", generate_private_key())
