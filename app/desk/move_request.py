"""What the staff member asked for, carried from the dialog through confirmation to the send."""

from __future__ import annotations

from dataclasses import dataclass

from app.dintero import CaptureRequest, Operation, RefundRequest, Transaction

__all__ = ["MoveRequest"]


@dataclass(frozen=True)
class MoveRequest:
    operation: Operation
    transaction_id: str
    currency: str
    merchant_reference: str | None
    amount: int
    """What the staff member confirmed (the client re-reads and refuses if it no longer fits)."""
    body: CaptureRequest | RefundRequest | None = None
    """None for a void (Dintero's void has no body), or for the whole rest of a capture or
    refund, which the client builds (by lines when they add up) and checks against `amount`."""
    description: str = ""
    """Kept as the journal row's note ("final capture", the refund reason), in English like
    the rest of the journal."""
    basis: Transaction | None = None
    """The transaction as the person saw it when confirming. A first send under a fresh
    reference goes out on it without reading again (Dintero refuses what no longer fits)."""
    shown: str = ""
    """``description`` in the desk's language, for the confirmation ("" when it would say
    nothing the confirmation does not already say)."""

    @classmethod
    def for_transaction(
        cls,
        operation: Operation,
        transaction: Transaction,
        amount: int,
        body: CaptureRequest | RefundRequest | None = None,
        description: str = "",
        shown: str = "",
    ) -> MoveRequest:
        return cls(
            operation,
            transaction.id,
            transaction.currency,
            transaction.merchant_reference,
            amount,
            body,
            description,
            transaction,
            shown,
        )

    @property
    def reference(self) -> str | None:
        return self.body.reference if self.body is not None else None
