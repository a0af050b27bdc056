"""The one error type of the local databases (link history, templates, audit journal).

```
UserFacingError (app.core.errors)
└── StorageError          a local database cannot be opened, read or written
    └── JournalError      ... and it is the audit journal: money moves stay blocked
```
"""

from __future__ import annotations

from app.core.errors import UserFacingError

__all__ = ["StorageError"]


class StorageError(UserFacingError):
    """A local database cannot be used; ``user_message`` tells staff what to do.

    ``details`` holds the technical reason (SQLite's own words) for support.
    """

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details
