"""The transaction CSV export: customer-typed text never becomes a spreadsheet formula."""

from __future__ import annotations

import csv
from pathlib import Path

from app.dintero import ClientConfig, DinteroClient, TransactionFilter
from app.sandbox import EmbeddedSandbox
from app.ui.transactions.export_csv import export_transactions
from tests.ui.conftest import RunAsync


def test_export_neutralises_formula_cells(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, run_async: RunAsync
) -> None:
    evil = "=cmd|' /C calc'!A0"
    tx = sandbox.create_authorized_transaction(amount=4_200, merchant_reference=evil)
    plain = sandbox.create_authorized_transaction(amount=4_300, merchant_reference="order-7")
    target = tmp_path / "out.csv"

    async def export() -> int:
        async with DinteroClient(client_config) as client:
            return await export_transactions(
                client, TransactionFilter(ids=(tx["id"], plain["id"])), target
            )

    assert run_async(export()) == 2
    with target.open(newline="", encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows[tx["id"]]["merchant_reference"] == "'" + evil
    assert rows[tx["id"]]["amount"] == "42.00"  # a decimal number with a dot, not øre
    assert rows[tx["id"]]["captured"] == "0.00"
    assert rows[tx["id"]]["refunded"] == "0.00"
    assert rows[tx["id"]]["currency"] == "NOK"
    assert rows[plain["id"]]["amount"] == "43.00"
    assert rows[plain["id"]]["merchant_reference"] == "order-7"
