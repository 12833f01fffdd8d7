"""Shared helpers for the benchmarks: run a child process, time it, read its peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_child(
    args: list[str], ready_line: str, env: dict[str, str] | None = None
) -> tuple[float, int]:
    """Start ``python args``, wait until it prints ``ready_line``; (seconds, peak RSS in KiB)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return run_until([sys.executable, *args], ready_line, environment)


def run_until(command: list[str], ready_line: str, env: dict[str, str]) -> tuple[float, int]:
    """Start ``command`` with exactly ``env``, wait until it prints ``ready_line``;
    (seconds, peak RSS in KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    for line in proc.stdout:
        if line.strip() == ready_line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} ended without printing {ready_line!r}")
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise RuntimeError(f"{command} failed with status {status}")
    return elapsed, usage.ru_maxrss


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(run, rounds: int) -> list[float]:
    """Milliseconds of ``rounds`` calls of ``run``, after one warm-up call (plans cached,
    pages in memory)."""
    run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def show(
    label: str, times: list[float], base: list[float] | None = None, against: str = "bare SQL"
) -> None:
    ratio = f"  {median(times) / median(base):.2f}x {against}" if base else ""
    print(f"  {label:<44} median {median(times):7.2f} ms  p95 {p95(times):7.2f} ms{ratio}")
