"""A wizard page whose Next runs work in the background and moves on only when it has succeeded."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWizard, QWizardPage

from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.tasks import Cancelled, run_task


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class AsyncPage(QWizardPage):
    """Subclasses give ``job()`` -> (fn, args, title) or None, ``succeeded(result)`` and ``error``."""

    error: QLabel

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._advance = False
        self.busy = False

    # to override -------------------------------------------------------------------------------
    def ready(self) -> bool:
        return True

    def job(self):
        return None

    def succeeded(self, result) -> None:
        pass

    def cancelled_text(self) -> str:
        return self.tr("Cancelled.")

    # machinery ---------------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.busy and self.ready()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._advance:
            self._advance = False
            return True
        if self.busy:
            return False
        job = self.job()
        if job is None:
            return True
        fn, args, title = job
        self.show_error("")
        self._set_busy(True)
        wizard = self.wizard()
        wizard.task = run_task(fn, *args, on_done=self._finished, parent=wizard, title=title)
        return False

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.completeChanged.emit()  # QWizard updates its buttons here, Back included
        if busy:
            self.wizard().button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _finished(self, result, error) -> None:
        wizard = self.wizard()
        wizard.task = None
        self._set_busy(False)
        if wizard.closing:
            wizard.done(0)
            return
        if isinstance(error, Cancelled):
            self.show_error(self.cancelled_text())
            return
        if error is not None:
            self.show_error(describe(error))
            return
        self.succeeded(result)
        self._advance = True
        wizard.next()
        self._advance = False

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
