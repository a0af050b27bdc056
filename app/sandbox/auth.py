"""Client-credentials tokens: Basic auth, audience check, expiry on the sandbox clock."""

from __future__ import annotations

import base64
import binascii
import secrets
from datetime import timedelta
from typing import Any

from app.sandbox.errors import ApiError, Code
from app.sandbox.state import IssuedToken, SandboxState

__all__ = ["authenticate", "issue_token"]

DINTERO_API_URL = "https://api.dintero.com"


def _basic_credentials(authorization: str | None) -> tuple[str, str]:
    if not authorization or not authorization.lower().startswith("basic "):
        raise ApiError(401, Code.INVALID_CLIENT, "Basic authentication with the client id required")
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ApiError(401, Code.INVALID_CLIENT, "Malformed Basic authorization header") from exc
    client_id, separator, secret = decoded.partition(":")
    if not separator:
        raise ApiError(401, Code.INVALID_CLIENT, "Malformed Basic authorization header")
    return client_id, secret


def issue_token(
    state: SandboxState,
    account_id: str,
    authorization: str | None,
    body: Any,
    base_url: str,
) -> dict[str, Any]:
    """Answer `POST /v1/accounts/{aid}/auth/token` like Dintero's client-credentials grant.

    The audience may name Dintero's API host or this server's base URL, because the
    official SDK builds the audience from whatever `api_url` it was given.
    """
    client_id, secret = _basic_credentials(authorization)
    account = state.accounts.get(account_id)
    if (
        account is None
        or not secrets.compare_digest(account.client_id, client_id)
        or not secrets.compare_digest(account.client_secret, secret)
    ):
        raise ApiError(401, Code.INVALID_CLIENT, "Invalid client credentials for this account")
    if not isinstance(body, dict):
        raise ApiError.bad_request(Code.INVALID_REQUEST, "A JSON object body is required")
    if body.get("grant_type") != "client_credentials":
        raise ApiError.bad_request(
            Code.UNSUPPORTED_GRANT_TYPE, "grant_type must be client_credentials", "grant_type"
        )
    allowed = {
        f"{DINTERO_API_URL}/v1/accounts/{account_id}",
        f"{base_url.rstrip('/')}/v1/accounts/{account_id}",
    }
    if body.get("audience") not in allowed:
        raise ApiError(
            403,
            Code.INVALID_AUDIENCE,
            "The audience is not granted to this client",
            [
                {
                    "path": "audience",
                    "message": f"expected {DINTERO_API_URL}/v1/accounts/{account_id}",
                }
            ],
        )
    token = secrets.token_urlsafe(32)
    lifetime = state.config.token_lifetime_s
    expires_at = state.clock.now() + timedelta(seconds=lifetime)
    state.tokens[token] = IssuedToken(account_id, client_id, expires_at)
    return {"access_token": token, "token_type": "Bearer", "expires_in": lifetime}


def authenticate(state: SandboxState, authorization: str | None) -> IssuedToken:
    """The token behind a `Bearer` header, or 401 when missing, unknown or expired."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError.unauthorized("A Bearer token is required")
    issued = state.tokens.get(authorization[7:].strip())
    if issued is None:
        raise ApiError.unauthorized("Invalid token")
    if state.clock.now() >= issued.expires_at:
        raise ApiError.unauthorized("Token expired")
    return issued
