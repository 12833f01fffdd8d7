"""Where packs live: ``rules/<pack id>/<version>/pack.yaml``, older versions kept beside newer.

A hearing records the versions it was made under; keeping every published version on disk lets
a sealed transcript's hints be rebuilt exactly as the interviewer saw them.
"""

from __future__ import annotations

from pathlib import Path

from app.datafiles import DataFileError, Problem
from app.versions import version_key

PACK_FILE = "pack.yaml"


def discover(rules_dir: Path) -> dict[str, dict[str, Path]]:
    """{pack id: {version: folder}} for every pack folder under ``rules_dir``."""
    rules_dir = Path(rules_dir)
    if not rules_dir.is_dir():
        raise DataFileError.single(rules_dir, None, "no such folder of rule packs")
    found: dict[str, dict[str, Path]] = {}
    for pack_file in sorted(rules_dir.glob(f"*/*/{PACK_FILE}")):
        version_dir = pack_file.parent
        found.setdefault(version_dir.parent.name, {})[version_dir.name] = version_dir
    return found


def select(
    available: dict[str, dict[str, Path]], pinned: dict[str, str] | None, rules_dir: Path
) -> dict[str, Path]:
    """The folder of each pack to load: the pinned version, else the newest."""
    pinned = pinned or {}
    chosen, problems = {}, []
    for pack_id, versions in sorted(available.items()):
        if pack_id in pinned:
            if pinned[pack_id] not in versions:
                problems.append(
                    Problem(
                        rules_dir / pack_id,
                        None,
                        f"version {pinned[pack_id]} of pack '{pack_id}' is not installed "
                        f"(installed: {', '.join(sorted(versions, key=version_key))})",
                    )
                )
                continue
            chosen[pack_id] = versions[pinned[pack_id]]
        else:
            chosen[pack_id] = versions[max(versions, key=version_key)]
    for pack_id in sorted(set(pinned) - set(available)):
        problems.append(Problem(rules_dir, None, f"pinned pack '{pack_id}' is not installed"))
    if problems:
        raise DataFileError(problems)
    return chosen


def find_pack_dirs(path: Path) -> list[Path]:
    """Every pack version folder at or below ``path`` (a rules folder, a pack, or one version)."""
    path = Path(path)
    if (path / PACK_FILE).is_file():
        return [path]
    return sorted({p.parent for p in path.glob(f"**/{PACK_FILE}")})
