"""Chinese text in matplotlib figures: prefer a Chinese font the system has, fall back to the bundled one.

Qt-free, so charts can be drawn by services, the CLI and tests alike. Call ``configure_matplotlib()``
before drawing; it is cheap after the first call.
"""

from __future__ import annotations

from functools import cache

from shopteam.paths import bundled_cjk_font

# Nicer system fonts first (the same order as the UI's); the bundled Droid Sans Fallback comes last.
PREFERRED_CJK = (
    "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei",
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


def chinese_font_name() -> str:
    """The family matplotlib uses for Chinese text."""
    return configure_matplotlib()[1]
