"""The icon files are made from the one SVG master, and the ones in the package match it."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import make_icons  # noqa: E402


def test_every_icon_file_is_made_from_the_master(tmp_path: Path, qapp: object) -> None:
    # qapp: the tests' one QApplication exists first, so the script does not make its own.
    out, app_icons = tmp_path / "out", tmp_path / "app"
    make_icons.make_icons(out, app_icons=app_icons)

    with Image.open(out / "paydesk.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(out / "paydesk.icns") as icns:
        assert icns.size == (1024, 1024)
    for size in make_icons.APP_SIZES:
        with Image.open(app_icons / f"paydesk-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            rgba = png.convert("RGBA")
            corner = rgba.getpixel((0, 0))
            centre = rgba.getpixel((size // 2, size // 2))
            assert isinstance(corner, tuple)
            assert isinstance(centre, tuple)
            assert corner[3] == 0  # transparent corner
            assert centre[3] == 255
            assert len(rgba.getcolors(1 << 16) or []) > 8  # a picture, not a flat square


def test_the_packaged_pngs_match_the_master(tmp_path: Path, qapp: object) -> None:
    """app/ui/icons is generated; regenerate it with packaging/make_icons.py after editing
    resources/icon/paydesk.svg."""
    make_icons.make_icons(tmp_path / "out", app_icons=tmp_path / "app")
    for size in make_icons.APP_SIZES:
        with (
            Image.open(make_icons.APP_ICONS / f"paydesk-{size}.png") as packaged,
            Image.open(tmp_path / "app" / f"paydesk-{size}.png") as fresh,
        ):
            difference = ImageChops.difference(packaged.convert("RGBA"), fresh.convert("RGBA"))
            assert max(ImageStat.Stat(difference).mean) < 2.0, size
