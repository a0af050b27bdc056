"""Shared fixtures: the real sandbox server on loopback, and an in-memory keyring.

QT_QPA_PLATFORM must be set before any QApplication exists, so it is set at import.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Iterator

import pytest

from app.accounts.memory_keyring import MemoryKeyring, memory_keyring_installed
from app.dintero import ClientConfig
from app.sandbox import EmbeddedSandbox, SandboxConfig


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
