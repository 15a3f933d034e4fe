"""Where the application's own files are: in a PyInstaller bundle, an installed wheel, or a checkout."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    candidates += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    for path in candidates:
        if (path / "fonts").is_dir():
            return path
    raise FileNotFoundError("ShopTeam's resources folder is missing (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def bundled_cjk_font() -> Path:
    return resources_dir() / "fonts" / "DroidSansFallbackFull.ttf"


def translations_dir() -> Path:
    return resources_dir() / "i18n"
