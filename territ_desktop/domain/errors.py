"""Errors the world causes (bad file, missing record, newer database), with a French message.

A :class:`UserError` is something the user can act on: the UI shows its message in a plain
message box and the command line prints it on one line. Anything else is a bug.
"""


class UserError(Exception):
    """A problem the user can act on; ``str(error)`` is a complete French sentence."""


class ValidationError(UserError):
    """A value entered by the user breaks a rule (empty name, end before start...)."""


class NotFoundError(UserError):
    """A record named by its identifier does not exist (any more)."""


class DatabaseTooNewError(UserError):
    """The database was written by a newer version of TERRIT Desktop."""
