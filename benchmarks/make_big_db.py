"""Create a ShopTeam database with many staff (default 10,000) for benchmarks.

    .venv/bin/python benchmarks/make_big_db.py benchmarks/out/big.db [--staff 10000]

Departments are the preset ones plus sub-teams, roles the preset ones; every person has a department,
a manager (the head of their department), a primary role (some with an earlier, ended one) and a salary;
about 8 % have left. Rows go in with bulk Core inserts, so 10,000 people take a second or two.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.db.models import Department, Employee, Role, RoleAssignment  # noqa: E402
from shopteam.domain.presets import DEPARTMENTS, ROLES  # noqa: E402
from shopteam.services import accounts  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红梅琳晨宇浩然欣怡思雨子涵嘉俊梓轩一诺"


def build(path: Path | None, staff: int, seed: int = 7, url: str | None = None) -> float:
    """Into the SQLite file at ``path`` (replaced), or into the empty database at ``url`` when given."""
    rng = random.Random(seed)
    if url is None and path.exists():
        path.unlink()
    started = time.perf_counter()
    engine = make_engine(url or f"sqlite:///{path}")
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        accounts.create_shop(s, shop_name="大型测试店", owner_username="boss", password="secret123")
    with factory.begin() as s:
        dep_ids: list[int] = []
        for zh, _en in DEPARTMENTS:
            dep = Department(name=zh)
            s.add(dep)
            s.flush()
            dep_ids.append(dep.id)
            for n in range(1, 4):
                team = Department(name=f"{zh}{n}组", parent_id=dep.id)
                s.add(team)
                s.flush()
                dep_ids.append(team.id)
        role_ids = []
        for preset in ROLES:
            role = Role(key=preset.key, name=preset.name[0], duties=preset.duties[0],
                        decision_rights=preset.rights[0], salary_min=Decimal(preset.salary_min),
                        salary_max=Decimal(preset.salary_max))
            s.add(role)
            s.flush()
            role_ids.append(role.id)

        rows, assignments = [], []
        today = date.today()
        for i in range(1, staff + 1):
            hire = date(2018, 1, 1) + timedelta(days=rng.randrange(0, (today - date(2018, 1, 1)).days))
            left = rng.random() < 0.08
            leave = hire + timedelta(days=rng.randrange(30, 400)) if left else None
            if leave and leave > today:
                leave = today
            status = "left" if left else ("probation" if (today - hire).days < 90 else "active")
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            rows.append({
                "id": i, "employee_no": f"E{i:05d}", "name": name, "gender": rng.choice(("male", "female")),
                "phone": f"1{rng.choice('3456789')}{rng.randrange(10**8, 10**9)}", "email": f"e{i}@example.com",
                "wechat": "", "id_card_no": "", "department_id": rng.choice(dep_ids), "manager_id": None,
                "hire_date": hire, "status": status, "leave_date": leave,
                "leave_reason": "个人原因" if left else "", "base_salary": Decimal(rng.randrange(4000, 16000)),
                "bank_account": "", "notes": "", "version": 1,
            })
            first = rng.choice(role_ids)
            switch = hire + timedelta(days=180)
            if rng.random() < 0.3 and switch < today and (leave is None or leave > switch):
                assignments.append({"employee_id": i, "role_id": first, "start_date": hire,
                                    "end_date": switch - timedelta(days=1), "is_primary": True, "note": ""})
                assignments.append({"employee_id": i, "role_id": rng.choice(role_ids), "start_date": switch,
                                    "end_date": leave, "is_primary": True, "note": ""})
            else:
                assignments.append({"employee_id": i, "role_id": first, "start_date": hire, "end_date": leave,
                                    "is_primary": True, "note": ""})
        conn = s.connection()  # plain Core executemany: one prepared statement for all rows
        conn.execute(insert(Employee.__table__), rows)
        conn.execute(insert(RoleAssignment.__table__), assignments)
        # the first person of each department heads it and is everyone else's manager there
        heads: dict[int, int] = {}
        for r in rows:
            heads.setdefault(r["department_id"], r["id"])
        for dep_id, head in heads.items():
            s.execute(update(Department).where(Department.id == dep_id).values(head_id=head))
            s.execute(update(Employee).where(Employee.department_id == dep_id, Employee.id != head)
                      .values(manager_id=head))
    engine.dispose()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="benchmarks/out/big.db")
    parser.add_argument("--staff", type=int, default=10_000)
    args = parser.parse_args(argv)
    path = Path(args.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    seconds = build(path, args.staff)
    print(f"{args.staff} staff written to {path} in {seconds:.2f} s")


if __name__ == "__main__":
    main()
