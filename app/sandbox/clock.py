"""The sandbox's clock: real UTC time plus an offset that tests can move forward."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

__all__ = ["MAX_OFFSET", "SandboxClock", "format_time", "parse_time"]

MAX_OFFSET = timedelta(days=100 * 366)
"""How far the clock may run ahead: a century covers every expiry, and every date the
sandbox then computes stays well inside the calendar."""


class SandboxClock:
    """Advancing the clock expires tokens and sessions without waiting for real time."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        """Move forward; a `ValueError` for a negative, infinite or NaN step, or one that
        would take the clock more than `MAX_OFFSET` ahead (nothing changes then)."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("the sandbox clock only moves forward, by a finite number of seconds")
        left = (MAX_OFFSET - self.offset).total_seconds()
        if seconds > left:
            raise ValueError(f"the sandbox clock can move at most {left:.0f} s further")
        self.offset += timedelta(seconds=seconds)


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with millisecond precision and a `Z`, as Dintero writes times."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_time(text: str, *, upper_bound: bool = False) -> datetime:
    """Parse an ISO 8601 time; no zone means UTC.

    A date-only upper bound moves forward one day, so `created_at.lte=2024-05-31`
    includes the whole of May 31st, as Dintero's list filter does.
    """
    value = text.strip()
    if len(value) == 10:
        day = date.fromisoformat(value)
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
        return moment + timedelta(days=1) if upper_bound else moment
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
