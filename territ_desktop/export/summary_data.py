"""What the session summary (synthèse) is built from: plain values, gathered by the caller.

The summary PDF and workbook take one :class:`SummaryInput`. Attendance figures are not stored
here: both writers compute them through :class:`~territ_desktop.export.AttendanceData`, exactly
as the attendance workbook does, so the numbers in the summary always equal the funder's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from territ_desktop.domain.attendance import AttendanceRecord
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import ProgrammeItem, Session, TrainingModule
from territ_desktop.export.attendance_data import RecordKey

TableRound = Mapping[str, tuple[str, ...]]
"""One round of a workshop: table name → identifiers of the participants seated there."""

AnswerCounts = tuple[tuple[str, int], ...]
"""The answers offered to one evaluation question and how many people chose each."""


@dataclass(frozen=True, slots=True)
class TableNote:
    """The notes taken at one table during one round of a workshop.

    ``text`` is Markdown-light as typed by the trainer or the rapporteur (headings ``#``,
    bullets ``- ``, ``**bold**``, ``*italic*``); ``round`` counts from 1.
    """

    table: str
    round: int
    rapporteur: str
    text: str


@dataclass(frozen=True, slots=True)
class WorkshopSummary:
    """A workshop item of the programme, its table plan and its notes.

    Attributes:
        item: The programme item (its kind is normally ``ItemKind.WORKSHOP``).
        rounds: One mapping per round, in order: table name → participant identifiers.
        notes: Notes per table and round, in the order they should print.
    """

    item: ProgrammeItem
    rounds: tuple[TableRound, ...] = ()
    notes: tuple[TableNote, ...] = ()


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Results of the end-of-session evaluation questionnaire.

    Attributes:
        respondents: How many people answered the questionnaire.
        questions: Each question with its answers and their counts, in questionnaire order.
        comments: Free comments, as typed (plain text).
    """

    respondents: int
    questions: tuple[tuple[str, AnswerCounts], ...] = ()
    comments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SummaryInput:
    """Everything the session summary shows.

    Attributes:
        session: The session, with its days, half-days, programme items and trainers.
        module: The training module, for its objectives (``None`` if the session has none).
        participants: The enrolled participants.
        records: Attendance records keyed by ``(participant_id, half_day_id)``.
        workshops: The workshops to describe, in programme order.
        synthesis: The synthesis of the workshops (Markdown-light).
        evaluation: The evaluation results, if one was run.
        include_participant_annex: Whether names may be printed (annex listing participants,
            members of each table). Leave it off for a summary sent outside the team (RGPD).
    """

    session: Session
    module: TrainingModule | None
    participants: Sequence[Participant]
    records: Mapping[RecordKey, AttendanceRecord]
    workshops: Sequence[WorkshopSummary] = ()
    synthesis: str = ""
    evaluation: Evaluation | None = None
    include_participant_annex: bool = False
