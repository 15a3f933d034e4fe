"""Draw ShopTeam's app icon with QPainter: a warm rounded square with the character 店.

Writes resources/icons/shopteam.png (256 px) and resources/icons/shopteam.ico (16–256 px, via Pillow).
Run it again only when the design changes; the generated files are committed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    margin = size * 0.04
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    path.addRoundedRect(rect, size * 0.2, size * 0.2)
    gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
    gradient.setColorAt(0.0, QColor("#F7A23B"))  # warm orange
    gradient.setColorAt(1.0, QColor("#E0562B"))  # deeper red-orange
    p.fillPath(path, gradient)
    p.setPen(QPen(QColor(255, 255, 255, 70), size * 0.012))
    p.drawPath(path)

    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT)))
    font = QFont(families[0] if families else "Sans")
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    p.setFont(font)
    # A soft shadow, then the character.
    p.setPen(QColor(120, 40, 10, 90))
    p.drawText(rect.translated(size * 0.012, size * 0.02), Qt.AlignmentFlag.AlignCenter, "店")
    p.setPen(QColor("#FFFFFF"))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "店")
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    ICONS.mkdir(parents=True, exist_ok=True)
    png = ICONS / "shopteam.png"
    if not draw(256).save(str(png)):
        raise SystemExit(f"could not write {png}")

    from PIL import Image

    # Pillow scales the 256 px master down for each size of the .ico.
    Image.open(png).save(ICONS / "shopteam.ico", sizes=ICO_SIZES)
    print(f"wrote {png} and {ICONS / 'shopteam.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
