"""The import dialog driven as a user would: pick a file, correct, import, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from territ_desktop.domain import Audience, Participant
from territ_desktop.domain.ids import new_id
from territ_desktop.importing import Field, RowAction
from territ_desktop.services import Services
from territ_desktop.ui import messages
from territ_desktop.ui.import_dialog import ImportDialog
from territ_desktop.ui.import_preview_model import ROW_NUMBER_ROLE
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.uiloader import child

DATA = Path(__file__).resolve().parents[1] / "importing" / "data"
MESSY_XLSX = DATA / "inscriptions_desordre.xlsx"
MESSY_CSV = DATA / "inscriptions_desordre.csv"
WAIT = 10_000


@pytest.fixture
def pick(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The file picker answers with the last path of the list (none: cancelled)."""
    chosen: list[Path] = []
    monkeypatch.setattr(
        messages, "choose_open_file", lambda _p, _t, _f: chosen[-1] if chosen else None
    )
    return chosen


def opened(qtbot: Any, holder: Any) -> ImportDialog:
    """The dialog an entry point opened, once its first preview is shown."""
    qtbot.waitUntil(lambda: holder.import_dialog is not None, timeout=WAIT)
    dialog = holder.import_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    return dialog


def select_row(dialog: ImportDialog, number: int) -> None:
    for row in range(dialog.proxy.rowCount()):
        if dialog.proxy.index(row, 0).data(ROW_NUMBER_ROLE) == number:
            dialog.view.selectRow(row)
            return
    raise AssertionError(f"row {number} not shown")


def click(dialog: ImportDialog, qtbot: Any, name: str) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        child(dialog.dialog, QPushButton, name).click()


def test_import_from_the_participants_tab_with_corrections_then_undo(
    window: MainWindow,
    demo: Services,
    demo_session_id: str,
    qtbot: Any,
    pick: list[Path],
    answers: list[str],
) -> None:
    tab = window.session_page.participants_tab
    pick.append(MESSY_XLSX)
    child(tab.widget, QPushButton, "importButton").click()
    dialog = opened(qtbot, tab)
    assert dialog.session.currentData() == demo_session_id
    assert dialog.sheet.isEnabled() and not dialog.encoding.isEnabled()
    assert dialog.header_row.value() == 3
    assert dialog.preview is not None
    assert dialog.preview.plan.rows_needing_audience == (8, 10)
    assert "14 ligne(s) de données" in dialog.counts.text()
    assert demo.participants.find(search="lefevre marie-claire") == []  # nothing written yet

    # Column I ("Remarques") is ignored from now on.
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.mapping.choose(8, None)
    assert dialog.preview.detection.mapping.column(Field.NOTES) is None
    assert all(not (o.record and o.record.notes) for o in dialog.preview.plan.rows)

    # An audience for one flagged row, then for every row still flagged.
    select_row(dialog, 8)
    dialog.audience.setCurrentIndex(dialog.audience.findData(str(Audience.CITOYEN)))
    click(dialog, qtbot, "setAudienceButton")
    assert dialog.preview.plan.rows_needing_audience == (10,)
    dialog.audience.setCurrentIndex(dialog.audience.findData(str(Audience.ASSOCIATIF)))
    click(dialog, qtbot, "setAudienceAllButton")
    assert dialog.preview.plan.rows_needing_audience == ()
    row_8 = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.outcome_at(r).row_number == 8
    )
    assert dialog.model.index(row_8, 4).data() == "Citoyen·ne, usager·ère (choisi)"

    # Row 17 is left out.
    select_row(dialog, 17)
    click(dialog, qtbot, "excludeButton")
    outcome = dialog.preview.plan.outcome(17)
    assert outcome is not None and outcome.action is RowAction.REJECTED

    dialog.import_button.click()
    enrolled = demo.participants.find(demo_session_id)
    assert len(enrolled) == 41 + 8
    (martin,) = [p for p in enrolled if p.last_name == "Martin" and p.first_name == "Paul"]
    assert martin.audience is Audience.ASSOCIATIF
    assert "Müller-Durand" not in {p.last_name for p in enrolled}
    assert tab.proxy.rowCount() == 49
    assert answers == []

    window.undo_action.trigger()
    assert len(demo.participants.find(demo_session_id)) == 41
    assert demo.participants.find(search="lefevre marie-claire") == []
    assert tab.proxy.rowCount() == 41
    window.redo_action.trigger()
    assert len(demo.participants.find(demo_session_id)) == 49


def test_menu_imports_into_the_directory_only_if_asked(
    window: MainWindow,
    demo: Services,
    demo_session_id: str,
    qtbot: Any,
    pick: list[Path],
    answers: list[str],
) -> None:
    window.action("actionImport").trigger()
    assert window.import_dialog is None  # the picker was cancelled
    pick.append(MESSY_CSV)
    window.action("actionImport").trigger()
    dialog = opened(qtbot, window)
    assert dialog.session.currentData() == demo_session_id
    assert dialog.encoding.currentData() == "cp1252"
    assert dialog.delimiter.currentData() == ";"
    assert not dialog.sheet.isEnabled()
    dialog.session.setCurrentIndex(dialog.session.findData(""))
    dialog.import_button.click()
    assert len(demo.participants.find(demo_session_id)) == 41
    assert len(demo.participants.find()) == 41 + 9
    window.undo_action.trigger()
    assert len(demo.participants.find()) == 41


def test_csv_settings_read_the_file_again(
    window: MainWindow, qtbot: Any, answers: list[str], pick: list[Path]
) -> None:
    pick.append(MESSY_CSV)
    window.action("actionImport").trigger()
    dialog = opened(qtbot, window)
    first = dialog.preview

    # UTF-8 cannot read this Windows file: a French message, the previous preview stays.
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
    assert "encodage" in answers[-1]
    assert dialog.preview is first
    assert dialog.encoding.currentData() == "cp1252"  # what the preview was read with

    # A comma separator leaves one column: no name column, the mapping is left to the user.
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(","))
    assert dialog.preview is None
    assert not dialog.import_button.isEnabled()
    assert "Aucune colonne" in dialog.notices.text()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    assert dialog.preview is not None and dialog.import_button.isEnabled()


def test_bad_file_and_stale_preview_write_nothing(
    window: MainWindow, demo: Services, qtbot: Any, answers: list[str], tmp_path: Path
) -> None:
    bad = tmp_path / "liste.xlsx"
    bad.write_bytes(b"%PDF-1.4")
    dialog = ImportDialog(demo, None, window.window)
    dialog.load_file(bad)
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
    assert "PDF" in answers[-1] and "PDF" in dialog.status.text()
    assert not dialog.import_button.isEnabled()

    petit = demo.participants.create(
        Participant(
            new_id(), "Petit", "Sophie", "Association Santé Quartiers", email="sophie.petit@asso.fr"
        )  # fmt: skip
    )
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.load_file(MESSY_XLSX)
    assert dialog.preview is not None and petit.id in dialog.preview.known
    demo.participants.delete(petit.id)  # someone else removed it meanwhile
    before = demo.participants.find()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.import_button.click()  # refused, then planned again
    assert "rien n'a été importé" in answers[-1]
    assert demo.participants.find() == before
    assert dialog.preview is not None and petit.id not in dialog.preview.known
    dialog.dialog.reject()
