"""The import wizard with a punch file that numbers people its own way (XL001… for the roster's A001…): every
row is rejected, the preview offers "Match by name (N rows)", which checks the rows again and lets them in;
with every row rejected the summary page still saves the error workbook. English and Chinese."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from shopteam.ui.imports.preview_model import PROBLEMS
from shopteam.ui.imports.wizard import ImportWizard
from tests.services.test_imports_by_name import renumbered
from tests.test_translations import chinese  # noqa: F401
from tests.ui.test_import_wizard import (  # noqa: F401
    advance,
    commit,
    import_file,
    next_button,
    roster_imported,
    summary_texts,
    wizard,
)


def _offered(qtbot, monkeypatch, wizard, tmp_path):  # noqa: F811
    import_file(qtbot, monkeypatch, wizard, renumbered(tmp_path), "auto")
    preview = wizard.preview
    rows = len(preview.rows)
    assert all(r.status == "rejected" for r in preview.rows) and preview.name_matches == rows - 1
    return wizard.preview_page, rows


def test_match_by_name_is_offered_and_applied(qtbot, monkeypatch, wizard, roster_imported, tmp_path):  # noqa: F811
    page, rows = _offered(qtbot, monkeypatch, wizard, tmp_path)
    box = page.match_by_name
    assert box.isVisible() and not box.isChecked()
    assert box.text() == f"Match by name ({rows - 1} rows)"
    assert page.nothing.isVisible() and "save the rejected rows" in page.nothing.text()
    box.click()
    qtbot.waitUntil(lambda: wizard.preview.match_by_name and not page.busy, timeout=15000)
    assert box.isChecked() and box.isEnabled()
    assert page.counts.text() == f"{rows - 1} new · 0 already imported · 1 rejected · {rows - 1} matched by name"
    assert not page.nothing.isVisible()
    page.only_problems.setChecked(True)
    assert page.model.rowCount() == 1 and "Z999" in page.model.index(0, PROBLEMS).data()
    commit(qtbot, wizard)
    assert summary_texts(wizard) == {"inserted": str(rows - 1), "replaced": "0", "skipped": "0", "rejected": "1"}


def test_every_row_rejected_the_error_workbook_is_saved(qtbot, monkeypatch, wizard, roster_imported,  # noqa: F811
                                                        tmp_path):
    page, rows = _offered(qtbot, monkeypatch, wizard, tmp_path)
    assert next_button(wizard).isEnabled()
    advance(qtbot, wizard, wizard.PAGE_SUMMARY)  # nothing to write: straight to the summary
    assert summary_texts(wizard) == {"inserted": "0", "replaced": "0", "skipped": "0", "rejected": str(rows)}
    assert wizard.summary_page.save_errors.isVisible() and wizard.summary_page.save_errors.isEnabled()
    target = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(wizard.errors_saved, timeout=15000):
        wizard.summary_page.save_errors.click()
    sheet = load_workbook(target).active
    assert sheet.max_row == rows + 1
    assert sheet.cell(2, 1).value == 4 and "XL001" in [c.value for c in sheet[2]]
    assert "roster" in sheet.cell(2, sheet.max_column).value


@pytest.mark.usefixtures("chinese")
def test_match_by_name_in_chinese(qtbot, monkeypatch, owner_ctx, roster_imported, tmp_path):  # noqa: F811
    zh_wizard = ImportWizard(owner_ctx)  # made after the translator is installed, as the app does
    qtbot.addWidget(zh_wizard)
    zh_wizard.show()
    page, rows = _offered(qtbot, monkeypatch, zh_wizard, tmp_path)
    assert page.match_by_name.text() == f"按姓名匹配（{rows - 1} 行）"
    assert page.nothing.text().startswith("没有可以导入的行")
    page.match_by_name.click()
    qtbot.waitUntil(lambda: zh_wizard.preview.match_by_name and not page.busy, timeout=15000)
    assert page.counts.text().endswith(f" · {rows - 1} 行按姓名匹配")
