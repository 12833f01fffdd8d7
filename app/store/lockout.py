"""Growing delay after wrong passphrases, remembered across restarts.

Kept in its own small file beside the profile so that a wrong passphrase never touches the
database or the wrapped key. The delay doubles from the fourth failed attempt, up to a cap.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0


@dataclass
class Lockout:
    path: Path

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"failures": 0, "last_failure": 0.0}

    @property
    def failures(self) -> int:
        return int(self._read().get("failures", 0))

    def delay_for(self, failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    def wait_remaining(self, now: float | None = None) -> float:
        """Seconds until the next attempt is allowed (0 when allowed now)."""
        state = self._read()
        now = time.time() if now is None else now
        ready_at = float(state.get("last_failure", 0.0)) + self.delay_for(
            int(state.get("failures", 0))
        )
        return max(0.0, ready_at - now)

    def record_failure(self, now: float | None = None) -> None:
        state = self._read()
        state = {
            "failures": int(state.get("failures", 0)) + 1,
            "last_failure": time.time() if now is None else now,
        }
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        tmp.replace(self.path)

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)
