"""Status pills and the icon set: paid, waiting, failed, refunded and on hold each in one
tone with a symbol and a word wherever a status shows, in light and in dark; the main
actions carry the set's symbols."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.desk.link_status import STATE_LABELS, state_label
from app.desk.status_pills import PILL_TONES, Pill, link_pill, transaction_pill
from app.dintero.models import TransactionStatus
from app.storage.links import LinkRecord, LinkState
from app.ui import style
from app.ui.icon_set import ACTIONS, ICON_SET, icon, pill_icon, svg_text
from app.ui.links.history_model import HistoryColumn, HistoryModel
from app.ui.links.link_view import LinkView
from app.ui.links.new_link_form import NewLinkForm
from app.ui.style import SURFACES, Scheme
from app.ui.transactions.detail_pane import DetailPane
from tests.ui.readability import MINIMUM, contrast
from tests.ui.themes import theme

NAMED = {
    "paid": (Pill.PAID, LinkState.PAID, TransactionStatus.CAPTURED),
    "waiting": (Pill.WAITING, LinkState.OPEN, TransactionStatus.AUTHORIZED),
    "failed": (Pill.FAILED, LinkState.PAYMENT_FAILED, TransactionStatus.FAILED),
    "refunded": (Pill.REFUNDED, None, TransactionStatus.REFUNDED),
    "on hold": (Pill.ON_HOLD, LinkState.ON_HOLD, TransactionStatus.ON_HOLD),
}


def test_the_five_named_statuses_have_five_tones_and_five_symbols() -> None:
    pills = [pill for pill, _link, _tx in NAMED.values()]
    assert len({PILL_TONES[pill] for pill in pills}) == 5
    assert len({svg_text(str(pill)) for pill in pills}) == 5
    for pill, link_state, status in NAMED.values():
        assert transaction_pill(status) is pill
        if link_state is not None:
            assert link_pill(link_state) is pill


def test_a_links_pill_has_the_tone_of_its_words() -> None:
    for state, (_words, tone) in STATE_LABELS.items():
        assert PILL_TONES[link_pill(state)] is tone, state


def test_every_status_has_a_pill() -> None:
    assert transaction_pill("SOMETHING_NEW") is Pill.CHECK
    for status in TransactionStatus:
        assert transaction_pill(status) in PILL_TONES


def test_the_icon_set_is_complete_valid_and_carries_its_licence() -> None:
    assert (ICON_SET / "LICENCE.md").read_text(encoding="utf-8").count("MIT") >= 1
    for name in (*ACTIONS, *(str(pill) for pill in Pill)):
        source = svg_text(name)
        assert "currentColor" in source, name
        assert "MIT licence" in source, name
        assert QSvgRenderer(QByteArray(source.encode())).isValid(), name
    with pytest.raises(KeyError):
        icon("no-such-symbol")


def _ink(qicon: QIcon, size: int = 48) -> set[str]:
    """The colours of the fully drawn pixels of an icon."""
    return _pixmap_ink(qicon.pixmap(size, size).toImage())


def _pixmap_ink(image: QImage) -> set[str]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    ink = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert ink, "the symbol draws something"
    return ink


def _drawn_in(ink: set[str], expected: str) -> bool:
    """Every fully drawn pixel is the expected colour (give or take rounding where two
    strokes of the symbol overlap)."""
    want = QColor(expected)
    return all(
        max(
            abs(QColor(got).red() - want.red()),
            abs(QColor(got).green() - want.green()),
            abs(QColor(got).blue() - want.blue()),
        )
        <= 2
        for got in ink
    )


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_pill_symbol_is_drawn_in_its_tone_and_readable_on_every_surface(
    qapp: QApplication, name: str
) -> None:
    with theme(name):
        scheme = style.scheme_of()
        for pill in Pill:
            expected = style.colour(PILL_TONES[pill]).name()
            assert _drawn_in(_ink(pill_icon(pill)), expected), pill
            # On a selected row the symbol is drawn like the selected row's text.
            selected = pill_icon(pill).pixmap(48, 48, QIcon.Mode.Selected).toImage()
            highlighted = QApplication.palette().color(QPalette.ColorRole.HighlightedText)
            assert _drawn_in(_pixmap_ink(selected), highlighted.name()), pill
            for surface in SURFACES[scheme]:
                assert contrast(expected, surface) >= MINIMUM, (pill, surface)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_an_action_symbol_is_drawn_like_button_text(qapp: QApplication, name: str) -> None:
    with theme(name) as palette:
        text = palette.color(palette.ColorRole.ButtonText).name()
        for action in ACTIONS:
            assert _drawn_in(_ink(icon(action)), text), action


def _record(state: str) -> LinkRecord:
    return LinkRecord(
        session_id=f"T1.{state}",
        account_key="shop",
        account_id="T12345678",
        environment="test",
        merchant_reference=f"order-{state}",
        currency="NOK",
        amount=125_000,
        url="https://checkout.example/s/T1",
        created_at=datetime(2025, 1, 2, 10, 0, tzinfo=UTC),
        state=state,
    )


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_link_history_shows_a_pill_word_symbol_and_tone(qapp: QApplication, name: str) -> None:
    states = [LinkState.PAID, LinkState.OPEN, LinkState.PAYMENT_FAILED, LinkState.ON_HOLD]
    model = HistoryModel()
    model.set_rows([_record(state) for state in states])
    with theme(name):
        for row, state in enumerate(states):
            index = model.index(row, HistoryColumn.STATE)
            assert model.data(index, Qt.ItemDataRole.DisplayRole)
            shown = model.data(index, Qt.ItemDataRole.DecorationRole)
            assert isinstance(shown, QIcon)
            assert _drawn_in(_ink(shown), style.colour(state_label(state)[1]).name())
            colour = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert colour == QColor(style.colour(state_label(state)[1]))


def test_the_link_view_puts_the_symbol_beside_the_words(qtbot: QtBot) -> None:
    view = LinkView()
    qtbot.addWidget(view)
    view.show_record(_record(LinkState.PAID), None)
    assert view.state_badge.text() == "Paid"
    pixmap = view.state_icon.pixmap()
    assert not pixmap.isNull()
    ink = _pixmap_ink(pixmap.toImage())
    assert _drawn_in(ink, style.colour(PILL_TONES[Pill.PAID]).name())


def test_the_main_actions_carry_symbols(qtbot: QtBot) -> None:
    form, view, detail = NewLinkForm(), LinkView(), DetailPane()
    for widget in (form, view, detail):
        qtbot.addWidget(widget)
    for button in (
        form.create_button,
        form.lines.add_button,
        view.copy_button,
        view.open_button,
        detail.capture_button,
        detail.refund_button,
        detail.void_button,
    ):
        assert not button.icon().isNull(), button.text()
        assert button.text(), "a symbol never replaces the words"


def test_surfaces_cover_both_schemes() -> None:
    assert set(SURFACES) == set(Scheme)
