"""Windows version information for ShopTeam.exe, made from ``shopteam.__version__``.

Kept apart from the spec so a test can build it without running PyInstaller. The version is read from
``shopteam/__init__.py`` as text, so building the spec imports nothing of ShopTeam's.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPANY = "ShopTeam"
DESCRIPTION = "ShopTeam 网店团队管家"


def read_version(root: Path = ROOT) -> str:
    text = (root / "shopteam" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise ValueError("shopteam/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); a suffix such as 'rc1' or '.dev2' is dropped (Windows wants four numbers)."""
    numbers = []
    for part in version.split("+")[0].split(".")[:4]:
        match = re.match(r"\d+", part)
        if not match:
            break
        numbers.append(int(match.group()))
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str) -> str:
    """The text of a PyInstaller version file (the ``--version-file`` format) for ``version``.

    Plain text, so it is built and tested on any OS; PyInstaller reads it on Windows only.
    """
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "ShopTeam",
        "OriginalFilename": "ShopTeam.exe",
        "ProductName": DESCRIPTION,
        "ProductVersion": version,
        "LegalCopyright": COMPANY,
    }
    structs = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    # 0x0804 = Simplified Chinese (PRC), 0x0409 = English (US); 1200 = Unicode.
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404b0', [
{structs}]),
      StringTable('040904b0', [
{structs}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200, 0x0409, 1200])])
  ]
)
"""


def write_version_file(version: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "shopteam_version_info.txt"
    path.write_text(version_file_text(version), encoding="utf-8")
    return path
