"""Tree of a session's programme: days, half-days, items."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from territ_desktop.domain.session import Day, HalfDay, ProgrammeItem, Session
from territ_desktop.ui import labels

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Node:
    """What a row of the tree stands for."""

    kind: str  # "day", "half_day" or "item"
    value: Day | HalfDay | ProgrammeItem


def _times(start: object, end: object) -> str:
    if start is None or end is None:
        return ""
    return f"{start:%H:%M} – {end:%H:%M}"


def _row(node: Node, texts: list[str], bold: bool = False) -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setToolTip(text)
        item.setData(node, NODE_ROLE)
        if bold:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        items.append(item)
    return items


def build_programme_model(model: QStandardItemModel, session: Session) -> None:
    """Fill ``model`` (cleared first) with the programme of ``session``."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ProgrammeTreeModel", "Programme"),
            QCoreApplication.translate("ProgrammeTreeModel", "Horaires"),
            QCoreApplication.translate("ProgrammeTreeModel", "Type"),
            QCoreApplication.translate("ProgrammeTreeModel", "Intervenant·e"),
            QCoreApplication.translate("ProgrammeTreeModel", "Salle"),
        ]
    )
    for number, day in enumerate(session.days, start=1):
        title = QCoreApplication.translate("ProgrammeTreeModel", "Journée {n} — {date}").format(
            n=number, date=f"{day.date:%d/%m/%Y}"
        )
        if day.title:
            title = QCoreApplication.translate("ProgrammeTreeModel", "{heading} : {title}").format(
                heading=title, title=day.title
            )
        day_row = _row(Node("day", day), [title, "", "", "", ""], bold=True)
        model.appendRow(day_row)
        for half in day.half_days:
            half_row = _row(
                Node("half_day", half),
                [labels.period(half.period), _times(half.start, half.end), "", "", ""],
            )
            day_row[0].appendRow(half_row)
            for item in half.items:
                half_row[0].appendRow(
                    _row(
                        Node("item", item),
                        [
                            item.title,
                            _times(item.start, item.end),
                            labels.item_kind(item.kind),
                            item.speaker,
                            item.room,
                        ],
                    )
                )
