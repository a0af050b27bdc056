"""The one error type of the stores (link history, templates, audit journal, leases), on
this desk's files or on the shared database.

```
UserFacingError (app.core.errors)
└── StorageError              a store cannot be opened, read or written
    ├── JournalError          ... and it is the audit journal: money moves stay blocked
    └── DatabaseUnreachable   the shared database cannot be reached (postgres_db)
```
"""

from __future__ import annotations

from app.core.errors import UserFacingError

__all__ = ["StorageError"]


class StorageError(UserFacingError):
    """A store cannot be used; ``user_message`` tells staff what to do.

    ``details`` holds the technical reason (SQLite's or PostgreSQL's own words) for support.
    """

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details
