"""Entry point shared by the menu and the Participants tab: pick a file, preview, import."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from territ_desktop.ui import messages
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.importing import ImportPlan
    from territ_desktop.services import Services
    from territ_desktop.services.importing import ImportResult
    from territ_desktop.ui.import_dialog import ImportDialog


def file_filters() -> str:
    """The file types offered by the file picker."""
    return QCoreApplication.translate(
        "ImportDialog",
        "Listes d'inscriptions (*.xlsx *.xlsm *.csv *.txt *.tsv);;Tous les fichiers (*)",
    )


def start_import(
    parent: QWidget,
    services: Services,
    undo_stack: QUndoStack,
    session_id: str | None,
    refresh: Callable[[], None],
) -> ImportDialog | None:
    """Ask for a file, then open the import dialog on it; the import becomes one undo step."""
    title = QCoreApplication.translate("ImportDialog", "Importer des inscriptions")
    path = messages.choose_open_file(parent, title, file_filters())
    if path is None:
        return None
    # Imported here: the importing package (openpyxl...) loads when first needed.
    from territ_desktop.ui.import_dialog import ImportDialog

    dialog = ImportDialog(services, session_id, parent)

    def done(plan: ImportPlan, result: ImportResult) -> None:
        holder = [result]

        def redo() -> None:
            holder[0] = services.importing.apply(plan, holder[0].session_id)

        text = QCoreApplication.translate("ImportDialog", "Importer {name}").format(name=path.name)
        undo_stack.push(
            ServiceCommand(
                text,
                redo=redo,
                undo=lambda: services.importing.undo(holder[0]),
                refresh=refresh,
            )
        )

    dialog.imported.connect(done)
    dialog.load_file(path)
    dialog.open()
    return dialog
