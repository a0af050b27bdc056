"""The customer's language: from the phone's country or the form, carried by the link to
Dintero's payment page (the sandbox's page over loopback), and in the message to send."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest

from app.desk.customer_texts import (
    customer_language,
    customer_message,
    language_for_phone,
    language_of_url,
    payment_page_url,
)
from app.desk.link_creation import create_link
from app.desk.link_mail import MailText, mailto_url
from app.desk.services import LocalStores
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkRecord
from tests.desk.support import account_for, link_draft


@pytest.mark.parametrize(
    ("phone", "language"),
    [
        ("+4799999999", "nb"),
        ("+46701234567", "sv"),
        ("+4520123456", "da"),
        ("+358401234567", "en"),  # Finland: no Finnish page wording here, so English
        ("+4477009000", "en"),
        (None, "en"),
    ],
)
def test_the_phone_country_picks_the_language(phone: str | None, language: str) -> None:
    assert language_for_phone(phone) == language
    assert customer_language("", phone) == language


def test_a_choice_on_the_form_wins_over_the_phone() -> None:
    assert customer_language("da", "+4799999999") == "da"
    assert customer_language("en", "+46701234567") == "en"
    assert customer_language("fr", "+46701234567") == "sv"  # not offered: the phone decides


def test_the_link_carries_dintero_s_language_parameter() -> None:
    base = "https://checkout.dintero.com/v1/view/T1.abc"
    assert payment_page_url(base, "nb") == f"{base}?language=no"  # Dintero says "no"
    assert payment_page_url(f"{base}?language=en&x=1", "sv") == f"{base}?x=1&language=sv"
    assert payment_page_url("", "da") == ""
    for language in ("nb", "sv", "da", "en"):
        assert language_of_url(payment_page_url(base, language)) == language
    assert language_of_url(base, "+4520123456") == "da"  # an older link: the phone decides


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nb", ("Hei!", "betalingslenken for bestilling PD-7", "Lenken er gyldig til")),
        ("sv", ("Hej!", "betallänken för order PD-7", "Länken gäller till")),
        ("da", ("Hej!", "betalingslinket til ordre PD-7", "Linket gælder til")),
        ("en", ("Hello!", "payment link for order PD-7", "The link is valid until")),
    ],
)
def test_the_message_is_in_the_customer_s_language(language: str, words: tuple[str, ...]) -> None:
    url = payment_page_url("https://checkout.dintero.com/v1/view/T1.abc", language)
    expires = datetime(2026, 12, 24, 12, 0, tzinfo=UTC)
    message = customer_message(
        language, reference="PD-7", amount="499,00 kr", url=url, expires_at=expires
    )
    for word in words:
        assert word in message.text
    assert url in message.text.splitlines()
    assert "PD-7" in message.subject
    # The one mail path of the desk carries this message unchanged (line breaks as CRLF).
    mail = urlsplit(mailto_url(MailText("kari@example.no", message.subject, message.text)))
    assert mail.scheme == "mailto"
    assert mail.path == "kari@example.no"
    query = parse_qs(mail.query)
    assert unquote(query["body"][0]).replace("\r\n", "\n") == message.text
    assert query["subject"] == [message.subject]


@pytest.mark.parametrize(
    ("phone", "choice", "page_lang", "dintero_code", "pay_word"),
    [
        ("+46701234567", "", "sv", "sv", "Betala"),
        ("+4520123456", "", "da", "da", "Betal for din ordre"),
        ("+4799999999", "", "nb", "no", "Betal for bestillingen"),
        ("+4799999999", "da", "da", "da", "Betal for din ordre"),  # the form's choice
        (None, "", "en", "en", "Pay for your order"),
    ],
)
def test_the_payment_page_opens_in_the_customer_s_language(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    tmp_path: Path,
    phone: str | None,
    choice: str,
    page_lang: str,
    dintero_code: str,
    pay_word: str,
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)
    draft = replace(link_draft("PD-LANG-1"), phone=phone, customer_language=choice)

    async def main() -> LinkRecord:
        async with DinteroClient(client_config) as client:
            return await create_link(client, stores.links(), account, draft, datetime.now(UTC))

    record = asyncio.run(main())
    stored = stores.links().get(record.session_id)
    assert stored is not None
    assert parse_qs(urlsplit(stored.url).query)["language"] == [dintero_code]
    page = httpx.get(stored.url, timeout=10)  # the customer opens the link
    assert page.status_code == 200
    assert f"<html lang='{page_lang}'>" in page.text
    assert pay_word in page.text
    assert sandbox.get_session(record.session_id)["page_languages"] == [dintero_code]
    stores.close()
