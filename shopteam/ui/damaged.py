"""When the database file no longer opens at start-up (damaged by a power cut or a disk, or replaced by
something else): say so in plain words and offer to restore a backup, keeping the damaged file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shopteam import APP_NAME


def reason_text(damage: str | None) -> str:
    if damage == "not_a_database":
        return QCoreApplication.translate("DamagedDatabase", "the file is not a database, or its start is damaged")
    return QCoreApplication.translate("DamagedDatabase", "the file is damaged")


def ask_restore(path: Path, reason: str) -> bool:
    """True when the user wants to restore a backup, False to quit."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QCoreApplication.translate(
        "DamagedDatabase", "The database %1 cannot be opened: %2.").replace("%1", str(path)).replace("%2", reason))
    box.setInformativeText(QCoreApplication.translate(
        "DamagedDatabase", "Restore your latest backup: ShopTeam keeps one in the backups folder beside the "
        "database before every update, and you may have your own. The damaged file is kept there too."))
    restore = box.addButton(QCoreApplication.translate("DamagedDatabase", "Restore a backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DamagedDatabase", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def rescue_database(url: str, error: BaseException) -> bool:
    """Offer to restore a backup over the database at ``url`` that failed to open with ``error``; True when
    a backup was restored (the caller opens the database again), False when the user gave up."""
    from shopteam.db.engine import make_engine, sqlite_path
    from shopteam.domain.errors import ShopTeamError
    from shopteam.services.maintenance import damage_of, restore_backup
    from shopteam.ui.messages import describe

    path = sqlite_path(url)
    if path is None:  # a server database: its own tools restore it
        QMessageBox.critical(None, APP_NAME, describe(error))
        return False
    reason = reason_text(damage_of(error))
    while ask_restore(path, reason):
        folder = path.parent / "backups"
        chosen, _filter = QFileDialog.getOpenFileName(
            None, QCoreApplication.translate("DamagedDatabase", "Choose the backup to restore"),
            str(folder if folder.is_dir() else path.parent),
            QCoreApplication.translate("DamagedDatabase", "ShopTeam databases (*.db);;All files (*)"))
        if not chosen:
            continue
        engine = make_engine(url)
        try:
            restore_backup(engine, chosen)
        except ShopTeamError as exc:  # not a backup of ours, damaged too, from a newer version …
            QMessageBox.warning(None, APP_NAME, describe(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - disk full, no permission …: said, and the choice offered again
            QMessageBox.warning(None, APP_NAME, str(getattr(exc, "orig", None) or exc))
            continue
        finally:
            engine.dispose()
        return True
    return False
