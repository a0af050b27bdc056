"""Authorized calls: a bearer token on each, one renewal on 401, retries for reads only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from app.dintero.auth import TokenProvider
from app.dintero.config import ClientConfig
from app.dintero.errors import AuthenticationFailed
from app.dintero.retrying import read_retrying
from app.dintero.wire import Params, Wire

__all__ = ["Transport"]


class Transport:
    """What every endpoint method calls: `read` (GET, retried) and `write` (sent once)."""

    def __init__(self, config: ClientConfig, wire: Wire, tokens: TokenProvider) -> None:
        self.config = config
        self.wire = wire
        self.tokens = tokens

    async def read(self, url: str, *, params: Params = None) -> httpx.Response:
        """GET with retries on network errors, 429 (Retry-After) and 5xx."""
        return await read_retrying(self.config)(self._authorized, "GET", url, params=params)

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
        merged = {"Authorization": f"Bearer {token}", **(headers or {})}
        return await self.wire.send(method, url, params=params, json_body=json_body, headers=merged)
