"""Dintero-shaped API errors: `{"error": {"code", "message", "errors": [...]}}`.

Dintero publishes no catalogue of error codes, so the sandbox uses the stable,
descriptive codes below (documented in the package docstring). Clients should rely on
the HTTP status first and treat the code as a detail to show and log.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "Code", "FieldError"]

FieldError = dict[str, str]


class Code:
    """Error codes the sandbox answers with."""

    INVALID_REQUEST = "invalid_request"
    INVALID_JSON = "invalid_json"
    UNAUTHORIZED = "unauthorized"
    INVALID_CLIENT = "invalid_client"
    INVALID_AUDIENCE = "invalid_audience"
    UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "NOT FOUND"
    SESSION_AMOUNT_MISMATCH = "session_amount_mismatch"
    DUPLICATE_LINE_ID = "duplicate_line_id"
    SESSION_CANCELLED = "session_cancelled"
    SESSION_EXPIRED = "session_expired"
    SESSION_ALREADY_PAID = "session_already_paid"
    SESSION_PAYMENT_FAILED = "session_payment_failed"
    SESSION_NOT_CANCELLABLE = "session_not_cancellable"
    OPERATION_NOT_ALLOWED = "operation_not_allowed_in_status"
    OPERATION_PENDING = "operation_pending"
    CAPTURE_EXCEEDS_REMAINING = "capture_amount_exceeds_remaining"
    REFUND_EXCEEDS_REMAINING = "refund_amount_exceeds_remaining"
    UNKNOWN_LINE_ID = "unknown_line_id"
    LINE_AMOUNT_EXCEEDS_REMAINING = "line_amount_exceeds_remaining"
    ITEMS_AMOUNT_MISMATCH = "items_amount_mismatch"
    FINAL_CAPTURE_NOT_SUPPORTED = "final_capture_not_supported"
    ITEMS_REQUIRED = "items_required"
    AUTHORIZATION_UPDATE_NOT_SUPPORTED = "authorization_update_not_supported"
    AUTHORIZATION_NOT_EXTENDABLE = "authorization_not_extendable"
    WHOLE_LINES_REQUIRED = "whole_lines_required"
    VOID_NOT_SUPPORTED = "void_not_supported_for_product"
    DUPLICATE_MERCHANT_REFERENCE = "duplicate_merchant_reference"
    UNKNOWN_PAYMENT_TOKEN = "unknown_payment_token"
    INJECTED_FAULT = "sandbox_injected_fault"
    RATE_LIMITED = "rate_limited"
    INTERNAL_ERROR = "internal_error"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    PAYLOAD_TOO_LARGE = "payload_too_large"


_CODE_OF_STATUS = {
    400: Code.INVALID_REQUEST,
    404: Code.NOT_FOUND,
    405: Code.METHOD_NOT_ALLOWED,
    413: Code.PAYLOAD_TOO_LARGE,
}


class ApiError(Exception):
    """An error answer; raised anywhere in a handler and rendered by the middleware."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors or []
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "errors": self.errors}}

    @classmethod
    def for_status(
        cls, status: int, message: str, headers: dict[str, str] | None = None
    ) -> ApiError:
        """An answer whose status the HTTP layer decided: 404, 405, 413, an unparseable request."""
        fallback = Code.INTERNAL_ERROR if status >= 500 else Code.INVALID_REQUEST
        return cls(status, _CODE_OF_STATUS.get(status, fallback), message, headers=headers)

    @classmethod
    def bad_request(cls, code: str, message: str, field: str | None = None) -> ApiError:
        errors = [{"path": field, "message": message}] if field else []
        return cls(400, code, message, errors)

    @classmethod
    def invalid(cls, errors: list[FieldError]) -> ApiError:
        """A validation failure listing every offending field at once."""
        summary = "; ".join(f"{e['path']}: {e['message']}" for e in errors)
        return cls(400, Code.INVALID_REQUEST, f"Invalid request: {summary}", errors)

    @classmethod
    def not_found(cls, what: str) -> ApiError:
        return cls(404, Code.NOT_FOUND, f"{what} not found")

    @classmethod
    def forbidden(cls, message: str = "Access to this resource is not allowed") -> ApiError:
        return cls(403, Code.FORBIDDEN, message)

    @classmethod
    def unauthorized(cls, message: str = "Missing, invalid or expired token") -> ApiError:
        return cls(401, Code.UNAUTHORIZED, message)
