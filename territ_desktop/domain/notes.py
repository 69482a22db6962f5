"""Workshop notes, the session's synthesis, and the evaluation typed in from paper forms."""

from __future__ import annotations

from dataclasses import dataclass

from territ_desktop.domain.errors import ValidationError

MAX_NOTE_LENGTH = 200_000
"""Characters a note may hold: far more than a day of notes, small enough to print."""


@dataclass(frozen=True, slots=True)
class WorkshopNote:
    """What the rapporteur of one table wrote in one round (Markdown-light text)."""

    item_id: str
    table: str
    round: int = 1
    rapporteur: str = ""
    text: str = ""

    @property
    def is_empty(self) -> bool:
        """True when nothing was written."""
        return not (self.rapporteur.strip() or self.text.strip())


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the satisfaction form with how many chose each answer."""

    text: str
    answers: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        """Answers counted for this question."""
        return sum(count for _, count in self.answers)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A satisfaction summary typed in from the paper forms."""

    respondents: int = 0
    questions: tuple[Question, ...] = ()
    comments: tuple[str, ...] = ()


def check_note(note: WorkshopNote) -> WorkshopNote:
    """Trim the rapporteur, refuse absurd input."""
    if note.round < 1:
        raise ValidationError("Le numéro de tour commence à 1.")
    if not note.table.strip():
        raise ValidationError("Indiquez la table (ou le groupe) de ces notes.")
    if len(note.text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            f"Ces notes dépassent {MAX_NOTE_LENGTH:,} caractères : découpez-les.".replace(",", " ")
        )
    return WorkshopNote(
        note.item_id, note.table.strip(), note.round, note.rapporteur.strip(), note.text
    )


def check_evaluation(evaluation: Evaluation) -> Evaluation:
    """Counts must be whole and not negative, and no question may count more than respondents."""
    if evaluation.respondents < 0:
        raise ValidationError("Le nombre de répondant·es ne peut pas être négatif.")
    for question in evaluation.questions:
        if not question.text.strip():
            raise ValidationError("Chaque question doit avoir un intitulé.")
        if any(count < 0 for _, count in question.answers):
            raise ValidationError(f"« {question.text} » : un nombre de réponses est négatif.")
        if question.total > evaluation.respondents:
            raise ValidationError(
                f"« {question.text} » compte {question.total} réponses pour "
                f"{evaluation.respondents} répondant·es : vérifiez les nombres."
            )
    return evaluation


def evaluation_to_json(evaluation: Evaluation) -> dict[str, object]:
    """Plain JSON form, as stored in the database."""
    return {
        "respondents": evaluation.respondents,
        "questions": [
            {"text": q.text, "answers": [[label, count] for label, count in q.answers]}
            for q in evaluation.questions
        ],
        "comments": list(evaluation.comments),
    }


def evaluation_from_json(data: dict[str, object] | None) -> Evaluation | None:
    """Inverse of :func:`evaluation_to_json` (None stays None)."""
    if not data:
        return None
    questions = data.get("questions", [])
    comments = data.get("comments", [])
    respondents = data.get("respondents", 0)
    assert isinstance(questions, list) and isinstance(comments, list)
    assert isinstance(respondents, int)
    return Evaluation(
        respondents=respondents,
        questions=tuple(
            Question(str(q["text"]), tuple((str(a), int(n)) for a, n in q["answers"]))
            for q in questions
        ),
        comments=tuple(str(c) for c in comments),
    )
