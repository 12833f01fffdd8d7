"""Two installs from one repository: the desktop app works without the central service.

A laptop installs `asa` (pip install .); the service is the extra `asa[central]`. Without a
second virtual environment, a subprocess hides the service's packages behind a meta-path hook
— as if they were not installed — and uses the desktop end to end.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from app.cli import OPTIONAL_COMMANDS

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
CENTRAL_IMPORTS = {"fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "psycopg"}

WITHOUT_CENTRAL = """
import importlib.abc, json, os, sys

HIDDEN = set(json.loads(os.environ["HIDDEN"]))
asked = []

class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN or name == "app.central" or name.startswith("app.central."):
            asked.append(name)
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
from app.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] in HIDDEN or m.startswith("app.central"))
with open(os.environ["RESULT"], "w") as f:
    json.dump({"code": code, "asked": asked, "loaded": loaded}, f)
"""


def run_without_central(tmp_path: Path, *args: str) -> tuple[dict, subprocess.CompletedProcess]:
    result_file = tmp_path / "result.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "HIDDEN": json.dumps(sorted(CENTRAL_IMPORTS)),
        "RESULT": str(result_file),
    }
    env.pop("ASA_DEPLOYMENT", None)
    proc = subprocess.run(
        [sys.executable, "-c", WITHOUT_CENTRAL, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result_file.exists(), proc.stderr[-3000:]
    return json.loads(result_file.read_text()), proc


def requirement_name(requirement: str) -> str:
    return re.split(r"[\[<>=;~ !]", requirement, maxsplit=1)[0].lower()


def test_desktop_creates_a_profile_stores_and_exports_without_the_service(tmp_path):
    result, proc = run_without_central(tmp_path, "admin", "self-test", "--keep", str(tmp_path))
    assert result["code"] == 0, proc.stderr[-3000:]
    # Only the command line looked for the service (to list `asa central`); nothing of it,
    # nor of its stack, was loaded or even looked for on the way.
    assert set(result["asked"]) <= {"app.central"} and result["loaded"] == []
    assert "stored: entry" in proc.stdout
    assert (tmp_path / "Niederschrift-Selbsttest.docx").stat().st_size > 0
    assert "assistant: rule packs loaded" in proc.stdout
    assert list((tmp_path / "profiles").glob("*/asa.db"))


def test_central_command_without_the_extra_says_how_to_install_it(tmp_path):
    result, proc = run_without_central(tmp_path, "central", "serve", "--port", "9999")
    assert result["code"] == 2
    assert "pip install 'asa[central]'" in proc.stderr
    assert "Traceback" not in proc.stderr

    help_result, help_proc = run_without_central(tmp_path, "--help")
    assert help_result["code"] == 0
    assert "central" in help_proc.stdout and "admin" in help_proc.stdout


def test_the_service_stack_is_an_extra_and_the_cli_knows_its_modules():
    base = {requirement_name(r) for r in PYPROJECT["project"]["dependencies"]}
    extras = PYPROJECT["project"]["optional-dependencies"]
    central = {requirement_name(r) for r in extras["central"]}
    assert central == {
        "fastapi",
        "uvicorn",
        "sqlalchemy",
        "alembic",
        "psycopg",
        "python-multipart",  # form posts of the supervisor pages
        "babel",  # their gettext catalogues
    }
    assert not base & central
    assert not base & {requirement_name(r) for r in extras["dev"]}
    _command, extra, modules = OPTIONAL_COMMANDS["app.central.cli"]
    assert extra == "central" and set(modules) == {name.replace("-", "_") for name in central}


def test_a_built_wheel_carries_the_stores_migrations(tmp_path):
    """A non-editable install (what IT's pip does) needs the SQL files beside the code."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("asa-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    migrations = sorted(p.name for p in (ROOT / "app" / "store" / "migrations").glob("*.sql"))
    assert migrations
    assert {f"app/store/migrations/{name}" for name in migrations} <= set(names)
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))
    )
    assert b"Provides-Extra: central" in metadata
