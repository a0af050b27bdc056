"""The Orders API at the desk: a link pays an order, and what happens to the payment is
recorded on it (authorization, capture, refund, void), each record once.

Shapes follow Dintero's Orders API reference ("Orders and Checkout" flow): a draft order
with integer ``line_id``, ``gross_amount`` and ``tax_lines``; ``PUT …/complete`` answering
``{"orders": [order]}``; records with ``items`` and ``payment_details.payment_id``; the
scope ``admin:shopping`` for every Orders API call.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.core.vat import OrderLine
from app.desk.connection_check import ConnectionCheckFailed, check_connection
from app.desk.link_creation import create_link
from app.desk.link_draft import LinkDraft
from app.desk.move_request import MoveRequest
from app.desk.order_recording import (
    NotRecordable,
    OrderNotMade,
    draft_order_lines,
    order_line_ids,
    record_authorization,
)
from app.dintero import CaptureRequest, ClientConfig, DinteroClient, Operation, RefundRequest
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalOperation, Outcome
from app.storage.links import LinkRecord, LinkStore, ShippingLine
from tests.desk.support import account_for, link_draft, make_desk

SWEATER = OrderLine("1", "Wool sweater", Decimal(1), 49_900, Decimal(25), sku="SW-1")
SOCKS = OrderLine("2", "Socks", Decimal(3), 9_900, Decimal(25))
POSTEN = ShippingLine("Posten", 9_900, Decimal(25))


def _phone_order(reference: str) -> LinkDraft:
    return replace(link_draft(reference), lines=(SWEATER, SOCKS), shipping=POSTEN)


def _posts(sandbox: EmbeddedSandbox, tail: str) -> list[dict[str, Any]]:
    return [r for r in sandbox.requests(tail) if r["method"] == "POST"]


def _items(record: dict[str, Any]) -> list[tuple[int, int]]:
    return sorted((int(i["line_id"]), int(i["amount"])) for i in record["items"])


async def _created(
    client: DinteroClient, store: LinkStore, sandbox: EmbeddedSandbox, reference: str
) -> LinkRecord:
    account = account_for(sandbox, orders_api=True)
    return await create_link(client, store, account, _phone_order(reference), datetime.now(UTC))


def test_line_ids_pair_numbers_as_they_are_and_the_rest_after_them() -> None:
    # The pairing rule: str(order line_id) == checkout line_id wherever that can hold.
    assert order_line_ids(["1", "2", "shipping"]) == {"1": 1, "2": 2, "shipping": 3}
    assert order_line_ids(["1", "3", "shipping"]) == {"1": 1, "3": 3, "shipping": 4}
    assert order_line_ids(["gift", "2"]) == {"gift": 1, "2": 2}
    assert order_line_ids(["007", "7"]) == {"7": 7, "007": 1}


def test_a_link_pays_a_new_order_made_from_its_lines(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    store = LinkStore.in_directory(tmp_path)

    async def main() -> LinkRecord:
        async with DinteroClient(client_config) as client:
            return await _created(client, store, sandbox, "PD-PHONE-7")

    record = asyncio.run(main())
    order_id = record.merchant_reference
    assert order_id != "PD-PHONE-7"
    assert len(order_id) == 9
    assert order_id.isalnum()
    [draft_post] = _posts(sandbox, r"/shopping/draft_orders$")
    assert draft_post["json"]["options"] == {"generate_order_id": "ALPHANUMERIC_9"}
    order = sandbox.get_order(order_id)
    assert order["status"] == "open"
    lines = {int(i["line_id"]): i for i in order["items"]}
    assert sorted(lines) == [1, 2, 3]
    assert [lines[n]["gross_amount"] for n in (1, 2, 3)] == [49_900, 29_700, 9_900]
    assert lines[1]["tax_lines"] == [{"amount": 9_980, "percentage": 25}]
    assert lines[2]["tax_lines"] == [{"amount": 5_940, "percentage": 25}]
    assert lines[3]["tax_lines"] == [{"amount": 1_980, "percentage": 25}]
    assert lines[1]["id"] == "SW-1"
    assert lines[2]["quantity"] == 3
    assert sum(i["gross_amount"] for i in order["items"]) == record.amount
    # The session names the order; the typed reference stays on it as the second one.
    session = sandbox.get_session(record.session_id)
    assert session["order"]["merchant_reference"] == order_id
    assert session["order"]["merchant_reference_2"] == "PD-PHONE-7"
    session_lines = [i["line_id"] for i in session["order"]["items"]]
    assert session_lines == ["1", "2"]
    assert session["order"]["shipping_option"]["line_id"] == "shipping"
    stored = store.get(record.session_id)
    assert stored is not None
    assert stored.merchant_reference == order_id
    store.close()


def test_draft_lines_follow_the_form(sandbox: EmbeddedSandbox) -> None:
    lines = draft_order_lines(_phone_order("PD-1"))
    assert [(line.line_id, line.gross_amount) for line in lines] == [
        (1, SWEATER.amount),
        (2, SOCKS.amount),
        (3, POSTEN.amount),
    ]
    assert [line.tax_lines[0].amount for line in lines] == [
        SWEATER.vat_amount,
        SOCKS.vat_amount,
        1_980,
    ]


def test_a_paid_link_gets_its_authorization_recorded_once(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, journal: Journal
) -> None:
    store = LinkStore.in_directory(tmp_path)

    async def main() -> tuple[str, str]:
        async with DinteroClient(client_config) as client:
            record = await _created(client, store, sandbox, "PD-PHONE-8")
            tx_id = str((await asyncio.to_thread(sandbox.pay, record.session_id))["id"])
            desk, listener = make_desk(client, sandbox, journal, orders_api=True)
            await desk.record_authorization(tx_id)
            await desk.record_authorization(tx_id)  # a second desk, a second reading
            assert (
                listener.order_records[-1][1] == f"Recorded on order {record.merchant_reference}."
            )
            return record.merchant_reference, tx_id

    order_id, tx_id = asyncio.run(main())
    [authorization] = sandbox.get_order(order_id)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id
    assert authorization["success"] is True
    assert _items(authorization) == [(1, 49_900), (2, 29_700), (3, 9_900)]
    assert len(_posts(sandbox, r"/authorizations$")) == 1  # read first, not recorded twice
    rows = [r for r in journal.for_target(tx_id) if r.operation is JournalOperation.ORDER_RECORD]
    assert [(r.outcome, r.reference) for r in rows] == [(Outcome.SUCCEEDED, "authorization")] * 2
    store.close()


def test_an_order_typed_as_the_reference_is_paid_and_its_authorization_recorded(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, journal: Journal
) -> None:
    """An order made elsewhere (a web shop, another system): no second order is made."""
    store = LinkStore.in_directory(tmp_path)

    async def main() -> tuple[str, LinkRecord, str]:
        async with DinteroClient(client_config) as client:
            made = await client.create_draft_order("NOK", draft_order_lines(_phone_order("x")))
            order = await client.complete_draft_order(made.id)
            record = await _created(client, store, sandbox, order.order_id)
            tx_id = str((await asyncio.to_thread(sandbox.pay, record.session_id))["id"])
            desk, _listener = make_desk(client, sandbox, journal, orders_api=True)
            await desk.record_authorization(tx_id)
            return order.order_id, record, tx_id

    order_id, record, tx_id = asyncio.run(main())
    assert record.merchant_reference == order_id
    assert len(_posts(sandbox, r"/shopping/draft_orders$")) == 1  # only the shop's own
    session = sandbox.get_session(record.session_id)
    assert "merchant_reference_2" not in session["order"]
    [authorization] = sandbox.get_order(order_id)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id
    store.close()


def test_an_order_in_another_currency_is_refused_before_anything_is_sent(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    store = LinkStore.in_directory(tmp_path)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            made = await client.create_draft_order("SEK", draft_order_lines(_phone_order("x")))
            order = await client.complete_draft_order(made.id)
            with pytest.raises(ValueError, match="is in SEK"):
                await _created(client, store, sandbox, order.order_id)

    asyncio.run(main())
    assert _posts(sandbox, r"/v1/sessions-profile$") == []
    assert store.search(account_for(sandbox).key, "", 10) == []
    store.close()


def test_without_the_orders_scope_no_link_is_made_and_test_connection_says_why(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """The Orders API asks for the scope admin:shopping; a client without it gets 403."""
    sandbox.withhold_scopes("admin:shopping")
    store = LinkStore.in_directory(tmp_path)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(OrderNotMade) as refused:
                await _created(client, store, sandbox, "PD-PHONE-9")
        assert "No link was created" in refused.value.user_message
        assert "admin:shopping" in refused.value.user_message
        assert "403" in refused.value.details

    asyncio.run(main())
    assert _posts(sandbox, r"/v1/sessions-profile$") == []
    assert store.search(account_for(sandbox).key, "", 10) == []

    with_orders = account_for(sandbox, orders_api=True)
    with pytest.raises(ConnectionCheckFailed) as failed:
        asyncio.run(check_connection(with_orders, sandbox.client_secret))
    said = failed.value.user_message
    assert "credentials work" in said
    assert "“admin:shopping” scope" in said
    assert "403" in failed.value.details
    # Without the setting the scope does not matter; with it granted, the check says so.
    plain = asyncio.run(check_connection(account_for(sandbox), sandbox.client_secret))
    assert "Orders API" not in plain
    sandbox.withhold_scopes()
    granted = asyncio.run(check_connection(with_orders, sandbox.client_secret))
    assert "may record payments in the Orders API (admin:shopping)" in granted
    store.close()


def test_a_failed_authorization_record_is_retried_and_never_touches_the_payment(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, journal: Journal
) -> None:
    store = LinkStore.in_directory(tmp_path)
    sandbox.add_fault(
        method="POST",
        path=r"/shopping/orders/.*/authorizations",
        kind="status",
        status=500,
        times=1,
    )

    async def main() -> tuple[str, str]:
        async with DinteroClient(client_config) as client:
            record = await _created(client, store, sandbox, "PD-PHONE-10")
            tx_id = str((await asyncio.to_thread(sandbox.pay, record.session_id))["id"])
            desk, listener = make_desk(client, sandbox, journal, orders_api=True)
            await desk.record_authorization(tx_id)
            (_tx, text, retryable) = listener.order_records[-1]
            assert retryable
            assert text.startswith("The payment is authorized, but recording the authorization")
            [job] = desk.take_failed_order_records(tx_id)
            await desk.record_order(job)
            assert listener.order_records[-1][2] is False
            return record.merchant_reference, tx_id

    order_id, tx_id = asyncio.run(main())
    assert len(sandbox.get_order(order_id)["authorizations"]) == 1
    assert sandbox.get_transaction(tx_id)["status"] == "AUTHORIZED"
    assert [r for r in sandbox.requests(rf"/transactions/{tx_id}/") if r["method"] == "POST"] == []
    rows = [r for r in journal.for_target(tx_id) if r.operation is JournalOperation.ORDER_RECORD]
    assert [r.outcome for r in reversed(rows)] == [Outcome.FAILED, Outcome.SUCCEEDED]
    store.close()


def test_a_void_is_recorded_as_a_cancellation_of_every_uncaptured_line(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, journal: Journal
) -> None:
    store = LinkStore.in_directory(tmp_path)

    async def main() -> tuple[str, str]:
        async with DinteroClient(client_config) as client:
            record = await _created(client, store, sandbox, "PD-PHONE-11")
            tx = await asyncio.to_thread(sandbox.pay, record.session_id)
            desk, _listener = make_desk(client, sandbox, journal, orders_api=True)
            report = await desk.run(
                MoveRequest(
                    transaction_id=str(tx["id"]),
                    operation=Operation.VOID,
                    body=None,
                    amount=int(tx["amount"]),
                    currency="NOK",
                    merchant_reference=record.merchant_reference,
                )
            )
            assert report.outcome is Outcome.SUCCEEDED
            assert report.order_record is not None
            await desk.record_order(report.order_record)
            return record.merchant_reference, str(tx["id"])

    order_id, tx_id = asyncio.run(main())
    order = sandbox.get_order(order_id)
    [cancellation] = order["cancellations"]
    assert cancellation["payment_details"]["payment_id"] == tx_id
    assert _items(cancellation) == [(1, 49_900), (2, 29_700), (3, 9_900)]
    assert order["status"] == "cancelled"
    store.close()


def test_a_failed_record_is_still_shown_after_a_restart_and_recorded_once(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """The journal keeps what was not recorded: a new desk on it offers the retry, and the
    retry records by the capture's own reference (never sending the capture again)."""
    store = LinkStore.in_directory(tmp_path)
    sandbox.add_fault(
        method="POST", path=r"/shopping/orders/.*/captures", kind="status", status=500, times=1
    )

    async def before_restart() -> tuple[str, str]:
        async with DinteroClient(client_config) as client:
            record = await _created(client, store, sandbox, "PD-PHONE-12")
            tx = await asyncio.to_thread(sandbox.pay, record.session_id)
            with Journal.in_directory(tmp_path) as journal:
                desk, listener = make_desk(client, sandbox, journal, orders_api=True)
                await desk.record_authorization(str(tx["id"]))
                report = await desk.run(
                    MoveRequest(
                        transaction_id=str(tx["id"]),
                        operation=Operation.CAPTURE,
                        amount=40_000,
                        currency="NOK",
                        merchant_reference=record.merchant_reference,
                        body=CaptureRequest(amount=40_000),
                    )
                )
                assert report.order_record is not None
                await desk.record_order(report.order_record)
                assert listener.order_records[-1][2] is True  # failed, retry offered
            return record.merchant_reference, str(tx["id"])

    order_id, tx_id = asyncio.run(before_restart())
    assert sandbox.get_order(order_id)["captures"] == []

    async def after_restart() -> list[tuple[str, str, bool]]:
        async with DinteroClient(client_config) as client:
            with Journal.in_directory(tmp_path) as journal:
                desk, listener = make_desk(client, sandbox, journal, orders_api=True)
                transaction = await client.get_transaction(tx_id)
                await desk.restore_order_records(transaction)
                [job] = desk.take_failed_order_records(tx_id)
                assert job.operation is Operation.CAPTURE
                await desk.record_order(job)
                await desk.restore_order_records(await client.get_transaction(tx_id))
                assert desk.take_failed_order_records(tx_id) == []
                return listener.order_records

    told = asyncio.run(after_restart())
    (_tx, text, retryable) = told[0]
    assert retryable
    assert text.startswith(f"Not recorded on order {order_id} yet: recording the capture")
    assert told[-1] == (tx_id, f"Recorded on order {order_id}.", False)
    [capture_record] = sandbox.get_order(order_id)["captures"]
    assert capture_record["amount"] == 40_000
    assert _items(capture_record) == [(1, 40_000)]
    assert len(sandbox.get_order(order_id)["authorizations"]) == 1
    assert len(_posts(sandbox, rf"/transactions/{tx_id}/capture$")) == 1
    store.close()


def test_an_order_with_other_lines_gets_the_authorization_on_its_own_lines(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, journal: Journal
) -> None:
    """A web shop's order of two lines, paid by a phone link typed with three: the record
    names the order's lines (the sandbox, like the Orders API, refuses unknown ones)."""
    from app.dintero import OrderLine as OrdersLine
    from app.dintero import TaxLine

    store = LinkStore.in_directory(tmp_path)
    web_shop_lines = [
        OrdersLine(
            line_id=1,
            gross_amount=50_000,
            description="Armchair",
            tax_lines=(TaxLine(amount=10_000, percentage=Decimal(25)),),
        ),
        OrdersLine(
            line_id=2,
            gross_amount=39_500,
            description="Delivery",
            tax_lines=(TaxLine(amount=7_900, percentage=Decimal(25)),),
        ),
    ]

    async def main() -> tuple[str, str]:
        async with DinteroClient(client_config) as client:
            made = await client.create_draft_order("NOK", web_shop_lines)
            order = await client.complete_draft_order(made.id)
            record = await _created(client, store, sandbox, order.order_id)
            tx_id = str((await asyncio.to_thread(sandbox.pay, record.session_id))["id"])
            desk, listener = make_desk(client, sandbox, journal, orders_api=True)
            await desk.record_authorization(tx_id)
            assert listener.order_records[-1][2] is False
            for operation, amount in ((Operation.CAPTURE, 60_000), (Operation.REFUND, 20_000)):
                body_type = CaptureRequest if operation is Operation.CAPTURE else RefundRequest
                report = await desk.run(
                    MoveRequest(
                        transaction_id=tx_id,
                        operation=operation,
                        amount=amount,
                        currency="NOK",
                        merchant_reference=order.order_id,
                        body=body_type(amount=amount),
                    )
                )
                assert report.order_record is not None
                await desk.record_order(report.order_record)
                assert listener.order_records[-1][2] is False
            return order.order_id, tx_id

    order_id, tx_id = asyncio.run(main())
    assert sandbox.get_transaction(tx_id)["amount"] == 89_500
    order = sandbox.get_order(order_id)
    [authorization] = order["authorizations"]
    assert _items(authorization) == [(1, 50_000), (2, 39_500)]
    [capture] = order["captures"]
    assert _items(capture) == [(1, 50_000), (2, 10_000)]
    [refund] = order["refunds"]
    assert _items(refund) == [(1, 20_000)]
    store.close()


def test_two_desks_seeing_one_link_paid_record_its_authorization_once(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, journal: Journal
) -> None:
    """Every desk following a link hears that it was paid; one records it."""
    store = LinkStore.in_directory(tmp_path)

    async def main() -> tuple[str, str]:
        async with DinteroClient(client_config) as client:
            record = await _created(client, store, sandbox, "PD-PHONE-13")
            tx_id = str((await asyncio.to_thread(sandbox.pay, record.session_id))["id"])
            first, _ = make_desk(client, sandbox, journal, orders_api=True)
            second, _ = make_desk(client, sandbox, journal, orders_api=True)
            second.leases = first.leases  # one shop: the leases are shared
            await asyncio.gather(
                first.record_authorization(tx_id), second.record_authorization(tx_id)
            )
            await second.record_authorization(tx_id)  # later: reads the order, finds it
            return record.merchant_reference, tx_id

    order_id, tx_id = asyncio.run(main())
    [authorization] = sandbox.get_order(order_id)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id
    assert len(_posts(sandbox, r"/authorizations$")) == 1
    store.close()


def test_a_declined_payment_has_no_authorization_to_record_and_says_so(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """Nothing is asked of the Orders API; the refusal is words for staff (a retry of a
    failed record shows them), not a programming error."""
    declined = sandbox.create_authorized_transaction(amount=5_000, outcome="declined")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            transaction = await client.get_transaction(declined["id"])
            with pytest.raises(NotRecordable) as refused:
                await record_authorization(client, transaction)
            assert refused.value.user_message == (
                f"Transaction {transaction.id} is not authorized."
            )

    sandbox.clear_requests()
    asyncio.run(main())
    assert sandbox.requests(r"/orders") == []
