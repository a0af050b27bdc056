"""What a second (and first) Paydesk process does in the two-process tests.

Each function runs in its own interpreter (``multiprocessing`` with ``spawn``), waits at a
barrier so both processes really start together, does many saves on the shared folder and
returns what it was told was saved, so the test can check that nothing reported saved is
missing afterwards.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core.vat import OrderLine


def report(results: Any, index: int, work: Any, args: tuple[Any, ...]) -> None:
    """Run ``work(*args)`` and put ``(index, result or traceback text)`` on the queue."""
    import traceback

    try:
        outcome: Any = work(*args)
    except BaseException:
        outcome = traceback.format_exc()
    results.put((index, outcome))


def save_accounts(folder: str, worker: int, count: int, barrier: Any) -> dict[str, Any]:
    """Add ``count`` accounts (each with its secret), then rename each once."""
    import dataclasses

    from app.accounts.memory_keyring import use_memory_keyring
    from app.accounts.models import Account
    from app.accounts.saving import save_account
    from app.accounts.secrets import SecretStore
    from app.accounts.store import AccountStore

    keychain = use_memory_keyring()  # this process's keychain
    store = AccountStore(Path(folder) / "accounts.json")
    secrets = SecretStore()
    saved: dict[str, str] = {}  # key -> the name the last reported save gave it
    failures: list[str] = []
    barrier.wait()
    accounts = []
    for number in range(count):
        account = Account(
            name=f"Shop {worker}-{number}",
            account_id="T12345678",
            client_id=f"client-{worker}-{number}",
        )
        try:
            save_account(store, secrets, account, f"secret-{worker}-{number}", None)
        except Exception as error:  # reported as not saved: allowed, but counted
            failures.append(f"{type(error).__name__}: {error}")
            continue
        saved[account.key] = account.name
        accounts.append(account)
    for account in accounts:
        renamed = dataclasses.replace(account, name=account.name + " (renamed)")
        try:
            save_account(store, secrets, renamed, "", account)
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")
            continue
        saved[account.key] = renamed.name
    return {
        "saved": saved,
        "failures": failures,
        "secrets": sorted(username for _, username in keychain._passwords),
    }


def write_journal(folder: str, worker: int, count: int, barrier: Any) -> dict[str, Any]:
    """Record and settle ``count`` money moves."""
    from app.storage.journal import Journal, JournalAttempt, Operation, Outcome

    barrier.wait()
    done: dict[str, int] = {}
    failures: list[str] = []
    journal = Journal.in_directory(Path(folder))
    for number in range(count):
        reference = f"ref-{worker}-{number}"
        try:
            entry = journal.record_attempt(
                JournalAttempt(
                    operator=f"desk-{worker}",
                    account_id="T12345678",
                    environment="test",
                    operation=Operation.CAPTURE,
                    target_id=f"T1.tx-{worker}-{number}",
                    amount=100 + number,
                    currency="NOK",
                    reference=reference,
                )
            )
            journal.settle(entry, Outcome.SUCCEEDED, request_id=f"req-{worker}-{number}")
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")
            continue
        done[reference] = entry
    journal.close()
    return {"saved": done, "failures": failures}


def _link(worker: int, number: int, session_id: str) -> Any:
    from app.storage.links import LinkRecord, LinkState

    moment = datetime(2026, 11, 21, tzinfo=UTC) + timedelta(seconds=number)
    return LinkRecord(
        session_id=session_id,
        account_key=f"acc{worker}",
        account_id="T12345678",
        environment="test",
        merchant_reference=f"PD-{worker}-{number}",
        currency="NOK",
        amount=14990,
        url="",
        lines=(OrderLine("1", "Wool socks", Decimal(1), 14990, Decimal(25)),),
        state=LinkState.CREATING,
        created_at=moment,
        updated_at=moment,
    )


def write_links(folder: str, worker: int, count: int, barrier: Any) -> dict[str, Any]:
    """Create links as the desk does: provisional record, confirm, then a state change."""
    from app.storage.links import LinkState, LinkStore, pending_id

    barrier.wait()
    done: dict[str, str] = {}
    failures: list[str] = []
    store = LinkStore.in_directory(Path(folder))
    for number in range(count):
        provisional = pending_id(f"PD-{worker}-{number}")
        session_id = f"T1.{worker}-{number}"
        try:
            store.add(_link(worker, number, provisional))
            store.confirm(provisional, session_id, f"https://pay.example/{session_id}")
            store.update_state(session_id, LinkState.PAID, "paid", f"T1.tx-{worker}-{number}")
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")
            continue
        done[session_id] = LinkState.PAID
    store.close()
    return {"saved": done, "failures": failures}


def first_starts(folders: list[str], barrier: Any) -> list[str]:
    """Open every store of each fresh folder at the same moment as the other process."""
    from app.storage.journal import Journal
    from app.storage.links import LinkStore
    from app.storage.templates import TemplateStore

    failures: list[str] = []
    for folder in folders:
        barrier.wait()
        path = Path(folder)
        try:
            Journal.in_directory(path).close()
            links = LinkStore.in_directory(path)
            links.open()
            links.close()
            templates = TemplateStore.in_directory(path)
            templates.open()
            templates.close()
        except Exception as error:
            failures.append(f"{folder}: {type(error).__name__}: {error}")
    return failures
