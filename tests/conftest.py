"""Shared fixtures: the real sandbox server on loopback, and an in-memory keyring.

QT_QPA_PLATFORM must be set before any QApplication exists, so it is set at import.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.accounts.memory_keyring import MemoryKeyring, memory_keyring_installed
from app.core import desk_locale
from app.dintero import ClientConfig
from app.sandbox import EmbeddedSandbox, SandboxConfig
from app.storage.postgres_db import PostgresServer
from tests.storage_backends import StoreBackend


@pytest.fixture(autouse=True)
def norwegian_desk() -> Iterator[str]:
    """Every test runs on a Norwegian desk (the shop the tests describe), whatever the
    machine's language; a test about another language sets it and this puts it back."""
    locale = desk_locale.set_current_locale("nb_NO")
    yield locale
    desk_locale.set_current_locale("nb_NO")


@pytest.fixture(scope="session")
def sandbox_session() -> Iterator[EmbeddedSandbox]:
    """One sandbox server per test run; tests reset its state through `sandbox`.

    A payment on hold stays on hold until the test ends the review (`sandbox.resolve`):
    never by the clock, so a slow machine cannot end it behind a test's back.
    """
    server = EmbeddedSandbox(
        SandboxConfig(seed_transactions=0, seed_sessions=0, on_hold_resolve_s=24 * 3600.0)
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox(sandbox_session: EmbeddedSandbox) -> Iterator[EmbeddedSandbox]:
    """The shared sandbox, reset to an empty shop with no faults before each test."""
    sandbox_session.reset()
    yield sandbox_session
    sandbox_session.reset()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring for one test; the previous backend is restored afterwards."""
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture
def client_config(sandbox: EmbeddedSandbox) -> ClientConfig:
    """A Dintero client config for the sandbox's test account, with test-sized waits."""
    return ClientConfig.single_host(
        sandbox.base_url,
        sandbox.account_id,
        sandbox.client_id,
        sandbox.client_secret,
        timeout_s=5.0,
        retry_initial_s=0.02,
        retry_max_s=0.2,
        settle_timeout_s=0.6,
        settle_interval_s=0.05,
        completion_poll_s=0.05,
    )


# ---------------------------------------------------------------------- storage backends
POSTGRES_URL_ENV = "PAYDESK_TEST_POSTGRES_URL"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _no_postgres(reason: str) -> None:
    """Skip on a developer machine without PostgreSQL; in CI a missing server fails."""
    if _in_ci():
        pytest.fail(f"{reason} — CI must start PostgreSQL first (see .ci/run)", pytrace=False)
    pytest.skip(f"{reason} — start one as the README's 'Several desks' section says")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The test PostgreSQL server (``PAYDESK_TEST_POSTGRES_URL``), checked once per run."""
    import psycopg

    url = os.environ.get(POSTGRES_URL_ENV, "").strip()
    if not url:
        _no_postgres(f"no PostgreSQL for the tests: {POSTGRES_URL_ENV} is not set")
    try:
        with psycopg.connect(url, connect_timeout=5) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        _no_postgres(f"PostgreSQL at {POSTGRES_URL_ENV} cannot be reached: {error}")
    return url


@pytest.fixture
def pg_schema(postgres_url: str) -> Iterator[str]:
    """A fresh, empty schema of the test database for one test; dropped afterwards."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    yield name
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


@pytest.fixture
def pg_server(postgres_url: str, pg_schema: str) -> Iterator[PostgresServer]:
    """One desk's connection pool to a fresh schema of the test database."""
    server = PostgresServer(postgres_url, search_path=pg_schema, wait_s=10.0)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreBackend]:
    """The same store tests on both engines: SQLite files in a folder, or PostgreSQL."""
    if request.param == "sqlite":
        yield StoreBackend(tmp_path, None)
        return
    url: str = request.getfixturevalue("postgres_url")
    schema: str = request.getfixturevalue("pg_schema")
    backend = StoreBackend(tmp_path, (url, schema))
    try:
        yield backend
    finally:
        backend.close()
