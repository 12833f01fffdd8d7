"""Rule-pack updates from the central service, kept as files in the user's data folder.

Layout: ``<packs>/<pack id>/<version>/`` holding the published file (a ``.zip`` is unpacked, so
a whole pack folder with ``pack.yaml`` can travel as one signed file) and ``update.json``
(what was verified: id, version, file name, checksum). Older versions are never removed:
hearings started under them keep their pinned version. Only verified updates get here (the
sync checks the publisher signature, checksum and version first); this module adds the file
system's part: safe names, and a version folder that appears whole or not at all.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from app.domain.canonical import to_plain
from app.domain.clock import utcnow

MANIFEST = "update.json"
_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_VERSION = re.compile(r"^\d+(\.\d+)*$")


def default_packs_dir() -> Path:
    import platformdirs

    return platformdirs.user_data_path("ASA", appauthor=False) / "packs"


def installed_pack_dirs(root: Path | None = None) -> list[Path]:
    """Every installed pack version folder with a ``pack.yaml``, for the assistant to load
    (``app.assistant.packs.loader.load_packs`` / ``discovery.discover`` on ``root``)."""
    from app.assistant.packs.discovery import find_pack_dirs

    root = Path(root) if root else default_packs_dir()
    return find_pack_dirs(root) if root.is_dir() else []


def downloaded_versions(root: Path) -> dict[str, list[str]]:
    """Pack id -> versions installed from updates (those with a manifest)."""
    found: dict[str, list[str]] = {}
    for manifest in sorted(Path(root).glob(f"*/*/{MANIFEST}")):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        found.setdefault(data["pack_id"], []).append(data["version"])
    return found


def install(root: Path, pack_id: str, version: str, filename: str, content: bytes) -> Path:
    """Write a verified update as ``<root>/<pack_id>/<version>/``; returns that folder."""
    if not _PACK_ID.match(pack_id):
        raise ValueError(f"refused rule pack id {pack_id!r}: not a plain name")
    if not _VERSION.match(version):
        raise ValueError(f"refused rule pack version {version!r}: not a dotted number")
    name = PurePosixPath(filename.replace("\\", "/")).name
    if not name or name.startswith("."):
        raise ValueError(f"refused rule pack file name {filename!r}")
    target = Path(root) / pack_id / version
    if target.is_dir():
        return target  # the same version again (a repeated round): already there, unchanged
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{version}-", dir=target.parent))
    try:
        if name.lower().endswith(".zip"):
            _unpack(content, staging)
        else:
            (staging / name).write_bytes(content)
        manifest = {
            "pack_id": pack_id,
            "version": version,
            "filename": name,
            "sha256": hashlib.sha256(content).hexdigest(),
            "installed_at": to_plain(utcnow()),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        os.replace(staging, target)  # the version folder appears whole
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _unpack(content: bytes, into: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for info in archive.infolist():
            parts = PurePosixPath(info.filename).parts
            if info.filename.startswith("/") or ".." in parts or not parts:
                raise ValueError(f"refused rule pack archive member {info.filename!r}")
            if info.is_dir():
                continue
            path = into.joinpath(*parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(archive.read(info))
