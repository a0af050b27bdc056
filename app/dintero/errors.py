"""Every failure the Dintero client reports, in one hierarchy.

```
DinteroError                    anything this package raises on purpose
├── TransportError              the request got no answer (network)
│   ├── ConnectionFailed        could not connect: nothing was sent
│   │   ├── ProxyFailed         the system's proxy could not be reached or refused
│   │   └── CertificateNotTrusted  the server's certificate failed the trust check
│   ├── RequestTimeout          no answer in time: the server may have acted
│   ├── ConnectionDropped       the connection closed before the answer
│   └── ResponseIncomplete      the answer began but did not arrive whole (has request id)
├── ApiError                    Dintero answered with an error status
│   ├── InvalidRequest          400: bad input or not allowed in this state
│   ├── AuthenticationFailed    401: bad credentials or token
│   ├── Forbidden               403: missing scope or another account's data
│   ├── NotFound                404
│   ├── RateLimited             429: `retry_after` seconds
│   └── ServerError             5xx
├── ResponseFormatError         the answer was not the JSON we expect
├── LocalValidationError        refused before sending (amounts do not add up, ...)
│   └── OperationNotAllowed     a money move the transaction does not allow now
└── OutcomeUnknown              a money move was sent and we could not confirm its result
```

Each error has `user_message` (plain words for a shop assistant) and `details` (status,
code, message, request id: text for a copyable "details" box). Secrets never go in either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.core.errors import UserFacingError
from app.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "ApiError",
    "AuthenticationFailed",
    "CertificateNotTrusted",
    "ConnectionDropped",
    "ConnectionFailed",
    "DinteroError",
    "FieldError",
    "Forbidden",
    "InvalidRequest",
    "LocalValidationError",
    "NotFound",
    "OperationNotAllowed",
    "OutcomeUnknown",
    "ProxyFailed",
    "RateLimited",
    "RequestTimeout",
    "ResponseFormatError",
    "ResponseIncomplete",
    "ServerError",
    "TransportError",
    "api_error_for_status",
]


class DinteroError(UserFacingError):
    """Base of every error this package raises on purpose."""

    request_id: str | None = None
    """Dintero's `request-id` of the answer, when there was one (staff quote it to support)."""

    user_message: str = QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong while talking to Dintero."
    )

    @property
    def certainly_not_applied(self) -> bool:
        """True only when Dintero surely did not act on the request, so it may be sent again
        or its local record dropped. Everything uncertain (no answer, 5xx, an answer we could
        not read) stays False."""
        return False

    @property
    def details(self) -> str:
        """Technical text for a copyable details box; never contains secrets."""
        return str(self)


# -- network -------------------------------------------------------------------------


class TransportError(DinteroError):
    """The request got no HTTP answer."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Could not reach Dintero. Check the internet connection and try again."
    )
    may_have_reached_server: bool = True
    """False only when we know the request never left (connection refused, DNS)."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.url = url

    @property
    def certainly_not_applied(self) -> bool:
        return not self.may_have_reached_server

    @property
    def details(self) -> str:
        where = f"{self.method} {self.url}".strip()
        return f"{type(self).__name__}: {self.args[0]}" + (f"\nRequest: {where}" if where else "")


class ConnectionFailed(TransportError):
    """No connection could be opened, so the request was never sent."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Could not connect to Dintero. Check the internet connection and try again."
    )
    may_have_reached_server = False


class ProxyFailed(ConnectionFailed):
    """The proxy server set on this computer could not be reached or refused the tunnel."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors",
        "Could not reach Dintero through this computer's proxy server. Check the proxy "
        "settings, or ask whoever looks after the shop's network to allow Paydesk through.",
    )


class CertificateNotTrusted(ConnectionFailed):
    """The server's TLS certificate is not trusted by this computer: nothing was sent."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors",
        "Paydesk did not connect because Dintero's security certificate could not be "
        "verified. A firewall or antivirus that inspects encrypted traffic can cause this: "
        "its certificate must be installed on this computer (ask whoever looks after the "
        "shop's network). Check also that the computer's date and time are right.",
    )


class RequestTimeout(TransportError):
    """Dintero did not answer in time; the request may still have been carried out."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Dintero did not answer in time. Please try again in a moment."
    )


class ConnectionDropped(TransportError):
    """The connection closed before an answer arrived."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "The connection to Dintero was interrupted. Please try again."
    )


# -- error answers ---------------------------------------------------------------------

FieldError = Mapping[str, Any]


class ApiError(DinteroError):
    """Dintero answered with an error status and (usually) its error body."""

    user_message = QT_TRANSLATE_NOOP("Errors", "Dintero refused the request.")

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        errors: Sequence[FieldError] = (),
        request_id: str | None = None,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(f"HTTP {status}" + (f" {code}" if code else "") + f": {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors: tuple[FieldError, ...] = tuple(errors)
        self.request_id = request_id
        self.method = method
        self.url = url

    @property
    def certainly_not_applied(self) -> bool:
        """A 4xx answer means Dintero refused the request; a 5xx may come after it acted."""
        return self.status < 500

    @property
    def details(self) -> str:
        lines = [f"HTTP status: {self.status}"]
        if self.code:
            lines.append(f"Error code: {self.code}")
        lines.append(f"Message: {self.message}")
        for error in self.errors:
            path = error.get("path") or error.get("field") or ""
            text = error.get("message") or ""
            lines.append(f"  - {path}: {text}" if path else f"  - {text}")
        if self.request_id:
            lines.append(f"Request id: {self.request_id}")
        if self.method or self.url:
            lines.append(f"Request: {self.method} {self.url}".rstrip())
        return "\n".join(lines)


class InvalidRequest(ApiError):
    """400: the input is wrong, or the operation is not allowed in this state."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Dintero did not accept the request. See the details for what was wrong."
    )


class AuthenticationFailed(ApiError):
    """401: the client id or secret is wrong, or the token was refused."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors",
        "Dintero did not accept the API credentials. Check the client id and secret "
        "of this account.",
    )


class Forbidden(ApiError):
    """403: the API client lacks a scope, or the resource belongs to another account."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "This API client is not allowed to do that on this account."
    )


class NotFound(ApiError):
    """404: no such session, transaction or order on this account."""

    user_message = QT_TRANSLATE_NOOP("Errors", "Dintero could not find it on this account.")


class RateLimited(ApiError):
    """429: too many requests; `retry_after` is Dintero's hint in seconds, if given."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Dintero is busy right now. Please wait a moment and try again."
    )

    def __init__(self, status: int, message: str, *, retry_after: float | None = None, **kw: Any):
        super().__init__(status, message, **kw)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: Dintero or the payment processor had a problem (503: temporarily unavailable)."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Dintero had a temporary problem. Please try again in a moment."
    )


def api_error_for_status(status: int) -> type[ApiError]:
    """The ApiError subclass that names an HTTP status."""
    if status == 400:
        return InvalidRequest
    if status == 401:
        return AuthenticationFailed
    if status == 403:
        return Forbidden
    if status == 404:
        return NotFound
    if status == 429:
        return RateLimited
    if status >= 500:
        return ServerError
    return ApiError


# -- our own checks ------------------------------------------------------------------


class ResponseFormatError(DinteroError):
    """Dintero's answer was not the JSON we expect; caught at the edge, not deep in a window."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Dintero sent an answer Paydesk does not understand."
    )

    def __init__(
        self, message: str, *, method: str = "", url: str = "", request_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.request_id = request_id

    @property
    def details(self) -> str:
        lines = [f"Unexpected answer: {self.args[0]}"]
        if self.request_id:
            lines.append(f"Request id: {self.request_id}")
        if self.method or self.url:
            lines.append(f"Request: {self.method} {self.url}".rstrip())
        return "\n".join(lines)


class LocalValidationError(DinteroError):
    """Refused before anything was sent: the request itself is inconsistent."""

    @property
    def certainly_not_applied(self) -> bool:
        return True

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


class OperationNotAllowed(LocalValidationError):
    """The transaction's status, product or remaining amount does not allow this money move."""

    def __init__(self, operation: str, transaction_id: str, reason: str) -> None:
        super().__init__(reason)
        self.operation = operation
        self.transaction_id = transaction_id
        self.reason = reason

    @property
    def details(self) -> str:
        return f"{self.operation} on {self.transaction_id} not sent: {self.reason}"


class OutcomeUnknown(DinteroError):
    """A money move was sent, and re-reading the transaction did not tell whether it happened.

    Nothing is sent again automatically. Look at the transaction later (search by
    `reference`) before trying again.
    """

    user_message = QT_TRANSLATE_NOOP(
        "Errors",
        "We could not confirm whether Dintero carried this out. Do not repeat it yet: "
        "check the transaction again in a minute.",
    )

    def __init__(
        self,
        operation: str,
        transaction_id: str,
        reference: str | None,
        *,
        cause: DinteroError | None = None,
        reason: str = "",
    ) -> None:
        text = translate(
            "OutcomeUnknown", "Outcome of {operation} on {transaction_id} unknown"
        ).format(operation=operation, transaction_id=transaction_id)
        if reference:
            text += f" (reference {reference})"
        if reason:
            text += f": {reason}"
        super().__init__(text)
        self.operation = operation
        self.transaction_id = transaction_id
        self.reference = reference
        self.cause = cause
        self.reason = reason

    @property
    def details(self) -> str:
        lines = [
            f"Operation: {self.operation}",
            f"Transaction: {self.transaction_id}",
            f"Reference: {self.reference or '-'}",
        ]
        if self.reason:
            lines.append(f"Why: {self.reason}")
        if self.cause is not None:
            lines.append("Cause:")
            lines.extend(f"  {line}" for line in self.cause.details.splitlines())
        return "\n".join(lines)


# -- answers that began but never arrived whole ----------------------------------------


class ResponseIncomplete(TransportError):
    """The answer began (its status and request id came) but its body did not arrive
    whole: too slow for the request's deadline, or the connection closed part-way.
    Dintero may have acted on the request."""

    user_message = QT_TRANSLATE_NOOP(
        "Errors", "Dintero's answer did not arrive in full. Please try again in a moment."
    )

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        url: str = "",
        request_id: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.request_id = request_id
        self.status = status

    @property
    def details(self) -> str:
        lines = [super().details]
        if self.status is not None:
            lines.append(f"HTTP status: {self.status}")
        if self.request_id:
            lines.append(f"Request id: {self.request_id}")
        return "\n".join(lines)
