"""`make run` on a fresh Linux desktop: Qt's xcb plugin gets every library it links.

The list of packages is read off the plugin (ldd), not kept by hand: on a fresh Debian the
plugin missed libxcb-icccm4 and libxcb-keysyms1 while Qt's message named only
libxcb-cursor0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deployment.xserver import x_display

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "system-deps.sh"


def xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def not_found(library: Path) -> list[str]:
    out = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def script(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["sh", str(SCRIPT), *args], capture_output=True, text=True, timeout=600, env=env
    )


@pytest.mark.slow
def test_libraries_are_mapped_to_their_debian_packages():
    # The first two are what Qt's message did not name; libglib-2.0.so.0 breaks Debian's
    # naming rule (its package is libglib2.0-0), so apt-file's index must answer.
    result = script(
        "package-for",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0",
        "libX11-xcb.so.1",
        "libglib-2.0.so.0",
    )
    assert result.returncode == 0, result.stderr
    mapped = dict(line.split() for line in result.stdout.splitlines())
    assert mapped == {
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libglib-2.0.so.0": "libglib2.0-0",
    }


@pytest.mark.slow
def test_run_installs_everything_the_xcb_plugin_links_and_qt_starts_on_x(tmp_path):
    if os.geteuid() != 0:
        pytest.fail("needs root to install Debian packages (CI and this machine run as root)")
    result = script("run", sys.executable)
    assert result.returncode == 0, result.stderr
    assert not_found(xcb_plugin()) == []

    # What the user saw fail: the app's Qt on a real X server, through the xcb plugin.
    with x_display() as display:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        probe = (
            "import sys\n"
            "from PySide6.QtWidgets import QApplication, QLabel\n"
            "app = QApplication(sys.argv[:1])\n"
            "label = QLabel('ASA'); label.show(); app.processEvents()\n"
            "print(app.platformName(), label.isVisible())\n"
        )
        started = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
        )
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["xcb", "True"]


def test_a_user_without_root_is_told_what_to_install(tmp_path):
    """Where the script cannot install, `make run` stops with the packages and the command."""
    fake = tmp_path / "fake-python"
    plugin = tmp_path / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_text("")
    # A Python whose PySide6 is in tmp_path; ldd and id are stand-ins that report one missing
    # library and a non-root user.
    fake.write_text(f"#!/bin/sh\necho {plugin}\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "ldd").write_text("#!/bin/sh\necho '\tlibxcb-icccm.so.4 => not found'\n")
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n")
    for tool in (fake, bin_dir / "ldd", bin_dir / "id"):
        tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    result = script("run", str(fake), env=env)
    assert result.returncode == 1
    assert "libxcb-icccm4" in result.stderr
    assert "sudo apt-get install libxcb-icccm4" in result.stderr
