"""Authorized calls: a bearer token on each, one renewal on 401, retries for reads only."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

import httpx

from app.dintero.auth import TokenProvider
from app.dintero.config import ClientConfig
from app.dintero.errors import AuthenticationFailed
from app.dintero.retrying import is_retryable_read_error, read_retrying, wait_before_retry
from app.dintero.wire import Params, Wire

__all__ = ["Transport"]

log = logging.getLogger(__name__)


class Transport:
    """What every endpoint method calls: `read` (GET, retried) and `write` (sent once)."""

    def __init__(self, config: ClientConfig, wire: Wire, tokens: TokenProvider) -> None:
        self.config = config
        self.wire = wire
        self.tokens = tokens
        self._auth_headers: tuple[str, dict[str, str]] = ("", {})

    async def read(self, url: str, *, params: Params = None) -> httpx.Response:
        """GET with retries on network errors, 429 (Retry-After) and 5xx.

        The first attempt goes straight out; the retry controller is built only when it
        fails in a way worth retrying (most reads never need it, and it costs CPU).
        """
        try:
            return await self._authorized("GET", url, params=params)
        except Exception as error:
            if not is_retryable_read_error(error) or self.config.max_read_retries < 1:
                raise
            log.info("retrying a read after %s (attempt 1)", error)
            await asyncio.sleep(wait_before_retry(self.config, error, 1))
        retrying = read_retrying(self.config, already_failed=1)
        return await retrying(self._authorized, "GET", url, params=params)

    async def write(
        self,
        method: str,
        url: str,
        *,
        json_body: Any = None,
        params: Params = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send a change once. Only a 401 is repeated: Dintero executed nothing then."""
        return await self._authorized(
            method, url, params=params, json_body=json_body, headers=headers
        )

    async def _authorized(
        self,
        method: str,
        url: str,
        *,
        params: Params = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        token = await self.tokens.token()
        try:
            return await self._send(method, url, token, params, json_body, headers)
        except AuthenticationFailed:
            token = await self.tokens.renew(stale=token)
            return await self._send(method, url, token, params, json_body, headers)

    async def _send(
        self,
        method: str,
        url: str,
        token: str,
        params: Params,
        json_body: Any,
        headers: Mapping[str, str] | None,
    ) -> httpx.Response:
        merged = {**self._bearer(token), **headers} if headers else self._bearer(token)
        return await self.wire.send(method, url, params=params, json_body=json_body, headers=merged)

    def _bearer(self, token: str) -> dict[str, str]:
        """The Authorization header, built once per token rather than once per request."""
        cached_token, cached = self._auth_headers
        if cached_token != token:
            cached = {"Authorization": f"Bearer {token}"}
            self._auth_headers = (token, cached)
        return cached
