"""The import rules of pyproject.toml ([tool.importlinter]) hold, and they would catch a break.

The desktop app never imports the central service (a laptop does not carry it); the domain
core imports neither Qt nor SQL.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 kept, 0 broken" in result.stdout


def test_a_forbidden_import_is_reported_with_its_chain(tmp_path):
    shutil.copytree(ROOT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / "app" / "domain" / "clock.py").open("a") as f:
        f.write("\nimport sqlite3  # a domain module reaching for SQL\n")
    with (tmp_path / "app" / "export" / "wording.py").open("a") as f:
        f.write("\nfrom app.central import db  # the desktop reaching for the service\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "0 kept, 2 broken" in result.stdout
    assert "app.domain.clock -> sqlite3" in result.stdout
    assert "app.export.wording -> app.central" in result.stdout
