"""One reading layer for every import: .xlsx/.xlsm, .xls and .csv into a :class:`RawSheet`.

The file's format is taken from its first bytes, not its name, so a PNG or a text file renamed to
.xlsx, a password-protected workbook (an OLE container with an .xlsx name), a truncated download and a
zip bomb each get their own typed error before any parser sees them. Workbooks are read with
python-calamine (fast, keeps dates, times and numbers typed); openpyxl and xlrd are not needed for the
cells themselves. Cells keep their types: ``date``, ``datetime``, ``time``, ``timedelta``, ``float``,
``int``, ``bool`` or ``str`` ('' for an empty cell).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopteam.io.errors import (
    DecompressionBombError,
    EmptySheetError,
    EncryptedFileError,
    FileReadError,
    NotASpreadsheetError,
    SheetNotFoundError,
    TruncatedFileError,
    UncalculatedFormulaError,
)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Limits for what a workbook may unpack to. A 100,000-row export is ~20 MB of XML at a ratio of ~10.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_ENTRY_RATIO = 200
RATIO_CHECK_FROM_BYTES = 10 * 1024 * 1024
MAX_CSV_BYTES = 200 * 1024 * 1024
CSV_EXTENSIONS = {".csv", ".txt", ".tsv"}


@dataclass
class RawSheet:
    """A sheet's cells as a grid: ``rows[i][j]`` is Excel row i+1, column j+1 (row 1 and column A first)."""

    file: Path
    name: str
    rows: list[list[Any]]
    epoch1904: bool = False
    #: merged ranges as ((first_row, first_col), (last_row, last_col)), 0-based and inclusive.
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    format: str = "xlsx"

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _label(path: Path) -> str:
    return f"'{path.name}'"


def _sniff(path: Path) -> str:
    """'zip', 'ole' or 'csv' from the first bytes; raises for anything else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise FileReadError(
            file=_label(path), reason="the file does not exist", code="file_not_found"
        ) from None
    except OSError as exc:
        raise FileReadError(file=_label(path), reason=exc.strerror or str(exc)) from None
    if not head:
        raise EmptySheetError("{file} is empty (0 bytes).", file=_label(path), sheet="", code="file_empty")
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(b"PK"):
        raise TruncatedFileError(file=_label(path), reason="the zip container is damaged")
    if path.suffix.lower() in CSV_EXTENSIONS:
        return "csv"
    if path.suffix.lower() == ".xls" and b"\0" not in head and not head.lstrip().startswith(b"<"):
        return "csv"  # many systems export tab-separated text under an .xls name
    what = _describe_bytes(head)
    raise NotASpreadsheetError(file=_label(path), reason=what)


def _describe_bytes(head: bytes) -> str:
    known = {
        b"\x89PNG": "it is a PNG image",
        b"\xff\xd8\xff": "it is a JPEG image",
        b"%PDF": "it is a PDF document",
        b"GIF8": "it is a GIF image",
        b"Rar!": "it is a RAR archive",
        b"7z\xbc\xaf": "it is a 7-Zip archive",
        b"\x1f\x8b": "it is a gzip archive",
    }
    for magic, text in known.items():
        if head.startswith(magic):
            return text
    if head.lstrip().startswith(b"<"):
        return "it is a web page or XML file saved under a workbook's name"
    if b"\0" not in head:
        return "it looks like a text file; save CSV files with the .csv extension"
    return "its content is not a workbook"


# --- zip workbooks (xlsx, xlsm) -----------------------------------------------------------------


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise TruncatedFileError(file=_label(path), reason=f"broken zip container: {exc}") from None
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        archive.close()
        if "word/document.xml" in names:
            reason = "it is a Word document"
        elif "EncryptedPackage" in names:
            raise EncryptedFileError(file=_label(path))
        else:
            reason = "it is a zip archive without a workbook inside"
        raise NotASpreadsheetError(file=_label(path), reason=reason)
    return archive


def check_zip_bomb(archive: zipfile.ZipFile, path: Path) -> None:
    """Refuse archives whose declared unpacked size or compression ratio is out of all proportion."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > RATIO_CHECK_FROM_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_ENTRY_RATIO:
                raise DecompressionBombError(
                    file=_label(path),
                    size_mb=info.file_size // (1024 * 1024),
                    reason=f"'{info.filename}' is compressed {ratio:.0f} to 1",
                )
    if total > MAX_UNPACKED_BYTES:
        raise DecompressionBombError(file=_label(path), size_mb=total // (1024 * 1024), reason="in total")


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_UNCALCULATED = re.compile(
    rb"<c\b([^>]*)>\s*(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>"
)


def _xml_attrs(tag: bytes) -> dict[str, str]:
    return {k.decode().split(":")[-1]: v.decode() for k, v in _ATTR.findall(tag)}


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML part inside the archive."""
    workbook = archive.read("xl/workbook.xml")
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        rels = b""
    targets = {}
    for tag in _REL_TAG.findall(rels):
        attrs = _xml_attrs(tag)
        target = attrs.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[attrs.get("Id")] = target
    parts = {}
    for tag in _SHEET_TAG.findall(workbook):
        attrs = _xml_attrs(tag)
        parts[_unescape(attrs.get("name", ""))] = targets.get(attrs.get("id"), "")
    return parts


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def _check_formulas(archive: zipfile.ZipFile, part: str, path: Path, sheet: str) -> None:
    """Formulas saved without a result (a workbook written by a program and never calculated)."""
    if not part or part not in archive.namelist():
        return
    xml = archive.read(part)
    if b"<f" not in xml:
        return
    for match in _UNCALCULATED.finditer(xml):
        attrs = _xml_attrs(b"<c" + match.group(1) + b">")
        if attrs.get("t") == "str":  # a formula that really returned ''
            continue
        raise UncalculatedFormulaError(file=_label(path), sheet=sheet, cell=attrs.get("r", "?"))


def _is_1904(archive: zipfile.ZipFile) -> bool:
    head = archive.read("xl/workbook.xml")[:4000]
    match = re.search(rb"<(?:\w+:)?workbookPr\b[^>]*>", head)
    return bool(match and re.search(rb'date1904="(1|true)"', match.group(0)))


# --- OLE (xls, or an encrypted OOXML) -----------------------------------------------------------


def _check_ole(path: Path) -> None:
    with path.open("rb") as handle:
        data = handle.read(4 * 1024 * 1024)
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedFileError(file=_label(path))
    if path.stat().st_size < 1536:
        raise TruncatedFileError(file=_label(path), reason="the file is far too short for an .xls workbook")


def _xls_is_1904(path: Path) -> bool:
    try:
        import xlrd

        book = xlrd.open_workbook(str(path), on_demand=True)
        try:
            return bool(book.datemode)
        finally:
            book.release_resources()
    except Exception:  # xlrd cannot read it; calamine will tell what is wrong
        return False


# --- calamine ----------------------------------------------------------------------------------


def _calamine_error(exc: Exception, path: Path) -> FileReadError:
    from python_calamine import PasswordError, ZipError

    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, PasswordError) or "password" in lowered or "encrypt" in lowered:
        return EncryptedFileError(file=_label(path))
    if isinstance(exc, ZipError) or "eof" in lowered or "truncat" in lowered or "unexpected end" in lowered:
        return TruncatedFileError(file=_label(path), reason=text)
    return NotASpreadsheetError(file=_label(path), reason=f"the workbook could not be parsed: {text}")


def _open_workbook(path: Path):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own exception types and sometimes plain ones
        raise _calamine_error(exc, path) from None


def _prepare(path: Path) -> tuple[str, bool, dict[str, str]]:
    """Check the container; returns (format, epoch1904, sheet parts for zip workbooks)."""
    kind = _sniff(path)
    if kind == "csv":
        return "csv", False, {}
    if kind == "ole":
        _check_ole(path)
        return "xls", _xls_is_1904(path), {}
    archive = _open_zip(path)
    with archive:
        check_zip_bomb(archive, path)
        try:
            return "xlsx", _is_1904(archive), _sheet_parts(archive)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise TruncatedFileError(file=_label(path), reason=str(exc)) from None


def list_sheets(path: str | Path) -> list[str]:
    """The workbook's visible worksheet names in order (a CSV has one sheet named after the file)."""
    path = Path(path)
    kind, _, _ = _prepare(path)
    if kind == "csv":
        return [path.stem]
    workbook = _open_workbook(path)
    try:
        names = []
        for meta in workbook.sheets_metadata:
            if "Visible" in str(meta.visible) and "WorkSheet" in str(meta.typ):
                names.append(meta.name)
        return names or list(workbook.sheet_names)
    finally:
        workbook.close()


def read_table(path: str | Path, sheet: str | int | None = None) -> RawSheet:
    """Read one sheet (by name, by 0-based index, or the first visible one that has data)."""
    path = Path(path)
    kind, epoch1904, parts = _prepare(path)
    if kind == "csv":
        return read_csv(path)
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheet_names)
        if sheet is None:
            candidates = list_sheets(path)
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise SheetNotFoundError(file=_label(path), sheet=f"#{sheet + 1}", sheets=", ".join(names))
            candidates = [names[sheet]]
        elif sheet in names:
            candidates = [sheet]
        else:
            raise SheetNotFoundError(file=_label(path), sheet=sheet, sheets=", ".join(names))
        for name in candidates:
            try:
                data = workbook.get_sheet_by_name(name)
                rows = _sheet_rows(data)
                merged = list(data.merged_cell_ranges or [])
            except Exception as exc:
                raise _calamine_error(exc, path) from None
            if _has_data(rows):
                if kind == "xlsx":
                    try:
                        with zipfile.ZipFile(path) as archive:
                            _check_formulas(archive, parts.get(name, ""), path, name)
                    except (zipfile.BadZipFile, EOFError, OSError) as exc:
                        raise TruncatedFileError(file=_label(path), reason=str(exc)) from None
                return RawSheet(path, name, rows, epoch1904, merged, kind)
        raise EmptySheetError(file=_label(path), sheet=candidates[0] if len(candidates) == 1 else names[0])
    finally:
        workbook.close()


def _sheet_rows(data) -> list[list[Any]]:
    """All rows from A1 (as Excel numbers them). Row by row rather than ``to_python()``: one long
    ``to_python()`` call holds the GIL for the whole sheet (half a second for 100,000 rows), which would
    freeze the window while an import reads in the background."""
    start = data.start
    pad = [""] * start[1] if start and start[1] else None
    rows = []
    for row in data.iter_rows():  # a Python loop, not list(): list() would hold the GIL until the last row
        rows.append(row if pad is None else pad + row)
    return rows


def _has_data(rows: list[list[Any]]) -> bool:
    return any(cell != "" and cell is not None for row in rows for cell in row)


# --- CSV ---------------------------------------------------------------------------------------


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Bytes -> (text, encoding): UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise NotASpreadsheetError(
            file=_label(path), reason="its text is neither UTF-8 nor GBK/GB18030"
        ) from None


def read_csv(path: Path) -> RawSheet:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise DecompressionBombError(file=_label(path), size_mb=size // (1024 * 1024), reason="as text")
    data = path.read_bytes()
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotASpreadsheetError(file=_label(path), reason=_describe_bytes(data[:8]))
    text, encoding = decode_text(data, path)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    if not _has_data(rows):
        raise EmptySheetError(file=_label(path), sheet=path.stem)
    return RawSheet(path, path.stem, rows, False, [], f"csv ({encoding})")
