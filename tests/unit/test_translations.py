"""The catalogues' check catches what it promises, and the language in use reaches every
layer: Qt's translator, the Qt-free ``translate``, and plural forms."""

from __future__ import annotations

import asyncio
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.core import i18n
from app.core.money import AmountError, check_dintero_amount, parse_amount
from app.core.vat import OrderLineError, parse_quantity, parse_vat_rate
from app.desk.link_status import LinkStatus, build_status
from app.desk.wording import OPERATION_LABELS, STATUS_LABELS, status_label
from app.dintero import ClientConfig, DinteroClient
from app.dintero.ledger import Operation
from app.dintero.session_state import session_status
from app.sandbox import EmbeddedSandbox
from app.ui.language import choose_language, install_language
from tests.translations import CATALOGUES, catalogue, check, unseen_by_lupdate


@pytest.fixture
def catalogues(tmp_path: Path) -> Path:
    """A copy of the committed catalogues, to damage for real."""
    copy = tmp_path / "translations"
    shutil.copytree(CATALOGUES, copy)
    return copy


def _edit_first(path: Path, source: str, edit: str) -> None:
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None
                if edit == "remove":
                    context.remove(message)
                elif edit == "unfinished":
                    translation.set("type", "unfinished")
                else:
                    translation.text = edit
                tree.write(path, encoding="utf-8")
                return
    raise AssertionError(f"{source!r} not in {path.name}")


def test_the_committed_catalogues_are_complete() -> None:
    assert check() == []


def test_a_word_in_the_code_but_not_in_a_catalogue_fails(catalogues: Path) -> None:
    _edit_first(catalogue("sv", catalogues), "Keep waiting", "remove")
    found = check(catalogues)
    assert "sv [MainWindow] 'Keep waiting': in the code, not in the catalogue" in found


def test_an_unfinished_or_damaged_translation_fails(catalogues: Path) -> None:
    _edit_first(catalogue("da", catalogues), "Keep waiting", "unfinished")
    _edit_first(catalogue("nb", catalogues), "Switch to “{name}”", "Bytt til «{navn}»")
    _edit_first(catalogue("nb", catalogues), "&Quit", "Avslutt")
    found = check(catalogues)
    assert "da [MainWindow] 'Keep waiting': not translated" in found
    assert any("Switch to" in line and "placeholders" in line for line in found)
    assert any("&Quit" in line and "shortcut" in line for line in found)


def test_a_missing_catalogue_fails(catalogues: Path) -> None:
    catalogue("da", catalogues).unlink()
    assert "paydesk_da.ts is missing" in check(catalogues)


@pytest.mark.parametrize(
    ("preference", "system", "language"),
    [
        ("", ["nb-NO", "en-US"], "nb"),
        ("", ["nn-NO"], "nb"),  # any Norwegian reads bokmål
        ("", ["no"], "nb"),
        ("", ["de-DE", "sv-SE"], "sv"),  # the first one Paydesk speaks
        ("", ["da_DK"], "da"),
        ("", ["fr-FR"], "en"),
        ("da", ["nb-NO"], "da"),  # Preferences win over the system
        ("xx", ["sv-SE"], "sv"),
    ],
)
def test_the_language_follows_the_system_unless_preferences_say(
    preference: str, system: list[str], language: str
) -> None:
    assert choose_language(preference, system) == language


@pytest.fixture
def norwegian(qapp: QCoreApplication) -> Iterator[None]:
    install_language(qapp, "nb")
    yield
    install_language(qapp, "en")


def test_norwegian_reaches_every_layer(norwegian: None) -> None:
    assert QCoreApplication.translate("MainWindow", "Keep waiting") == "Vent videre"
    assert i18n.translate("LinkStatus", "Waiting for the customer") == "Venter på kunden"
    assert STATUS_LABELS["CAPTURED"] == "Trukket"  # a table built at import, read now
    assert status_label("REFUNDED") == "Refundert"
    assert OPERATION_LABELS[Operation.REFUND] == "Refunder"
    plural = "%n transaction(s)"
    assert QCoreApplication.translate("TransactionsPage", plural, "", 1) == "1 transaksjon"
    assert QCoreApplication.translate("TransactionsPage", plural, "", 3) == "3 transaksjoner"


def test_a_refused_quantity_is_said_in_norwegian_and_names_its_field(norwegian: None) -> None:
    with pytest.raises(OrderLineError) as refused:
        parse_quantity("2000000")
    assert str(refused.value) == "Antallet kan være høyst 1 000 000"
    assert refused.value.field == "quantity"
    with pytest.raises(OrderLineError) as refused:
        parse_vat_rate("130")
    assert refused.value.field == "vat"


def test_a_typed_amount_is_refused_in_norwegian(norwegian: None) -> None:
    refusals = {
        "abc": "«abc» er ikke et beløp. Skriv sifre, for eksempel 1299,90",
        "-5": "Beløpet kan ikke være negativt",
        "1,299": "Bruk høyst 2 desimaler for NOK",
        "SEK 299": "Dette beløpet er i SEK, men valutaen her er NOK",
    }
    for typed, said in refusals.items():
        with pytest.raises(AmountError) as refused:
            parse_amount(typed, "NOK", "nb_NO")
        assert str(refused.value) == said
    with pytest.raises(AmountError) as refused:
        check_dintero_amount(0, "NOK")
    assert str(refused.value) == "Beløpet må være mer enn 0,00\xa0kr"


def test_a_paid_links_detail_is_in_norwegian(
    norwegian: None, sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """The one-line detail the links list shows (and the history keeps) is in the desk's
    words, not Dintero's status code."""
    paid = sandbox.create_authorized_transaction(amount=5_000)

    async def main() -> LinkStatus:
        async with DinteroClient(client_config) as client:
            transaction = await client.get_transaction(paid["id"])
            assert transaction.session_id is not None
            session = await client.get_session(transaction.session_id)
            status = session_status(session, None, transaction)
            return build_status(session, status, transaction, None)

    assert asyncio.run(main()).detail == "Reservert · kort"


def test_english_has_its_plural_forms(qapp: QCoreApplication) -> None:
    install_language(qapp, "en")
    plural = "%n transaction(s)"
    assert QCoreApplication.translate("TransactionsPage", plural, "", 1) == "1 transaction"
    assert QCoreApplication.translate("TransactionsPage", plural, "", 2) == "2 transactions"
    assert STATUS_LABELS["CAPTURED"] == "Captured"


def test_a_word_lupdate_cannot_see_fails(tmp_path: Path) -> None:
    """lupdate skips a text in parentheses; the check reads the code itself too."""
    module = tmp_path / "probe.py"
    module.write_text(
        'X = translate("Probe", ("Hidden " "word"))\nY = translate("Probe", "Seen")\n'
    )
    found = unseen_by_lupdate({"Seen"}, [module])
    assert len(found) == 1
    assert "'Hidden word' is invisible to lupdate" in found[0]


def test_one_run_can_speak_another_language_from_the_command_line() -> None:
    from app.__main__ import parse_args

    assert parse_args(["--demo", "--language", "sv"]).language == "sv"
    assert parse_args([]).language is None  # Preferences, then the system
    with pytest.raises(SystemExit):
        parse_args(["--language", "fr"])
