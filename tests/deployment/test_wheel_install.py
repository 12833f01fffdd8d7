"""`pip install .` (a wheel, not an editable install) carries forms/, rules/ and resources/:
the installed app finds its question skeletons, rule packs, templates and German translations
without the source tree (issue 13: they were missing from a non-editable install)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # builds a wheel (~30 s)


def test_a_wheel_install_runs_the_self_test(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("asa-*.whl")
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The dependencies come from the test environment (no network here); ASA itself only
    # from the wheel: the test environment's editable finder is not loaded through a path.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"  # not the checkout: nothing found by accident
    elsewhere.mkdir()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(elsewhere),
        "XDG_CONFIG_HOME": str(elsewhere / "config"),
        "XDG_DATA_HOME": str(elsewhere / "data"),
        "XDG_STATE_HOME": str(elsewhere / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    where = subprocess.run(
        [str(python), "-c", "import app.paths as p; print(p.install_root())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where) == site / "app" / "_data", where
    done = subprocess.run(
        [str(python), "-m", "app", "admin", "self-test"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
