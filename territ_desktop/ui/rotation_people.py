"""Texts of the Petits groupes tab about people: who is seated, who is missing, which item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import ProgrammeItem, Session
from territ_desktop.rotation import Instance
from territ_desktop.ui import labels

if TYPE_CHECKING:
    from territ_desktop.services.rotations import Workshop

MAX_NAMES = 12


def workshop_label(session: Session, item: ProgrammeItem) -> str:
    """``"12/06 après-midi — Ateliers : …"`` for the item picker."""
    for half in session.half_days:
        if any(i.id == item.id for i in half.items):
            when = f"{half.date:%d/%m} {labels.period(half.period).lower()}"
            return f"{when} — {item.title}"
    return item.title


def _names(people: Sequence[str]) -> str:
    shown = sorted(people)[:MAX_NAMES]
    more = len(people) - len(shown)
    text = ", ".join(shown)
    if more:
        text += QCoreApplication.translate("RotationsTab", " et {n} autre(s)").format(n=more)
    return text


def people_summary(
    workshop: Workshop, enrolled: Sequence[Participant], instance: Instance | None
) -> str:
    """Who can be seated (present, or enrolled when no attendance), who is absent, who is new."""
    present = {p.id for p in workshop.people}
    names = {p.id: p.printed_name for p in enrolled}
    names.update({p.id: p.printed_name for p in workshop.people})
    parts = [
        QCoreApplication.translate("RotationsTab", "{n} personne(s) à répartir").format(
            n=len(present)
        )
    ]
    missing = [names[p.id] for p in enrolled if p.id not in present]
    if missing:
        parts.append(
            QCoreApplication.translate(
                "RotationsTab", "absent·es (présences notées) : {names}"
            ).format(names=_names(missing))
        )
    if workshop.plan is not None and instance is not None:
        planned = {p.id for p in instance.participants}
        newcomers = [names[pid] for pid in present - planned]
        gone = [names.get(pid, pid) for pid in planned - present if pid in names]
        if newcomers:
            parts.append(
                QCoreApplication.translate(
                    "RotationsTab",
                    "pas encore placé·es : {names} (« Générer » ou « Arrivée tardive »)",
                ).format(names=_names(newcomers))
            )
        if gone:
            parts.append(
                QCoreApplication.translate(
                    "RotationsTab", "placé·es mais absent·es : {names}"
                ).format(names=_names(gone))
            )
        for number in range(1, instance.rounds + 1):
            away = [
                p.display for p in instance.participants if not instance.is_present(p.id, number)
            ]
            if away:
                parts.append(
                    QCoreApplication.translate(
                        "RotationsTab", "absent·es au tour {n} : {names}"
                    ).format(n=number, names=_names(away))
                )
    return " · ".join(parts)


def names_of(instance: Instance | None, ids: Sequence[str]) -> str:
    """Printed names of people of the instance, for undo entries."""
    people = [instance.person(pid) if instance else None for pid in ids]
    return ", ".join(p.display if p else pid for p, pid in zip(people, ids, strict=True))
