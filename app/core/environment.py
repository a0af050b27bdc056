"""Dintero environments and account ids.

An account id is ``T`` (test) or ``P`` (production) followed by 8 digits; the
prefix alone selects the environment. This lives in ``core`` so that both the
client and the account store read ids the same way.
"""

from __future__ import annotations

import enum
import re

from app.core.i18n import translate

__all__ = ["ACCOUNT_ID_PATTERN", "Environment", "environment_of", "is_account_id"]

ACCOUNT_ID_PATTERN = re.compile(r"^[TP][0-9]{8}$")


class Environment(enum.Enum):
    """Which Dintero environment an account id addresses."""

    TEST = "test"
    PRODUCTION = "production"


def is_account_id(text: str) -> bool:
    """True for ``T12345678`` / ``P12345678`` exactly."""
    return isinstance(text, str) and ACCOUNT_ID_PATTERN.fullmatch(text) is not None


def environment_of(account_id: str) -> Environment:
    """The environment named by the id's prefix; ``ValueError`` for a malformed id."""
    if not is_account_id(account_id):
        raise ValueError(translate("Environment", "Account id must be T or P followed by 8 digits"))
    return Environment.TEST if account_id[0] == "T" else Environment.PRODUCTION
