"""The personal data page (RGPD): retention per session and funder, what is due, one person.

Three tabs: the sessions with their retention period and state; a preview of what archiving
and anonymising would do today, with the button that does it (a backup is taken first); and
one person's data, to export (right of access) or erase (where no proof duty remains).
Archiving, anonymising and erasing cannot be undone, so they clear the main window's undo steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from territ_desktop.domain.retention import PrivacyPlan, RetentionStatus, SessionRetention
from territ_desktop.ui import messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.uiloader import child, icon, load_ui

if TYPE_CHECKING:
    from territ_desktop.services import Services


class PrivacyWindow(QObject):
    """A non-modal window over the retention of personal data.

    ``on_changed`` runs after archiving, anonymising or erasing (the main window reloads).
    """

    def __init__(
        self, services: Services, on_changed: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._privacy = services.privacy
        self._participants = services.participants
        self._on_changed = on_changed
        self._sessions: list[SessionRetention] = []
        self._plan: PrivacyPlan | None = None
        w = self.widget = load_ui("privacy_window.ui", parent)
        w.setWindowFlag(Qt.WindowType.Window)
        w.setWindowIcon(icon("territ"))
        self.table = child(w, QTableWidget, "sessionsTable")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Session"),
                self.tr("Fin"),
                self.tr("Conservation"),
                self.tr("Jusqu'au"),
                self.tr("État"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_session)
        self.retention = child(w, QSpinBox, "retentionSpin")
        self.retention_button = child(w, QPushButton, "retentionButton")
        self.retention_button.clicked.connect(self.save_retention)
        self.funder = child(w, QComboBox, "funderCombo")
        self.funder_years = child(w, QSpinBox, "funderSpin")
        child(w, QPushButton, "funderSetButton").clicked.connect(self.set_funder)
        child(w, QPushButton, "funderRemoveButton").clicked.connect(self.remove_funder)
        self.rules = child(w, QLabel, "rulesLabel")
        self.due_label = child(w, QLabel, "dueLabel")
        self.preview = child(w, QPlainTextEdit, "duePreview")
        self.apply_button = child(w, QPushButton, "applyButton")
        self.apply_button.clicked.connect(self.apply)
        self.person = child(w, QComboBox, "personCombo")
        self.person.currentIndexChanged.connect(lambda _i: self._on_person())
        self.person_info = child(w, QLabel, "personInfoLabel")
        self.export_button = child(w, QPushButton, "exportPersonButton")
        self.export_button.clicked.connect(self.export_person)
        self.erase_button = child(w, QPushButton, "erasePersonButton")
        self.erase_button.clicked.connect(self.erase_person)
        self.reload()

    def show(self) -> None:
        """Show the window (reloaded) and bring it forward."""
        self.reload()
        if self.widget.isVisible():
            self.widget.raise_()
            self.widget.activateWindow()
        else:
            self.widget.show()

    # -- reading ---------------------------------------------------------------------------

    def _status_text(self, status: RetentionStatus) -> str:
        return {
            RetentionStatus.KEPT: self.tr("conservée"),
            RetentionStatus.DUE: self.tr("à archiver"),
            RetentionStatus.ARCHIVED: self.tr("archivée"),
            RetentionStatus.ANONYMISED: self.tr("anonymisée"),
        }[status]

    def reload(self) -> None:
        """Read sessions, rules, the plan of the day and the people again."""
        today = dt.date.today()
        selected = self.selected_session()
        keep = selected.session_id if selected is not None else None
        self._sessions = self._privacy.overview()
        self.table.setRowCount(len(self._sessions))
        for row, s in enumerate(self._sessions):
            years = self.tr("{years} an(s)").format(years=s.years)
            cells = [
                s.title,
                f"{s.end:%d/%m/%Y}",
                years,
                f"{s.expires:%d/%m/%Y}",
                self._status_text(s.status(today)),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if s.session_id == keep:
                self.table.selectRow(row)
        if keep is None and self._sessions:
            self.table.selectRow(0)
        self._on_session()
        self._reload_funders()
        self._reload_plan(today)
        self._reload_people()

    def _reload_funders(self) -> None:
        typed = self.funder.currentText()
        self.funder.clear()
        self.funder.addItems(self._privacy.known_funders())
        self.funder.setCurrentText(typed)
        rules = self._privacy.funder_rules()
        if rules:
            listing = ", ".join(
                self.tr("{funder} : {years} an(s)").format(funder=r.funder, years=r.years)
                for r in rules
            )
            self.rules.setText(self.tr("Règles : {rules}.").format(rules=listing))
        else:
            self.rules.setText(self.tr("Aucune règle par financeur."))

    def _reload_plan(self, today: dt.date) -> None:
        plan = self._plan = self._privacy.plan(today)
        lines: list[str] = []
        for s in plan.archive:
            lines.append(
                self.tr("Archiver « {title} » (fin le {end}, conservée {years} an(s))").format(
                    title=s.title, end=f"{s.end:%d/%m/%Y}", years=s.years
                )
            )
        for p in plan.anonymise:
            lines.append(self.tr("Anonymiser {name}").format(name=p.printed_name))
        for p in plan.delete:
            lines.append(
                self.tr(
                    "Supprimer la fiche de {name} (aucune session, inchangée depuis 3 ans)"
                ).format(name=p.printed_name)
            )
        self.preview.setPlainText("\n".join(lines))
        if plan.empty:
            self.due_label.setText(self.tr("Rien à archiver ni à anonymiser aujourd'hui."))
        else:
            self.due_label.setText(
                self.tr(
                    "Aujourd'hui : {sessions} session(s) à archiver, {people} personne(s) à "
                    "anonymiser, {records} fiche(s) à supprimer. Une sauvegarde est faite avant."
                ).format(
                    sessions=len(plan.archive),
                    people=len(plan.anonymise),
                    records=len(plan.delete),
                )
            )
        self.apply_button.setEnabled(not plan.empty)

    def _reload_people(self) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for p in self._participants.find():
            label = p.printed_name + (f" — {p.organisation}" if p.organisation else "")
            self.person.addItem(label, p.id)
        index = self.person.findData(current) if current else -1
        self.person.setCurrentIndex(index if index >= 0 else (0 if self.person.count() else -1))
        self.person.blockSignals(False)
        self._on_person()

    def selected_session(self) -> SessionRetention | None:
        """The session selected in the table."""
        rows = self.table.selectionModel().selectedRows() if self._sessions else []
        return self._sessions[rows[0].row()] if rows else None

    def _on_session(self) -> None:
        chosen = self.selected_session()
        editable = chosen is not None and chosen.archived_at is None
        self.retention.setEnabled(editable)
        self.retention_button.setEnabled(editable)
        if chosen is not None:
            self.retention.setValue(chosen.own_years)

    def _on_person(self) -> None:
        person_id = self.person.currentData()
        self.export_button.setEnabled(bool(person_id))
        self.erase_button.setEnabled(bool(person_id))
        if not person_id or self._plan is None:
            self.person_info.clear()
            return
        data = attempt(self.widget, lambda: self._privacy.personal_data(str(person_id)))
        if data is None:
            return
        if data.anonymised_at is not None:
            text = self.tr("Données anonymisées le {date}.").format(
                date=f"{data.anonymised_at:%d/%m/%Y}"
            )
        elif not data.enrolments:
            text = self.tr("Inscrit·e à aucune session : sa fiche peut être supprimée.")
        else:
            until = max(e.kept_until for e in data.enrolments)
            text = self.tr(
                "Inscrit·e à {count} session(s), {halves} demi-journée(s) d'émargement "
                "enregistrée(s). Conservation jusqu'au {date} au plus tard."
            ).format(
                count=len(data.enrolments), halves=len(data.attendance), date=f"{until:%d/%m/%Y}"
            )
        self.person_info.setText(text)

    # -- actions ---------------------------------------------------------------------------

    def save_retention(self) -> None:
        """Set the selected session's own retention period."""
        chosen = self.selected_session()
        if chosen is None:
            return
        years = self.retention.value()
        if (
            attempt(
                self.widget, lambda: self._privacy.set_session_retention(chosen.session_id, years)
            )
            is not None
        ):
            self.reload()

    def set_funder(self) -> None:
        """Set the typed funder's retention period."""
        name, years = self.funder.currentText(), self.funder_years.value()
        attempt(self.widget, lambda: self._privacy.set_funder_retention(name, years))
        self.reload()

    def remove_funder(self) -> None:
        """Remove the typed funder's rule."""
        name = self.funder.currentText()
        attempt(self.widget, lambda: self._privacy.set_funder_retention(name, None))
        self.reload()

    def apply(self) -> None:
        """Archive and anonymise what is due today, after confirmation."""
        question = self.tr(
            "Archiver les sessions et anonymiser les personnes listées ? Cette action ne peut "
            "pas être annulée (une sauvegarde est faite avant). Les annulations en attente "
            "(Ctrl+Z) seront oubliées."
        )
        if not messages.confirm(self.widget, question):
            return
        report = attempt(self.widget, self._privacy.apply)
        if report is None:
            return
        self._on_changed()
        self.reload()
        messages.show_info(
            self.widget,
            self.tr(
                "{sessions} session(s) archivée(s), {people} personne(s) anonymisée(s), "
                "{records} fiche(s) supprimée(s)."
            ).format(sessions=report.archived, people=report.anonymised, records=report.deleted),
        )

    def export_person(self) -> None:
        """Write the chosen person's data to a workbook (right of access)."""
        person_id = self.person.currentData()
        if not person_id:
            return
        target = messages.choose_save_file(
            self.widget,
            self.tr("Exporter les données de la personne"),
            self.tr("donnees-personnelles.xlsx"),
            self.tr("Classeur Excel (*.xlsx)"),
        )
        if target is None:
            return
        written = attempt(
            self.widget, lambda: self._privacy.export_personal_data(str(person_id), target)
        )
        if written is not None:
            messages.show_info(
                self.widget, self.tr("Données exportées : {file}").format(file=written)
            )

    def erase_person(self) -> None:
        """Erase the chosen person's data, where no proof duty remains, after confirmation."""
        person_id = self.person.currentData()
        if not person_id:
            return
        question = self.tr(
            "Effacer les données personnelles de {name} ? Cette action ne peut pas être "
            "annulée (une sauvegarde est faite avant). Ses présences restent comptées, "
            "anonymement."
        ).format(name=self.person.currentText())
        if not messages.confirm(self.widget, question):
            return
        report = attempt(self.widget, lambda: self._privacy.erase_participant(str(person_id)))
        if report is None:
            return
        self._on_changed()
        self.reload()
        messages.show_info(self.widget, self.tr("Les données de cette personne ont été effacées."))
