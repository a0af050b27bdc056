"""The named colours: readable on light and dark palettes, one red for production and one
blue for test wherever an environment is shown, and drawn by the application style sheet."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.accounts.models import Account
from app.desk.bulk_capture import BulkResult
from app.storage.links import LinkRecord
from app.ui import style
from app.ui.environment_banner import EnvironmentBanner
from app.ui.links.cancel_dialog import CancelLinkDialog
from app.ui.style import SURFACES, SWATCHES, Look, Scheme, Tone
from app.ui.transactions.bulk_model import BulkColumn, BulkRow, BulkRowsModel
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from app.ui.widgets.money_edit import MoneyEdit
from tests.ui.readability import MINIMUM, contrast, unreadable_labels
from tests.ui.themes import PALETTES, theme


def test_the_contrast_formula_gives_the_published_figures() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    # The lightest grey that passes on white, and the next step up that fails.
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _window_backgrounds(scheme: Scheme) -> list[str]:
    """The reference surfaces, and the window and table colours of the test palette."""
    palette = PALETTES[str(scheme)]()
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return [*SURFACES[scheme], *(palette.color(role).name() for role in roles)]


@pytest.mark.parametrize("tone", list(Tone))
@pytest.mark.parametrize("scheme", list(Scheme))
def test_text_in_a_tone_is_readable_on_every_window_and_table_background(
    qapp: QApplication, scheme: Scheme, tone: Tone
) -> None:
    swatch = SWATCHES[scheme][tone]
    low = {bg: contrast(swatch.text, bg) for bg in _window_backgrounds(scheme)}
    assert min(low.values()) >= MINIMUM, f"{tone} text {swatch.text}: {low}"


@pytest.mark.parametrize("tone", list(Tone))
@pytest.mark.parametrize("scheme", list(Scheme))
def test_text_on_a_panel_badge_or_banner_is_readable(scheme: Scheme, tone: Tone) -> None:
    swatch = SWATCHES[scheme][tone]
    assert contrast(swatch.on_background, swatch.background) >= MINIMUM


def test_the_light_and_dark_palettes_pick_their_colours(qapp: QApplication) -> None:
    with theme("dark"):
        assert style.scheme_of() is Scheme.DARK
        assert style.colour(Tone.ERROR) == QColor(SWATCHES[Scheme.DARK][Tone.ERROR].text)
    with theme("light"):
        assert style.scheme_of() is Scheme.LIGHT
        assert style.colour(Tone.ERROR) == QColor(SWATCHES[Scheme.LIGHT][Tone.ERROR].text)


def _fill(widget: QWidget) -> QColor:
    """The colour drawn just inside the widget's left edge, halfway down."""
    return widget.grab().toImage().pixelColor(3, widget.height() // 2)


def _foreground(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Active, widget.foregroundRole())


def _environment_labels(qtbot: QtBot, production: bool) -> tuple[list[QLabel], list[QWidget]]:
    """The environment as the main window's band, a money move and a link cancel show it."""
    banner = EnvironmentBanner()
    banner.show_environment(production=production, account_label="Nordic Shoes")
    account_id = "P12345678" if production else "T12345678"
    move = ConfirmDialog(
        Confirmation("Refund", "Nordic Shoes", account_id, production, "T1.abc", 125_000, "NOK"),
        threshold=100_000,
    )
    account = Account(name="Nordic Shoes", account_id=account_id, client_id="client")
    record = LinkRecord(
        session_id="T1.session",
        account_key=account.key,
        account_id=account_id,
        environment="production" if production else "test",
        merchant_reference="order-1",
        currency="NOK",
        amount=125_000,
        url="https://checkout.example/s/T1.session",
        created_at=datetime(2025, 1, 2, 10, 0, tzinfo=UTC),
    )
    cancel = CancelLinkDialog(account, record, None)
    labels: list[QLabel] = [banner]
    for dialog in (move, cancel):
        label = dialog.findChild(QLabel, "confirmEnvironment")
        assert label is not None
        labels.append(label)
    for top in (banner, move, cancel):
        qtbot.addWidget(top)
        top.show()
        qtbot.waitExposed(top)
    return labels, [banner, move, cancel]


@pytest.mark.parametrize("name", ["light", "dark"])
def test_production_is_one_red_and_test_one_blue_in_the_band_and_the_dialogs(
    qtbot: QtBot, name: str
) -> None:
    with theme(name):
        scheme = style.scheme_of()
        for production, tone in ((True, Tone.PRODUCTION), (False, Tone.TEST)):
            swatch = SWATCHES[scheme][tone]
            labels, _windows = _environment_labels(qtbot, production)
            for label in labels:
                assert label.property("tone") == tone
                assert _fill(label) == QColor(swatch.background), label.text()
                assert _foreground(label) == QColor(swatch.on_background), label.text()
    assert SWATCHES[Scheme.LIGHT][Tone.PRODUCTION].background == (
        SWATCHES[Scheme.DARK][Tone.PRODUCTION].background
    )


def test_the_environment_band_is_centred_and_neutral_until_an_account_is_shown(
    qtbot: QtBot,
) -> None:
    """The band is only tagged before it is first shown; Qt styles it when shown."""
    banner = EnvironmentBanner()
    qtbot.addWidget(banner)
    banner.resize(600, 40)
    banner.show()
    qtbot.waitExposed(banner)
    swatch = SWATCHES[style.scheme_of()][Tone.NEUTRAL]
    assert banner.alignment() == Qt.AlignmentFlag.AlignCenter
    assert banner.property("tone") == Tone.NEUTRAL
    assert _fill(banner) == QColor(swatch.background)
    banner.show_environment(production=True, account_label="Nordic Shoes")
    assert banner.alignment() == Qt.AlignmentFlag.AlignCenter
    assert _fill(banner) == QColor(SWATCHES[style.scheme_of()][Tone.PRODUCTION].background)
    banner.show_none()
    assert banner.alignment() == Qt.AlignmentFlag.AlignCenter
    assert not banner.is_production
    assert _fill(banner) == QColor(swatch.background)


def test_a_tone_follows_a_change_of_palette_on_a_widget_already_shown(qtbot: QtBot) -> None:
    label = QLabel("Payment attempt declined")
    style.apply(label, Tone.ERROR)
    notice = QWidget()
    inner = QLabel("Paid", notice)
    style.apply(notice, Tone.SUCCESS, Look.PANEL)
    for widget in (label, notice):
        qtbot.addWidget(widget)
        widget.show()
    for name, scheme in (("dark", Scheme.DARK), ("light", Scheme.LIGHT)):
        with theme(name):
            assert _foreground(label) == QColor(SWATCHES[scheme][Tone.ERROR].text)
            panel = SWATCHES[scheme][Tone.SUCCESS]
            assert _foreground(inner) == QColor(panel.on_background)
            assert _fill(notice) == QColor(panel.background)
    style.apply(label, None)
    assert _foreground(label) == QApplication.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_an_amount_that_is_not_one_gets_the_error_border(qtbot: QtBot, name: str) -> None:
    with theme(name):
        edit = MoneyEdit("NOK")
        qtbot.addWidget(edit)
        edit.show()
        qtbot.waitExposed(edit)
        edge = (0, edit.height() // 2)
        plain = edit.grab().toImage().pixelColor(*edge)
        edit.setText("twelve")
        assert edit.property("invalid") is True
        assert edit.grab().toImage().pixelColor(*edge) == style.colour(Tone.ERROR)
        edit.setText("12,50")
        assert edit.property("invalid") is False
        assert edit.grab().toImage().pixelColor(*edge) == plain


def test_table_models_colour_results_for_the_palette_in_use(qapp: QApplication) -> None:
    rows = [
        BulkRow("T1", "order-1", 100, "NOK", BulkResult.CAPTURED),
        BulkRow("T2", "order-2", 100, "NOK", BulkResult.FAILED),
        BulkRow("T3", "order-3", 100, "NOK", BulkResult.UNKNOWN),
        BulkRow("T4", "order-4", 100, "NOK", BulkResult.SKIPPED),
    ]
    tones = [Tone.SUCCESS, Tone.ERROR, Tone.WARNING, Tone.MUTED]
    model = BulkRowsModel(rows)
    for name, scheme in (("light", Scheme.LIGHT), ("dark", Scheme.DARK)):
        with theme(name):
            for number, tone in enumerate(tones):
                index = model.index(number, BulkColumn.RESULT)
                shown = model.data(index, Qt.ItemDataRole.ForegroundRole)
                assert shown == QColor(SWATCHES[scheme][tone].text), rows[number].result


def test_the_readability_check_reports_pale_text(qtbot: QtBot) -> None:
    window = QWidget()
    pale = QLabel("Hint in pale grey", window)
    pale.setObjectName("paleHint")
    palette = pale.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#aaaaaa"))
    pale.setPalette(palette)
    QLabel("Ordinary text", window).move(0, 30)
    qtbot.addWidget(window)
    window.show()
    [problem] = unreadable_labels(window)
    assert problem.startswith("'paleHint': #aaaaaa")
    style.apply(pale, Tone.MUTED)
    assert unreadable_labels(window) == []
