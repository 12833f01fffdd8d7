"""Rule-pack updates that came down by sync join the built-in versions."""

from __future__ import annotations

import shutil

from app.assistant import Assistant
from app.paths import rules_dir


def _install_update(root, version):
    target = root / "iraq" / version
    shutil.copytree(rules_dir() / "iraq" / "2025.1", target)
    pack = target / "pack.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace("2025.1", version), encoding="utf-8")


def test_update_is_newest_and_old_hearings_keep_their_version(tmp_path):
    _install_update(tmp_path, "2026.1")
    newest = Assistant.load(rules_dir(), extra_roots=(tmp_path,))
    assert newest.pack_versions["iraq"] == "2026.1"
    pinned = Assistant.load(
        rules_dir(), pinned={**newest.pack_versions, "iraq": "2025.1"}, extra_roots=(tmp_path,)
    )
    assert pinned.pack_versions["iraq"] == "2025.1"


def test_missing_update_folder_is_no_error(tmp_path):
    loaded = Assistant.load(rules_dir(), extra_roots=(tmp_path / "not-there",))
    assert loaded.pack_versions["iraq"] == Assistant.available(rules_dir())["iraq"][-1]
