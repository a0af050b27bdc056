"""The two kinds of expected failure every layer raises, so the window can triage by type.

```
UserFacingError        an expected failure: words for the shop assistant, text for support
└── UserInputError     what a person typed or chose is not acceptable (also a ValueError)
```

Anything that is not a ``UserFacingError`` (and not a cancellation) is unexpected: the
window logs it with its traceback and shows a generic message.
"""

from __future__ import annotations

from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["UserFacingError", "UserInputError"]


class _Words:
    """A class's default ``user_message``, read in the language in use (context "Errors");
    a message set on an instance is already in words and is read as it is."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __get__(self, instance: object, owner: type | None = None) -> str:
        return translate("Errors", self.text)


class UserFacingError(Exception):
    """An expected failure with a message a shop assistant understands.

    ``user_message`` is plain words (a class default, or set per instance); ``details`` is
    technical text for a copyable box (status, codes, request id), kept in ``_details``
    unless a subclass computes it. Neither may contain a secret.
    """

    user_message: str = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")
    _details: str = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        words = cls.__dict__.get("user_message")
        if isinstance(words, str):
            setattr(cls, "user_message", _Words(words))  # noqa: B010

    @property
    def details(self) -> str:
        return self._details


UserFacingError.user_message = _Words(UserFacingError.user_message)  # type: ignore[assignment]


class UserInputError(UserFacingError, ValueError):
    """Typed or chosen input that cannot be used; its text says what to change."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details
