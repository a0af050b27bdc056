"""File › Preferences: operator name and production confirmation threshold, saved and used."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.accounts.preferences import Preferences, PreferencesStore
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.desk.services import AppServices, default_operator
from app.ui.main_window import MainWindow
from app.ui.preferences_dialog import PreferencesDialog
from tests.ui.conftest import RunAsync


@pytest.fixture
def services(tmp_path: Path, memory_keyring: MemoryKeyring) -> AppServices:
    store = PreferencesStore(tmp_path / "preferences.json")
    store.save(Preferences("Kari", 50_000))
    return AppServices(
        accounts=AccountStore(tmp_path / "accounts.json"),
        secrets=SecretStore(),
        data_dir=tmp_path,
        preferences=store,
    )


@pytest.fixture
def window(
    qtbot: QtBot, qloop: object, services: AppServices, run_async: RunAsync
) -> Iterator[MainWindow]:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.sections_built, timeout=10_000)
    yield window
    run_async(window.aclose())


def test_saved_preferences_are_used_from_start_up(
    qtbot: QtBot, window: MainWindow, services: AppServices
) -> None:
    qtbot.waitUntil(lambda: services.operator == "Kari", timeout=5000)
    assert services.production_confirm_threshold == 50_000


def test_the_dialog_saves_and_applies_new_values(
    qtbot: QtBot, window: MainWindow, services: AppServices, screenshot_dir: Path
) -> None:
    qtbot.waitUntil(lambda: services.operator == "Kari", timeout=5000)
    preferences = window.findChild(QAction, "preferences")
    assert preferences is not None
    preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.operator.text() == "Kari"
    assert dialog.threshold.text() == "500,00"
    dialog.grab().save(str(screenshot_dir / "preferences_dialog.png"))

    dialog.operator.setText("")
    dialog.threshold.setText("2 500,00")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert services.operator == default_operator()  # empty name: the computer's user
    assert services.production_confirm_threshold == 250_000
    assert services.preferences is not None
    assert services.preferences.load() == Preferences("", 250_000)


def test_a_wrong_threshold_is_explained_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, services: AppServices
) -> None:
    qtbot.waitUntil(lambda: services.operator == "Kari", timeout=5000)
    dialog = PreferencesDialog(services, window.errors, window)
    qtbot.addWidget(dialog)
    dialog.threshold.setText("-10")
    dialog.save()
    assert "negative" in dialog.problem.text().lower()
    assert services.preferences is not None
    assert services.preferences.load() == Preferences("Kari", 50_000)
    assert services.production_confirm_threshold == 50_000


def test_the_shared_database_is_chosen_with_its_password_going_to_the_keyring(
    qtbot: QtBot, window: MainWindow, services: AppServices, screenshot_dir: Path
) -> None:
    qtbot.waitUntil(lambda: services.operator == "Kari", timeout=5000)
    dialog = PreferencesDialog(services, window.errors, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.local_storage.isChecked()
    assert not dialog.database_url.isEnabled()
    dialog.desk.setText("Front desk")
    dialog.shared_storage.setChecked(True)
    assert dialog.database_url.isEnabled()
    dialog.database_url.setText("postgresql://kari:s3cret@db.shop.lan:5432/paydesk")
    dialog.grab().save(str(screenshot_dir / "preferences_shared_database.png"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert services.preferences is not None
    saved = services.preferences.load()
    assert saved == Preferences(
        "Kari", 50_000, "Front desk", True, "postgresql://kari@db.shop.lan:5432/paydesk"
    )
    assert "s3cret" not in services.preferences.path.read_text(encoding="utf-8")
    name = "database:kari@db.shop.lan:5432/paydesk"
    assert services.secrets.get_named(name) == "s3cret"
    assert services.desk_name == "Front desk"
    # The stores already in use stay where they are until Paydesk starts again.
    assert services.stores.shared is None
    assert services.pending_storage == saved
    reopened = PreferencesDialog(services, window.errors, window)
    qtbot.addWidget(reopened)
    assert reopened.shared_storage.isChecked()
    assert reopened.database_url.text() == "postgresql://kari@db.shop.lan:5432/paydesk"
    assert reopened.database_password.text() == ""  # write-only, like client secrets


def test_a_shared_database_without_a_connection_string_is_explained(
    qtbot: QtBot, window: MainWindow, services: AppServices
) -> None:
    dialog = PreferencesDialog(services, window.errors, window)
    qtbot.addWidget(dialog)
    dialog.shared_storage.setChecked(True)
    dialog.database_url.setText("")
    dialog.save()
    assert "connection string" in dialog.problem.text()
    dialog.database_url.setText("postgresql://[bad")
    dialog.save()
    assert "not a PostgreSQL connection string" in dialog.problem.text()


def test_the_language_chosen_is_saved_for_the_next_start(
    qtbot: QtBot, window: MainWindow, services: AppServices
) -> None:
    qtbot.waitUntil(lambda: services.operator == "Kari", timeout=5000)
    dialog = PreferencesDialog(services, window.errors, window)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the computer
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert services.preferences is not None
    assert services.preferences.load().language == "da"
    assert services.current_preferences().language == "da"  # shown again next time
    again = PreferencesDialog(services, window.errors, window)
    qtbot.addWidget(again)
    assert again.language.currentData() == "da"
