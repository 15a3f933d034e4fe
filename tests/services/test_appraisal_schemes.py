"""Appraisal schemes: archiving and restoring (owner only, audited); an archived scheme is no longer used by a
new cycle, whose people fall back to the general scheme."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog
from shopteam.domain.errors import PermissionDenied
from shopteam.services.appraisal import cycles as ap
from shopteam.services.appraisal import schemes
from tests.services.appraisal_shop import make_shop


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    ids["owner"] = owner
    return ids


def test_archive_and_restore_a_scheme(factory, shop):
    owner = shop["owner"]
    with factory.begin() as s:
        schemes.ensure_preset_schemes(s, actor=owner)
        cs = next(v for v in schemes.list_schemes(s, actor=owner) if v.preset == "cs")
    with factory.begin() as s, pytest.raises(PermissionDenied):
        schemes.archive_scheme(s, actor=shop["mgr"], scheme_id=cs.id)
    with factory.begin() as s:
        schemes.archive_scheme(s, actor=owner, scheme_id=cs.id)
    with factory() as s:
        assert cs.id not in [v.id for v in schemes.list_schemes(s, actor=owner)]
        stored = schemes.get_scheme(s, actor=owner, scheme_id=cs.id)
        assert stored.archived and stored.role_names == ("客服专员（售前）",)
        assert [v.archived for v in schemes.list_schemes(s, actor=owner, include_archived=True)
                if v.id == cs.id] == [True]
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.entity == "appraisal_scheme",
                                                               AuditLog.entity_id == cs.id)))
    assert actions == ["create", "archive"]
    with factory.begin() as s:
        cycle_id = ap.open_cycle(s, actor=owner, year=2026, month=10)
    with factory() as s:
        rows = {r.employee_no: r for r in ap.list_appraisals(s, actor=owner, cycle_id=cycle_id)}
    assert rows["E102"].scheme == "通用考核方案"
    with factory.begin() as s:
        schemes.archive_scheme(s, actor=owner, scheme_id=cs.id, archived=False)
    with factory() as s:
        assert not schemes.get_scheme(s, actor=owner, scheme_id=cs.id).archived


def test_a_role_given_to_a_scheme_leaves_the_one_it_was_in(factory, shop):
    owner = shop["owner"]
    with factory.begin() as s:
        schemes.ensure_preset_schemes(s, actor=owner)
        views = schemes.list_schemes(s, actor=owner)
        cs = next(v for v in views if v.preset == "cs")
        general = next(v for v in views if v.name == "通用考核方案")
        role_id = cs.role_ids[0]
        schemes.update_scheme(s, actor=owner, scheme_id=general.id, data=schemes.SchemeInput(
            general.name, list(general.indicators), general.self_weight, dict(general.thresholds),
            dict(general.forced_limits), general.points_cap, [*general.role_ids, role_id], general.description,
            general.preset))
    with factory() as s:
        assert role_id not in schemes.get_scheme(s, actor=owner, scheme_id=cs.id).role_ids
        assert role_id in schemes.get_scheme(s, actor=owner, scheme_id=general.id).role_ids
        moved = s.scalar(select(AuditLog).where(AuditLog.entity == "appraisal_scheme", AuditLog.entity_id == cs.id,
                                                AuditLog.action == "update"))
    assert moved is not None and "通用考核方案" in moved.summary
