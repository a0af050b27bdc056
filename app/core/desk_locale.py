"""The locale the desk writes and reads numbers and money in: Norwegian, Swedish, Danish
or English.

It follows the desk's language: whoever sets the language (at start, or from
Preferences) calls ``set_current_locale``. Until then it is the operating system's
language, mapped to the nearest supported locale (Norwegian Nynorsk and "no" are written
like Bokmål here; anything that is not Nordic is English).
"""

from __future__ import annotations

import locale
import os
import sys

__all__ = [
    "DEFAULT_LOCALE",
    "SUPPORTED_LOCALES",
    "current_locale",
    "os_locale",
    "set_current_locale",
    "supported_locale",
]

#: The locales the desk formats money in; babel's data for these (and what they fall
#: back through) is all the packaged app carries.
SUPPORTED_LOCALES: tuple[str, ...] = ("nb_NO", "sv_SE", "da_DK", "en")
DEFAULT_LOCALE = "en"

_BY_LANGUAGE = {
    "nb": "nb_NO",
    "nn": "nb_NO",
    "no": "nb_NO",
    "norwegian": "nb_NO",
    "sv": "sv_SE",
    "swedish": "sv_SE",
    "da": "da_DK",
    "danish": "da_DK",
}

_current: str | None = None


def supported_locale(name: str | None) -> str:
    """The supported locale for a language or locale name ("nn-NO", "sv", "Danish_Denmark")."""
    if not name:
        return DEFAULT_LOCALE
    language = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].casefold()
    return _BY_LANGUAGE.get(language, DEFAULT_LOCALE)


def os_locale() -> str:
    """The operating system's language as a supported locale."""
    # POSIX: the first of these that is set wins, as for any program's messages.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        first = value.split(":")[0]
        if first and first not in ("C", "POSIX") and not first.startswith("C."):
            return supported_locale(first)
    if sys.platform == "win32" or sys.platform == "darwin":
        try:
            name = locale.getlocale()[0]
        except ValueError:
            name = None
        return supported_locale(name)
    return DEFAULT_LOCALE


def current_locale() -> str:
    """The locale money and numbers are written and read in now."""
    global _current
    if _current is None:
        _current = os_locale()
    return _current


def set_current_locale(name: str | None) -> str:
    """Follow the desk's language from now on (None: the operating system's again)."""
    global _current
    _current = supported_locale(name) if name else os_locale()
    return _current
