"""The two kinds of expected failure every layer raises, so the window can triage by type.

```
UserFacingError        an expected failure: words for the shop assistant, text for support
└── UserInputError     what a person typed or chose is not acceptable (also a ValueError)
```

Anything that is not a ``UserFacingError`` (and not a cancellation) is unexpected: the
window logs it with its traceback and shows a generic message.
"""

from __future__ import annotations

__all__ = ["UserFacingError", "UserInputError"]


class UserFacingError(Exception):
    """An expected failure with a message a shop assistant understands.

    ``user_message`` is plain words (a class default, or set per instance); ``details`` is
    technical text for a copyable box (status, codes, request id), kept in ``_details``
    unless a subclass computes it. Neither may contain a secret.
    """

    user_message: str = "Something went wrong."
    _details: str = ""

    @property
    def details(self) -> str:
        return self._details


class UserInputError(UserFacingError, ValueError):
    """Typed or chosen input that cannot be used; its text says what to change."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details
