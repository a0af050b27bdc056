"""The desk's language: Norwegian bokmål, Swedish, Danish or English.

It follows the operating system unless Preferences names one. Paydesk's own catalogue and
Qt's (so the buttons of message boxes and the file and print dialogs speak the same
language) are installed once at start, before the first widget; a change in Preferences
applies from the next start. The Qt-free layers translate through ``app.core.i18n``, which
is routed to Qt's translator here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core import desk_locale, i18n

__all__ = [
    "CATALOGUE_FOLDER",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "choose_language",
    "install_language",
    "start_language",
    "system_languages",
]

log = logging.getLogger(__name__)

#: The compiled catalogues (``paydesk_nb.qm`` ...), made from resources/translations.
CATALOGUE_FOLDER = Path(__file__).resolve().parent / "translations"

LANGUAGES = i18n.LANGUAGES

#: Each language in its own words, for the choice in Preferences.
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk (bokmål)", "sv": "Svenska", "da": "Dansk"}

#: The locale each language formats dates and numbers in.
_LOCALES = {"nb": "nb_NO", "sv": "sv_SE", "da": "da_DK"}

#: Qt ships no bokmål catalogue; nynorsk names the same buttons closest, and Paydesk's own
#: small ``qt_nb`` (installed after it, so it wins) says the common buttons in bokmål.
_QT_CATALOGUE = {"nb": "nn", "sv": "sv", "da": "da"}
_OVERRIDES = {"nb": [("qt_nb", str(CATALOGUE_FOLDER))]}

_installed: list[QTranslator] = []


def choose_language(preference: str, system_languages: Iterable[str]) -> str:
    """The preference when it names a language we speak, else the first system language we
    speak (any Norwegian, ``no``/``nb``/``nn``, is bokmål), else English."""
    if preference in LANGUAGES:
        return preference
    for tag in system_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in ("no", "nn"):
            code = "nb"
        if code in LANGUAGES:
            return code
    return "en"


def install_language(app: QCoreApplication, language: str) -> str:
    """Install the catalogues for ``language`` on ``app``; returns the language in use.

    A missing catalogue leaves that part in English (logged), never stops the start.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    if language == "en":  # the source text, but for its plural forms ("1 link", "2 links")
        QLocale.setDefault(QLocale.system())
        wanted = [("paydesk_en", str(CATALOGUE_FOLDER))]
    else:
        QLocale.setDefault(QLocale(_LOCALES[language]))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted = [
            (f"qtbase_{_QT_CATALOGUE[language]}", qt_folder),
            *_OVERRIDES.get(language, []),
            (f"paydesk_{language}", str(CATALOGUE_FOLDER)),
        ]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No %s catalogue in %s; that part stays in English", name, folder)
    i18n.install(_qt_translate)
    desk_locale.set_current_locale(language)  # money and numbers as the language writes them
    return language


def start_language(demo: bool) -> str:
    """The language to start in: the saved preference (not for a demo, which saves
    nothing), else the operating system's."""
    preference = ""
    if not demo:
        from app.accounts.preferences import PreferencesStore
        from app.core.errors import UserFacingError

        try:
            preference = PreferencesStore().load().language
        except UserFacingError as error:  # the window reports it once the services load
            log.warning("preferences unreadable, language from the system: %s", error)
    return choose_language(preference, system_languages())


def system_languages() -> list[str]:
    """The operating system's preferred languages, most preferred first."""
    return list(QLocale.system().uiLanguages())


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
