"""The packaged app keeps only part of babel's locale data: every language the desk
writes money in must still work with just that part."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import babel.localedata

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "paydesk.spec"

_FORMAT_EVERYTHING = """
import sys
import babel.localedata
babel.localedata._dirname = sys.argv[1]
from app.core.desk_locale import SUPPORTED_LOCALES
from app.core.money import SUPPORTED_CURRENCIES, format_amount, parse_amount
for locale in SUPPORTED_LOCALES:
    for currency in SUPPORTED_CURRENCIES:
        shown = format_amount(2147483647, currency, locale)
        assert parse_amount(shown, currency, locale) == 2147483647, (locale, shown)
        print(locale, currency, shown)
"""


def _spec_sets() -> dict[str, set[str]]:
    """The BABEL_* name sets the spec assigns, read from its source."""
    found: dict[str, set[str]] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name.startswith("BABEL_"):
                found[name] = set(ast.literal_eval(node.value))
    return found


def test_money_works_in_every_desk_language_with_only_the_packaged_babel_data(
    tmp_path: Path,
) -> None:
    sets = _spec_sets()
    languages, english = sets["BABEL_LANGUAGES"], sets["BABEL_ENGLISH"]
    source = Path(babel.localedata._dirname)
    kept = tmp_path / "locale-data"
    kept.mkdir()
    for data in source.glob("*.dat"):
        stem = data.stem
        if stem == "root" or stem in english or stem.split("_")[0] in languages:
            shutil.copy(data, kept / data.name)
    assert len(list(kept.iterdir())) < len(list(source.glob("*.dat"))) / 10
    result = subprocess.run(
        [sys.executable, "-c", _FORMAT_EVERYTHING, str(kept)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "da_DK DKK 21.474.836,47\u00a0kr." in result.stdout
