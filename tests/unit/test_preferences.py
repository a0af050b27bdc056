"""Desk preferences on disk: defaults when missing, round trip, damage reported, not replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.accounts.preferences import (
    DEFAULT_CONFIRM_THRESHOLD,
    Preferences,
    PreferencesError,
    PreferencesStore,
)


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
    }


@pytest.mark.parametrize("threshold", [-1, 1.5, "100", True])
def test_a_threshold_must_be_whole_minor_units(threshold: object) -> None:
    with pytest.raises(PreferencesError, match="threshold"):
        Preferences("", threshold)  # type: ignore[arg-type]


def test_a_damaged_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text('{"production_confirm_threshold": -5}', encoding="utf-8")
    with pytest.raises(PreferencesError, match="damaged"):
        PreferencesStore(path).load()
    assert path.read_text(encoding="utf-8") == '{"production_confirm_threshold": -5}'
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(PreferencesError, match="damaged"):
        PreferencesStore(path).load()
