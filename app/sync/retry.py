"""Retries with exponential backoff and full jitter, bounded in count.

Jitter matters on a flaky field-office network: many laptops that lost the service at the same
moment must not all come back at the same moment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5  # tries per request, the first one included
    base_delay: float = 0.5  # seconds
    max_delay: float = 20.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, failed_attempts: int) -> float:
        """Seconds to wait after ``failed_attempts`` failures (1 = after the first)."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (failed_attempts - 1))
        return self.rng.uniform(0, ceiling)
