"""Why a file could not be read. Each names the file and the problem in a plain sentence."""

from __future__ import annotations

from shopteam.domain.errors import ShopTeamError


class FileReadError(ShopTeamError):
    """Base of every problem with an import file as a whole (as opposed to one of its rows)."""

    code = "file_unreadable"
    template = "{file} could not be read: {reason}"


class NotASpreadsheetError(FileReadError):
    code = "not_a_spreadsheet"
    template = "{file} is not an Excel workbook or CSV file ({reason})."


class TruncatedFileError(FileReadError):
    code = "file_truncated"
    template = "{file} is damaged or incomplete ({reason}); save or download it again."


class EncryptedFileError(FileReadError):
    code = "file_encrypted"
    template = "{file} is protected with a password; open it in Excel, remove the password, save it and import again."


class DecompressionBombError(FileReadError):
    code = "file_too_large"
    template = (
        "{file} unpacks to {size_mb} MB ({reason}), more than an import allows; "
        "it is either not a real export or far too large."
    )


class EmptySheetError(FileReadError):
    code = "sheet_empty"
    template = "Sheet '{sheet}' of {file} has no data."


class SheetNotFoundError(FileReadError):
    code = "sheet_not_found"
    template = "{file} has no sheet '{sheet}' (it has: {sheets})."


class UncalculatedFormulaError(FileReadError):
    code = "formulas_without_values"
    template = (
        "Sheet '{sheet}' of {file} has formulas without saved results (first at {cell}); "
        "open it in Excel, let it calculate, save it and import again."
    )


class HeaderNotFoundError(FileReadError):
    code = "header_not_found"
    template = "No header row was found in the first {rows} rows of sheet '{sheet}' of {file}."
