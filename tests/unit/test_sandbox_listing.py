"""Sandbox transaction listing: filters, cursor paging and seeded demo data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.sandbox import EmbeddedSandbox, SandboxConfig

SEEDED = 400
# The value types httpx takes in a query (a list is invariant, so the alias must match them).
ParamList = list[tuple[str, str | int | float | bool | None]]


@pytest.fixture(scope="module")
def seeded() -> Iterator[EmbeddedSandbox]:
    with EmbeddedSandbox(SandboxConfig(seed_transactions=SEEDED, seed_sessions=4)) as server:
        yield server


@pytest.fixture(scope="module")
def api(seeded: EmbeddedSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {seeded.token()}"}
    with httpx.Client(base_url=seeded.base_url, headers=headers, timeout=10) as client:
        yield client


def page(api: httpx.Client, params: ParamList) -> list[dict[str, Any]]:
    response = api.get("/v1/transactions", params=params)
    assert response.status_code == 200, response.text
    body: list[dict[str, Any]] = response.json()
    return body


def every(api: httpx.Client, params: ParamList, limit: int = 100) -> list[dict[str, Any]]:
    """Walk the cursor like a client: stop when a page comes back short."""
    found: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        extra: ParamList = [("limit", limit)] + ([("starting_after", cursor)] if cursor else [])
        batch = page(api, params + extra)
        found.extend(batch)
        if len(batch) < limit:
            return found
        cursor = batch[-1]["id"]


def order_key(transaction: dict[str, Any]) -> tuple[str, str]:
    return (transaction["created_at"], transaction["id"])


def test_default_page_is_ten_newest_first(api: httpx.Client) -> None:
    transactions = page(api, [])
    assert len(transactions) == 10
    keys = [order_key(t) for t in transactions]
    assert keys == sorted(keys, reverse=True)


def test_paging_covers_everything_once_in_order(api: httpx.Client) -> None:
    walked = every(api, [], limit=37)
    ids = [t["id"] for t in walked]
    assert len(ids) == SEEDED
    assert len(set(ids)) == SEEDED
    keys = [order_key(t) for t in walked]
    assert keys == sorted(keys, reverse=True)
    assert [t["id"] for t in every(api, [], limit=100)] == ids


def test_seeded_history_is_varied(api: httpx.Client) -> None:
    walked = every(api, [])
    statuses = Counter(t["status"] for t in walked)
    for status in ("AUTHORIZED", "CAPTURED", "REFUNDED", "AUTHORIZATION_VOIDED", "DECLINED"):
        assert statuses[status] > 0, status
    currencies = Counter(t["currency"] for t in walked)
    assert currencies.most_common(1)[0][0] == "NOK"
    assert {"SEK", "DKK", "EUR"} <= set(currencies)
    assert len({t["payment_product_type"] for t in walked}) >= 4
    # The list leaves the creator's headers out (its only `includes` is
    # events.success.true); GET transaction gives them when asked for.
    assert not any("initiating_system_request_headers" in t for t in walked)
    origin = {"includes": "initiating_system_request_headers"}
    systems = {
        api.get(f"/v1/transactions/{t['id']}", params=origin)
        .json()["initiating_system_request_headers"]
        .get("dintero-system-name")
        for t in walked
    }
    assert {"woocommerce", "Magento"} <= systems
    oldest = min(datetime.fromisoformat(t["created_at"].replace("Z", "+00:00")) for t in walked)
    assert datetime.now(UTC) - oldest <= timedelta(days=90)


def test_seeded_statuses_agree_with_events(api: httpx.Client) -> None:
    for transaction in every(api, []):
        captured = sum(
            e["amount"] for e in transaction["events"] if e["event"] == "CAPTURE" and e["success"]
        )
        refunded = sum(
            e["amount"] for e in transaction["events"] if e["event"] == "REFUND" and e["success"]
        )
        status = transaction["status"]
        assert refunded <= captured <= transaction["amount"]
        if status == "CAPTURED":
            assert captured == transaction["amount"]
            assert refunded == 0
        if status == "REFUNDED":
            assert refunded == captured > 0
        if status in ("AUTHORIZED", "DECLINED", "FAILED", "ON_HOLD"):
            assert captured == 0
        assert transaction["events"][-1]["transaction_status"] == status


def test_seeding_is_deterministic(seeded: EmbeddedSandbox, api: httpx.Client) -> None:
    first = [t["id"] for t in page(api, [("limit", 50)])]
    with EmbeddedSandbox(SandboxConfig(seed_transactions=SEEDED)) as twin:
        headers = {"Authorization": f"Bearer {twin.token()}"}
        response = httpx.get(f"{twin.base_url}/v1/transactions?limit=50", headers=headers)
        assert [t["id"] for t in response.json()] == first


def test_status_filter_repeated_and_comma_forms(api: httpx.Client) -> None:
    wanted = {"CAPTURED", "REFUNDED"}
    repeated = every(api, [("status", "CAPTURED"), ("status", "REFUNDED")])
    comma = every(api, [("status", "CAPTURED,REFUNDED")])
    assert repeated
    assert {t["status"] for t in repeated} == wanted
    assert [t["id"] for t in comma] == [t["id"] for t in repeated]
    everything = every(api, [])
    assert len(repeated) == sum(t["status"] in wanted for t in everything)


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("currency", "currency"),
        ("payment_product", "payment_product"),
        ("payment_product_type", "payment_product_type"),
        ("payment_operation", "payment_operation"),
    ],
)
def test_simple_filters_match_a_brute_force_scan(api: httpx.Client, key: str, field: str) -> None:
    everything = every(api, [])
    # payment_operation is absent on ordinary checkout payments (PaymentOperationIntent:
    # unscheduled_purchase | recurring_purchase | generate_payment_token).
    value = Counter(t.get(field) for t in everything if t.get(field)).most_common(2)[-1][0]
    filtered = every(api, [(key, value)])
    assert filtered
    assert [t["id"] for t in filtered] == [t["id"] for t in everything if t.get(field) == value]


def test_amount_and_created_at_ranges(api: httpx.Client) -> None:
    everything = every(api, [])
    amounts = sorted(t["amount"] for t in everything)
    low, high = amounts[len(amounts) // 4], amounts[3 * len(amounts) // 4]
    in_range = every(api, [("amount.gte", low), ("amount.lte", high)])
    assert [t["id"] for t in in_range] == [
        t["id"] for t in everything if low <= t["amount"] <= high
    ]
    exact = every(api, [("amount", amounts[0])])
    assert exact
    assert {t["amount"] for t in exact} == {amounts[0]}
    middle = everything[len(everything) // 2]["created_at"]
    newer = every(api, [("created_at.gte", middle)])
    assert [t["id"] for t in newer] == [t["id"] for t in everything if t["created_at"] >= middle]


def test_date_only_upper_bound_includes_that_day(api: httpx.Client) -> None:
    everything = every(api, [])
    day = everything[len(everything) // 2]["created_at"][:10]
    same_day = every(api, [("created_at.gte", day), ("created_at.lte", day)])
    assert same_day
    assert [t["id"] for t in same_day] == [
        t["id"] for t in everything if t["created_at"][:10] == day
    ]


def test_captured_and_refunded_at(api: httpx.Client) -> None:
    everything = every(api, [])
    since = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def has(transaction: dict[str, Any], name: str) -> bool:
        return any(
            e["event"] == name and e["success"] and e["created_at"] >= since
            for e in transaction["events"]
        )

    for key, name in (("captured_at.gte", "CAPTURE"), ("refunded_at.gte", "REFUND")):
        filtered = every(api, [(key, since)])
        assert filtered
        assert [t["id"] for t in filtered] == [t["id"] for t in everything if has(t, name)]


def test_search_by_reference_email_name_and_phone(api: httpx.Client) -> None:
    target = every(api, [])[123]
    address = target["shipping_address"]
    for term in (
        target["merchant_reference"],
        target["customer"]["email"].upper(),
        f"{address['first_name']} {address['last_name']}",
        target["customer"]["phone_number"],
        target["id"],
        target["session_id"],
    ):
        found = every(api, [("search", term)])
        assert target["id"] in {t["id"] for t in found}, term
    assert page(api, [("search", "no-such-thing-anywhere")]) == []


def test_id_and_session_id_filters(api: httpx.Client) -> None:
    some = page(api, [("limit", 3)])
    by_id = page(api, [("id", ",".join(t["id"] for t in some))])
    assert [t["id"] for t in by_id] == [t["id"] for t in some]
    by_session = page(api, [("session_id", some[1]["session_id"])])
    assert [t["id"] for t in by_session] == [some[1]["id"]]


def test_events_success_true_drops_failures(api: httpx.Client) -> None:
    declined = page(api, [("status", "DECLINED"), ("includes", "events.success.true")])
    assert declined
    assert all(e["success"] for t in declined for e in t["events"])


@pytest.mark.parametrize(
    "params",
    [
        [("limit", 0)],
        [("limit", 101)],
        [("limit", "ten")],
        [("amount.gte", "x")],
        [("created_at.gte", "yesterday")],
        [("starting_after", "T12345678.unknown")],
    ],
)
def test_bad_list_parameters_are_400(api: httpx.Client, params: ParamList) -> None:
    response = api.get("/v1/transactions", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_new_payments_appear_first_without_disturbing_a_cursor(
    sandbox: EmbeddedSandbox,
) -> None:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    url = f"{sandbox.base_url}/v1/transactions"
    made = [sandbox.create_authorized_transaction(amount=100 + i)["id"] for i in range(5)]
    first = httpx.get(url, params={"limit": 2}, headers=headers).json()
    assert [t["id"] for t in first] == made[::-1][:2]
    sandbox.create_authorized_transaction(amount=999)
    rest = httpx.get(
        url, params={"limit": 10, "starting_after": first[-1]["id"]}, headers=headers
    ).json()
    assert [t["id"] for t in rest] == made[::-1][2:]


def test_seeded_open_sessions_have_pay_pages(seeded: EmbeddedSandbox) -> None:
    open_sessions = seeded.list_sessions("open")
    assert len(open_sessions) == 4
    for summary in open_sessions:
        assert summary["url"] == f"{seeded.base_url}/v1/view/{summary['id']}"
        page = httpx.get(summary["url"])
        assert page.status_code == 200
        assert summary["merchant_reference"] in page.text
        assert "value='pay'" in page.text
    paid = seeded.list_sessions("paid")
    assert paid
    assert all(summary["transaction_id"] for summary in paid)


def test_other_accounts_get_their_own_history_when_asked() -> None:
    config = SandboxConfig(seed_transactions=6, seed_other_accounts=4)
    with EmbeddedSandbox(config) as sandbox:
        counts = {}
        for account in config.accounts:
            token = sandbox.token(account.account_id)
            with httpx.Client(
                base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"}
            ) as client:
                listed = client.get("/v1/transactions", params={"limit": 100}).json()
            assert all(t["id"].startswith(account.account_id) for t in listed)
            counts[account.account_id] = len(listed)
    assert counts == {"T12345678": 6, "P12345678": 4}
