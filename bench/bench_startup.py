"""Start-up to a shown unlock window, against a bare PySide6 window on the same machine.

Targets (issue 2): time ≤ 1.5×, peak memory ≤ 1.5× the bare window. All run offscreen, as
fresh processes, alternating, so that disk cache and CPU state treat them alike. A second
baseline, the bare window showing one line of text, separates the cost of Qt's font system
(paid by any window that shows a word) from the cost of ASA itself; a third, the unlock
screen's Qt widgets with no ASA code, is the floor Qt Widgets sets. ASA is measured on a first
start (no profile), on the everyday start (one profile to list), and on a laptop IT has given
a deployment file (installer/deployment.example.yaml in the site config folder): the file is
read and validated before the first window (app.deployment).
"""

from __future__ import annotations

import argparse
import compileall
import sys
import tempfile
from pathlib import Path

from _measure import ROOT, median, run_child


def _home(folder: str) -> dict[str, str]:
    return {
        "HOME": folder,
        "XDG_CONFIG_HOME": f"{folder}/config",
        "XDG_DATA_HOME": f"{folder}/data",
        "XDG_STATE_HOME": f"{folder}/state",
    }


def _home_with_profile() -> str:
    """A home where one interviewer profile exists: the everyday start, which lists it."""
    sys.path.insert(0, str(ROOT))
    from app.store.keys import KdfParams
    from app.store.profiles import ProfileManager

    folder = tempfile.mkdtemp()
    cheap = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # only listed here
    ProfileManager(Path(folder) / "data" / "ASA" / "profiles").create("Bench", "x" * 12, cheap)
    return folder


def _home_with_deployment() -> str:
    """A home whose site config folder holds IT's deployment file (the example, with its CA)."""
    import shutil

    folder = tempfile.mkdtemp()
    site = Path(folder) / "site" / "ASA"
    site.mkdir(parents=True)
    shutil.copy(ROOT / "installer" / "deployment.example.yaml", site / "deployment.yaml")
    (site / "asa-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    kinds = ("bare", "bare-text", "bare-widgets", "asa", "asa-profile", "asa-deployment")
    results: dict[str, tuple[list[float], list[int]]] = {k: ([], []) for k in kinds}
    first_start = tempfile.mkdtemp()
    homes = {k: _home(first_start) for k in kinds}
    homes["asa-profile"] = _home(_home_with_profile())
    with_deployment = _home_with_deployment()
    homes["asa-deployment"] = {
        **_home(with_deployment),
        "XDG_CONFIG_DIRS": f"{with_deployment}/site",
    }
    # ASA as installed runs from bytecode (pip compiles on install, PyInstaller ships .pyc);
    # PySide6's own modules have theirs. Where PYTHONDONTWRITEBYTECODE is set no run would
    # write it, and each start would compile ASA's modules from source (~10 ms).
    compileall.compile_dir(ROOT / "app", quiet=1)
    for kind in ("asa", "bare"):  # warm the file cache
        run_child(["bench/startup_probe.py", kind], "SHOWN", homes[kind])
    for _ in range(args.runs):
        for kind in kinds:
            seconds, rss = run_child(["bench/startup_probe.py", kind], "SHOWN", homes[kind])
            results[kind][0].append(seconds)
            results[kind][1].append(rss)
    t = {k: median(results[k][0]) for k in kinds}
    m = {k: median(results[k][1]) for k in kinds}
    print(f"runs: {args.runs} each, medians")
    labels = {
        "bare": "bare PySide6 window",
        "bare-text": "bare window + 1 label",
        "bare-widgets": "bare + unlock widgets",
        "asa": "ASA, first start",
        "asa-profile": "ASA, with a profile",
        "asa-deployment": "ASA, deployment file",
    }
    for k in kinds:
        print(f"{labels[k]:24s} {t[k] * 1000:7.1f} ms   peak RSS {m[k] / 1024:6.1f} MiB")
    floor = t["bare-widgets"] / t["bare"]
    print(f"Qt Widgets floor (unlock widgets, no ASA code): {floor:.2f}x of the bare window")
    for kind in ("asa", "asa-profile", "asa-deployment"):
        for base in ("bare", "bare-text"):
            print(
                f"{labels[kind]:20s} vs {base:9s}: time {t[kind] / t[base]:.2f}x, "
                f"memory {m[kind] / m[base]:.2f}x  (target <= 1.5x)"
            )


if __name__ == "__main__":
    main()
