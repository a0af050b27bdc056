"""Deterministic demo data: a shop's last 90 days of payments and a few open links.

Everything derives from `config.seed`, so two runs with the same seed show the same
shop. Statuses are produced by replaying realistic events (captures, refunds, voids)
and checked against the state machine, so seeded data obeys the same rules as live data.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.sandbox.clock import parse_time
from app.sandbox.events import session_event, transaction_event
from app.sandbox.ids import new_id
from app.sandbox.ledger import status_after_change
from app.sandbox.model import Json, Session, Transaction
from app.sandbox.settlement import pay_out, settlement_status
from app.sandbox.state import SandboxState

__all__ = ["seed_state"]

_FIRST_NAMES = {
    "NO": ("Ola", "Kari", "Ingrid", "Lars", "Sigrid", "Magnus", "Nora", "Henrik", "Emma", "Jonas"),
    "SE": ("Erik", "Anna", "Johan", "Elsa", "Oskar", "Maja", "Axel", "Astrid", "Lina", "Nils"),
    "DK": (
        "Mads",
        "Freja",
        "Rasmus",
        "Ida",
        "Søren",
        "Mette",
        "Frederik",
        "Signe",
        "Jens",
        "Sofie",
    ),
}
_LAST_NAMES = {
    "NO": ("Nordmann", "Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Bakken", "Lie", "Dahl"),
    "SE": ("Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Berglund", "Sjöberg"),
    "DK": ("Jensen", "Nielsen", "Pedersen", "Christensen", "Rasmussen", "Sørensen", "Mortensen"),
}
_CITIES = {
    "NO": (("0150", "Oslo"), ("5003", "Bergen"), ("7010", "Trondheim"), ("4006", "Stavanger")),
    "SE": (("111 22", "Stockholm"), ("411 01", "Göteborg"), ("211 20", "Malmö")),
    "DK": (("1050", "København K"), ("8000", "Aarhus C"), ("5000", "Odense C")),
}
_COUNTRY_OF_CURRENCY = {"NOK": "NO", "SEK": "SE", "DKK": "DK", "EUR": "NO"}
_CURRENCY_FACTOR = {"NOK": 1.0, "SEK": 1.0, "DKK": 0.65, "EUR": 0.09}
_CATALOGUE = (
    ("SKU-1001", "Ullgenser, marineblå", 89900, 25),
    ("SKU-1002", "Regnjakke, gul", 129900, 25),
    ("SKU-1003", "Kaffebønner 500 g", 14900, 15),
    ("SKU-1004", "Termokopp", 24900, 25),
    ("SKU-1005", "Ullsokker, 3-pakning", 19900, 25),
    ("SKU-1006", "Kokebok: Nordisk mat", 39900, 0),
    ("SKU-1007", "Tursekk 30 l", 79900, 25),
    ("SKU-1008", "Sjokolade, mørk", 4900, 15),
    ("SKU-1009", "Lue i merinoull", 29900, 25),
    ("SKU-1010", "Gavekort", 50000, 0),
)
_SHIPPING = (
    ("posten-home", "Home delivery", "Posten", 14900),
    ("pickup", "Pick-up point", "Bring", 6900),
)
_STATUS_WEIGHTS = (
    ("CAPTURED", 34),
    ("AUTHORIZED", 18),
    ("PARTIALLY_CAPTURED", 6),
    ("PARTIALLY_REFUNDED", 8),
    ("REFUNDED", 8),
    ("PARTIALLY_CAPTURED_REFUNDED", 2),
    ("AUTHORIZATION_VOIDED", 8),
    ("DECLINED", 3),
    ("FAILED", 3),
    ("ON_HOLD", 2),
)
_PRODUCT_WEIGHTS = (
    ("dintero_psp.creditcard", 40),
    ("vipps", 22),
    ("payex.creditcard", 10),
    ("klarna.klarna", 10),
    ("collector.invoice", 8),
)
_PLUGIN_HEADERS = (
    {
        "dintero-system-name": "woocommerce",
        "dintero-system-version": "8.2.1",
        "dintero-system-plugin-name": "Dintero.Checkout.WooCommerce.V2",
        "dintero-system-plugin-version": "2023.10.02",
        "user-agent": "WordPress/6.4; https://butikk.example.no",
    },
    {
        "dintero-system-name": "Magento",
        "dintero-system-version": "2.4.6",
        "dintero-system-plugin-name": "Dintero.Checkout.Magento.V2",
        "dintero-system-plugin-version": "1.9.4",
        "user-agent": "GuzzleHttp/7",
    },
)
_PAYOUT_AFTER = timedelta(days=2)
_PAYDESK_HEADERS = {
    "dintero-system-name": "paydesk",
    "dintero-system-version": "0.1.0",
    "user-agent": "Paydesk/0.1.0",
}


@dataclass
class _Seeder:
    state: SandboxState
    base_url: str
    rng: random.Random
    account_id: str
    client_id: str
    now: datetime

    def uid(self) -> str:
        """A reproducible UUID4-shaped id."""
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"

    def person(self, currency: str) -> tuple[Json, Json]:
        country = _COUNTRY_OF_CURRENCY[currency]
        first = self.rng.choice(_FIRST_NAMES[country])
        last = self.rng.choice(_LAST_NAMES[country])
        if country == "NO":
            phone = f"+47{self.rng.choice('49')}{self.rng.randrange(10**7):07d}"
        elif country == "SE":
            phone = f"+467{self.rng.choice('0236')}{self.rng.randrange(10**7):07d}"
        else:
            phone = f"+45{self.rng.randrange(2, 10)}{self.rng.randrange(10**7):07d}"
        ascii_name = f"{first}.{last}".lower().translate(str.maketrans("øåäöæ", "oaaoa"))
        email = f"{ascii_name}{self.rng.randrange(100)}@example.{country.lower()}"
        postal_code, place = self.rng.choice(_CITIES[country])
        customer = {
            "customer_id": f"C{self.rng.randrange(10**6):06d}",
            "email": email,
            "phone_number": phone,
        }
        address = {
            "first_name": first,
            "last_name": last,
            "address_line": f"{self.rng.choice(('Storgata', 'Kungsgatan', 'Vestergade'))} "
            f"{self.rng.randrange(1, 120)}",
            "postal_code": postal_code,
            "postal_place": place,
            "country": country,
            "phone_number": phone,
            "email": email,
        }
        return customer, address

    def order(self, currency: str, reference: str) -> Json:
        factor = _CURRENCY_FACTOR[currency]
        items: list[Json] = []
        for index, (sku, description, price, vat) in enumerate(
            self.rng.sample(_CATALOGUE, self.rng.randint(1, 4)), start=1
        ):
            quantity = self.rng.choice((1, 1, 1, 2, 3))
            amount = round(price * factor / 100) * 100 * quantity
            vat_amount = amount - round(amount * 100 / (100 + vat)) if vat else 0
            items.append(
                {
                    "id": sku,
                    "line_id": str(index),
                    "description": description,
                    "quantity": quantity,
                    "amount": amount,
                    "vat": vat,
                    "vat_amount": vat_amount,
                }
            )
        order: Json = {"currency": currency, "merchant_reference": reference, "items": items}
        if self.rng.random() < 0.4:
            shipping_id, title, operator, price = self.rng.choice(_SHIPPING)
            amount = round(price * factor / 100) * 100
            order["shipping_option"] = {
                "id": shipping_id,
                "line_id": "shipping",
                "title": title,
                "operator": operator,
                "amount": amount,
                "vat": 25,
                "vat_amount": amount - round(amount * 100 / 125),
            }
        shipping_amount = order.get("shipping_option", {}).get("amount", 0)
        order["amount"] = sum(item["amount"] for item in items) + shipping_amount
        return order

    def pick(self, weighted: tuple[tuple[str, int], ...]) -> str:
        names = [name for name, _ in weighted]
        return self.rng.choices(names, weights=[w for _, w in weighted])[0]

    def history_transaction(self, index: int) -> tuple[Session, Transaction]:
        currency = self.pick((("NOK", 75), ("SEK", 12), ("DKK", 8), ("EUR", 5)))
        status = self.pick(_STATUS_WEIGHTS)
        product_type = self.pick(_PRODUCT_WEIGHTS)
        if status == "ON_HOLD":
            product_type = "collector.invoice"
        elif currency == "SEK" and self.rng.random() < 0.5:
            product_type = "swish.swish"
            status = self.rng.choice(("CAPTURED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED"))
        created = self.now - timedelta(seconds=self.rng.uniform(600, 90 * 86400))
        reference = f"ORD-{100000 + index}"
        order = self.order(currency, reference)
        customer, address = self.person(currency)
        roll = self.rng.random()
        headers = dict(self.rng.choice(_PLUGIN_HEADERS)) if roll < 0.12 else dict(_PAYDESK_HEADERS)
        session = Session(
            id=new_id(self.account_id, self.rng),
            account_id=self.account_id,
            created_at=created - timedelta(minutes=self.rng.randint(2, 240)),
            updated_at=created,
            expires_at=created + timedelta(days=1),
            order={**order, "shipping_address": address},
            url={"return_url": "https://shop.example.no/return"},
            profile_id="default",
            customer=customer,
            initiating_system_request_headers=headers,
        )
        transaction = Transaction(
            id=new_id(self.account_id, self.rng),
            account_id=self.account_id,
            session_id=session.id,
            created_at=created,
            updated_at=created,
            status="INITIATED",
            amount=order["amount"],
            currency=currency,
            payment_product=product_type.split(".")[0],
            payment_product_type=product_type,
            merchant_reference=reference,
            merchant_reference_2=f"WO-{index}"
            if headers is not _PAYDESK_HEADERS and roll < 0.06
            else None,
            items=_with_shipping_line(order),
            customer=customer,
            url={"redirect_url": session.url["return_url"], "callback_url": None},
            shipping_option=order.get("shipping_option"),
            shipping_address=address,
            billing_address=address,
            metadata={"session:profile_id": "default"},
            card=self.card(product_type),
            # A few card payments are merchant-initiated renewals (POST /v1/sessions/pay).
            payment_operation="unscheduled_purchase"
            if product_type.endswith("creditcard") and roll > 0.95
            else None,
            initiating_system_request_headers=headers,
            user_agent=headers.get("user-agent"),
        )
        self.play(session, transaction, status)
        self.settle(transaction)
        return session, transaction

    def settle(self, transaction: Transaction) -> None:
        """Money captured more than two days ago has been paid out; newer money waits."""
        money = [
            parse_time(str(e["created_at"]))
            for e in transaction.events
            if e["event"] in ("CAPTURE", "REFUND") and e["success"]
        ]
        if money and self.now - max(money) > _PAYOUT_AFTER:
            # Ids derived from the transaction's, so the shared random stream (and with it
            # the rest of the demo data) stays as it was.
            settlement_id, request_id, event_id = (
                str(uuid.uuid5(uuid.NAMESPACE_URL, f"{transaction.id}/settlement/{part}"))
                for part in ("settlement", "request", "event")
            )
            paid_at = max(money) + _PAYOUT_AFTER
            pay_out(transaction, paid_at, settlement_id, request_id, event_id=event_id)
        transaction.settlement_status = settlement_status(transaction)

    def card(self, product_type: str) -> Json | None:
        if not product_type.endswith("creditcard"):
            return None
        rng = self.rng
        brand, first = rng.choice((("Visa", "4"), ("MasterCard", "5")))
        return {
            "brand": brand,
            "masked_pan": f"{first}{rng.randrange(10**5):05d}******{rng.randrange(10**4):04d}",
            "expiry_date": f"{self.rng.randint(1, 12):02d}/{self.rng.randint(2027, 2031)}",
            "type": "Credit",
            "country": "NO",
        }

    def play(self, session: Session, transaction: Transaction, target: str) -> None:
        """Replay events that lead to `target`, then let the state machine confirm it."""
        at = transaction.created_at

        def add(
            name: str,
            amount: int,
            *,
            items: list[Json] | None = None,
            success: bool = True,
            status: str | None = None,
            error: Json | None = None,
        ) -> None:
            nonlocal at
            event = transaction_event(
                name,
                status=status or transaction.status,
                at=at,
                amount=amount,
                request_id=self.uid(),
                created_by=self.client_id,
                success=success,
                items=items,
                error=error,
                event_id=self.uid(),
                request_headers=transaction.initiating_system_request_headers,
            )
            transaction.events.append(event)
            if status is None:
                transaction.status = status_after_change(transaction)
                event["transaction_status"] = transaction.status
            else:
                transaction.status = status
            transaction.updated_at = at
            if name in ("INITIALIZE", "AUTHORIZE"):
                step = timedelta(seconds=self.rng.randint(5, 90))
            else:
                step = timedelta(minutes=self.rng.randint(5, 4 * 24 * 60))
            at = min(self.now, at + step)

        amount = transaction.amount
        add("INITIALIZE", amount, status="INITIATED")
        session.events.append(
            session_event("INITIATED", session.created_at, self.uid(), event_id=self.uid())
        )
        if target in ("DECLINED", "FAILED"):
            message = {
                "DECLINED": "The customer declined the payment",
                "FAILED": "The payment could not be completed",
            }[target]
            error = {"code": target.lower(), "message": message}
            add("AUTHORIZE", amount, success=False, status=target, error=error)
            session.transaction_id = transaction.id
            session.events.append(
                session_event(
                    target,
                    transaction.created_at,
                    self.uid(),
                    details={"error": error["message"]},
                    event_id=self.uid(),
                )
            )
            return
        session.transaction_id = transaction.id
        if target == "ON_HOLD":
            add("AUTHORIZE", amount, status="ON_HOLD")
            return
        add("AUTHORIZE", amount, status="AUTHORIZED")
        session.events.append(
            session_event("AUTHORIZED", transaction.created_at, self.uid(), event_id=self.uid())
        )
        lines = transaction.items
        some = lines[: max(1, len(lines) // 2)] if len(lines) > 1 else []
        some_amount = sum(int(item["amount"]) for item in some)
        if target == "AUTHORIZATION_VOIDED":
            transaction.capture_closed = True
            add("VOID", amount)
        elif target == "PARTIALLY_CAPTURED" and some:
            add("CAPTURE", some_amount, items=_refs(some))
        elif target == "PARTIALLY_CAPTURED_REFUNDED" and some:
            add("CAPTURE", some_amount, items=_refs(some))
            add("REFUND", int(some[0]["amount"]), items=_refs(some[:1]))
        elif target in (
            "CAPTURED",
            "PARTIALLY_REFUNDED",
            "REFUNDED",
            "PARTIALLY_CAPTURED",
            "PARTIALLY_CAPTURED_REFUNDED",
        ):
            add("CAPTURE", amount, items=_refs(lines))
            if target == "PARTIALLY_REFUNDED" and some:
                add("REFUND", some_amount, items=_refs(some))
            elif target == "PARTIALLY_REFUNDED":
                add("REFUND", amount // 2)
            elif target == "REFUNDED":
                add("REFUND", amount, items=_refs(lines))

    def open_session(self, index: int) -> Session:
        currency = "NOK"
        created = self.now - timedelta(minutes=self.rng.randint(5, 36 * 60))
        order = self.order(currency, f"PHONE-{5000 + index}")
        customer, address = self.person(currency)
        session = Session(
            id=new_id(self.account_id, self.rng),
            account_id=self.account_id,
            created_at=created,
            updated_at=created,
            expires_at=created + timedelta(seconds=self.state.config.session_lifetime_s),
            order={**order, "shipping_address": address},
            url={"return_url": "https://shop.example.no/return"},
            profile_id="default",
            customer=customer,
            configuration={"publish": [{"channel": "sms", "type": "checkout-link"}]},
            initiating_system_request_headers=dict(_PAYDESK_HEADERS),
        )
        session.pay_url = f"{self.base_url}/v1/view/{session.id}"
        session.publish = [
            {"id": self.uid(), "channel": "sms", "type": "checkout-link", "status": "skipped"}
        ]
        session.events.append(session_event("INITIATED", created, self.uid(), event_id=self.uid()))
        if index % 3 == 1:
            visited = created + timedelta(minutes=self.rng.randint(1, 4))
            session.events.append(
                session_event("VISITED", visited, self.uid(), event_id=self.uid())
            )
        return session


def _with_shipping_line(order: Json) -> list[Json]:
    items = [dict(item) for item in order["items"]]
    shipping = order.get("shipping_option")
    if shipping:
        items.append(
            {
                "id": shipping["id"],
                "line_id": shipping["line_id"],
                "description": shipping["title"],
                "quantity": 1,
                "amount": shipping["amount"],
                "vat": shipping["vat"],
                "vat_amount": shipping["vat_amount"],
                "type": "shipping",
            }
        )
    return items


def _refs(lines: list[Json]) -> list[Json]:
    return [{"line_id": item["line_id"], "amount": item["amount"]} for item in lines]


def seed_state(state: SandboxState, base_url: str) -> None:
    """Fill a fresh state with `seed_transactions` history and `seed_sessions` open links."""
    config = state.config
    for number, account in enumerate(config.accounts):
        count = config.seed_transactions if number == 0 else config.seed_other_accounts
        sessions = config.seed_sessions if number == 0 else 0
        if count <= 0 and sessions <= 0:
            continue
        seeder = _Seeder(
            state,
            base_url,
            random.Random(config.seed + number),
            account.account_id,
            account.client_id,
            state.clock.now(),
        )
        transactions: list[Transaction] = []
        for index in range(count):
            session, transaction = seeder.history_transaction(index)
            session.pay_url = f"{base_url}/v1/view/{session.id}"
            state.add_session(session)
            transactions.append(transaction)
        state.add_history(transactions)
        for index in range(sessions):
            state.add_session(seeder.open_session(index))
