"""Small checks that collect every field error of a request body before answering 400."""

from __future__ import annotations

import re
from typing import Any

from app.sandbox.errors import ApiError, FieldError

__all__ = ["INT32_MAX", "Problems", "is_int"]

INT32_MAX = 2**31 - 1
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_PHONE = re.compile(r"^\+[1-9]\d{5,14}$")


def is_int(value: Any) -> bool:
    """JSON integers only: booleans and floats such as 299.9 are not money."""
    return isinstance(value, int) and not isinstance(value, bool)


class Problems:
    """Field errors found so far; `check` raises one 400 listing all of them."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, path: str, message: str) -> None:
        self.errors.append({"path": path, "message": message})

    def check(self) -> None:
        if self.errors:
            raise ApiError.invalid(self.errors)

    def object(self, data: Any, path: str, *, required: bool = True) -> dict[str, Any] | None:
        if data is None:
            if required:
                self.add(path, "is required")
            return None
        if not isinstance(data, dict):
            self.add(path, "must be an object")
            return None
        return data

    def text(self, data: dict[str, Any], key: str, path: str, *, required: bool = True) -> None:
        value = data.get(key)
        if value is None:
            if required:
                self.add(path, "is required")
        elif not isinstance(value, str) or (required and not value.strip()):
            self.add(path, "must be a non-empty string")

    def amount(self, data: dict[str, Any], key: str, path: str, *, required: bool = True) -> None:
        value = data.get(key)
        if value is None:
            if required:
                self.add(path, "is required")
        elif not is_int(value):
            self.add(path, "must be an integer amount in minor units")
        elif not 0 <= value <= INT32_MAX:
            self.add(path, f"must be between 0 and {INT32_MAX}")

    def number(self, data: dict[str, Any], key: str, path: str) -> None:
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            self.add(path, "must be a number")

    def currency(self, data: dict[str, Any], key: str, path: str) -> None:
        value = data.get(key)
        if value is None:
            self.add(path, "is required")
        elif not isinstance(value, str) or not _CURRENCY.match(value):
            self.add(path, "must be an ISO 4217 currency code such as NOK")

    def phone(self, data: dict[str, Any], key: str, path: str) -> None:
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not _PHONE.match(value)):
            self.add(path, "must be an E.164 phone number such as +4799999999")

    def email(self, data: dict[str, Any], key: str, path: str) -> None:
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or "@" not in value):
            self.add(path, "must be an e-mail address")
