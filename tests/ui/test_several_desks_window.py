"""The window on the shop's shared database: started from saved preferences (password from
the keyring), another desk's new link appears in the history, and the status bar says
when the database is away and when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.accounts.models import Account
from app.accounts.preferences import Preferences, PreferencesStore
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.core.vat import OrderLine
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkRecord
from app.storage.postgres_db import PostgresServer, keyring_name
from app.ui.links.page import LinksPage
from app.ui.main_window import MainWindow
from tests.desk.several_desks_support import CuttableProxy, SharedDesk, postgres_address
from tests.ui.conftest import RunAsync


def _services(root: Path, sandbox: EmbeddedSandbox, url: str, schema: str) -> AppServices:
    """A desk whose saved preferences point at the shared database (password in the
    keyring), with the sandbox's test account."""
    parts = conninfo_to_dict(url)
    password = str(parts.pop("password"))
    parts["options"] = f"-c search_path={schema}"
    without_password = make_conninfo("", **parts)
    preferences = PreferencesStore(root / "preferences.json")
    preferences.save(
        Preferences(
            "kari", desk_name="Front desk", shared_database=True, database_url=without_password
        )
    )
    services = AppServices(
        accounts=AccountStore(root / "accounts.json"),
        secrets=SecretStore(),
        data_dir=root,
        preferences=preferences,
    )
    services.secrets.set_named(keyring_name(without_password), password)
    account = Account("Test shop", sandbox.account_id, sandbox.client_id, base_url=sandbox.base_url)
    services.accounts.add(account)
    services.secrets.set_secret(account, sandbox.client_secret)
    return services


@pytest.fixture
def proxy(postgres_url: str) -> Iterator[CuttableProxy]:
    proxy = CuttableProxy(postgres_address(postgres_url))
    proxy.restore()
    yield proxy
    proxy.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    qloop: object,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    sandbox: EmbeddedSandbox,
    postgres_url: str,
    pg_server: PostgresServer,
    pg_schema: str,
    proxy: CuttableProxy,
    run_async: RunAsync,
) -> Iterator[MainWindow]:
    assert pg_server.ping()  # the test's schema exists
    parts = conninfo_to_dict(postgres_url)
    parts.update(host="127.0.0.1", port=str(proxy.port))
    services = _services(tmp_path, sandbox, make_conninfo("", **parts), pg_schema)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.context is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.database_label.text().startswith("●"), timeout=15_000)
    yield window
    run_async(window.aclose())
    services.stores.close()


def test_another_desk_s_new_link_appears_and_the_status_bar_follows_the_database(
    qtbot: QtBot,
    window: MainWindow,
    postgres_url: str,
    pg_schema: str,
    proxy: CuttableProxy,
    screenshot_dir: Path,
) -> None:
    services = window.services
    assert services.stores.shared is not None  # chosen in the saved preferences
    assert services.desk_name == "Front desk"
    assert "Shared database" in window.database_label.text()
    page = window.pages[0]
    assert isinstance(page, LinksPage)
    assert window.context is not None
    key = window.context.account.key

    other = SharedDesk(postgres_url, pg_schema, name="Back office", operator="ola")
    try:
        now = datetime.now(UTC)
        other.links.add(
            LinkRecord(
                session_id="T12345678.fromtheback",
                account_key=key,
                account_id="T12345678",
                environment="test",
                merchant_reference="PD-BACK-1",
                currency="NOK",
                amount=25_000,
                url="https://checkout.example/T12345678.fromtheback",
                lines=(OrderLine("1", "Rain coat", Decimal(1), 25_000, Decimal(25)),),
                expires_at=now + timedelta(days=1),
                created_at=now,
                updated_at=now,
            )
        )
        qtbot.waitUntil(
            lambda: page.history.model.row_of("T12345678.fromtheback") is not None, timeout=5000
        )
        window.grab().save(str(screenshot_dir / "several_desks_shared_history.png"))

        proxy.cut()  # the database goes away: the desk says so
        qtbot.waitUntil(
            lambda: window.database_label.text().startswith("○ Shared database unreachable"),
            timeout=15_000,
        )
        window.grab().save(str(screenshot_dir / "several_desks_offline.png"))
        proxy.restore()  # and comes back by itself
        qtbot.waitUntil(lambda: window.database_label.text().startswith("●"), timeout=15_000)
    finally:
        other.close()
