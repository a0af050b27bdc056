"""The audit journal's row for a move about to be sent, built one way for every move."""

from __future__ import annotations

from app.accounts.models import Account
from app.storage.journal import JournalAttempt, JournalOperation
from app.storage.links import LinkRecord

__all__ = ["cancel_attempt", "journal_attempt"]


def journal_attempt(
    account: Account,
    operator: str,
    operation: JournalOperation,
    target_id: str,
    *,
    amount: int | None,
    currency: str,
    merchant_reference: str | None,
    note: str = "",
    reference: str | None = None,
    desk: str = "",
) -> JournalAttempt:
    """A journal row for this account, operator and desk, written before anything is sent."""
    return JournalAttempt(
        desk=desk,
        operator=operator,
        account_id=account.account_id,
        account_name=account.name,
        environment=account.environment.value,
        operation=operation,
        target_id=target_id,
        amount=amount,
        currency=currency,
        reference=reference,
        merchant_reference=merchant_reference,
        note=note,
    )


def cancel_attempt(
    account: Account, operator: str, record: LinkRecord, *, desk: str = ""
) -> JournalAttempt:
    """The row for cancelling a payment link."""
    return journal_attempt(
        account,
        operator,
        JournalOperation.CANCEL_LINK,
        record.session_id,
        amount=record.amount,
        currency=record.currency,
        merchant_reference=record.merchant_reference,
        desk=desk,
    )
