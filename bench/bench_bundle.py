"""The PyInstaller bundle: start-up to a shown unlock window and size, against a bare PySide6
window bundled the same way (installer/asa.spec, one folder, no UPX, same excludes).

Targets (issue 13): start-up ≤ 1.5× the bare bundle. Both bundles are built here from the
same spec; their entry is bench/startup_probe.py (which prints SHOWN once the window is up:
for ASA through the real `asa` entry point). Fresh processes, alternating, in a clean
environment (empty home, no Python on PATH), offscreen. `--no-build` reuses the last build.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import tempfile
import time
from pathlib import Path

from _measure import ROOT, median, run_until

WORK = ROOT / "build" / "bench-bundle"


def _build_script():
    spec = importlib.util.spec_from_file_location("asa_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(builder, name: str, bare: bool) -> tuple[Path, float]:
    env = {
        **os.environ,
        "ASA_BUNDLE_NAME": name,
        "ASA_BUNDLE_ENTRY": str(ROOT / "bench" / "startup_probe.py"),
        "ASA_BUNDLE_BARE": "1" if bare else "0",
    }
    started = time.monotonic()
    bundle = builder.build_bundle(WORK / "dist", WORK / f"work-{name}", env)
    return bundle, time.monotonic() - started


def run_bundle(executable: Path, kind: str, home: Path) -> tuple[float, int]:
    """Seconds until the bundle prints SHOWN (no Python on PATH); peak RSS in KiB."""
    env = {"HOME": str(home), "PATH": str(home / "bin"), "LANG": "C.UTF-8"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return run_until([str(executable), kind], "SHOWN", env)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--no-build", action="store_true", help="reuse the last build")
    args = parser.parse_args()
    builder = _build_script()
    if args.no_build:
        asa, asa_build = WORK / "dist" / "asa-bench", 0.0
        bare, bare_build = WORK / "dist" / "bare-bench", 0.0
    else:
        asa, asa_build = build(builder, "asa-bench", bare=False)
        bare, bare_build = build(builder, "bare-bench", bare=True)
    home = Path(tempfile.mkdtemp())
    (home / "bin").mkdir()
    kinds = {"bare": (bare, "bare"), "asa": (asa, "asa")}
    times: dict[str, list[float]] = {k: [] for k in kinds}
    rss: dict[str, list[int]] = {k: [] for k in kinds}
    for executable, kind in kinds.values():  # warm the file cache
        run_bundle(executable / executable.name, kind, home)
    for _ in range(args.runs):
        for key, (executable, kind) in kinds.items():
            seconds, peak = run_bundle(executable / executable.name, kind, home)
            times[key].append(seconds)
            rss[key].append(peak)
    shutil.rmtree(home, ignore_errors=True)
    sizes = {k: builder.folder_size(folder) for k, (folder, _kind) in kinds.items()}
    archives = {}
    with tempfile.TemporaryDirectory() as folder:
        for key, (bundle, _kind) in kinds.items():
            archive = builder.make_archive(bundle, Path(folder) / key, key)
            archives[key] = archive.stat().st_size
    t = {k: median(v) for k, v in times.items()}
    m = {k: median(v) for k, v in rss.items()}
    print(f"builds: ASA {asa_build:.0f} s, bare {bare_build:.0f} s (2 cores; work folder reused)")
    print(f"runs: {args.runs} each, medians, offscreen, clean environment")
    for k, label in (("bare", "bare PySide6 bundle"), ("asa", "ASA bundle, unlock")):
        print(
            f"{label:22s} {t[k] * 1000:7.1f} ms   peak RSS {m[k] / 1024:6.1f} MiB   "
            f"folder {sizes[k] / 1e6:6.1f} MB   tar.gz {archives[k] / 1e6:5.1f} MB"
        )
    print(
        f"ASA vs bare: start-up {t['asa'] / t['bare']:.2f}x (target <= 1.5x), "
        f"memory {m['asa'] / m['bare']:.2f}x, folder {sizes['asa'] / sizes['bare']:.2f}x, "
        f"archive {archives['asa'] / archives['bare']:.2f}x"
    )


if __name__ == "__main__":
    main()
