"""Desk preferences on disk: defaults when missing, round trip, damage reported, not replaced."""

from __future__ import annotations

import json
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
