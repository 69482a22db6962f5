"""A participant's data as an Excel workbook (RGPD right of access): one sheet per kind.

Every value of the participant's record, the sessions they are enrolled in with the date until
which their records are kept, and their attendance per half-day. User text is stored as text.
"""

from __future__ import annotations

from pathlib import Path

from territ_desktop.domain.attendance import STATUS_LABELS
from territ_desktop.domain.audience import audience_label
from territ_desktop.domain.personal_data import PersonalData
from territ_desktop.domain.session import PERIOD_LABELS
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.worksheet_writer import SheetWriter, Value, new_workbook, set_widths

NOTICE = (
    "Données enregistrées dans TERRIT Desktop, sur l'ordinateur de l'organisme de formation. "
    "Les feuilles d'émargement sont conservées comme preuve pour les financeurs jusqu'à la date "
    "indiquée, puis les données personnelles sont anonymisées."
)


def _when(value: object) -> str:
    return "" if value is None else f"{value:%d/%m/%Y %H:%M}"


def write_personal_data_xlsx(data: PersonalData, target: Path | str) -> Path:
    """Write ``data`` to ``target`` (atomically) and return the path.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    p = data.participant
    target = Path(target)
    with atomic_path(target) as temporary:
        workbook = new_workbook()
        record = SheetWriter(workbook, "Données personnelles")
        set_widths(record.sheet, [28, 60])
        record.title(f"{p.last_name.upper()} {p.first_name}".strip())
        record.append([NOTICE])
        record.blank()
        record.header(["Champ", "Valeur"])
        fields: list[tuple[str, Value]] = [
            ("Nom", p.last_name),
            ("Prénom", p.first_name),
            ("Organisme", p.organisation),
            ("Fonction", p.function),
            ("Public", audience_label(p.audience)),
            ("Commune / territoire", p.territory),
            ("Courriel", p.email),
            ("Téléphone", p.phone),
            ("Notes", p.notes),
            ("Identifiant", p.id),
            ("Fiche créée le", _when(data.created_at)),
            ("Fiche modifiée le", _when(data.updated_at)),
            ("Anonymisée le", _when(data.anonymised_at)),
        ]
        for label, value in fields:
            record.append([label, value])
        sessions = SheetWriter(workbook, "Sessions")
        set_widths(sessions.sheet, [50, 12, 12, 18, 12, 16, 10])
        sessions.header(
            [
                "Session",
                "Début",
                "Fin",
                "Inscription",
                "Sur place",
                "Conservée jusqu'au",
                "Archivée",
            ]
        )
        for line in data.enrolments:
            sessions.append(
                [
                    line.session_title,
                    line.first_date,
                    line.last_date,
                    _when(line.enrolled_at),
                    "oui" if line.walk_in else "non",
                    line.kept_until,
                    "oui" if line.archived else "non",
                ]
            )
        presence = SheetWriter(workbook, "Présences")
        set_widths(presence.sheet, [50, 12, 12, 16, 10, 10, 12])
        presence.header(
            ["Session", "Date", "Demi-journée", "Statut", "Arrivée", "Départ", "Signature"]
        )
        for row in data.attendance:
            presence.append(
                [
                    row.session_title,
                    row.date,
                    PERIOD_LABELS[row.period],
                    STATUS_LABELS[row.status],
                    row.arrival,
                    row.departure,
                    "enregistrée" if row.signed else "",
                ]
            )
        workbook.save(temporary)
    return target
