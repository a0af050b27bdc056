"""Identifiers shaped like Dintero's: `{account_id}.{22 base58 characters}`."""

from __future__ import annotations

import random
import secrets
import string

__all__ = ["account_of", "new_id", "new_order_number"]

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ALPHANUMERIC = string.ascii_uppercase + string.digits


def new_id(account_id: str, rng: random.Random | None = None) -> str:
    """A fresh id; pass `rng` for reproducible ids in seeded demo data."""
    if rng is None:
        suffix = "".join(secrets.choice(_BASE58) for _ in range(22))
    else:
        suffix = "".join(rng.choices(_BASE58, k=22))
    return f"{account_id}.{suffix}"


def account_of(resource_id: str) -> str:
    """The account prefix that every session and transaction id carries."""
    return resource_id.split(".", 1)[0]


def new_order_number(length: int = 9) -> str:
    """An `ALPHANUMERIC_9`-style order id for the Orders API."""
    return "".join(secrets.choice(_ALPHANUMERIC) for _ in range(length))
