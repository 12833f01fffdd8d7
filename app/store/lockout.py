"""Growing delay after wrong passphrases, remembered across restarts.

Kept in its own small file beside the profile so that a wrong passphrase never touches the
database or the wrapped key. The delay doubles from the fourth failed attempt, up to a cap.

Time is measured on the clock that cannot be set where there is one: the boot clock (Linux
``CLOCK_BOOTTIME``, which also runs during suspend; ``time.monotonic`` elsewhere), valid as
long as the machine has not rebooted (Linux boot id). After a reboot, or where no boot id is
known, the wall clock is used, and a wall clock that went back is no reason to wait longer: a
wait is never longer than the delay itself, counted from when the change was noticed.

The file is not trusted: whoever can write it can delete it, so a file that is garbage, has
wrong types or impossible values is treated as "enough failures for the next one to be
delayed" with no wait pending, never as a traceback and never as a lock that cannot end.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0
_MAX_FAILURES = 1_000_000  # counted further it means nothing; keeps the file's numbers small
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")

log = logging.getLogger(__name__)


def _boot_clock() -> float:
    clock = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(clock) if clock is not None else time.monotonic()


def _boot_id() -> str | None:
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip() or None
    except OSError:
        return None


@dataclass(frozen=True)
class _State:
    failures: int = 0
    wall: float = 0.0  # time.time() of the last failure
    boot: str | None = None  # boot id and boot-clock reading of the last failure, if known
    clock: float | None = None


@dataclass
class Lockout:
    path: Path

    def _read(self) -> _State:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _State()
        except OSError:
            return _distrusted()
        try:
            data = json.loads(raw.decode("utf-8"))
            return _validated(data)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            log.warning("lockout file unreadable; treated as failures counted")
            return _distrusted()

    def _write(self, state: _State) -> None:
        tmp = self.path.with_suffix(".tmp")
        data = {"failures": state.failures, "last_failure": state.wall}
        if state.boot is not None:
            data |= {"boot_id": state.boot, "boot_clock": state.clock}
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.path)

    @property
    def failures(self) -> int:
        return self._read().failures

    def delay_for(self, failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        # The exponent is bounded before the power is taken: 2.0 ** 1100 overflows.
        return min(MAX_DELAY_S, 2.0 ** min(failures - FREE_ATTEMPTS + 1, 30))

    def wait_remaining(self, now: float | None = None) -> float:
        """Seconds until the next attempt is allowed (0 when allowed now). ``now`` (a wall
        clock reading) is for tests and tools; the boot clock is preferred when it can be."""
        state = self._read()
        delay = self.delay_for(state.failures)
        if delay == 0:
            return 0.0
        elapsed = self._elapsed(state, now)
        if elapsed < 0:  # the clock went back: count the delay from now, once
            self._write(_stamped(state.failures, now))
            return delay
        return min(delay, max(0.0, delay - elapsed))

    def _elapsed(self, state: _State, now: float | None) -> float:
        if now is None and state.boot is not None and state.boot == _boot_id():
            return _boot_clock() - state.clock
        return (time.time() if now is None else now) - state.wall

    def record_failure(self, now: float | None = None) -> None:
        self._write(_stamped(min(self._read().failures + 1, _MAX_FAILURES), now))

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)


def _stamped(failures: int, now: float | None) -> _State:
    """``failures`` as of this moment: wall clock, and the boot clock where it is known."""
    if now is not None:
        return _State(failures, now)
    boot = _boot_id()
    return _State(failures, time.time(), boot, _boot_clock() if boot else None)


def _distrusted() -> _State:
    return _State(failures=FREE_ATTEMPTS)


def _validated(data: object) -> _State:
    if not isinstance(data, dict):
        raise TypeError("not an object")
    failures, wall = data.get("failures", 0), data.get("last_failure", 0.0)
    boot, clock = data.get("boot_id"), data.get("boot_clock")
    if type(failures) is not int or not failures >= 0:  # bool is an int subclass: refused
        raise TypeError("failures")
    if not _finite_number(wall) or wall < 0:
        raise TypeError("last_failure")
    if boot is not None and not (isinstance(boot, str) and _finite_number(clock)):
        raise TypeError("boot clock")
    return _State(min(failures, _MAX_FAILURES), float(wall), boot, clock)


def _finite_number(value: object) -> bool:
    return type(value) in (int, float) and math.isfinite(value)
