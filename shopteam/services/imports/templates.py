"""The blank import templates as files, for the window and the command line alike: the drop-down lists
from the shop (``pipeline.template_choices``, what the actor may see), the headers in the document's
language."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from shopteam.services.context import Actor
from shopteam.services.imports.pipeline import template_choices
from shopteam.services.language import document_language
from shopteam.services.progress import NullProgress, Progress


def export_template(session: Session, *, actor: Actor, kind: str, path: str | Path, language: str | None = None,
                    progress: Progress | None = None) -> Path:
    """A blank workbook for importing ``kind`` at ``path``, in ``language`` (else the shop's); returns the path."""
    from shopteam.io.attendance_export import write_template

    lists = template_choices(session, actor=actor)
    (progress or NullProgress()).check()
    return write_template(path, kind, **lists, language=language or document_language(session))
