"""Tokens against the sandbox over loopback: fetch, reuse, expiry mid-run, one renewal."""

from __future__ import annotations

import asyncio
import base64

import pytest

from app.dintero import AuthenticationFailed, ClientConfig, DinteroClient
from app.dintero.auth import renewal_delay
from app.sandbox import EmbeddedSandbox


def _token_requests(sandbox: EmbeddedSandbox) -> list[dict[str, object]]:
    return sandbox.requests(r"/auth/token$")


def test_token_is_fetched_with_basic_auth_and_audience_then_reused(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx = sandbox.create_authorized_transaction(amount=1000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            token = await client.fetch_token()
            assert token.token_type == "Bearer"
            assert token.expires_in == sandbox.config.token_lifetime_s
            for _ in range(3):
                await client.get_transaction(tx["id"])

    asyncio.run(main())
    token_calls = _token_requests(sandbox)
    # fetch_token fetched one; the three reads reused it.
    assert len(token_calls) == 1
    call = token_calls[0]
    assert call["json"] == {
        "grant_type": "client_credentials",
        "audience": f"https://api.dintero.com/v1/accounts/{sandbox.account_id}",
    }
    expected = base64.b64encode(f"{sandbox.client_id}:{sandbox.client_secret}".encode()).decode()
    headers = call["headers"]
    assert isinstance(headers, dict)
    assert headers["authorization"] == f"Basic {expected}"
    reads = sandbox.requests(r"/v1/transactions/")
    assert len(reads) == 3
    assert all(str(r["headers"]["authorization"]).startswith("Bearer ") for r in reads)


def test_token_expiring_mid_run_is_renewed_once_and_the_call_repeated(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx = sandbox.create_authorized_transaction(amount=1000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            await client.get_transaction(tx["id"])
            # Dintero's clock passes the token's lifetime; ours has not: the API says 401.
            sandbox.advance_clock(sandbox.config.token_lifetime_s + 1)
            fresh = await client.get_transaction(tx["id"])
            assert fresh.id == tx["id"]
            await client.get_transaction(tx["id"])

    asyncio.run(main())
    assert len(_token_requests(sandbox)) == 2
    statuses = [r["status"] for r in sandbox.requests(r"/v1/transactions/")]
    assert statuses == [200, 401, 200, 200]


def test_concurrent_calls_after_expiry_share_one_renewal(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx = sandbox.create_authorized_transaction(amount=1000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            await client.get_transaction(tx["id"])
            sandbox.advance_clock(sandbox.config.token_lifetime_s + 1)
            results = await asyncio.gather(*(client.get_transaction(tx["id"]) for _ in range(8)))
            assert {r.id for r in results} == {tx["id"]}

    asyncio.run(main())
    assert len(_token_requests(sandbox)) == 2


def test_write_after_expiry_is_repeated_once_with_a_new_token(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx = sandbox.create_authorized_transaction(amount=1000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            await client.fetch_token()
            sandbox.advance_clock(sandbox.config.token_lifetime_s + 1)
            updated = await client.update_merchant_reference_2(tx["id"], "ORDER-77")
            assert updated.merchant_reference_2 == "ORDER-77"

    asyncio.run(main())
    puts = sandbox.requests(r"/v1/transactions/[^/]+$")
    assert [(r["method"], r["status"]) for r in puts] == [("PUT", 401), ("PUT", 200)]
    assert len(_token_requests(sandbox)) == 2


def test_wrong_secret_is_authentication_failed_without_leaking_it(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    bad = ClientConfig.model_validate(
        {**client_config.model_dump(), "client_secret": "not-the-secret-xyz"}
    )

    async def main() -> AuthenticationFailed:
        async with DinteroClient(bad) as client:
            with pytest.raises(AuthenticationFailed) as caught:
                await client.fetch_token()
            return caught.value

    error = asyncio.run(main())
    assert error.status == 401
    assert error.request_id
    for text in (str(error), error.details, error.user_message, repr(bad)):
        assert "not-the-secret-xyz" not in text
    assert len(_token_requests(sandbox)) == 1  # a 4xx on the token is not retried


def test_production_account_gets_its_own_token(sandbox: EmbeddedSandbox) -> None:
    config = ClientConfig.single_host(
        sandbox.base_url, "P12345678", "paydesk-sandbox-prod-client", "paydesk-sandbox-prod-secret"
    )
    assert config.is_production

    async def main() -> None:
        async with DinteroClient(config) as client:
            token = await client.fetch_token()
            assert token.access_token.get_secret_value()

    asyncio.run(main())
    (call,) = _token_requests(sandbox)
    assert call["path"] == "/v1/accounts/P12345678/auth/token"


@pytest.mark.parametrize(
    ("lifetime", "renew_after"),
    [(14400, 7200), (86400, 43200), (600, 300), (500, 200), (120, 60)],
)
def test_renewal_comes_early(lifetime: int, renew_after: float) -> None:
    assert renewal_delay(lifetime) == renew_after
    assert 0 < renewal_delay(lifetime) < lifetime
