"""Turn a typed ShopTeamError into a sentence in the user's language: the one error mapping of the UI.

The English template and every text parameter are looked up in the "Errors" translation context
(the templates are listed for the translators in ui/error_texts.py); unknown ones stay English. The forms
that show an error beside a field (accounts) ask for the shorter sentence of the error's code
(:data:`FIELD_TEXT`, :func:`field_message`) with ``describe(error, by_code=True)``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopteam.domain.errors import ShopTeamError

ERROR_STYLE = "color: #c62828;"  # the one style of an error sentence on every screen


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


# Error code -> the sentence shown beside a field (placeholders filled from the error's params).
FIELD_TEXT = {
    "required": QT_TRANSLATE_NOOP("AccountLabels", "This field is required."),
    "password_short": QT_TRANSLATE_NOOP("AccountLabels", "The password needs at least {n} characters."),
    "password_mismatch": QT_TRANSLATE_NOOP("AccountLabels", "The two passwords are not the same."),
    "username_taken": QT_TRANSLATE_NOOP("AccountLabels", "The user name {username} is taken."),
    "level": QT_TRANSLATE_NOOP("AccountLabels", "Unknown access level {level}."),
    "level_owner": QT_TRANSLATE_NOOP("AccountLabels", "Only the owner can create another owner."),
    "has_account": QT_TRANSLATE_NOOP("AccountLabels", "This person has an account already."),
    "grant": QT_TRANSLATE_NOOP("AccountLabels", "Unknown permission {names}."),
    "last_owner": QT_TRANSLATE_NOOP("AccountLabels", "The last owner account cannot be switched off."),
    "old_password": QT_TRANSLATE_NOOP("AccountLabels", "The current password is wrong."),
    "not_found": QT_TRANSLATE_NOOP("AccountLabels", "The record no longer exists. Refresh and try again."),
    "permission_denied": QT_TRANSLATE_NOOP("AccountLabels", "You are not allowed to do this."),
}


def field_message(code: str, **params) -> str:
    """The translated sentence of an error code (codes of the forms' own, like password_mismatch, too)."""
    template = QCoreApplication.translate("AccountLabels", FIELD_TEXT.get(code, ""))
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def describe(error: BaseException, *, by_code: bool = False) -> str:
    if by_code and isinstance(error, ShopTeamError) and error.code in FIELD_TEXT:
        return field_message(error.code, **error.params)
    if isinstance(error, OSError) and not isinstance(error, ShopTeamError):
        reason = error.strerror or str(error)
        return _t("The file could not be read or written: {reason}").format(
            reason=f"{reason}: {error.filename}" if error.filename else reason)
    if not isinstance(error, ShopTeamError):
        from shopteam.db.failures import database_failure

        explained = database_failure(error)  # disk full, busy, read-only, server gone …
        if explained is None:
            return _t("Unexpected error: {reason}").format(reason=error)
        error = explained
    params = {k: _t(v) if isinstance(v, str) else v for k, v in error.params.items()}
    try:
        return _t(error.template).format(**params)
    except (KeyError, IndexError):
        return _t(error.template)
