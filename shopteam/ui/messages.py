"""Turn a typed ShopTeamError into a sentence in the user's language.

The English template and every text parameter are looked up in the "Errors" translation context
(the templates are listed for the translators in ui/error_texts.py); unknown ones stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopteam.domain.errors import ShopTeamError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(error: BaseException) -> str:
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
