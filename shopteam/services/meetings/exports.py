"""The record of a weekly meeting to Excel (io/meeting_sheet), headers in the shop's language."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from shopteam.io.meeting_sheet import write_meeting_xlsx
from shopteam.services.context import Actor
from shopteam.services.language import shop_language
from shopteam.services.meetings.meeting import read_meeting
from shopteam.services.progress import NullProgress, Progress


def export_meeting(session: Session, *, actor: Actor, meeting_id: int, path: str | Path,
                   language: str | None = None, progress: Progress | None = None) -> Path:
    """Write the meeting the actor may see; returns the path."""
    m = read_meeting(session, actor=actor, meeting_id=meeting_id)
    (progress or NullProgress()).check()
    data = {"week": m.week, "department": m.department, "held_on": m.held_on, "notes": m.notes,
            "parts": [{"employee_no": p.employee_no, "name": p.name, "department": p.department,
                       "attended": p.attended, "summary": p.summary, "plan": p.plan} for p in m.parts],
            "items": [{"kind": i.kind, "text": i.text} for i in m.items],
            "actions": [{"text": a.text, "owner": a.owner, "due_date": a.due_date, "board": a.board,
                         "card_id": a.card_id} for a in m.actions]}
    return write_meeting_xlsx(path, data, language=language or shop_language(session))
