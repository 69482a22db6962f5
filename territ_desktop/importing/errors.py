"""The error raised for a file that cannot be imported."""

from territ_desktop.domain import UserError


class ImportFileError(UserError):
    """The chosen file cannot be read as a registration list; the message says what to do.

    Raised for anything wrong with the file itself: not a spreadsheet, damaged, protected by a
    password, too large, empty, or without a column naming the participants.
    """
