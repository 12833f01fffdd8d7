"""Start-up to a shown unlock window, against a bare PySide6 window on the same machine.

Targets (issue 2): time ≤ 1.5×, peak memory ≤ 1.5× the bare window. All run offscreen, as
fresh processes, alternating, so that disk cache and CPU state treat them alike. A second
baseline, the bare window showing one line of text, separates the cost of Qt's font system
(paid by any window that shows a word) from the cost of ASA itself.
"""

from __future__ import annotations

import argparse
import tempfile

from _measure import median, run_child


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    kinds = ("bare", "bare-text", "bare-widgets", "asa")
    results: dict[str, tuple[list[float], list[int]]] = {k: ([], []) for k in kinds}
    folder = tempfile.mkdtemp()
    env = {
        "HOME": folder,
        "XDG_CONFIG_HOME": f"{folder}/config",
        "XDG_DATA_HOME": f"{folder}/data",
        "XDG_STATE_HOME": f"{folder}/state",
    }
    run_child(["bench/startup_probe.py", "asa", folder], "SHOWN", env)  # warm the file cache
    run_child(["bench/startup_probe.py", "bare", folder], "SHOWN", env)
    for _ in range(args.runs):
        for kind in kinds:
            seconds, rss = run_child(["bench/startup_probe.py", kind, folder], "SHOWN", env)
            results[kind][0].append(seconds)
            results[kind][1].append(rss)
    t = {k: median(results[k][0]) for k in kinds}
    m = {k: median(results[k][1]) for k in kinds}
    print(f"runs: {args.runs} each, medians")
    labels = {
        "bare": "bare PySide6 window",
        "bare-text": "bare window + 1 label",
        "bare-widgets": "bare + unlock widgets",
        "asa": "ASA unlock window",
    }
    for k in kinds:
        print(f"{labels[k]:24s} {t[k] * 1000:7.1f} ms   peak RSS {m[k] / 1024:6.1f} MiB")
    floor = t["bare-widgets"] / t["bare"]
    print(f"Qt Widgets floor (unlock widgets, no ASA code): {floor:.2f}x of the bare window")
    for base in ("bare", "bare-text"):
        print(
            f"ratio vs {base:9s}: time {t['asa'] / t[base]:.2f}x, memory {m['asa'] / m[base]:.2f}x"
            "  (target <= 1.5x)"
        )


if __name__ == "__main__":
    main()
