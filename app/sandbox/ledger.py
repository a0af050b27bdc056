"""What a transaction's events add up to: captured, refunded, pending, per line.

Dintero keeps no running totals on a transaction; everything is summed from its
events, so the sandbox does the same and can never disagree with its own history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from app.sandbox.model import Json, Transaction

__all__ = [
    "CAPTURABLE_STATUSES",
    "REFUNDABLE_STATUSES",
    "VOID_REMAINDER_PRODUCT_TYPES",
    "Ledger",
    "status_after_change",
]

CAPTURABLE_STATUSES = frozenset({"AUTHORIZED", "PARTIALLY_CAPTURED", "PARTIALLY_CAPTURED_REFUNDED"})
REFUNDABLE_STATUSES = frozenset(
    {"PARTIALLY_CAPTURED", "PARTIALLY_CAPTURED_REFUNDED", "CAPTURED", "PARTIALLY_REFUNDED"}
)
VOID_REMAINDER_PRODUCT_TYPES = frozenset(
    {
        "payex.creditcard",
        "payex.mobilepay",
        "payex.vipps",
        "payex.applepay",
        "payex.clicktopay",
        "payex.googlepay",
        "vipps",
        "klarna.klarna",
        "klarna.billie",
    }
)
_INITIATE_OF = {"CAPTURE": "INITIATE_CAPTURE", "REFUND": "INITIATE_REFUND", "VOID": "INITIATE_VOID"}


def _successful(events: Iterable[Json], name: str) -> list[Json]:
    return [event for event in events if event.get("event") == name and event.get("success")]


def _by_line(events: Iterable[Json]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for event in events:
        for item in event.get("items") or []:
            totals[str(item.get("line_id"))] += int(item.get("amount", 0))
    return dict(totals)


class Ledger:
    """A snapshot of a transaction's money, taken before an operation is checked."""

    def __init__(self, transaction: Transaction) -> None:
        events = transaction.events
        self.transaction = transaction
        self.captures = _successful(events, "CAPTURE")
        self.refunds = _successful(events, "REFUND")
        self.captured = sum(int(event.get("amount", 0)) for event in self.captures)
        self.refunded = sum(int(event.get("amount", 0)) for event in self.refunds)
        completed = {
            event.get("correlation_request_id") or event.get("initiate_request_id")
            for event in events
        }
        self.pending = [
            event
            for event in events
            if str(event.get("event", "")).startswith("INITIATE_")
            and event.get("request_id") not in completed
        ]

    def pending_amount(self, operation: str) -> int:
        name = _INITIATE_OF[operation]
        return sum(int(e.get("amount", 0)) for e in self.pending if e.get("event") == name)

    def has_pending(self, operation: str) -> bool:
        name = _INITIATE_OF[operation]
        return any(event.get("event") == name for event in self.pending)

    @property
    def authorized_effective(self) -> int:
        """The authorization still standing: a void or final capture cuts it to the captured sum."""
        if self.transaction.capture_closed:
            return self.captured
        return self.transaction.amount

    @property
    def capturable(self) -> int:
        if self.transaction.capture_closed or self.has_pending("VOID"):
            return 0
        return max(0, self.transaction.amount - self.captured - self.pending_amount("CAPTURE"))

    @property
    def refundable(self) -> int:
        return max(0, self.captured - self.refunded - self.pending_amount("REFUND"))

    def line_amounts(self) -> dict[str, int]:
        return {str(item.get("line_id")): int(item.get("amount", 0)) for item in self.items()}

    def items(self) -> list[Json]:
        return [item for item in self.transaction.items if item.get("line_id") is not None]

    def captured_by_line(self) -> dict[str, int]:
        pending = [e for e in self.pending if e.get("event") == "INITIATE_CAPTURE"]
        return _by_line([*self.captures, *pending])

    def refunded_by_line(self) -> dict[str, int]:
        pending = [e for e in self.pending if e.get("event") == "INITIATE_REFUND"]
        return _by_line([*self.refunds, *pending])

    def line_capturable(self) -> dict[str, int]:
        captured = self.captured_by_line()
        return {line: total - captured.get(line, 0) for line, total in self.line_amounts().items()}

    def line_refundable(self) -> dict[str, int]:
        """Per line: what was captured on that line (or, if captures named no lines, its total)."""
        lines_were_named = any(event.get("items") for event in self.captures)
        basis = self.captured_by_line() if lines_were_named else self.line_amounts()
        refunded = self.refunded_by_line()
        return {line: basis.get(line, 0) - refunded.get(line, 0) for line in self.line_amounts()}


def status_after_change(transaction: Transaction) -> str:
    """The status Dintero's state machine gives after a capture, refund or void."""
    ledger = Ledger(transaction)
    captured, refunded = ledger.captured, ledger.refunded
    authorized = ledger.authorized_effective
    if captured == 0:
        return "AUTHORIZATION_VOIDED" if transaction.capture_closed else "AUTHORIZED"
    if captured < authorized:
        return "PARTIALLY_CAPTURED" if refunded == 0 else "PARTIALLY_CAPTURED_REFUNDED"
    if refunded == 0:
        return "CAPTURED"
    return "REFUNDED" if refunded >= captured else "PARTIALLY_REFUNDED"
