"""Desk preferences on disk: defaults when missing, round trip, damage reported, not replaced."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.accounts.preferences import (
    DEFAULT_CONFIRM_THRESHOLD,
    Preferences,
    PreferencesError,
    PreferencesFileError,
    PreferencesStore,
)
from app.core.errors import UserFacingError


def test_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    loaded = PreferencesStore(tmp_path / "preferences.json").load()
    assert loaded == Preferences("", DEFAULT_CONFIRM_THRESHOLD)


def test_round_trip_trims_the_name(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path / "sub" / "preferences.json")
    store.save(Preferences("  Kari Nordmann ", 250_000))
    assert store.load() == Preferences("Kari Nordmann", 250_000)
    document = json.loads(store.path.read_text(encoding="utf-8"))
    assert document == {
        "version": 1,
        "operator_name": "Kari Nordmann",
        "production_confirm_threshold": 250_000,
        "desk_name": "",
        "shared_database": False,
        "database_url": "",
        "language": "",
    }


def test_language_round_trips_and_an_unknown_one_follows_the_system(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path / "preferences.json")
    store.save(Preferences(language="sv"))
    assert store.load().language == "sv"
    store.path.write_text('{"version": 1, "language": "fr"}', encoding="utf-8")
    assert store.load().language == ""


def test_desk_and_shared_database_round_trip_and_older_files_keep_their_meaning(
    tmp_path: Path,
) -> None:
    store = PreferencesStore(tmp_path / "preferences.json")
    store.save(Preferences("kari", 100, " Front desk ", True, " postgresql://kari@db/paydesk "))
    assert store.load() == Preferences(
        "kari", 100, "Front desk", True, "postgresql://kari@db/paydesk"
    )
    # A file from before these settings: this desk's own files, the computer's name.
    store.path.write_text(
        json.dumps({"version": 1, "operator_name": "ola", "production_confirm_threshold": 5}),
        encoding="utf-8",
    )
    assert store.load() == Preferences("ola", 5)
    with pytest.raises(PreferencesError, match="connection string"):
        Preferences("kari", 100, shared_database=True, database_url=" ")


@pytest.mark.parametrize("threshold", [-1, 1.5, "100", True])
def test_a_threshold_must_be_whole_minor_units(threshold: object) -> None:
    with pytest.raises(PreferencesError, match="threshold"):
        Preferences("", threshold)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "content",
    [
        b'{"production_confirm_threshold": -5}',
        b"not json",
        b"[1, 2]",
        b"\xff\xfe\x00",
        b'{"operator_name": "' + b"x" * 100 + b'"}',
    ],
)
def test_a_damaged_file_is_moved_aside_reported_and_the_defaults_used(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    store = PreferencesStore(path)
    with pytest.raises(PreferencesFileError) as caught:
        store.load()
    [aside] = tmp_path.glob("preferences.json.corrupt-*")
    assert isinstance(caught.value, UserFacingError)
    assert f"moved it aside as {aside.name}" in caught.value.user_message
    assert "uses the defaults" in caught.value.user_message
    assert aside.read_bytes() == content
    assert store.load() == Preferences()
    store.save(Preferences("Kari", 5))
    assert store.load() == Preferences("Kari", 5)
    assert aside.read_bytes() == content


def test_reading_the_preferences_loads_no_account_models() -> None:
    """The language is read before the window's first paint: the account models (money
    formatting and its locale data), the store and the keychain load later."""
    code = (
        "import sys\n"
        "from app.accounts.preferences import PreferencesStore\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('app.accounts'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = result.stdout.split()
    assert "app.accounts.preferences" in loaded
    assert not {"app.accounts.models", "app.accounts.store", "app.accounts.secrets"} & set(loaded)
    import app.accounts
    from app.accounts.models import Account
    from app.accounts.store import AccountStore

    assert app.accounts.Account is Account  # the package's names still work, loaded on use
    assert app.accounts.AccountStore is AccountStore
