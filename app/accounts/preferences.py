"""Desk-wide preferences: who is at the desk, and when production moves need a typed amount.

Kept beside the account list in the user's config directory, written atomically. A
missing file means the defaults; a file that cannot be read is reported, never replaced.
Calls do file I/O and block: UI code runs them in a thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from app.core.errors import UserInputError

from .atomic_file import write_json_atomically

__all__ = [
    "DEFAULT_CONFIRM_THRESHOLD",
    "Preferences",
    "PreferencesError",
    "PreferencesStore",
]

DEFAULT_CONFIRM_THRESHOLD = 100_000  # minor units: 1 000,00 in the payment's currency
FILE_VERSION = 1


class PreferencesError(UserInputError):
    """Preferences that cannot be used; ``str()`` says why in plain words."""


@dataclass(frozen=True)
class Preferences:
    """``operator_name`` empty means "the computer's user name"."""

    operator_name: str = ""
    production_confirm_threshold: int = DEFAULT_CONFIRM_THRESHOLD

    def __post_init__(self) -> None:
        if len(self.operator_name.strip()) > 80:
            raise PreferencesError("Keep the operator name under 80 characters.")
        threshold = self.production_confirm_threshold
        if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 0:
            raise PreferencesError("The confirmation threshold must be zero or a positive amount.")
        object.__setattr__(self, "operator_name", self.operator_name.strip())


class PreferencesStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (
            Path(platformdirs.user_config_dir("Paydesk", appauthor=False)) / "preferences.json"
        )

    def load(self) -> Preferences:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Preferences()
        except OSError as error:
            raise PreferencesError(f"Cannot read {self.path}: {error.strerror or error}") from error
        try:
            document: Any = json.loads(text)
            return Preferences(
                operator_name=str(document.get("operator_name", "")),
                production_confirm_threshold=document.get(
                    "production_confirm_threshold", DEFAULT_CONFIRM_THRESHOLD
                ),
            )
        except (ValueError, AttributeError) as error:
            raise PreferencesError(
                f"The preferences file {self.path} is damaged ({error}). "
                "Fix or delete it; until then the defaults are used."
            ) from error

    def save(self, preferences: Preferences) -> None:
        document = {
            "version": FILE_VERSION,
            "operator_name": preferences.operator_name,
            "production_confirm_threshold": preferences.production_confirm_threshold,
        }
        try:
            write_json_atomically(self.path, document)
        except OSError as error:
            raise PreferencesError(
                f"Cannot save the preferences at {self.path}: {error.strerror or error}."
            ) from error
