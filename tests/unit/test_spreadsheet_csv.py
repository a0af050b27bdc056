"""The spreadsheet CSV marks by locale: what Excel in that language reads as columns
and numbers."""

from __future__ import annotations

import pytest

from app.core.spreadsheet_csv import ENCODING, CsvStyle


@pytest.mark.parametrize(
    ("locale", "delimiter", "decimal_mark"),
    [
        ("nb_NO", ";", ","),
        ("nn_NO", ";", ","),
        ("sv_SE", ";", ","),
        ("da_DK", ";", ","),
        ("de-DE", ";", ","),
        ("en_US", ",", "."),
        ("en_GB", ",", "."),
        ("C", ",", "."),
        ("", ",", "."),
        ("xx_not_a_locale", ",", "."),
    ],
)
def test_marks_follow_the_locale(locale: str, delimiter: str, decimal_mark: str) -> None:
    assert CsvStyle.for_locale(locale) == CsvStyle(delimiter, decimal_mark)


def test_amounts_are_exact_in_the_currency_s_own_digits() -> None:
    norwegian = CsvStyle.for_locale("nb_NO")
    assert norwegian.amount(12050, "NOK") == "120,50"
    assert norwegian.amount(0, "NOK") == "0,00"
    assert norwegian.amount(1_234_567_899, "SEK") == "12345678,99"  # no grouping
    assert norwegian.amount(5000, "JPY") == "5000"
    assert norwegian.amount(12345, "BHD") == "12,345"
    assert norwegian.amount(None, "NOK") == ""
    assert norwegian.amount(12050, "XYZ") == "120,50"  # unknown currency: two decimals
    assert CsvStyle.for_locale("en_US").amount(12050, "NOK") == "120.50"


def test_files_are_utf8_with_a_byte_order_mark() -> None:
    assert "Ærlige Øl".encode(ENCODING).startswith(b"\xef\xbb\xbf")
