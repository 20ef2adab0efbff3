"""Render resources/icons/staan.svg for the places that cannot take SVG: staan.ico for the
Windows .exe and setup (16 to 256 pixels in one file), staan-<size>.png for the macOS .app
(PyInstaller turns a PNG into .icns with Pillow) and the Linux hicolor theme's raster sizes.

Usage: python installer/render_icon.py OUT_DIR [SIZE ...]   (default sizes: 256 512)"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine may have no display

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "staan.svg"


def render(out_dir: Path, sizes: list[int]) -> list[Path]:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"staan-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


def write_ico(png: Path, target: Path) -> Path:
    from PIL import Image  # Pillow comes with ReportLab; Qt writes only one size per .ico

    Image.open(png).save(target, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    return target


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    out = Path(sys.argv[1])
    sizes = sorted({int(s) for s in sys.argv[2:]} | {256}) if sys.argv[2:] else [256, 512]
    for path in render(out, sizes):
        print(f"rendered {path}")
    print(f"rendered {write_ico(out / 'staan-256.png', out / 'staan.ico')}")
