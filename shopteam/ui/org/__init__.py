"""The organisation screens: departments, roles and role history, the org chart, staffing plans.

The main window loads each page from its own module (``departments``, ``roles``, ``orgchart``,
``staffing``); the names are also available here, imported on first use.
"""

from __future__ import annotations

import importlib

_PAGES = {
    "DepartmentsPage": "departments",
    "RolesPage": "roles",
    "OrgChartPage": "orgchart",
    "StaffingPage": "staffing",
}

__all__ = list(_PAGES)


def __getattr__(name: str):
    if name in _PAGES:
        return getattr(importlib.import_module(f"{__name__}.{_PAGES[name]}"), name)
    raise AttributeError(name)
