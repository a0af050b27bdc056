"""The one place that knows what colours mean: a colour set per ``Tone`` for light and dark
themes, and the application-wide style sheet that draws them.

Widgets never spell a colour. They say what a label means (``apply(label, Tone.ERROR)``)
and how it is drawn (a ``Look``); the style sheet installed on the application turns the
``tone`` and ``look`` properties into colours for the theme in use. Table models ask
``colour(tone)`` when they are painted. So production is the same red and test the same
blue on every page, and every text colour is one that was checked for contrast against
the backgrounds it is drawn on, in light and in dark.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.core.tone import Tone

__all__ = [
    "SURFACES",
    "SWATCHES",
    "Look",
    "Scheme",
    "Swatch",
    "Tone",
    "apply",
    "colour",
    "install",
    "mark_invalid",
    "repolish",
    "scheme_of",
    "span",
    "stylesheet",
    "tag",
]


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


class Look(StrEnum):
    """How a toned widget is drawn."""

    TEXT = "text"
    """Coloured text on the window (or a table) background."""
    PANEL = "panel"
    """A tinted box with a border: a notice, a warning, the not-confirmed box."""
    BADGE = "badge"
    """A small bold tag: a link's state."""
    BANNER = "banner"
    """A band in full colour: the account's environment."""


@dataclass(frozen=True)
class Swatch:
    """The colours of one tone in one scheme."""

    text: str
    """Text drawn straight on the window or a table (one of ``SURFACES``)."""
    background: str
    """The fill of a panel, badge or banner."""
    on_background: str
    """Text drawn on ``background``."""
    border: str
    """The edge of a panel (decoration, not text)."""


# Test and "under way" share one calm blue; production is the one red.
_LIGHT_BLUE = Swatch("#1f3b57", "#e3ecf5", "#1f3b57", "#9db7d1")
_DARK_BLUE = Swatch("#9ecbff", "#1f3b57", "#e3ecf5", "#3d6a99")

SWATCHES: dict[Scheme, dict[Tone, Swatch]] = {
    Scheme.LIGHT: {
        Tone.NEUTRAL: Swatch("#333333", "#e6e6e6", "#333333", "#c4c4c4"),
        Tone.MUTED: Swatch("#555555", "#e6e6e6", "#444444", "#c4c4c4"),
        Tone.INFO: _LIGHT_BLUE,
        Tone.SUCCESS: Swatch("#1b5e20", "#dcf3e2", "#0f5323", "#9fd3ad"),
        Tone.WARNING: Swatch("#7a5200", "#fff4d6", "#5b4500", "#e0c36a"),
        Tone.ERROR: Swatch("#b3261e", "#fbe3e0", "#7a1c14", "#e8a9a1"),
        Tone.TEST: _LIGHT_BLUE,
        Tone.PRODUCTION: Swatch("#b3261e", "#b3261e", "#ffffff", "#8c1d17"),
    },
    Scheme.DARK: {
        Tone.NEUTRAL: Swatch("#dddddd", "#474747", "#e6e6e6", "#6a6a6a"),
        Tone.MUTED: Swatch("#b4b4b4", "#474747", "#d0d0d0", "#6a6a6a"),
        Tone.INFO: _DARK_BLUE,
        Tone.SUCCESS: Swatch("#81c995", "#173d24", "#c8f0d2", "#2e7d4a"),
        Tone.WARNING: Swatch("#f2c25b", "#45360a", "#ffe7a8", "#8a6d1f"),
        Tone.ERROR: Swatch("#ff8a80", "#5c1a14", "#ffd2cc", "#a33a30"),
        Tone.TEST: _DARK_BLUE,
        # The same red band as in light: production looks the same in every theme.
        Tone.PRODUCTION: Swatch("#ff8a80", "#b3261e", "#ffffff", "#e0564c"),
    },
}

#: Window and table backgrounds that ``Swatch.text`` colours were chosen against: Qt's
#: Fusion palette, Windows, macOS, GNOME and KDE, light and dark, and their alternate
#: table rows.
SURFACES: dict[Scheme, tuple[str, ...]] = {
    Scheme.LIGHT: ("#ffffff", "#f7f7f7", "#f0f0f0", "#efefef", "#ececec"),
    Scheme.DARK: (
        "#191919",
        "#1e1e1e",
        "#202020",
        "#232629",
        "#2a2a2a",
        "#2b2b2b",
        "#31363b",
        "#323232",
        "#353535",
    ),
}

_SCHEME_PROPERTY = "paydeskStyleScheme"
_FOLLOWING_PROPERTY = "paydeskStyleFollowsTheme"


def scheme_of(palette: QPalette | None = None) -> Scheme:
    """Dark when the window is darker than its text (the application palette by default)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window).lightness()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    return Scheme.DARK if window < text else Scheme.LIGHT


def colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The text colour of ``tone`` for the palette in use, for models and rich text."""
    return QColor(SWATCHES[scheme_of(palette)][tone].text)


def span(html: str, tone: Tone) -> str:
    """``html`` in the tone's text colour, for part of a rich-text label."""
    return f"<span style='color:{colour(tone).name()}'>{html}</span>"


def stylesheet(scheme: Scheme) -> str:
    """The application style sheet: rules keyed on the ``tone``, ``look`` and ``invalid``
    properties, and nothing else, so untagged widgets keep the platform's look."""
    rules = [
        'QLabel[look="panel"] { padding: 6px; }',
        '*[look="panel"] { border-radius: 4px; }',
        '*[look="badge"] { border-radius: 4px; font-weight: bold; padding: 4px 8px; }',
        # A band's text is centred (set here, not with setAlignment, so that the window
        # builds no Python enum of Qt's namespace before its first paint).
        '*[look="banner"] { padding: 4px; qproperty-alignment: AlignCenter; }',
        '*[tone="production"] { font-weight: bold; }',
        '*[tone="production"][look="banner"] { letter-spacing: 1px; }',
        f'QLineEdit[invalid="true"] {{ border: 1px solid {SWATCHES[scheme][Tone.ERROR].text}; }}',
    ]
    for tone, swatch in SWATCHES[scheme].items():
        has = f'[tone="{tone}"]'
        rules += [
            f'*{has}[look="text"] {{ color: {swatch.text}; }}',
            f'*{has}[look="panel"], *{has}[look="badge"], *{has}[look="banner"]'
            f" {{ color: {swatch.on_background}; background: {swatch.background}; }}",
            f'*{has}[look="panel"] {{ border: 1px solid {swatch.border}; }}',
            # Labels inside a panel (the notice bar's text) take the panel's text colour.
            f'*{has}[look="panel"] QLabel {{ color: {swatch.on_background}; }}',
        ]
    return "\n".join(rules)


def install(app: QApplication | None = None) -> Scheme:
    """Put the style sheet for the application palette's scheme on the application.

    Call it again after changing the application palette; a change of the desktop's
    colour scheme reinstalls it by itself.
    """
    app = app or _application()
    scheme = scheme_of(app.palette())
    if app.property(_SCHEME_PROPERTY) != str(scheme):
        app.setStyleSheet(stylesheet(scheme))
        app.setProperty(_SCHEME_PROPERTY, str(scheme))
    if not app.property(_FOLLOWING_PROPERTY):
        app.setProperty(_FOLLOWING_PROPERTY, True)
        # Qt may update the palette after announcing the new scheme: read it afterwards.
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: QTimer.singleShot(0, lambda: install(app))
        )
    return scheme


def apply(widget: QWidget, tone: Tone | None, look: Look = Look.TEXT) -> None:
    """Draw ``widget`` in ``tone`` (``None``: the palette's own colours), now."""
    tag(widget, tone, look)
    repolish(widget)


def tag(widget: QWidget, tone: Tone | None, look: Look = Look.TEXT) -> None:
    """Mark a widget that has not been shown yet with its tone and look.

    Qt applies the style sheet when the widget is first shown, so it needs no
    ``repolish`` (which would load Qt's style classes on the way to the first paint).
    """
    _ensure_installed()
    widget.setProperty("tone", str(tone) if tone is not None else "")
    widget.setProperty("look", str(look))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """The error-coloured border of a field whose text is wrong (``invalid`` property)."""
    _ensure_installed()
    changed = bool(widget.property("invalid")) != invalid
    widget.setProperty("invalid", invalid)
    if changed:
        repolish(widget)


def repolish(widget: QWidget) -> None:
    """Re-read the style sheet for a widget whose properties changed, and its children."""
    style = widget.style()
    for each in (widget, *widget.findChildren(QWidget)):
        style.unpolish(each)
        style.polish(each)
    widget.update()


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("The style needs a QApplication")
    return app


def _ensure_installed() -> None:
    app = _application()
    if app.property(_SCHEME_PROPERTY) is None:
        install(app)
