"""Before opening a window on Linux: name the system packages Qt's xcb plugin is missing.

Without them Qt says only "Could not load the Qt platform plugin xcb". Run by `make run`;
exit status 1 with a list of packages to install, 0 when the window can open.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Shared library -> Debian/Ubuntu package, for the ones a fresh machine typically lacks.
PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def xcb_plugin() -> Path | None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    return sorted({m.group(1) for m in re.finditer(r"^\s*(\S+)\s*=>\s*not found", out, re.MULTILINE)})


def package_for(library: str) -> str:
    if library in PACKAGES:
        return PACKAGES[library]
    match = re.match(r"lib(.+)\.so\.(\d+)", library)
    if not match:
        return library
    name, major = match.groups()
    return f"lib{name.lower()}{'-' if name[-1].isdigit() else ''}{major}"


def main() -> int:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return 0
    plugin = xcb_plugin()
    if plugin is None:
        return 0
    missing = missing_libraries(plugin)
    if missing:
        packages = " ".join(sorted({package_for(lib) for lib in missing}))
        print("ShopTeam cannot open a window yet: Qt needs system libraries this machine lacks:\n  "
              + ", ".join(missing)
              + f"\nInstall them (Debian/Ubuntu):\n  sudo apt-get install {packages}", file=sys.stderr)
        return 1
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("ShopTeam needs a display: no DISPLAY or WAYLAND_DISPLAY is set "
              "(on a headless machine, start Xvfb and set DISPLAY).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
