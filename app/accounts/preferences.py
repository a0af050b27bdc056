"""Desk-wide preferences: who is at the desk (operator and desk name), when production moves
need a typed amount, and where the link history and journal live (this desk's own files,
or the shop's shared PostgreSQL database; its password is in the keyring, never here).

Kept beside the account list in the user's config directory, read and written under its
lock file and written atomically (``shared_file``). A missing file means the defaults; a
damaged one is moved aside (``preferences.json.corrupt-<UTC time>``), reported, and the
defaults used until new preferences are saved. Calls do file I/O and block: UI code runs
them in a thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from app.core.errors import UserFacingError, UserInputError
from app.core.i18n import LANGUAGES, translate

from .shared_file import LockTimeout, SharedJsonFile

__all__ = [
    "DEFAULT_CONFIRM_THRESHOLD",
    "Preferences",
    "PreferencesError",
    "PreferencesFileError",
    "PreferencesStore",
]

DEFAULT_CONFIRM_THRESHOLD = 100_000  # minor units: 1 000,00 in the payment's currency
FILE_VERSION = 1


class PreferencesError(UserInputError):
    """Preferences that cannot be used; ``str()`` says why in plain words."""


class PreferencesFileError(UserFacingError):
    """The preferences file cannot be read or written; ``user_message`` says what happened."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details


@dataclass(frozen=True)
class Preferences:
    """``operator_name`` empty means "the computer's user name", ``desk_name`` empty "the
    computer's name"; ``shared_database`` uses ``database_url`` (PostgreSQL, without its
    password) instead of this desk's own files, from the next start."""

    operator_name: str = ""
    production_confirm_threshold: int = DEFAULT_CONFIRM_THRESHOLD
    desk_name: str = ""
    shared_database: bool = False
    database_url: str = ""
    language: str = ""
    """Empty follows the operating system; else one of ``app.core.i18n.LANGUAGES``."""

    def __post_init__(self) -> None:
        if len(self.operator_name.strip()) > 80:
            raise PreferencesError(
                translate("Preferences", "Keep the operator name under 80 characters.")
            )
        if len(self.desk_name.strip()) > 80:
            raise PreferencesError(
                translate("Preferences", "Keep the desk name under 80 characters.")
            )
        if self.shared_database and not self.database_url.strip():
            raise PreferencesError(
                translate(
                    "Preferences",
                    "Enter the shared database's connection string, e.g. "
                    "postgresql://kari@db.shop.lan/paydesk.",
                )
            )
        threshold = self.production_confirm_threshold
        if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 0:
            raise PreferencesError(
                translate(
                    "Preferences", "The confirmation threshold must be zero or a positive amount."
                )
            )
        object.__setattr__(self, "operator_name", self.operator_name.strip())
        object.__setattr__(self, "desk_name", self.desk_name.strip())
        object.__setattr__(self, "database_url", self.database_url.strip())
        if self.language not in ("", *LANGUAGES):
            object.__setattr__(self, "language", "")


class PreferencesStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (
            Path(platformdirs.user_config_dir("Paydesk", appauthor=False)) / "preferences.json"
        )
        self._file = SharedJsonFile(self.path)

    def load(self) -> Preferences:
        with self._file.locked(self._cannot_lock):
            try:
                raw = self._file.read_bytes()
            except OSError as error:
                raise PreferencesFileError(
                    translate("PreferencesStore", "Cannot read {path}: {value}").format(
                        path=self.path, value=error.strerror or error
                    ),
                    str(error),
                ) from error
            if raw is None:
                return Preferences()
            try:
                return _parse(raw)
            except (ValueError, AttributeError, TypeError) as error:
                raise self._set_aside(error) from error

    def save(self, preferences: Preferences) -> None:
        document = {
            "version": FILE_VERSION,
            "operator_name": preferences.operator_name,
            "production_confirm_threshold": preferences.production_confirm_threshold,
            "desk_name": preferences.desk_name,
            "shared_database": preferences.shared_database,
            "database_url": preferences.database_url,
            "language": preferences.language,
        }
        with self._file.locked(self._cannot_lock):
            try:
                self._file.write(document)
            except OSError as error:
                raise PreferencesFileError(
                    translate(
                        "PreferencesStore", "Cannot save the preferences at {path}: {value}."
                    ).format(path=self.path, value=error.strerror or error),
                    str(error),
                ) from error

    def _cannot_lock(self, error: OSError) -> PreferencesFileError:
        if isinstance(error, LockTimeout):
            return PreferencesFileError(
                translate(
                    "PreferencesStore",
                    "Another Paydesk window is saving the preferences. Try again in a moment.",
                ),
                str(error),
            )
        return PreferencesFileError(
            translate("PreferencesStore", "Cannot use the preferences at {path}: {value}.").format(
                path=self.path, value=error.strerror or error
            ),
            str(error),
        )

    def _set_aside(self, error: Exception) -> PreferencesFileError:
        reason = f"{type(error).__name__}: {error}"
        try:
            aside = self._file.set_aside()
        except OSError as move_error:
            return PreferencesFileError(
                translate(
                    "PreferencesStore",
                    "The preferences file ({name}) is damaged and could not be moved aside "
                    "({value}). Fix or delete {path}; until then the defaults are used.",
                ).format(
                    name=self.path.name, value=move_error.strerror or move_error, path=self.path
                ),
                reason,
            )
        return PreferencesFileError(
            translate(
                "PreferencesStore",
                "The preferences file ({name}) was damaged. Paydesk moved it aside as "
                "{name2} and uses the defaults until you save new preferences.",
            ).format(name=self.path.name, name2=aside.name),
            f"{self.path}: {reason}\nMoved to {aside}",
        )


def _parse(raw: bytes) -> Preferences:
    """Raises ``ValueError`` (bad UTF-8, bad JSON, bad values) or ``AttributeError``."""
    document: Any = json.loads(raw.decode("utf-8"))
    return Preferences(
        operator_name=str(document.get("operator_name", "")),
        production_confirm_threshold=document.get(
            "production_confirm_threshold", DEFAULT_CONFIRM_THRESHOLD
        ),
        desk_name=str(document.get("desk_name", "")),
        shared_database=document.get("shared_database", False) is True,
        database_url=str(document.get("database_url", "")),
        language=str(document.get("language", "")),
    )
