"""Where to write the group printouts, and opening them once written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from territ_desktop.ui import messages


def choose_target(parent: QWidget | None, item_title: str, suffix: str) -> Path | None:
    """Ask where to write the PDF (``suffix`` ``.pdf``) or the workbook (``.xlsx``)."""
    if suffix == ".pdf":
        title = QCoreApplication.translate("RotationsTab", "Imprimer les petits groupes")
        filters = QCoreApplication.translate("RotationsTab", "Documents PDF (*.pdf)")
    else:
        title = QCoreApplication.translate("RotationsTab", "Exporter les petits groupes")
        filters = QCoreApplication.translate("RotationsTab", "Classeurs Excel (*.xlsx)")
    stem = " ".join("".join(c if c.isalnum() or c in "-_" else " " for c in item_title).split())
    suggested = QCoreApplication.translate("RotationsTab", "Petits groupes - {title}").format(
        title=stem
    )
    target = messages.choose_save_file(parent, title, suggested + suffix, filters)
    if target is not None and not target.suffix:
        target = target.with_name(target.name + suffix)
    return target


def offer_to_open(parent: QWidget | None, written: object) -> None:
    """Say the file is written and open it if the user wants."""
    path = Path(str(written))
    question = QCoreApplication.translate(
        "RotationsTab", "« {name} » est enregistré. L'ouvrir maintenant ?"
    ).format(name=path.name)
    if messages.confirm(parent, question):
        messages.open_file(parent, path)
