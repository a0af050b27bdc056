"""Reading transactions: get, filters, the cursor, surviving 429/503, bad answers at the edge."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from aiohttp import web

from app.dintero import (
    ClientConfig,
    ConnectionFailed,
    DinteroClient,
    Ledger,
    NotFound,
    Operation,
    OrderItem,
    RateLimited,
    ResponseFormatError,
    ServerError,
    SessionRequest,
    Transaction,
    TransactionFilter,
    TransactionStatus,
)
from app.sandbox import EmbeddedSandbox, SandboxConfig

SEEDED = 250


@pytest.fixture(scope="module")
def shop() -> Iterator[EmbeddedSandbox]:
    """A sandbox with a seeded 90-day history of payments, shared by the listing tests."""
    with EmbeddedSandbox(SandboxConfig(seed_transactions=SEEDED, seed_sessions=0)) as server:
        yield server


def _config(sandbox: EmbeddedSandbox, **options: object) -> ClientConfig:
    return ClientConfig.single_host(
        sandbox.base_url,
        sandbox.account_id,
        sandbox.client_id,
        sandbox.client_secret,
        **{"retry_initial_s": 0.02, "retry_max_s": 0.1, **options},
    )


async def _everything(
    client: DinteroClient, filter: TransactionFilter | None = None
) -> list[Transaction]:
    return [tx async for tx in client.iter_transactions(filter, page_size=100)]


def test_cursor_walks_every_seeded_transaction_once(shop: EmbeddedSandbox) -> None:
    shop.clear_requests()

    async def main() -> list[Transaction]:
        async with DinteroClient(_config(shop)) as client:
            return await _everything(client)

    transactions = asyncio.run(main())
    ids = [tx.id for tx in transactions]
    assert len(ids) == SEEDED
    assert len(set(ids)) == SEEDED
    pages = shop.requests(r"^/v1/transactions$")
    assert len(pages) == 3
    assert [p["query"].get("limit") for p in pages] == [["100"]] * 3
    assert "starting_after" not in pages[0]["query"]
    assert pages[1]["query"]["starting_after"] == [ids[99]]
    assert pages[2]["query"]["starting_after"] == [ids[199]]


def test_filters_match_the_same_selection_made_locally(shop: EmbeddedSandbox) -> None:
    async def main() -> tuple[list[Transaction], list[Transaction], list[Transaction]]:
        async with DinteroClient(_config(shop)) as client:
            everything = await _everything(client)
            by_status = await _everything(
                client,
                TransactionFilter(
                    statuses=("AUTHORIZED", "PARTIALLY_CAPTURED"), currencies=("NOK",)
                ),
            )
            amounts = sorted(tx.amount for tx in everything)
            low, high = amounts[len(amounts) // 4], amounts[3 * len(amounts) // 4]
            by_amount = await _everything(
                client, TransactionFilter(amount_gte=low, amount_lte=high)
            )
            assert all(low <= tx.amount <= high for tx in by_amount)
            assert len(by_amount) == sum(1 for tx in everything if low <= tx.amount <= high)
            return everything, by_status, by_amount

    everything, by_status, _ = asyncio.run(main())
    expected = {
        tx.id
        for tx in everything
        if tx.status in ("AUTHORIZED", "PARTIALLY_CAPTURED") and tx.currency == "NOK"
    }
    assert expected
    assert {tx.id for tx in by_status} == expected
    sent = shop.requests(r"^/v1/transactions$")
    status_query = next(r["query"] for r in sent if "status" in r["query"])
    assert status_query["status"] == ["AUTHORIZED", "PARTIALLY_CAPTURED"]
    assert status_query["currency"] == ["NOK"]


def test_search_and_created_range(shop: EmbeddedSandbox) -> None:
    async def main() -> None:
        async with DinteroClient(_config(shop)) as client:
            everything = await _everything(client)
            target = everything[17]
            found = await client.list_transactions(TransactionFilter(search=target.id))
            assert [tx.id for tx in found] == [target.id]
            by_ref = await _everything(
                client, TransactionFilter(merchant_reference=target.merchant_reference)
            )
            assert target.id in {tx.id for tx in by_ref}
            assert {tx.merchant_reference for tx in by_ref} == {target.merchant_reference}
            assert target.created_at is not None
            since = target.created_at - timedelta(seconds=1)
            recent = await _everything(client, TransactionFilter(created_at_gte=since))
            assert target.id in {tx.id for tx in recent}
            assert all(tx.created_at is not None and tx.created_at >= since for tx in recent)

    asyncio.run(main())


def test_filter_renders_every_contract_parameter() -> None:
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    params = TransactionFilter(
        ids=("a", "b"),
        statuses=("CAPTURED",),
        payment_products=("vipps",),
        payment_product_types=("vipps",),
        card_brands=("VISA",),
        currencies=("NOK", "SEK"),
        session_ids=("s1",),
        store_ids=("st1",),
        token_ids=("t1",),
        payout_correlation_ids=("p1", "p2"),
        merchant_reference="M1",
        merchant_reference_2="M2",
        customer_id="c1",
        payment_operation="unscheduled_purchase",
        payout_destination_id="d1",
        amount=100,
        amount_gte=10,
        amount_lte=1000,
        created_at_gte=moment,
        created_at_lte=moment.date(),
        captured_at_gte=moment,
        captured_at_lte=moment,
        refunded_at_gte=moment,
        refunded_at_lte=moment,
        search="Kari Nordmann",
        only_successful_events=True,
    ).to_params()
    assert ("id", "a") in params
    assert ("id", "b") in params
    assert ("currency", "NOK") in params
    assert ("currency", "SEK") in params
    assert ("payout_correlation_id", "p1,p2") in params
    assert ("amount.gte", "10") in params
    assert ("created_at.gte", "2026-03-01T09:30:00Z") in params
    assert ("created_at.lte", "2026-03-01") in params
    assert ("includes", "events.success.true") in params
    keys = {key for key, _ in params}
    assert keys >= {
        "status",
        "payment_product",
        "payment_product_type",
        "card_brand",
        "session_id",
        "store_id",
        "token_id",
        "merchant_reference",
        "merchant_reference_2",
        "customer_id",
        "payment_operation",
        "payout_destination_id",
        "amount",
        "amount.lte",
        "captured_at.gte",
        "captured_at.lte",
        "refunded_at.gte",
        "refunded_at.lte",
        "search",
    }
    assert TransactionFilter().to_params() == []


def test_seeded_history_obeys_the_ledger_rules(shop: EmbeddedSandbox) -> None:
    """Every seeded transaction: sums stay within bounds and allowed moves match the status."""

    async def main() -> list[Transaction]:
        async with DinteroClient(_config(shop)) as client:
            return await _everything(client)

    for tx in asyncio.run(main()):
        ledger = Ledger(tx)
        assert 0 <= ledger.refunded <= ledger.captured <= ledger.authorized
        assert ledger.remaining_capturable <= ledger.authorized - ledger.captured
        assert ledger.remaining_refundable == ledger.captured - ledger.refunded or (
            tx.status not in ("PARTIALLY_CAPTURED", "CAPTURED", "PARTIALLY_REFUNDED")
        )
        allowed = ledger.allowed_operations()
        if tx.status in (TransactionStatus.DECLINED, TransactionStatus.FAILED):
            assert not any(allowed.values())
            assert all(p.reason for p in allowed.values())
        if tx.status is TransactionStatus.AUTHORIZED:
            assert allowed[Operation.CAPTURE]
            assert allowed[Operation.VOID]
            assert not allowed[Operation.REFUND]
        if tx.status is TransactionStatus.REFUNDED:
            assert ledger.refunded == ledger.captured
            assert not any(allowed.values())


def test_get_transaction_unknown_id_is_not_found(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(NotFound) as caught:
                await client.get_transaction(f"{sandbox.account_id}.nope")
            assert caught.value.request_id

    asyncio.run(main())
    # A 404 will not change with time: asked once, not retried.
    assert len(sandbox.requests(r"^/v1/transactions/")) == 1


def test_reads_survive_503s(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    tx = sandbox.create_authorized_transaction(amount=5000)
    sandbox.add_fault(method="GET", path=r"^/v1/transactions/", kind="status", status=503, times=2)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            got = await client.get_transaction(tx["id"])
            assert got.status is TransactionStatus.AUTHORIZED

    asyncio.run(main())
    statuses = [r["status"] for r in sandbox.requests(r"^/v1/transactions/")]
    assert statuses == [503, 503, 200]


def test_reads_give_up_after_the_retry_budget(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx = sandbox.create_authorized_transaction(amount=5000)
    sandbox.add_fault(method="GET", path=r"^/v1/transactions/", kind="status", status=502)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(ServerError) as caught:
                await client.get_transaction(tx["id"])
            assert caught.value.status == 502

    asyncio.run(main())
    assert len(sandbox.requests(r"^/v1/transactions/")) == client_config.max_read_retries + 1


def test_reads_honour_retry_after_on_429(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx = sandbox.create_authorized_transaction(amount=5000)
    sandbox.add_fault(
        method="GET", path=r"^/v1/transactions/", kind="rate_limit", retry_after=1, times=1
    )

    async def main() -> float:
        async with DinteroClient(client_config) as client:
            await client.fetch_token()
            started = time.monotonic()
            await client.get_transaction(tx["id"])
            return time.monotonic() - started

    elapsed = asyncio.run(main())
    assert elapsed >= 0.95  # Retry-After: 1, although our own backoff would be 20 ms
    assert [r["status"] for r in sandbox.requests(r"^/v1/transactions/")] == [429, 200]


def test_retry_after_is_capped(sandbox: EmbeddedSandbox) -> None:
    tx = sandbox.create_authorized_transaction(amount=5000)
    sandbox.add_fault(
        method="GET", path=r"^/v1/transactions/", kind="rate_limit", retry_after=30, times=1
    )
    config = _config(sandbox, retry_after_cap_s=0.1)

    async def main() -> float:
        async with DinteroClient(config) as client:
            await client.fetch_token()
            started = time.monotonic()
            await client.get_transaction(tx["id"])
            return time.monotonic() - started

    assert asyncio.run(main()) < 5


def test_rate_limit_that_persists_is_raised_with_retry_after(sandbox: EmbeddedSandbox) -> None:
    sandbox.add_fault(method="GET", path=r"^/v1/transactions$", kind="rate_limit", retry_after=2)
    config = _config(sandbox, retry_after_cap_s=0.01, max_read_retries=1)

    async def main() -> RateLimited:
        async with DinteroClient(config) as client:
            with pytest.raises(RateLimited) as caught:
                await client.list_transactions()
            return caught.value

    error = asyncio.run(main())
    assert error.retry_after == 2
    assert error.status == 429


def test_dropped_connection_on_a_read_is_retried(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx = sandbox.create_authorized_transaction(amount=5000)
    sandbox.add_fault(method="GET", path=r"^/v1/transactions/", kind="drop_before_apply", times=1)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            got = await client.get_transaction(tx["id"])
            assert got.id == tx["id"]

    asyncio.run(main())
    assert [r["status"] for r in sandbox.requests(r"^/v1/transactions/")] == [0, 200]


def test_nothing_listening_is_connection_failed() -> None:
    config = ClientConfig.single_host(
        "http://127.0.0.1:9", "T12345678", "c", "s", max_read_retries=1, retry_initial_s=0.01
    )

    async def main() -> None:
        async with DinteroClient(config) as client:
            with pytest.raises(ConnectionFailed) as caught:
                await client.get_transaction("T12345678.x")
            assert not caught.value.may_have_reached_server
            assert "internet" in caught.value.user_message

    asyncio.run(main())


# -- answers that are not what Dintero promises -----------------------------------------

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@asynccontextmanager
async def _odd_server(transaction_body: Handler) -> AsyncIterator[ClientConfig]:
    """A tiny loopback HTTP server: a valid token endpoint and a transaction endpoint we script."""

    async def token(request: web.Request) -> web.Response:
        return web.json_response(
            {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600}
        )

    app = web.Application()
    app.router.add_post("/v1/accounts/{aid}/auth/token", token)
    app.router.add_get("/v1/transactions/{tid}", transaction_body)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield ClientConfig.single_host(
            f"http://127.0.0.1:{port}", "T12345678", "c", "s", max_read_retries=0
        )
    finally:
        await runner.cleanup()


def _transaction_json(**changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "id": "T12345678.abc",
        "status": "AUTHORIZED",
        "amount": 1000,
        "currency": "NOK",
        "events": [],
    }
    body.update(changes)
    return body


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        ("{not json at all", "application/json", "Invalid JSON"),
        ("<html>maintenance</html>", "text/html", "Content-Type is text/html, not JSON"),
        (json.dumps(_transaction_json(amount=10.5)), "application/json", "amount"),
        (json.dumps(_transaction_json(amount="1000")), "application/json", "amount"),
        (json.dumps({"status": "AUTHORIZED"}), "application/json", "id"),
        (json.dumps([1, 2]), "application/json", "Transaction"),
    ],
)
def test_malformed_or_surprising_json_is_a_response_format_error(
    body: str, content_type: str, fragment: str
) -> None:
    async def answer(request: web.Request) -> web.Response:
        return web.Response(
            text=body, content_type=content_type, headers={"request-id": "req-odd-1"}
        )

    async def main() -> ResponseFormatError:
        async with _odd_server(answer) as config, DinteroClient(config) as client:
            with pytest.raises(ResponseFormatError) as caught:
                await client.get_transaction("T12345678.abc")
            return caught.value

    error = asyncio.run(main())
    assert fragment in str(error)
    assert error.request_id == "req-odd-1"
    assert "req-odd-1" in error.details
    assert error.user_message


def test_unknown_fields_and_statuses_are_tolerated() -> None:
    async def answer(request: web.Request) -> web.Response:
        return web.json_response(
            _transaction_json(status="SOMETHING_NEW", brand_new_field={"x": 1})
        )

    async def main() -> Transaction:
        async with _odd_server(answer) as config, DinteroClient(config) as client:
            return await client.get_transaction("T12345678.abc")

    tx = asyncio.run(main())
    assert tx.status is TransactionStatus.UNKNOWN
    assert not any(Ledger(tx).allowed_operations().values())


def test_the_detail_read_asks_for_the_creators_headers(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """GET transaction: `initiating_system_request_headers` is "by default excluded from
    the transaction details" (checkout spec); the plugin warning needs it, so the detail
    read asks for it (and for the session, whose configuration says auto_capture)."""

    async def main() -> str:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(
                SessionRequest(
                    merchant_reference="origin-1",
                    currency="NOK",
                    return_url="https://shop.example.com/return",
                    items=(OrderItem(line_id="1", amount=4_000, quantity=Decimal(1)),),
                )
            )
            paid = sandbox.pay(created.id)
            plain = await client.get_transaction(paid["id"])
            assert plain.initiating_system_request_headers == {}
            detail = await client.get_transaction_detail(paid["id"])
            assert detail.initiating_system_request_headers["dintero-system-name"]
            assert detail.session is not None
            assert detail.session.id == created.id
            return str(paid["id"])

    transaction_id = asyncio.run(main())
    [_, detail_read] = sandbox.requests(rf"/v1/transactions/{transaction_id}$")
    assert detail_read["query"]["includes"] == ["initiating_system_request_headers", "session"]
