"""The import preview model, checked by qtmodeltester, and its filter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from territ_desktop.services import Services
from territ_desktop.ui.import_mapping_editor import column_letter
from territ_desktop.ui.import_preview_model import (
    ROW_NUMBER_ROLE,
    Column,
    ImportPreviewFilter,
    ImportPreviewModel,
    Show,
)

MESSY_XLSX = (
    Path(__file__).resolve().parents[1] / "importing" / "data" / "inscriptions_desordre.xlsx"
)


def test_preview_model_and_filter(qtmodeltester: Any, services: Services) -> None:
    preview = services.importing.preview(MESSY_XLSX)
    names = {p.id: p.printed_name for p in preview.plan.new_participants}
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    model.set_rows(preview.plan.rows, names)
    qtmodeltester.check(model)
    assert model.rowCount() == preview.plan.counts.data_rows == 14

    def cell(row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(row, column).data(role)

    texts = {cell(r, Column.ROW): cell(r, Column.OUTCOME) for r in range(model.rowCount())}
    assert texts[4] == "Nouvelle fiche"
    assert texts[6] == "Ligne vide"
    assert texts[9] == "Doublon de la ligne 4"
    assert texts[12].startswith("Non importée : Nom manquant")
    row_8 = next(r for r in range(model.rowCount()) if cell(r, Column.ROW) == 8)
    assert cell(row_8, Column.AUDIENCE) == "À choisir"
    assert cell(row_8, Column.LAST_NAME) == '=HYPERLINK("http://exemple.fr";"Clic")'
    assert cell(row_8, Column.OUTCOME, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Public non reconnu" in cell(row_8, Column.REMARKS, Qt.ItemDataRole.ToolTipRole)
    assert cell(row_8, Column.ROW, ROW_NUMBER_ROLE) == 8

    proxy = ImportPreviewFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_show(Show.REJECTED)
    assert proxy.rowCount() == 3
    proxy.set_show(Show.TO_CHECK)
    shown = {proxy.index(r, 0).data(ROW_NUMBER_ROLE) for r in range(proxy.rowCount())}
    assert {8, 10, 12} <= shown and 6 not in shown and 4 not in shown
    qtmodeltester.check(proxy)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"
    ]  # fmt: skip
