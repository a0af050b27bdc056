"""`GET /v1/sessions` in the sandbox and the client.

The Checkout API's session list ("List checkout sessions", SessionApi in Dintero's
generated .NET client): `limit` (1–100, default 10), `starting_after`, `id`, `search`
("Will try to match the search to either merchant_reference, merchant_reference_2, or
the customer name using the format `{first_name} {last_name}`"), `transaction_id`,
`created_at.gte`/`.lte`, `store_id`; the answer is a list of sessions.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from app.dintero import ClientConfig, DinteroClient, LocalValidationError
from app.sandbox import EmbeddedSandbox


def _session(reference: str, first_name: str = "Kari") -> dict[str, Any]:
    return {
        "profile_id": "default",
        "url": {"return_url": "https://shop.example.com/return"},
        "order": {
            "amount": 1000,
            "currency": "NOK",
            "merchant_reference": reference,
            "items": [{"id": "x", "line_id": "1", "amount": 1000, "quantity": 1}],
            "shipping_address": {"first_name": first_name, "last_name": "Nordmann"},
        },
    }


def _created(sandbox: EmbeddedSandbox, reference: str, **kwargs: Any) -> str:
    return str(sandbox.create_session(_session(reference, **kwargs))["id"])


def test_sandbox_lists_sessions_newest_first_with_search_and_cursor(
    sandbox: EmbeddedSandbox,
) -> None:
    ids = [_created(sandbox, f"PHONE-{n}") for n in range(12)]
    other = _created(sandbox, "WEB-1", first_name="Ola")
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers) as api:
        first = api.get("/v1/sessions").json()
        assert [s["id"] for s in first] == [other, *reversed(ids)][:10]
        assert "initiating_system_request_headers" not in first[0]
        rest = api.get("/v1/sessions", params={"starting_after": first[-1]["id"]}).json()
        assert [s["id"] for s in rest] == list(reversed(ids))[9:]
        by_name = api.get("/v1/sessions", params={"search": "ola nordmann"}).json()
        assert [s["id"] for s in by_name] == [other]
        by_reference = api.get("/v1/sessions", params={"search": "PHONE-1"}).json()
        assert {s["order"]["merchant_reference"] for s in by_reference} == {
            "PHONE-1",
            "PHONE-10",
            "PHONE-11",
        }
        paid = sandbox.pay(ids[3])
        by_payment = api.get("/v1/sessions", params={"transaction_id": paid["id"]}).json()
        assert [s["id"] for s in by_payment] == [ids[3]]
        assert api.get("/v1/sessions", params={"limit": 101}).status_code == 400
        prod = {"Authorization": f"Bearer {sandbox.token('P12345678')}"}
        assert api.get("/v1/sessions", headers=prod).json() == []


def test_client_finds_sessions_by_exact_reference(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """`search` only "will try to match": the client keeps exact references only."""
    wanted = [_created(sandbox, "PHONE-7") for _ in range(2)]
    _created(sandbox, "PHONE-70")
    _created(sandbox, "OTHER")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            found = await client.find_sessions_by_reference("PHONE-7")
            assert [s.id for s in found] == list(reversed(wanted))
            page = await client.list_sessions(limit=2)
            assert len(page) == 2
            assert await client.find_sessions_by_reference("NOPE") == []

    asyncio.run(main())
    [first_read, *_] = sandbox.requests(r"/v1/sessions$")
    assert first_read["query"]["search"] == ["PHONE-7"]
    assert first_read["query"]["limit"] == ["100"]


@pytest.mark.parametrize("limit", [0, 101])
def test_client_refuses_a_limit_out_of_range(client_config: ClientConfig, limit: int) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            await client.list_sessions(limit=limit)

    with pytest.raises(LocalValidationError, match="between 1 and 100"):
        asyncio.run(main())
