"""Translatable words for the layers that do not import Qt.

Qt's ``lupdate`` collects every call to a function named ``translate(context, text,
disambiguation, n)``, whatever module defines it, so the desk layer marks its words with
this one and stays Qt-free. The UI installs Qt's own translator at start; until then (and
in plain tests) the English source text is returned. Placeholders are named and filled
after translating (``translate("Desk", "Order {order} failed").format(order=...)``), so a
translator can move them; ``%n`` is the count of a plural form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "TranslatedTable",
    "Translator",
    "install",
    "translate",
]

#: The languages Paydesk speaks (English is the source text): their two-letter codes.
LANGUAGES = ("en", "nb", "sv", "da")

Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Route every ``translate`` call through ``translator`` (None restores English)."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the desk's language; ``%n`` becomes ``n`` when ``n`` is given."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogues, untranslated (``lupdate`` knows this name).

    For tables built at import, before the language is known: translate at use.
    """
    del context
    return text


K = TypeVar("K")


class TranslatedTable(Mapping[K, str]):
    """A table of words built at import (values marked with ``QT_TRANSLATE_NOOP``), read in
    the language in use at each lookup."""

    def __init__(self, context: str, table: Mapping[K, str]) -> None:
        self._context = context
        self._table = dict(table)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._table[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def source(self, key: K) -> str:
        """The English source text, for code that decides by the words themselves."""
        return self._table[key]
