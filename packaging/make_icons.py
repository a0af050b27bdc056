"""Make every icon file from the one SVG master, resources/icon/paydesk.svg.

PNG sizes for the window and the tray (app/ui/icons, shipped in the package and kept in
git, so a source install needs no build step), and paydesk.ico (Windows: exe, installer)
and paydesk.icns (macOS: the .app) in the folder given by --out. Qt's own SVG renderer
draws the master; Pillow writes the .ico and .icns.

    python packaging/make_icons.py --out build/icons
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icon" / "paydesk.svg"
APP_ICONS = ROOT / "app" / "ui" / "icons"
#: What the window and tray use (Qt picks the closest size).
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(master: Path, size: int) -> bytes:
    """The master drawn at ``size`` x ``size`` pixels, as PNG bytes (transparent corners)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(master))
    if not renderer.isValid():
        raise SystemExit(f"{master} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs miss str formats
    buffer.close()
    return bytes(data.data())


def make_icons(out: Path, *, master: Path = MASTER, app_icons: Path | None = APP_ICONS) -> None:
    from io import BytesIO

    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*APP_SIZES, *ICO_SIZES, *ICNS_SIZES})
    images = {size: Image.open(BytesIO(render(master, size))).convert("RGBA") for size in sizes}
    for size in sizes:
        images[size].save(out / f"paydesk-{size}.png")
    if app_icons is not None:
        app_icons.mkdir(parents=True, exist_ok=True)
        for size in APP_SIZES:
            images[size].save(app_icons / f"paydesk-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        out / "paydesk.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[max(ICNS_SIZES)].save(
        out / "paydesk.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument(
        "--no-app-icons",
        action="store_true",
        help="leave app/ui/icons alone (a build checks them instead of rewriting them)",
    )
    args = parser.parse_args(argv)
    make_icons(args.out, app_icons=None if args.no_app_icons else APP_ICONS)
    print(f"icons written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
