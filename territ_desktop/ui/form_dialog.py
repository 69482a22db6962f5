"""Shared behaviour of the form dialogs: load the ``.ui``, validate before closing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from territ_desktop.domain.errors import ValidationError
from territ_desktop.ui import messages
from territ_desktop.ui.uiloader import child, load_ui


class FormDialog:
    """A dialog built from a ``.ui`` file whose OK button runs ``validate`` first."""

    def __init__(self, ui_file: str, parent: QWidget | None) -> None:
        dialog = load_ui(ui_file, parent)
        assert isinstance(dialog, QDialog)
        self.dialog = dialog
        self.validate: Callable[[], object] = lambda: None
        buttons = child(dialog, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(dialog.reject)

    def _try_accept(self) -> None:
        try:
            self.validate()
        except ValidationError as error:
            messages.show_error(self.dialog, str(error))
            return
        self.dialog.accept()

    def exec(self) -> bool:
        """Show the dialog modally; True when the user confirmed valid input."""
        return self.dialog.exec() == QDialog.DialogCode.Accepted
