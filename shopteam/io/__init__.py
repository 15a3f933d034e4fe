"""Excel/CSV reading for every import: files -> typed cells -> mapped columns -> parsed rows. No Qt, no database."""

from shopteam.io.errors import (
    DecompressionBombError,
    EmptySheetError,
    EncryptedFileError,
    FileReadError,
    HeaderNotFoundError,
    NotASpreadsheetError,
    SheetNotFoundError,
    TruncatedFileError,
    UncalculatedFormulaError,
)
from shopteam.io.headers import (
    KINDS,
    PUNCH_LOG,
    PUNCHES,
    ROSTER,
    TIMESHEET,
    ColumnMapping,
    detect_header,
    map_columns,
)
from shopteam.io.reader import RawSheet, list_sheets, read_table
from shopteam.io.rows import Problem, Record, iter_records

__all__ = [
    "KINDS",
    "PUNCHES",
    "PUNCH_LOG",
    "ROSTER",
    "TIMESHEET",
    "ColumnMapping",
    "DecompressionBombError",
    "EmptySheetError",
    "EncryptedFileError",
    "FileReadError",
    "HeaderNotFoundError",
    "NotASpreadsheetError",
    "Problem",
    "RawSheet",
    "Record",
    "SheetNotFoundError",
    "TruncatedFileError",
    "UncalculatedFormulaError",
    "detect_header",
    "iter_records",
    "list_sheets",
    "map_columns",
    "read_table",
]
