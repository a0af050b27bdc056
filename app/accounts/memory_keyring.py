"""An in-process keyring for tests and demo mode, installed only on purpose.

Secrets held here vanish when the process ends, which is exactly what the
sandbox demo and the tests want, and exactly what a real user must never get
by accident: the backend reports no priority, so keyring's automatic backend
detection never picks it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
from keyring.compat import properties

__all__ = ["MemoryKeyring", "memory_keyring_installed", "use_memory_keyring"]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Passwords in a dict keyed by (service, username)."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("MemoryKeyring is only used when installed explicitly")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("No such password") from None


def use_memory_keyring() -> MemoryKeyring:
    """Install a fresh in-memory backend for this process and return it."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@contextlib.contextmanager
def memory_keyring_installed() -> Iterator[MemoryKeyring]:
    """Use a fresh in-memory backend inside the block, then restore the previous one."""
    previous = keyring.get_keyring()
    try:
        yield use_memory_keyring()
    finally:
        keyring.set_keyring(previous)
