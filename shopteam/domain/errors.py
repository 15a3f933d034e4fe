"""Typed errors that carry a code and the values a message needs; the UI translates them."""

from __future__ import annotations


class ShopTeamError(Exception):
    """Base of every error the application explains to the user.

    ``code`` names the situation; ``field`` names the input it concerns (for inline messages);
    ``params`` hold the values the sentence needs. ``str()`` gives a plain English sentence.
    """

    code = "error"
    template = "Something went wrong."

    def __init__(self, template: str | None = None, *, field: str | None = None, code: str | None = None, **params):
        self.field = field
        self.params = params
        if code:
            self.code = code
        if template:
            self.template = template
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template


class ValidationError(ShopTeamError):
    code = "invalid"
    template = "{field_label} is not valid."


class NotFoundError(ShopTeamError):
    code = "not_found"
    template = "{what} {key} does not exist."


class PermissionDenied(ShopTeamError):
    code = "permission_denied"
    template = "You are not allowed to {action}."


class ConflictError(ShopTeamError):
    """Someone else changed the record since it was read (optimistic version check)."""

    code = "conflict"
    template = "{what} was changed by someone else in the meantime. Reload it and try again."


class ChangedElsewhere(ConflictError):
    """The record was saved by someone else (another PC, another window) since this screen loaded it.

    ``who`` is the user name of the last change and ``at`` its moment (aware UTC, None when unknown); ``when``
    is that moment in the PC's local time as the sentence shows it. ``entity``/``entity_id`` name the record,
    so the screen can load it again. When nobody can be named (no audit record), the caller passes the
    sentence without a name as the template."""

    code = "changed_elsewhere"
    template = "This record was changed by {who} at {when}; it has been reloaded."

    def __init__(self, template: str | None = None, *, who: str = "", at=None, entity: str = "",
                 entity_id: int | None = None, **params):
        self.who, self.at, self.entity, self.entity_id = who, at, entity, entity_id
        when = at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else ""
        super().__init__(template, who=who, when=when, **params)


class LoginError(ShopTeamError):
    code = "login_failed"
    template = "Wrong user name or password."


class LoginThrottled(ShopTeamError):
    code = "login_throttled"
    template = "Too many failed attempts. Try again in {seconds} seconds."


class AccountClosed(ShopTeamError):
    """The account's person has left: it logs in up to their last day and no more."""

    code = "account_closed"
    template = "This account was closed after the last working day ({day})."


class SchemaTooNewError(ShopTeamError):
    code = "schema_too_new"
    template = (
        "This database was written by a newer version of ShopTeam (schema {revision}). "
        "Install the newer version to open it; the file was left unchanged."
    )


class DatabaseError(ShopTeamError):
    code = "database"
    template = "The database could not be opened: {reason}"
