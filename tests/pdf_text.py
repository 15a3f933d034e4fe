"""Read back what Qt's PDF writer put in a file, without poppler: the text of each page (through the fonts'
ToUnicode maps) and the fonts with whether each is embedded. Only what QPdfWriter writes is understood
(uncompressed object bodies, Flate-compressed page contents, Type0 fonts with Identity-H codes)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(n): body for n, body in _OBJ.findall(data)}


def _stream(body: bytes) -> bytes:
    raw = body[body.index(b"stream") + 6:].lstrip(b"\r\n")
    raw = raw[:raw.rindex(b"endstream")]
    return zlib.decompress(raw) if b"/FlateDecode" in body[:body.index(b"stream")] else raw


def _hex_chars(text: str) -> str:
    return "".join(chr(int(text[i:i + 4], 16)) for i in range(0, len(text), 4))


def _cmap(text: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            start, end = int(lo, 16), int(hi, 16)
            if target.startswith("["):
                for code, value in zip(range(start, end + 1), re.findall(r"<([0-9A-Fa-f]+)>", target), strict=False):
                    mapping[f"{code:04X}"] = _hex_chars(value)
            else:
                first = int(target[1:-1], 16)
                for offset, code in enumerate(range(start, end + 1)):
                    mapping[f"{code:04X}"] = chr(first + offset)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[code.upper().zfill(4)] = _hex_chars(value)
    return mapping


def _ref(body: bytes, key: bytes) -> int | None:
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", body)
    return int(found.group(1)) if found else None


def page_texts(path: str | Path) -> list[str]:
    """Each page's text: one line per text block (BT … ET) in the order painted."""
    objects = _objects(Path(path).read_bytes())
    maps: dict[int, dict[str, str]] = {}
    for number, body in objects.items():
        if b"/Type /Font" in body and b"/ToUnicode" in body:
            maps[number] = _cmap(_stream(objects[_ref(body, b"ToUnicode")]).decode("latin-1"))
    pages = []
    for body in objects.values():
        if not re.search(rb"/Type\s*/Page\b(?!s)", body):
            continue
        resources = objects[_ref(body, b"Resources")]
        font_block = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S).group(1)
        fonts = {name.decode(): int(n) for name, n in re.findall(rb"/(\w+)\s+(\d+) 0 R", font_block)}
        content = _stream(objects[_ref(body, b"Contents")]).decode("latin-1")
        lines = []
        for block in re.findall(r"\bBT\b(.*?)\bET\b", content, re.S):
            chars, cmap = [], {}
            for font, code in re.findall(r"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj", block):
                if font:
                    cmap = maps.get(fonts.get(font, -1), {})
                else:
                    chars.extend(cmap.get(code[i:i + 4].upper(), "") for i in range(0, len(code), 4))
            lines.append("".join(chars))
        pages.append("\n".join(lines))
    return pages


def fonts(path: str | Path) -> list[tuple[str, bool]]:
    """(font name, embedded) of every font the file describes."""
    objects = _objects(Path(path).read_bytes())
    found = []
    for body in objects.values():
        if b"/Type /FontDescriptor" in body:
            name = re.search(rb"/FontName\s*/([^\s/]+)", body).group(1).decode()
            found.append((name, bool(re.search(rb"/FontFile[23]?\s+\d+ 0 R", body))))
    return found
