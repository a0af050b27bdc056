"""Client-credentials tokens: kept in memory only, renewed early, one renewal at a time.

A token is renewed after min(50 % of its lifetime, lifetime − 5 min), so a long run never
presents an expired token; when Dintero still answers 401 (its clock, a revoked token),
the caller drops the token with `renew(stale=...)` and repeats the call once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from app.dintero.config import ClientConfig
from app.dintero.models import AccessToken
from app.dintero.retrying import read_retrying
from app.dintero.wire import Wire, decode

__all__ = ["TokenProvider", "renewal_delay"]

EARLY_RENEWAL_S = 300.0


def renewal_delay(lifetime_s: float) -> float:
    """Seconds after issue at which a token of `lifetime_s` is renewed."""
    delay = min(0.5 * lifetime_s, lifetime_s - EARLY_RENEWAL_S)
    return delay if delay > 0 else 0.5 * lifetime_s


@dataclass(frozen=True)
class _HeldToken:
    value: str
    renew_at: float


class TokenProvider:
    """Hands out a valid bearer token; concurrent callers share one renewal."""

    def __init__(
        self, wire: Wire, config: ClientConfig, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._wire = wire
        self._config = config
        self._clock = clock
        self._held: _HeldToken | None = None
        self._lock = asyncio.Lock()
        """How many tokens this provider fetched (for diagnostics and tests)."""

    async def token(self) -> str:
        """A token that is not due for renewal, fetching one if needed."""
        held = self._held
        if held is not None and self._clock() < held.renew_at:
            return held.value
        return await self.renew(stale=held.value if held else None)

    async def renew(self, *, stale: str | None) -> str:
        """Replace `stale` (the token that was refused or is due); single-flight.

        A caller that waited on the lock while another renewed gets the new token
        instead of fetching yet another one.
        """
        async with self._lock:
            held = self._held
            if held is not None and held.value != stale and self._clock() < held.renew_at:
                return held.value
            access = await self._fetch()
            return access.access_token.get_secret_value()

    async def fetch(self) -> AccessToken:
        """Always fetch a fresh token ("test connection"), and keep it."""
        async with self._lock:
            return await self._fetch()

    def forget(self) -> None:
        """Drop the token, e.g. when the account's credentials change."""
        self._held = None

    async def _fetch(self) -> AccessToken:
        self._held = None
        config = self._config
        # The token request changes nothing, so it retries like a read; its endpoint is
        # where Dintero documents 429 with Retry-After.
        response: httpx.Response = await read_retrying(config)(
            self._wire.send,
            "POST",
            config.token_url,
            json_body={"grant_type": "client_credentials", "audience": config.audience},
            auth=httpx.BasicAuth(config.client_id, config.client_secret.get_secret_value()),
        )
        access = decode(response, AccessToken)
        self._held = _HeldToken(
            value=access.access_token.get_secret_value(),
            renew_at=self._clock() + renewal_delay(access.expires_in),
        )
        return access
