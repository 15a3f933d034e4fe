"""The one CJK font rule of every document and figure: prefer a Chinese font the system has (in the
order of :data:`PREFERRED_CJK`, which the window's ui/fonts uses too), fall back to the bundled one.

``configure_matplotlib()`` sets matplotlib's chain (Qt-free; call it before drawing, cheap after the first
call); ``document_font(points)`` is the QFont of the printed documents (payslips, appraisal sheets).
"""

from __future__ import annotations

from functools import cache

from shopteam.paths import bundled_cjk_font

# Nicer system fonts first; the bundled Droid Sans Fallback comes last (BUNDLED_FAMILY, registered apart).
PREFERRED_CJK = (
    "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
    "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei",
)
BUNDLED_FAMILY = "Droid Sans Fallback"


class ChartFontMissing(RuntimeError):
    pass


@cache
def configure_matplotlib() -> list[str]:
    """Register the bundled CJK font with matplotlib and make the default font family a chain of
    DejaVu Sans (Latin), the best system Chinese font if any, and the bundled one. Returns the chain."""
    import matplotlib
    from matplotlib import font_manager

    path = bundled_cjk_font()
    if not path.is_file():
        raise ChartFontMissing(f"the bundled Chinese font is missing: {path}")
    font_manager.fontManager.addfont(str(path))
    bundled = font_manager.FontProperties(fname=str(path)).get_name() or BUNDLED_FAMILY

    available = {entry.name for entry in font_manager.fontManager.ttflist}
    system = [family for family in PREFERRED_CJK if family in available]
    # matplotlib falls back glyph by glyph only across families named explicitly in font.family (a
    # generic "sans-serif" resolves to one font). Droid Sans Fallback has no Latin letters or digits, so
    # DejaVu Sans (shipped with matplotlib) draws those and the Chinese font the rest.
    chain = ["DejaVu Sans", *system, bundled]
    matplotlib.rcParams["font.family"] = chain
    matplotlib.rcParams["font.sans-serif"] = chain + [
        f for f in matplotlib.rcParams["font.sans-serif"] if f not in chain]
    matplotlib.rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212 (minus sign)
    return chain


@cache
def _document_families() -> tuple[str, ...]:
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    font_id = QFontDatabase.addApplicationFont(str(bundled_cjk_font()))
    bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    available = set(QFontDatabase.families())
    return (QGuiApplication.font().family(), *[f for f in PREFERRED_CJK if f in available], *bundled)


def document_font(points: float, what: str = "documents"):
    """The application's font with the best Chinese font behind it (the bundled one registered if needed),
    at ``points``; needs a QGuiApplication (``what`` names the document in the error)."""
    from PySide6.QtGui import QFont, QGuiApplication

    if QGuiApplication.instance() is None:
        raise RuntimeError(f"a QGuiApplication is needed to print {what}")
    font = QFont()
    font.setFamilies(list(_document_families()))
    font.setPointSizeF(points)
    return font


def chinese_font_name() -> str:
    """The family matplotlib uses for Chinese text."""
    return configure_matplotlib()[1]
