"""A per-user request limit, kept in each web process (429 past it).

It guards the API against a runaway script, not against a determined attacker:
each process counts alone, so a deployment allows up to its number of processes
times the limit.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from service.errors import ApiError
from service.i18n import N_

WINDOW = 60.0


class Limiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[int, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, user_id: int, now: float | None = None) -> None:
        """Count a request of ``user_id``; 429 if it is one too many this minute."""
        if self.per_minute <= 0:
            return
        now = time.monotonic() if now is None else now
        with self._lock:
            seen = self._seen.setdefault(user_id, deque())
            while seen and seen[0] <= now - WINDOW:
                seen.popleft()
            if len(seen) >= self.per_minute:
                retry_after = max(1, int(seen[0] + WINDOW - now) + 1)
                raise ApiError(
                    429,
                    N_(
                        "more than {count} requests a minute; try again in {seconds} s",
                        count=self.per_minute,
                        seconds=retry_after,
                    ),
                    retry_after=retry_after,
                )
            seen.append(now)
