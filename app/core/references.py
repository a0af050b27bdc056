"""References Paydesk puts on Dintero objects.

Dintero has no idempotency key, so each capture, refund or void carries a
reference of our own; after an unclear outcome the transaction's events are
searched for it. A payment link's merchant reference is how a lost answer is
recovered (the link is looked up by it). Both must be unique beyond doubt.

Merchant references are also read aloud and typed by people, so they use
Crockford's base32 (digits and capitals without I, L, O or U, so nothing looks
or sounds like something else) in short groups.
"""

from __future__ import annotations

import math
import re
import secrets
import time

__all__ = [
    "MERCHANT_REFERENCE_BITS",
    "MERCHANT_REFERENCE_PATTERN",
    "new_merchant_reference",
    "new_operation_reference",
]

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_KIND = re.compile(r"^[a-z][a-z0-9]{0,11}$")

_GROUPS = 3
_GROUP_LENGTH = 5
MERCHANT_REFERENCE_BITS = int(_GROUPS * _GROUP_LENGTH * math.log2(len(CROCKFORD)))
"""75 random bits: among a billion links, the chance of any two sharing one is below 1e-4."""
MERCHANT_REFERENCE_PATTERN = re.compile(
    r"PD" + rf"(?:-[{CROCKFORD}]{{{_GROUP_LENGTH}}}){{{_GROUPS}}}"
)
"""What `new_merchant_reference` makes, e.g. ``PD-7K3F9-Q2MXA-TBHN3`` (20 characters)."""


def _base32(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(CROCKFORD[digit])
    return "".join(reversed(chars))


def new_operation_reference(kind: str) -> str:
    """A unique reference such as ``pd-cap-01j9x3k4mzq8r6t2v5w7yb`` for a money operation.

    ``kind`` is a short lower-case word ("cap", "ref", "void"). The random part is
    10 characters of millisecond time followed by 12 random characters (60 bits),
    so references sort by creation time and two can only collide when made in the
    same millisecond and then with a chance of 1 in 2**60.
    """
    if not _KIND.match(kind):
        raise ValueError("kind must be a short lower-case word such as 'cap'")
    timestamp = _base32(time.time_ns() // 1_000_000, 10)
    randomness = _base32(secrets.randbits(60), 12)
    return f"pd-{kind}-{timestamp}{randomness}".lower()


def new_merchant_reference() -> str:
    """A reference a person can read out on the phone: ``PD-7K3F9-Q2MXA-TBHN3``.

    Three groups of five characters, every one of them random (75 bits), so no two
    links share a reference, even across every desk of a shop and years of links.
    """
    digits = _base32(secrets.randbits(MERCHANT_REFERENCE_BITS), _GROUPS * _GROUP_LENGTH)
    groups = [digits[i : i + _GROUP_LENGTH] for i in range(0, len(digits), _GROUP_LENGTH)]
    return "-".join(["PD", *groups])
