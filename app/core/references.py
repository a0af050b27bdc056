"""References Paydesk puts on Dintero objects.

Dintero has no idempotency key, so each capture, refund or void carries a
reference of our own; after an unclear outcome the transaction's events are
searched for it. Those references must be unique and sort by time (handy in
logs). Merchant references are read aloud and typed by people, so they use
Crockford's base32 (no I, L, O or U) and stay short.
"""

from __future__ import annotations

import re
import secrets
import time
from datetime import datetime

__all__ = ["new_merchant_reference", "new_operation_reference"]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_KIND = re.compile(r"^[a-z][a-z0-9]{0,11}$")


def _base32(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(_CROCKFORD[digit])
    return "".join(reversed(chars))


def new_operation_reference(kind: str) -> str:
    """A unique reference such as ``pd-cap-01j9x3k4mzq8r6t2v5w7yb`` for a money operation.

    ``kind`` is a short lower-case word ("cap", "ref", "void"). The random part is
    10 characters of millisecond time followed by 12 random characters (60 bits),
    so references sort by creation time and never collide in practice.
    """
    if not _KIND.match(kind):
        raise ValueError("kind must be a short lower-case word such as 'cap'")
    timestamp = _base32(time.time_ns() // 1_000_000, 10)
    randomness = _base32(secrets.randbits(60), 12)
    return f"pd-{kind}-{timestamp}{randomness}".lower()


def new_merchant_reference(now: datetime | None = None) -> str:
    """A reference a person can read out: ``PD-2611-7K3F9Q`` is year, month, 30 random bits."""
    moment = now or datetime.now()
    return f"PD-{moment:%y%m}-{_base32(secrets.randbits(30), 6)}"
