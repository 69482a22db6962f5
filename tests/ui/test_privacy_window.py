"""The personal data (RGPD) window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTabWidget

from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import Session
from territ_desktop.services import Services
from territ_desktop.ui import messages
from territ_desktop.ui.privacy_window import PrivacyWindow
from territ_desktop.ui.uiloader import child, register_icon_path


@pytest.fixture
def page(qtbot: Any, demo: Services) -> tuple[PrivacyWindow, list[int], str]:
    """The window over the demo cycle plus a study day of 2020 (due for archiving)."""
    old = demo.sessions.create(Session(id="", title="Journée 2020", funders=("ARS",)))
    demo.programme.add_day(old.id, dt.date(2020, 6, 4), "")
    demo.participants.create(Participant("", "Zola", "Émile", organisation="CCAS"), old.id)
    register_icon_path()
    changed: list[int] = []
    window = PrivacyWindow(demo, lambda: changed.append(1), None)
    qtbot.addWidget(window.widget)
    window.show()
    return window, changed, old.id


def _cells(window: PrivacyWindow) -> list[list[str]]:
    table = window.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_sessions_and_retention(
    page: tuple[PrivacyWindow, list[int], str], demo: Services, answers: list[str]
) -> None:
    window, _changed, old_id = page
    rows = _cells(window)
    assert rows[0] == ["Journée 2020", "04/06/2020", "3 an(s)", "04/06/2023", "à archiver"]
    assert rows[1][3:] == ["11/03/2030", "conservée"]
    window.table.selectRow(1)
    window.retention.setValue(6)
    window.retention_button.click()
    assert _cells(window)[1][2:4] == ["6 an(s)", "11/03/2033"]
    window.funder.setCurrentText("ars")
    window.funder_years.setValue(8)
    child(window.widget, type(window.retention_button), "funderSetButton").click()
    assert "ars : 8 an(s)" in window.rules.text()
    assert _cells(window)[0][4] == "conservée"  # 2020 + 8 years
    child(window.widget, type(window.retention_button), "funderRemoveButton").click()
    assert window.rules.text() == "Aucune règle par financeur."
    assert demo.privacy.funder_rules() == []


def test_preview_then_apply(
    page: tuple[PrivacyWindow, list[int], str], demo: Services, answers: list[str]
) -> None:
    window, changed, old_id = page
    child(window.widget, QTabWidget, "tabs").setCurrentIndex(1)
    assert "Anonymiser ZOLA Émile" in window.preview.toPlainText()
    assert "1 session(s) à archiver, 1 personne(s)" in window.due_label.text()
    window.apply_button.click()
    assert changed == [1]
    assert answers[-1].startswith("1 session(s) archivée(s), 1 personne(s) anonymisée(s)")
    assert not window.apply_button.isEnabled()
    (person,) = demo.participants.find(old_id)
    assert person.last_name == "Participant·e 1" and person.organisation == ""
    assert _cells(window)[0][4] == "anonymisée"
    assert not window.retention_button.isEnabled()  # archived: read-only


def test_one_person_export_and_erase(
    page: tuple[PrivacyWindow, list[int], str],
    demo: Services,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, changed, old_id = page
    child(window.widget, QTabWidget, "tabs").setCurrentIndex(2)
    assert window.person.count() == 42
    window.person.setCurrentIndex(window.person.findData(demo.participants.find()[0].id))
    assert "Conservation jusqu'au 11/03/2030" in window.person_info.text()
    target = tmp_path / "donnees.xlsx"
    monkeypatch.setattr(messages, "choose_save_file", lambda *_args: target)
    window.export_button.click()
    assert target.exists() and answers[-1].startswith("Données exportées")
    window.erase_button.click()
    assert "servent encore de preuve" in answers[-1] and changed == []
    zola = next(p for p in demo.participants.find() if p.last_name == "Zola")
    window.person.setCurrentIndex(window.person.findData(zola.id))
    window.erase_button.click()
    assert changed == [1] and answers[-1] == "Les données de cette personne ont été effacées."
    assert demo.participants.get(zola.id).last_name.startswith("Participant·e")
