"""Chinese text must render everywhere: register the bundled CJK font and put the best Chinese font
the system has (or the bundled one) behind the default family as its fallback."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from shopteam.paths import bundled_cjk_font
from shopteam.reports.fonts import BUNDLED_FAMILY
from shopteam.reports.fonts import PREFERRED_CJK as _DOCUMENT_CJK

# The documents' order (reports/fonts, the one list); the bundled Droid Sans Fallback as the last resort.
PREFERRED_CJK = (*_DOCUMENT_CJK, BUNDLED_FAMILY)


class FontMissing(RuntimeError):
    pass


def register_bundled_font() -> str:
    path = bundled_cjk_font()
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FontMissing(f"the bundled Chinese font could not be loaded: {path}")
    return families[0]


def install_fonts(app: QApplication) -> list[str]:
    """Returns the family chain the application font now uses."""
    register_bundled_font()
    available = set(QFontDatabase.families())
    cjk = [family for family in PREFERRED_CJK if family in available]
    font: QFont = app.font()
    chain = [font.family(), *[f for f in cjk if f != font.family()]]
    font.setFamilies(chain)
    app.setFont(font)
    return chain
