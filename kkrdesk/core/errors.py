"""Errors a user can read. Every message is one Danish sentence fit for a dialog or
a one-line CLI message; nothing here carries a traceback."""


class KkrDeskError(Exception):
    """Base of all errors shown to the user as a message."""


class StoreError(KkrDeskError):
    """The database cannot be opened or used."""


class DatabaseLocked(StoreError):
    """Another KKR Desk process has the database open for writing."""


class ValidationError(KkrDeskError):
    """A value the user typed or a file they gave is not acceptable."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(KkrDeskError):
    """The thing asked for does not exist (any more)."""


class ChangedElsewhere(StoreError):
    """The row was changed by someone else after it was read: nothing was written, and
    the views read it again."""

    MESSAGE = "Ændret af en anden – indlæst igen"

    def __init__(self, detail: str = ""):
        super().__init__(f"{self.MESSAGE}: {detail}." if detail else f"{self.MESSAGE}.")


class ServerUnreachable(StoreError):
    """A database server that cannot be reached (or refuses this login) when the
    database is opened: one line naming the server and why, in plain words. The window
    offers a local database or another try instead of stopping."""


class ServerAway(StoreError):
    """A change not saved because the shared database's server is away (lost while the
    app was open): nothing was written. The window's ``connection_changed(True)`` says
    when a retry can succeed; a pending edit is kept until then."""
