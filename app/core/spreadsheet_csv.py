"""CSV that a spreadsheet in the user's language opens into columns and numbers.

Excel reads a CSV with the list separator and decimal mark of the computer's regional
settings: in Norwegian, Swedish, Danish (and German, French…) the decimal mark is a
comma, so the list separator is a semicolon, and ``120.50`` is not a number there.
Without a byte-order mark, Excel also reads UTF-8 as the old Windows code page, so
"Ærlige Øl" arrives garbled. ``CsvStyle.for_locale`` picks both marks from the locale
(babel's data); files are written as UTF-8 with a BOM (``ENCODING``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from babel import Locale, UnknownLocaleError

from app.core.money import UnknownCurrency, to_decimal

__all__ = ["ENCODING", "CsvStyle"]

#: UTF-8 with a byte-order mark: the one UTF-8 that Excel recognises on its own.
ENCODING = "utf-8-sig"

_FALLBACK_LOCALE = "en_US"


@dataclass(frozen=True)
class CsvStyle:
    """The list separator and decimal mark of one locale's spreadsheets."""

    delimiter: str
    decimal_mark: str

    @classmethod
    def for_locale(cls, name: str) -> CsvStyle:
        """The style for a locale name such as ``nb_NO``, ``sv-SE`` or ``en_GB``.

        A name babel does not know (``C``, ``POSIX``, empty) gets English marks.
        """
        try:
            locale = Locale.parse((name or _FALLBACK_LOCALE).replace("-", "_"))
        except (UnknownLocaleError, ValueError, TypeError):
            locale = Locale.parse(_FALLBACK_LOCALE)
        decimal_mark = str(locale.number_symbols["latn"]["decimal"])
        # Windows' default list separator: ";" wherever "," is the decimal mark.
        return cls(delimiter=";" if decimal_mark == "," else ",", decimal_mark=decimal_mark)

    def amount(self, minor: int | None, currency: str | None) -> str:
        """An exact amount with this style's decimal mark and no grouping ("120,50").

        Empty when there is none. A currency babel does not know keeps two decimals, as
        Dintero's currencies all do.
        """
        if minor is None:
            return ""
        try:
            value = to_decimal(minor, currency or "")
        except UnknownCurrency:
            value = Decimal(minor).scaleb(-2)
        return format(value, "f").replace(".", self.decimal_mark)
