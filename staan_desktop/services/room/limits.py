"""Rate limits: a token bucket per key (a device, or an address that joins)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict


class RateLimit:
    """At most ``burst`` requests at once per key, refilled at ``per_second``. Keys not seen
    for a while are forgotten, and at most ``max_keys`` are kept (the oldest go first), so a
    flood of made-up keys cannot fill the memory."""

    def __init__(self, *, burst: float, per_second: float, max_keys: int = 5000) -> None:
        self._burst = burst
        self._rate = per_second
        self._max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(key, (self._burst, now))
            tokens = min(self._burst, tokens + (now - last) * self._rate)
            allowed = tokens >= 1
            self._buckets[key] = (tokens - 1 if allowed else tokens, now)
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
            return allowed
