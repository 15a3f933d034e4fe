"""The staff form: every field of a staff record, with the error shown under the field that is wrong.

Formats are checked as the user types; everything else comes back from the service as a
ValidationError naming the field. Sensitive fields the user may not see are shown masked and read-only
and are sent as None, which the service reads as "unchanged". The withholding figures (contribution bases,
special additional deductions) are salary fields: shown beside the base salary to those who may see or
change salaries, and hidden from everyone else.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.domain.money import parse_money
from shopteam.domain.validation import is_valid_email, is_valid_employee_no, is_valid_id_card, is_valid_phone
from shopteam.services.org import roster
from shopteam.services.org.roster import WITHHOLDING_FIELDS, StaffDetail, StaffInput
from shopteam.services.permissions import STAFF_EDIT, can
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.roster.model import gender_text, status_text
from shopteam.ui.widgets.dates import from_qdate, to_qdate  # noqa: F401  (re-exported for the dialogs)


class StaffForm(QDialog):
    """Create (``staff_id=None``) or edit one staff record. ``saved_id`` holds the id after saving."""

    def __init__(self, ctx: AppContext, staff_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id = staff_id
        self.saved_id: int | None = None
        self.access = roster.sensitive_access(ctx.actor)
        self.read_only = not can(ctx.actor, STAFF_EDIT)
        with ctx.factory() as session:
            self.detail: StaffDetail | None = (
                roster.get_staff(session, actor=ctx.actor, staff_id=staff_id) if staff_id is not None else None)
            departments = roster.department_choices(session, actor=ctx.actor)
            managers = roster.manager_choices(session, actor=ctx.actor, exclude_id=staff_id)
        if self.detail is not None and self.detail.manager_id is not None \
                and self.detail.manager_id not in {m[0] for m in managers}:
            managers.append((self.detail.manager_id, self.detail.manager))  # a manager who has left
        self.setWindowTitle(self.tr("New staff member") if staff_id is None
                            else self.tr("Staff record — %1").replace("%1", self.detail.name))
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build(departments, managers)
        self._load()
        if self.read_only:
            for widget in self.fields.values():
                widget.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()

    # ------------------------------------------------------------ layout

    def _build(self, departments, managers) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        f = self.fields

        f["employee_no"] = QLineEdit(maxLength=32)
        f["name"] = QLineEdit(maxLength=50)
        gender = QComboBox()
        for key in ("", "male", "female"):
            gender.addItem(gender_text(key) or self.tr("(not given)"), key)
        f["gender"] = gender
        f["phone"] = QLineEdit(maxLength=30)
        f["email"] = QLineEdit(maxLength=120)
        f["wechat"] = QLineEdit(maxLength=60)
        f["id_card_no"] = QLineEdit(maxLength=18)
        department = QComboBox()
        department.addItem(self.tr("(none)"), None)
        for dep_id, name in departments:
            department.addItem(name, dep_id)
        f["department_id"] = department
        manager = QComboBox()
        manager.addItem(self.tr("(none)"), None)
        for emp_id, label in managers:
            manager.addItem(label, emp_id)
        f["manager_id"] = manager
        f["hire_date"] = self._date_edit()
        status = QComboBox()
        statuses = ("probation", "active") if self.staff_id is None else ("probation", "active", "left")
        for key in statuses:
            status.addItem(status_text(key), key)
        f["status"] = status
        f["leave_kind"] = QLineEdit()  # how they left, shown read-only (recorded by the leaving dialog)
        f["leave_kind"].setEnabled(False)
        f["leave_date"] = self._date_edit()
        f["leave_reason"] = QLineEdit()
        f["base_salary"] = QLineEdit(maxLength=16)
        for key in WITHHOLDING_FIELDS:
            f[key] = QLineEdit(maxLength=16)
        f["bank_account"] = QLineEdit(maxLength=40)
        f["attendance_from_timesheets"] = QCheckBox(self.tr("No punch record: approved timesheet hours are the "
                                                            "attendance"))
        f["notes"] = QPlainTextEdit()
        f["notes"].setFixedHeight(60)
        f["notes"].setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        labels = {
            "employee_no": self.tr("Employee no."), "name": self.tr("Name"), "gender": self.tr("Gender"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"), "wechat": self.tr("WeChat"),
            "id_card_no": self.tr("ID-card no."), "department_id": self.tr("Department"),
            "manager_id": self.tr("Reports to"), "hire_date": self.tr("Hire date"), "status": self.tr("Status"),
            "leave_kind": self.tr("How they left"), "leave_date": self.tr("Leave date"),
            "leave_reason": self.tr("Leave reason"),
            "base_salary": self.tr("Base salary (CNY/month)"), "bank_account": self.tr("Bank account"),
            "social_insurance_base": self.tr("Social-insurance contribution base (CNY/month)"),
            "housing_fund_base": self.tr("Housing-fund contribution base (CNY/month)"),
            "additional_deduction": self.tr("Special additional deductions (CNY/month)"),
            "attendance_from_timesheets": self.tr("Attendance from timesheets"), "notes": self.tr("Notes"),
        }
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, widget in f.items():
            widget.setObjectName(key)
            error = QLabel()
            error.setObjectName(f"{key}_error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(widget)
            inner.addWidget(error)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
            label = QLabel(labels[key])
            label.setBuddy(widget)
            form.addRow(label, box)
            self._rows[key] = (label, box)

        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.general_error)
        outer.addWidget(self.buttons)
        self.resize(540, 640)

        for key in ("employee_no", "phone", "email", "id_card_no", "base_salary", "bank_account",
                    *WITHHOLDING_FIELDS):
            f[key].textEdited.connect(lambda _text, k=key: self._check_format(k))
        f["name"].textEdited.connect(lambda _t: self.set_error("name", None))
        status.currentIndexChanged.connect(self._status_changed)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(to_qdate(clock.today()))
        return edit

    def _set_row_visible(self, key: str, visible: bool) -> None:
        label, box = self._rows[key]
        label.setVisible(visible)
        box.setVisible(visible)

    # ------------------------------------------------------------ values

    def _load(self) -> None:
        f, d, a = self.fields, self.detail, self.access
        if d is not None:
            f["employee_no"].setText(d.employee_no)
            f["name"].setText(d.name)
            f["gender"].setCurrentIndex(max(0, f["gender"].findData(d.gender)))
            f["phone"].setText(d.phone)
            f["email"].setText(d.email)
            f["wechat"].setText(d.wechat)
            f["id_card_no"].setText(d.id_card_no)
            f["department_id"].setCurrentIndex(max(0, f["department_id"].findData(d.department_id)))
            f["manager_id"].setCurrentIndex(max(0, f["manager_id"].findData(d.manager_id)))
            f["hire_date"].setDate(to_qdate(d.hire_date))
            f["status"].setCurrentIndex(max(0, f["status"].findData(d.status)))
            if d.leave_date:
                f["leave_date"].setDate(to_qdate(d.leave_date))
            f["leave_reason"].setText(d.leave_reason)
            f["leave_kind"].setText(self._leave_kind_text(d.leave_kind))
            if d.status == "left":  # how, the last day and the reason as the leaving recorded them: read-only
                f["leave_date"].setEnabled(False)
                f["leave_reason"].setEnabled(False)
            f["base_salary"].setText("" if d.base_salary is None else f"{d.base_salary:.2f}")
            for key in WITHHOLDING_FIELDS:
                value = getattr(d, key)
                f[key].setText("" if value is None else f"{value:.2f}")
            f["bank_account"].setText(d.bank_account)
            f["notes"].setPlainText(d.notes)
            f["attendance_from_timesheets"].setChecked(d.attendance_from_timesheets)
        else:
            f["status"].setCurrentIndex(f["status"].findData("probation"))
        hidden = self.tr("Hidden: you may not see this field.")
        for key, allowed in (("id_card_no", a.id_card_view), ("bank_account", a.bank_view)):
            if not allowed:
                f[key].setReadOnly(True)
                f[key].setToolTip(hidden)
                if d is None:
                    f[key].setEnabled(False)
        for key in ("base_salary", *WITHHOLDING_FIELDS):
            self._set_row_visible(key, a.salary_view or a.salary_edit)
            if not a.salary_edit:
                f[key].setReadOnly(True)
            elif not a.salary_view and d is not None:
                f[key].setPlaceholderText(self.tr("unchanged"))
        f["additional_deduction"].setToolTip(self.tr("Special additional deductions claimed per month (children's education, "
                                                     "housing rent or loan interest, elderly care …), deducted "
                                                     "from taxable income when the shop withholds income tax."))
        self._status_changed()

    def _leave_kind_text(self, kind: str) -> str:
        return {"resignation": self.tr("Resignation (辞职)"), "dismissal": self.tr("Dismissal (辞退)")}.get(
            kind, self.tr("Not recorded"))

    def _status_changed(self, *_args) -> None:
        left = self.fields["status"].currentData() == "left"
        for key in ("leave_date", "leave_reason"):
            self._set_row_visible(key, left)
        recorded = self.detail is not None and self.detail.status == "left"
        self._set_row_visible("leave_kind", left and recorded)

    def values(self) -> StaffInput:
        f, a = self.fields, self.access
        salary = None
        if a.salary_edit and f["base_salary"].text().strip():
            salary = parse_money(f["base_salary"].text())
        left = f["status"].currentData() == "left"
        withholding = {key: parse_money(f[key].text()) if a.salary_edit and f[key].text().strip() else None
                       for key in WITHHOLDING_FIELDS}
        return StaffInput(
            employee_no=f["employee_no"].text(), name=f["name"].text(), hire_date=from_qdate(f["hire_date"].date()),
            gender=f["gender"].currentData(), phone=f["phone"].text(), email=f["email"].text(),
            wechat=f["wechat"].text(),
            id_card_no=f["id_card_no"].text() if a.id_card_view else None,
            department_id=f["department_id"].currentData(), manager_id=f["manager_id"].currentData(),
            status=f["status"].currentData(), base_salary=salary,
            bank_account=f["bank_account"].text() if a.bank_view else None,
            notes=f["notes"].toPlainText(),
            leave_date=from_qdate(f["leave_date"].date()) if left else None,
            leave_reason=f["leave_reason"].text() if left else "",
            attendance_from_timesheets=f["attendance_from_timesheets"].isChecked(),
            **withholding,
        )

    # ------------------------------------------------------------ errors

    def set_error(self, key: str | None, text: str | None) -> None:
        label = self.errors.get(key) if key else None
        if label is None:
            label = self.general_error
        label.setText(text or "")
        label.setVisible(bool(text))

    def error_text(self, key: str) -> str:
        label = self.errors.get(key, self.general_error)
        return "" if label.isHidden() else label.text()

    def _format_problem(self, key: str) -> str | None:
        widget = self.fields[key]
        if widget.isReadOnly():
            return None
        text = widget.text().strip()
        if not text:
            return None
        if key == "employee_no" and not is_valid_employee_no(text):
            return self.tr("Use letters, digits, '-' and '_' only (at most 32).")
        if key == "phone" and not is_valid_phone(text):
            return self.tr("Enter an 11-digit mobile number or a landline with area code.")
        if key == "email" and not is_valid_email(text):
            return self.tr("This is not an e-mail address.")
        if key == "id_card_no" and not is_valid_id_card(text):
            return self.tr("This ID-card number is not valid (18 characters with a correct check digit).")
        if key == "bank_account" and not re.fullmatch(r"\d{8,30}", re.sub(r"\s", "", text)):
            return self.tr("A bank account number has 8 to 30 digits.")
        if key == "base_salary" or key in WITHHOLDING_FIELDS:
            try:
                value = parse_money(text)
            except ValueError:
                return self.tr("Enter an amount such as 6000 or 6,000.00.")
            if value is not None and value < 0:
                return self.tr("The salary cannot be negative.") if key == "base_salary" \
                    else self.tr("The amount cannot be negative.")
        return None

    def _check_format(self, key: str) -> bool:
        problem = self._format_problem(key)
        self.set_error(key, problem)
        return problem is None

    def reload(self) -> None:
        """Show the record as it is saved now (after a refused save): the version to save over is theirs."""
        with self.ctx.factory() as session:
            self.detail = roster.get_staff(session, actor=self.ctx.actor, staff_id=self.staff_id)
        self._load()

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        checks = [self._check_format(k) for k in
                  ("employee_no", "phone", "email", "id_card_no", "base_salary", "bank_account", *WITHHOLDING_FIELDS)]
        if not all(checks):
            return
        data = self.values()
        try:
            with self.ctx.factory.begin() as session:
                if self.staff_id is None:
                    self.saved_id = roster.create_staff(session, actor=self.ctx.actor, data=data)
                else:
                    roster.update_staff(session, actor=self.ctx.actor, staff_id=self.staff_id, data=data,
                                        expected_version=self.detail.version)
                    self.saved_id = self.staff_id
        except ConflictError as err:  # saved elsewhere since this form was opened: say who and when, show theirs
            QMessageBox.warning(self, self.tr("Changed by someone else"), describe(err))
            self.reload()
            return
        except ShopTeamError as err:
            self.set_error(err.field, describe(err))
            widget = self.fields.get(err.field or "")
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
