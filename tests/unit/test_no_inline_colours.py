"""Colours live in ``app/ui/style.py`` only: no widget spells a colour or a style sheet.

A hex literal, a ``color:`` rule, a ``QColor`` built in place or a ``setStyleSheet`` call
anywhere else is how production ended up in two different reds.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STYLE = ROOT / "app" / "ui" / "style.py"
#: Still carries its badge colours; it is moving out of the user interface and will
#: name a Tone instead.
SCANNED = [ROOT / "app" / "ui", ROOT / "app" / "desk", ROOT / "app" / "core"]

_COLOUR_TEXT = re.compile(
    r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b"
    r"|\brgba?\s*\(|\bhsla?\s*\("
    r"|\b(?:color|background|background-color|border(?:-[a-z]+)?)\s*:",
    re.IGNORECASE,
)
_COLOUR_CALLS = {"QColor", "QBrush", "setStyleSheet", "fromRgb", "fromRgbF", "fromString"}


def sources() -> list[Path]:
    files = [p for folder in SCANNED if folder.is_dir() for p in sorted(folder.rglob("*.py"))]
    return [p for p in files if p != STYLE]


def colour_problems(source: str) -> list[str]:
    """Colours in string literals, and colour constructors or style sheets in code."""
    problems = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and (match := _COLOUR_TEXT.search(token.string)):
            problems.append(f"line {token.start[0]}: {match.group()!r} in {token.string[:60]}")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in _COLOUR_CALLS and (name != "QBrush" or _literal_args(node)):
                problems.append(f"line {node.lineno}: {name}(…)")
        elif isinstance(node, ast.Attribute) and node.attr == "GlobalColor":
            problems.append(f"line {node.lineno}: Qt.GlobalColor")
    return problems


def _literal_args(node: ast.Call) -> bool:
    return any(isinstance(arg, ast.Constant) for arg in node.args)


def test_the_scan_finds_each_way_of_writing_a_colour() -> None:
    found = colour_problems(
        "a = '#b3261e'\n"
        "b = 'QLabel { color: red; }'\n"
        "c = f'border: 1px solid {x}'\n"
        "d = 'rgb(1, 2, 3)'\n"
        "e = QColor(1, 2, 3)\n"
        "w.setStyleSheet(s)\n"
        "f = Qt.GlobalColor.red\n"
        "g = QBrush('#fff')\n"
    )
    assert len(found) == 9, found  # '#fff' is both a literal and a QBrush of a literal
    assert colour_problems("# 12 items\nx = f'#{n}'\nbrush = QBrush(style.colour(t))\n") == []


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_colour_outside_the_style_module(path: Path) -> None:
    assert colour_problems(path.read_text(encoding="utf-8")) == []
