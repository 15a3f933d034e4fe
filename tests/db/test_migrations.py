"""The schema: migrations agree with the models, start-up migration is safe, SQLite is set up right."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, Table, inspect, text
from sqlalchemy.exc import IntegrityError

from shopteam.db import migrate, models
from shopteam.db.base import Base, Money
from shopteam.db.engine import make_engine
from shopteam.db.migrate import SCHEMA_HEAD, alembic_config, current_revision, upgrade
from shopteam.domain.errors import SchemaTooNewError

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the same code on both backends.
pytestmark = pytest.mark.both_backends

FOUNDATION_TABLES = {"shop", "setting", "department", "employee", "role", "role_assignment", "staffing_plan",
                     "staffing_plan_line", "user_account", "permission_grant", "audit_log", "alembic_version"}
ATTENDANCE_TABLES = {"punch_record", "timesheet_entry", "leave_request", "overtime_request", "calendar_override",
                     "work_pattern", "import_mapping"}


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def new_db(tmp_path):
    engines = []

    def make(name: str = "fresh.db"):
        path = tmp_path / name
        eng = make_engine(f"sqlite:///{path}")
        engines.append(eng)
        return path, eng

    yield make
    for eng in engines:
        eng.dispose()


def test_upgrade_empty_database_to_head(new_db):
    path, engine = new_db()
    assert current_revision(engine) is None
    assert upgrade(engine) is None  # nothing to back up in an empty database
    assert current_revision(engine) == SCHEMA_HEAD
    assert FOUNDATION_TABLES | ATTENDANCE_TABLES <= _tables(path)
    assert upgrade(engine) is None  # at head: the fast path does nothing
    assert not (path.parent / "backups").exists()


def test_schema_head_is_alembics_head():
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == SCHEMA_HEAD
    assert len(script.get_heads()) == 1


def test_models_and_migrations_agree(engine):
    models.load_all()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_newer_database_is_refused_and_left_unchanged(template_db, tmp_path):
    path = tmp_path / "newer.db"
    shutil.copyfile(template_db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("CREATE TABLE future_feature (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO future_feature (note) VALUES ('written by a newer ShopTeam')")
    conn.commit()
    conn.close()
    before = _sha256(path)

    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(SchemaTooNewError) as err:
            upgrade(engine)
    finally:
        engine.dispose()
    assert err.value.params["revision"] == "9999"
    assert "newer version" in err.value.message
    assert _sha256(path) == before
    assert not (tmp_path / "backups").exists()


def _migrations_with(tmp_path: Path, monkeypatch, body: str) -> None:
    """Point migrate at a copy of the migrations with an extra revision 9999 on top of the current head whose
    upgrade() is ``body``."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_test.py").write_text(
        '"""test revision"""\n'
        "from alembic import op\n"
        "import sqlalchemy as sa\n\n"
        f"revision = '9999'\ndown_revision = '{SCHEMA_HEAD}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n" + "".join(f"    {line}\n" for line in body.strip().splitlines()) +
        "\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999")


def _db_with_shop(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copyfile(template_db, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO shop (name, language, created_at) VALUES ('老店', 'zh_CN', '2026-01-01 00:00:00')")
    conn.commit()
    conn.close()
    return path


def test_failing_migration_changes_nothing(template_db, tmp_path, monkeypatch):
    path = _db_with_shop(template_db, tmp_path)
    conn = sqlite3.connect(path)
    schema_before = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    _migrations_with(tmp_path, monkeypatch, """
op.create_table('test_half_done', sa.Column('id', sa.Integer(), primary_key=True))
with op.batch_alter_table('shop') as batch_op:
    batch_op.add_column(sa.Column('slogan', sa.String(50), nullable=False, server_default=''))
op.execute("UPDATE shop SET name = 'half-migrated'")
raise RuntimeError('migration 9999 failed half-way')
""")
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(RuntimeError, match="half-way"):
            upgrade(engine)
    finally:
        engine.dispose()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
        assert conn.execute("SELECT name FROM shop").fetchall() == [("老店",)]
    finally:
        conn.close()
    assert "test_half_done" not in _tables(path)


def test_backup_is_made_before_migrating_and_data_is_kept(template_db, tmp_path, monkeypatch):
    path = _db_with_shop(template_db, tmp_path)
    _migrations_with(tmp_path, monkeypatch, """
with op.batch_alter_table('shop') as batch_op:
    batch_op.add_column(sa.Column('slogan', sa.String(50), nullable=False, server_default=''))
""")
    engine = make_engine(f"sqlite:///{path}")
    try:
        backup = upgrade(engine)
        assert current_revision(engine) == "9999"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name, slogan FROM shop")).all() == [("老店", "")]
    finally:
        engine.dispose()
    assert backup is not None and backup.parent == tmp_path / "backups"
    assert f"before-migration-{SCHEMA_HEAD}" in backup.name
    old = sqlite3.connect(backup)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
        assert old.execute("SELECT name FROM shop").fetchall() == [("老店",)]
        assert "slogan" not in {r[1] for r in old.execute("PRAGMA table_info(shop)")}
    finally:
        old.close()


@pytest.mark.sqlite_only
def test_pragmas_on_every_new_connection(engine):
    for _ in range(2):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        engine.dispose()  # the next round gets a brand-new connection


def test_foreign_keys_are_enforced(engine):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("INSERT INTO role_assignment (employee_id, role_id, start_date, is_primary, note) "
                          "VALUES (999, 999, '2026-01-01', TRUE, '')"))


def test_money_is_stored_as_integer_fen(new_db):
    _path, engine = new_db("money.db")
    table = Table("payout", MetaData(), Column("id", Integer, primary_key=True), Column("amount", Money))
    table.create(engine)
    with engine.begin() as conn:
        conn.execute(table.insert(), [{"id": 1, "amount": Decimal("6000.00")},
                                      {"id": 2, "amount": Decimal("517.235")}])  # half-up to the fen
    with engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT amount, typeof(amount) FROM payout ORDER BY id").all()
        assert raw == [(600000, "integer"), (51724, "integer")]
        values = conn.execute(table.select().order_by(table.c.id)).all()
    assert [v.amount for v in values] == [Decimal("6000.00"), Decimal("517.24")]
    assert all(isinstance(v.amount, Decimal) for v in values)


def test_upgrade_uses_one_transaction_for_ddl(new_db):
    """A rolled-back transaction takes its CREATE TABLE with it (we emit BEGIN ourselves)."""
    path, engine = new_db("ddl.db")
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (id INTEGER)")
        raise RuntimeError
    assert not inspect(engine).has_table("t")
    assert "t" not in _tables(path)


def test_0006_keeps_imported_timesheets_as_pending_and_nobody_on_timesheets(new_db):
    """Also: the employee table is altered in place (a copy would be dropped, and the drop cascades)."""
    from alembic import command

    path, engine = new_db("at_0005.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_reason, base_salary, bank_account, notes, created_at, "
                          "updated_at, version) VALUES ('A1', '甲', '', '', '', '', '', '2026-01-01', 'active', "
                          "'', 0, '', '', '2026-01-01', '2026-01-01', 1)"))
        conn.execute(text("INSERT INTO timesheet_entry (employee_id, work_date, task, hours, overtime_hours, note, "
                          "source, imported_at) VALUES (1, '2026-09-01', '上架', 8, 1, '', 'ts.xlsx', '2026-09-02')"))
        conn.execute(text("INSERT INTO punch_record (employee_id, work_date, source, imported_at) "
                          "VALUES (1, '2026-09-02', 'p.xlsx', '2026-09-03')"))
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    with engine.connect() as conn:
        assert conn.execute(text("SELECT status, card_id, decided_by, decision_note FROM timesheet_entry")).one() \
            == ("pending", None, "", "")
        assert conn.execute(text("SELECT attendance_from_timesheets FROM employee")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM punch_record")).scalar() == 1  # employee was not copied
    with engine.begin() as conn:  # and back: the rows stay
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        assert conn.execute(text("SELECT count(*) FROM timesheet_entry")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM punch_record")).scalar() == 1


def test_0009_adds_withholding_columns_in_place_and_keeps_lines(new_db):
    """The employee table gets its withholding figures by ALTER TABLE (0 for everyone); payout lines computed
    before are lines without withholding (NULL); and back down, nothing referring to a person is lost."""
    from alembic import command

    path, engine = new_db("at_0008.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_reason, base_salary, bank_account, notes, created_at, "
                          "updated_at, version, attendance_from_timesheets) VALUES ('A1', '甲', '', '', '', '', '', "
                          "'2026-01-01', 'active', '', 600000, '', '', '2026-01-01', '2026-01-01', 1, 0)"))
        conn.execute(text("INSERT INTO payout_run (year, month, state, computed_by, rules, reopen_history, "
                          "created_at, version) VALUES (2026, 11, 'approved', 'boss', '{}', '[]', '2026-12-01', 1)"))
        conn.execute(text("INSERT INTO payout_line (run_id, employee_id, position, employee_no, name, department, "
                          "base_salary, overtime_pay, performance_bonus, commission, attendance_deduction, "
                          "full_attendance_bonus, rewards, year_end_bonus, team_bonus, penalties, total, "
                          "explanations, inputs) VALUES (1, 1, 0, 'A1', '甲', '', 600000, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
                          "600000, '{}', '{}')"))
        conn.execute(text("INSERT INTO punch_record (employee_id, work_date, source, imported_at) "
                          "VALUES (1, '2026-11-02', 'p.xlsx', '2026-11-03')"))
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    with engine.connect() as conn:
        assert conn.execute(text("SELECT social_insurance_base, housing_fund_base, additional_deduction, "
                                 "base_salary FROM employee")).one() == (0, 0, 0, 600000)
        assert conn.execute(text("SELECT total, withheld, net, income_tax, withholding FROM payout_line")).one() \
            == (600000, None, None, None, None)
        assert conn.execute(text("SELECT count(*) FROM punch_record")).scalar() == 1  # employee was not copied
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        columns = {c["name"] for c in inspect(conn).get_columns("employee")}
        assert "social_insurance_base" not in columns and "attendance_from_timesheets" in columns
        assert conn.execute(text("SELECT count(*) FROM payout_line")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM punch_record")).scalar() == 1


def test_0010_people_adds_recruitment_and_probation_end_in_place(new_db):
    """Recruitment tables appear, the employee table gets probation_end by ALTER TABLE (NULL for everyone)
    and nothing referring to a person is lost going up or down."""
    from alembic import command

    path, engine = new_db("at_0009.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_reason, base_salary, bank_account, notes, created_at, "
                          "updated_at, version, attendance_from_timesheets) VALUES ('A1', '甲', '', '', '', '', '', "
                          "'2026-01-01', 'probation', '', 600000, '', '', '2026-01-01', '2026-01-01', 1, 0)"))
        conn.execute(text("INSERT INTO punch_record (employee_id, work_date, source, imported_at) "
                          "VALUES (1, '2026-11-02', 'p.xlsx', '2026-11-03')"))
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert {"recruit_position", "recruit_candidate", "recruit_score", "probation_review"} <= _tables(path)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name, probation_end, status FROM employee")).one() == ("甲", None, "probation")
        assert conn.execute(text("SELECT count(*) FROM punch_record")).scalar() == 1
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
        assert "probation_end" not in {c["name"] for c in inspect(conn).get_columns("employee")}
        assert conn.execute(text("SELECT count(*) FROM punch_record")).scalar() == 1
    assert "recruit_candidate" not in _tables(path)
def _empty_database(backend, request, tmp_path) -> str:
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = f"empty_{request.node.name.split('[')[0][-30:]}_{id(request)}"
        url = server.create_database(name)
        request.addfinalizer(lambda: server.drop_database(name))
        return url
    return f"sqlite:///{tmp_path / 'empty.db'}"


def test_upgrade_from_nothing_down_to_nothing_and_up_again_keeps_the_schema(backend, request, tmp_path):
    """Every migration, up and down, on each backend (PostgreSQL runs the DDL in one transaction too)."""
    from alembic import command

    eng = make_engine(_empty_database(backend, request, tmp_path))
    try:
        upgrade(eng)
        assert current_revision(eng) == SCHEMA_HEAD
        with eng.connect() as conn:
            fks = inspect(conn).get_foreign_keys("department")
        assert [k["referred_table"] for k in fks if k["constrained_columns"] == ["head_id"]] == ["employee"]
        cfg = alembic_config()
        with eng.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with eng.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        upgrade(eng)
        models.load_all()
        with eng.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        eng.dispose()


def test_0010_pg_adds_the_head_key_to_a_server_database_that_lacks_it(backend, request, tmp_path):
    from alembic import command

    eng = make_engine(_empty_database(backend, request, tmp_path))
    try:
        cfg = alembic_config()
        with eng.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009")
        with eng.connect() as conn:  # 0001's use_alter key: inline on SQLite, left out on PostgreSQL
            before = [k for k in inspect(conn).get_foreign_keys("department") if k["constrained_columns"] == ["head_id"]]
        assert len(before) == (1 if backend == "sqlite" else 0)
        upgrade(eng)
        with eng.begin() as conn:
            keys = [k for k in inspect(conn).get_foreign_keys("department") if k["constrained_columns"] == ["head_id"]]
            assert len(keys) == 1 and keys[0]["options"].get("ondelete", "SET NULL").upper() == "SET NULL"
    finally:
        eng.dispose()


def test_0011_meeting_adds_the_meeting_tables_and_keeps_the_data(new_db):
    """The weekly meeting's four tables appear on a 0010_pg database with staff in it, and go again on the
    way down without touching the staff."""
    from alembic import command

    path, engine = new_db("at_0010_pg.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010_pg")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_reason, base_salary, bank_account, notes, created_at, "
                          "updated_at, version, attendance_from_timesheets, social_insurance_base, "
                          "housing_fund_base, additional_deduction) VALUES ('A1', '甲', '', '', '', '', '', "
                          "'2026-01-01', 'active', '', 600000, '', '', '2026-01-01', '2026-01-01', 1, 0, 0, 0, 0)"))
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert {"meeting", "meeting_part", "meeting_item", "meeting_action"} <= _tables(path)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO meeting (week, held_on, notes, created_by, created_at, version) "
                          "VALUES ('2026-W45', '2026-11-06', '', 'boss', '2026-11-06', 1)"))
        conn.execute(text("INSERT INTO meeting_part (meeting_id, employee_id, summary, plan, attended, updated_by, "
                          "updated_at) VALUES (1, 1, '本周', '下周', 1, 'boss', '2026-11-06')"))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010_pg")
        assert conn.execute(text("SELECT name FROM employee")).scalar() == "甲"
    assert not {"meeting", "meeting_part", "meeting_item", "meeting_action"} & _tables(path)


def test_0012_training_adds_its_tables_and_the_training_source_keeping_the_indicator_links(new_db):
    """The training tables appear; appraisal_indicator is copied on SQLite for its new source CHECK, and the
    appraisal scores still point at their indicators (the copy's DROP TABLE would have set them NULL)."""
    from alembic import command

    path, engine = new_db("at_0010.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011_meeting")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_reason, base_salary, bank_account, notes, created_at, "
                          "updated_at, version, attendance_from_timesheets) VALUES ('A1', '甲', '', '', '', '', '', "
                          "'2026-01-01', 'active', '', 600000, '', '', '2026-01-01', '2026-01-01', 1, 0)"))
        conn.execute(text("INSERT INTO appraisal_scheme (id, name, description, self_weight, grade_thresholds, "
                          "forced_limits, points_cap, archived, version) VALUES (1, '方案', '', 30, '', '', 10, "
                          "false, 1)"))
        conn.execute(text("INSERT INTO appraisal_indicator (id, scheme_id, \"group\", name, key, weight, method, "
                          "params, source, unit, position) VALUES (1, 1, 'results', '销售', '', 100, 'rating', "
                          "'{}', 'manual', '', 0)"))
        conn.execute(text("INSERT INTO appraisal_cycle (id, year, month, state, opened_by, opened_at, "
                          "reopen_history, version) VALUES (1, 2026, 11, 'draft', '', '2026-11-01', '[]', 1)"))
        conn.execute(text("INSERT INTO appraisal (id, cycle_id, employee_id, scheme_id, scheme_name, "
                          "department_name, role_name, self_weight, grade, calibrated_grade, calibration_reason, "
                          "self_comment, supervisor_comment, interview_notes, improvement_plan, state, version) "
                          "VALUES (1, 1, 1, 1, '方案', '', '', 30, '', '', '', '', '', '', '', 'draft', 1)"))
        conn.execute(text("INSERT INTO appraisal_score (id, appraisal_id, indicator_id, position, \"group\", name, "
                          "key, weight, method, params, source, unit, explanation) VALUES (1, 1, 1, 0, 'results', "
                          "'销售', '', 100, 'rating', '{}', 'manual', '', '')"))
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert {"training_plan", "training_session", "training_attendance", "training_evaluation"} <= _tables(path)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT indicator_id FROM appraisal_score")).scalar() == 1
        conn.execute(text("UPDATE appraisal_indicator SET source = 'training'"))  # the new CHECK allows it
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011_meeting")
        assert conn.execute(text("SELECT source FROM appraisal_indicator")).scalar() == "manual"
        assert conn.execute(text("SELECT indicator_id FROM appraisal_score")).scalar() == 1
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    assert "training_plan" not in _tables(path)


def test_0013_versions_adds_a_version_in_place_starting_at_1(new_db):
    """The editable tables without a version get one by ALTER TABLE (the table is not copied: same root page,
    its rows and what refers to them kept), 1 for the rows there; and it goes again on the way down."""
    from alembic import command

    path, engine = new_db("at_0012.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0012_training")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_reason, base_salary, bank_account, notes, created_at, "
                          "updated_at, version, attendance_from_timesheets) VALUES ('A1', '甲', '', '', '', '', '', "
                          "'2026-01-01', 'active', '', 600000, '', '', '2026-01-01', '2026-01-01', 1, 0)"))
        conn.execute(text("INSERT INTO meeting (week, held_on, notes, created_by, created_at, version) "
                          "VALUES ('2026-W45', '2026-11-06', '', 'boss', '2026-11-06', 1)"))
        conn.execute(text("INSERT INTO meeting_part (meeting_id, employee_id, summary, plan, attended, updated_by, "
                          "updated_at) VALUES (1, 1, '本周', '下周', 1, 'boss', '2026-11-06')"))
        pages = dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")).all())
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    with engine.connect() as conn:
        assert conn.execute(text("SELECT summary, version FROM meeting_part")).one() == ("本周", 1)
        after = dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")).all())
        for table in ("meeting_part", "meeting_action", "recruit_position", "staffing_plan", "timesheet_entry",
                      "work_pattern", "training_evaluation", "board_column"):
            assert "version" in {c["name"] for c in inspect(conn).get_columns(table)}, table
            assert after[table] == pages[table], f"{table} was copied"
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012_training")
        assert "version" not in {c["name"] for c in inspect(conn).get_columns("meeting_part")}
        assert conn.execute(text("SELECT summary FROM meeting_part")).scalar() == "本周"


def test_0014_leaving_adds_the_leave_kind_and_the_handover_checklist_keeping_the_staff(new_db):
    """employee.leave_kind arrives by a plain ALTER (the staff and what refers to them stay), handover_item
    appears, and both go again on the way down."""
    from alembic import command

    path, engine = new_db("at_0012.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0013_versions")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_date, leave_reason, base_salary, bank_account, notes, created_at, "
                          "updated_at, version, attendance_from_timesheets, social_insurance_base, "
                          "housing_fund_base, additional_deduction) VALUES ('A1', '甲', '', '', '', '', '', "
                          "'2026-01-01', 'left', '2026-11-20', '辞职', 600000, '', '', '2026-01-01', '2026-01-01', 1, "
                          "0, 0, 0, 0)"))
        conn.execute(text("INSERT INTO role (name, duties, decision_rights, archived, version) "
                          "VALUES ('客服', '', '', false, 1)"))
        conn.execute(text("INSERT INTO role_assignment (employee_id, role_id, start_date, end_date, is_primary, "
                          "note) VALUES (1, 1, '2026-01-01', '2026-11-20', true, '')"))
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert "handover_item" in _tables(path)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT name, leave_kind FROM employee")).one() == ("甲", "")
        assert conn.execute(text("SELECT count(*) FROM role_assignment")).scalar() == 1
        conn.execute(text("INSERT INTO handover_item (employee_id, position, text, done, done_by, created_at) "
                          "VALUES (1, 0, '交接', false, '', '2026-11-20')"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013_versions")
        assert conn.execute(text("SELECT name FROM employee")).scalar() == "甲"
        assert conn.execute(text("SELECT count(*) FROM role_assignment")).scalar() == 1
    assert "handover_item" not in _tables(path)


def test_0015_trainingdocs_adds_the_link_from_a_training_result_to_its_ledger_entry(new_db):
    """training_ledger_link appears (nothing else is touched) and goes again on the way down."""
    from alembic import command

    path, engine = new_db("at_0014.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0014_leaving")
    assert "training_ledger_link" not in _tables(path)
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert "training_ledger_link" in _tables(path)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014_leaving")
    assert "training_ledger_link" not in _tables(path)


def test_0016_onboarding_adds_the_checklist_tables_keeping_the_staff_and_roles(new_db):
    """onboarding_template_item and onboarding_item appear beside the staff and roles there, take rows that
    refer to them, and go again on the way down (the staff and roles stay)."""
    from alembic import command

    path, engine = new_db("at_0015.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0015_trainingdocs")
        conn.execute(text("INSERT INTO employee (employee_no, name, gender, phone, email, wechat, id_card_no, "
                          "hire_date, status, leave_reason, leave_kind, base_salary, bank_account, notes, created_at, "
                          "updated_at, version, attendance_from_timesheets, social_insurance_base, "
                          "housing_fund_base, additional_deduction) VALUES ('A1', '甲', '', '', '', '', '', "
                          "'2026-12-01', 'probation', '', '', 600000, '', '', '2026-12-01', '2026-12-01', 1, "
                          "0, 0, 0, 0)"))
        conn.execute(text("INSERT INTO role (name, duties, decision_rights, archived, version) "
                          "VALUES ('客服', '', '', false, 1)"))
    assert "onboarding_item" not in _tables(path)
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert {"onboarding_template_item", "onboarding_item"} <= _tables(path)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO onboarding_template_item (role_id, position, category, text) "
                          "VALUES (1, 0, 'accounts', '开通账号')"))
        conn.execute(text("INSERT INTO onboarding_item (employee_id, position, category, text, done, done_by, "
                          "created_at) VALUES (1, 0, 'equipment', '领电脑', false, '', '2026-12-01')"))
        with pytest.raises(IntegrityError):  # an unknown category is refused
            with conn.begin_nested():
                conn.execute(text("INSERT INTO onboarding_item (employee_id, position, category, text, done, "
                                  "done_by, created_at) VALUES (1, 1, 'party', 'x', false, '', '2026-12-01')"))
        assert conn.execute(text("SELECT name FROM employee")).scalar() == "甲"
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0015_trainingdocs")
        assert conn.execute(text("SELECT name FROM employee")).scalar() == "甲"
        assert conn.execute(text("SELECT name FROM role")).scalar() == "客服"
    assert not {"onboarding_template_item", "onboarding_item"} & _tables(path)


def test_0017_probreview_adds_the_scheme_purpose_in_place_and_the_assessment_table(new_db):
    """appraisal_scheme.purpose arrives by a plain ALTER (existing schemes are monthly, their indicators and
    appraisals stay), probation_assessment appears, and both go again on the way down."""
    from alembic import command

    path, engine = new_db("at_0016.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0016_onboarding")
        conn.execute(text("INSERT INTO appraisal_scheme (name, description, self_weight, grade_thresholds, "
                          "forced_limits, points_cap, archived, version) VALUES ('通用考核方案', '', 30, '', '', 10, "
                          "false, 1)"))
        conn.execute(text("INSERT INTO appraisal_indicator (scheme_id, \"group\", name, key, weight, method, params, "
                          "source, unit, position) VALUES (1, 'results', '质量', '', 100, 'rating', '{}', 'manual', '', "
                          "0)"))
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert "probation_assessment" in _tables(path)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT name, purpose FROM appraisal_scheme")).one() == ("通用考核方案", "monthly")
        assert conn.execute(text("SELECT count(*) FROM appraisal_indicator")).scalar() == 1
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0016_onboarding")
        assert "purpose" not in {c["name"] for c in inspect(conn).get_columns("appraisal_scheme")}
        assert conn.execute(text("SELECT count(*) FROM appraisal_indicator")).scalar() == 1
    assert "probation_assessment" not in _tables(path)


def test_0018_versions2_adds_a_version_to_settings_pay_rule_overrides_and_calendar_days_in_place(new_db):
    """setting, pay_rule_override and calendar_override get their version by ALTER TABLE (not copied: same root
    page, rows kept), 1 for the rows there; it goes again on the way down."""
    from alembic import command

    path, engine = new_db("at_0017.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0017_probreview")
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('payout.rules', '{\"late_deduction\": 50}')"))
        conn.execute(text("INSERT INTO pay_rule_override (scope, target_id, key, value) "
                          "VALUES ('role', 1, 'late_deduction', '30')"))
        conn.execute(text("INSERT INTO calendar_override (day, kind, note) VALUES ('2026-12-26', 'workday', '补班')"))
        pages = dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")).all())
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value, version FROM setting")).one() == ('{"late_deduction": 50}', 1)
        assert conn.execute(text("SELECT value, version FROM pay_rule_override")).one() == ("30", 1)
        assert conn.execute(text("SELECT note, version FROM calendar_override")).one() == ("补班", 1)
        after = dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")).all())
        for table in ("setting", "pay_rule_override", "calendar_override"):
            assert after[table] == pages[table], f"{table} was copied"
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0017_probreview")
        for table in ("setting", "pay_rule_override", "calendar_override"):
            assert "version" not in {c["name"] for c in inspect(conn).get_columns(table)}, table
        assert conn.execute(text("SELECT note FROM calendar_override")).scalar() == "补班"


def test_0019_rulesversion_adds_a_version_to_the_dated_attendance_rules_in_place(new_db):
    """attendance_rules_version gets its version by ALTER TABLE (same root page, rows kept), 1 for the rows
    there; it goes again on the way down."""
    from alembic import command

    path, engine = new_db("at_0018.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0018_versions2")
        conn.execute(text("INSERT INTO attendance_rules_version (effective_from, late_grace_minutes, "
                          "early_grace_minutes, overtime_block_minutes, free_corrections_per_month) "
                          "VALUES ('2026-12-01', 10, 5, 30, 3)"))
        pages = dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")).all())
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD == "0019_rulesversion"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT late_grace_minutes, version FROM attendance_rules_version")).one() == (10, 1)
        after = dict(conn.execute(text("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")).all())
    assert after["attendance_rules_version"] == pages["attendance_rules_version"]
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0018_versions2")
    with engine.connect() as conn:
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(attendance_rules_version)"))]
    assert "version" not in columns and "late_grace_minutes" in columns
