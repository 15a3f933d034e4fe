"""UI fixtures: an AppContext for the owner and a small shop with departments, a role and people."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from shopteam.db.models import Department, Role, RoleAssignment
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput
from shopteam.ui.context import AppContext


@pytest.fixture
def owner_ctx(factory, owner) -> AppContext:
    return AppContext(factory=factory, actor=owner, shop_name="测试小店")


@pytest.fixture
def small_shop(factory, owner) -> dict[str, int]:
    """运营部 and 客服部, the role 运营专员, and three people (E001 张三, E002 李四, E003 王五)."""
    with factory.begin() as s:
        ops, cs = Department(name="运营部"), Department(name="客服部")
        role = Role(name="运营专员")
        s.add_all([ops, cs, role])
        s.flush()
        ids = {"ops": ops.id, "cs": cs.id, "role": role.id}
        for key, no, name, dep, phone in (("a", "E001", "张三", ops.id, "13800000001"),
                                          ("b", "E002", "李四", cs.id, "13800000002"),
                                          ("c", "E003", "王五", cs.id, "13900000003")):
            ids[key] = roster.create_staff(s, actor=owner, data=StaffInput(
                employee_no=no, name=name, hire_date=date(2025, 1, 6), department_id=dep, phone=phone,
                base_salary=Decimal("5000"), status="active"))
        s.add(RoleAssignment(employee_id=ids["a"], role_id=role.id, start_date=date(2025, 1, 6)))
    return ids


TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "shopteam_zh_CN.ts"


@pytest.fixture(params=["en", "zh_CN"])
def language(request, tmp_path):
    """The page test in English and in Chinese (the .ts compiled fresh, so a test sees today's texts)."""
    if request.param == "en":
        yield "en"
        return
    tool = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lrelease"
    tool = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "shopteam_zh_CN.qm"
    subprocess.run([tool, "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.instance().installTranslator(translator)
    yield "zh_CN"
    QApplication.instance().removeTranslator(translator)
