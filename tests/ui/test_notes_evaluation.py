"""The evaluation dialog: typing in the paper forms, the domain's checks in French, undo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from notes_helpers import close_tab, open_notes_tab
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.notes import Evaluation, Question
from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui.evaluation_dialog import EvaluationDialog

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def dialog(qtbot: Any, demo: Services) -> Iterator[EvaluationDialog]:
    dialog = EvaluationDialog(None, demo.notes.evaluation(DEMO_SESSION_ID))
    yield dialog
    shiboken6.delete(dialog.dialog)


def _set_count(dialog: EvaluationDialog, row: int, count: int) -> None:
    item = dialog.answers.item(row, 1)
    assert item is not None
    item.setData(EDIT, count)


def test_the_demo_evaluation_is_shown(dialog: EvaluationDialog, demo: Services) -> None:
    evaluation = demo.notes.evaluation(DEMO_SESSION_ID)
    assert evaluation is not None
    assert dialog.respondents.value() == 34
    assert dialog.questions.count() == 3
    assert dialog.answers.rowCount() == 4
    assert dialog.total.text() == "Total : 34 réponse(s) pour 34 répondant·e(s)."
    assert dialog.value() == evaluation


def test_counts_beyond_the_respondents_are_refused_in_french(dialog: EvaluationDialog) -> None:
    _set_count(dialog, 0, 30)
    assert "43 réponse(s)" in dialog.total.text()
    with pytest.raises(ValidationError, match="compte 43 réponses pour 34 répondant·es"):
        dialog.value()
    _set_count(dialog, 0, -1)
    with pytest.raises(ValidationError, match="un nombre de réponses est négatif"):
        dialog.value()


def test_an_empty_question_or_answer_label_is_refused(dialog: EvaluationDialog) -> None:
    dialog.add_question()
    item = dialog.questions.item(3)
    assert item is not None and item.text() == "Nouvelle question"
    item.setText("  ")
    with pytest.raises(ValidationError, match="Chaque question doit avoir un intitulé"):
        dialog.value()
    item.setText("Le lieu convenait-il ?")
    dialog.add_answer()
    assert dialog.answers.rowCount() == 5
    _set_count(dialog, 4, 2)
    with pytest.raises(ValidationError, match="une réponse comptée n'a pas de libellé"):
        dialog.value()
    dialog.answers.setCurrentCell(4, 0)
    dialog.remove_answer()
    value = dialog.value()
    assert value is not None
    assert value.questions[3] == Question(
        "Le lieu convenait-il ?",
        (("Tout à fait", 0), ("Plutôt", 0), ("Peu", 0), ("Pas du tout", 0)),
    )


def test_remove_questions_and_comments(dialog: EvaluationDialog) -> None:
    dialog.questions.setCurrentRow(1)
    dialog.remove_question()
    dialog.comments.setPlainText('  Très bien  \n\n<b>Org <SARL & <a href="x"></b> 🎉\n')
    value = dialog.value()
    assert value is not None
    assert [q.text for q in value.questions] == [
        "Les contenus étaient-ils utiles pour votre pratique ?",
        "Recommanderiez-vous ce cycle à un·e collègue ?",
    ]
    assert value.comments == ("Très bien", '<b>Org <SARL & <a href="x"></b> 🎉')


def test_emptied_evaluation_is_removed(dialog: EvaluationDialog) -> None:
    while dialog.questions.count():
        dialog.questions.setCurrentRow(0)
        dialog.remove_question()
    assert not dialog.answers.isEnabled()
    dialog.respondents.setValue(0)
    dialog.comments.clear()
    assert dialog.value() is None


def test_saved_from_the_tab_as_one_undoable_step(
    qtbot: Any, demo: Services, dialogs: dict[type, Any]
) -> None:
    undo_stack = QUndoStack()
    tab = open_notes_tab(qtbot, demo, undo_stack)
    before = demo.notes.evaluation(DEMO_SESSION_ID)

    def fill(dialog: EvaluationDialog) -> None:
        dialog.respondents.setValue(40)
        dialog.questions.setCurrentRow(2)
        _set_count(dialog, 0, 38)

    dialogs[EvaluationDialog] = fill
    tab.edit_evaluation()
    after = demo.notes.evaluation(DEMO_SESSION_ID)
    assert after is not None and after.respondents == 40
    assert after.questions[2].answers[0] == ("Oui", 38)
    assert undo_stack.count() == 1 and undo_stack.undoText() == "Modifier l'évaluation"
    undo_stack.undo()
    assert demo.notes.evaluation(DEMO_SESSION_ID) == before
    undo_stack.redo()
    assert demo.notes.evaluation(DEMO_SESSION_ID) == after
    close_tab(tab)


def test_a_new_evaluation(qtbot: Any, demo: Services) -> None:
    dialog = EvaluationDialog(None)
    assert dialog.total.text() == "Ajoutez une question, puis ses réponses."
    assert not dialog.buttons["addAnswerButton"].isEnabled()
    dialog.respondents.setValue(12)
    dialog.add_question()
    _set_count(dialog, 0, 12)
    assert dialog.value() == Evaluation(
        12,
        (
            Question(
                "Nouvelle question",
                (("Tout à fait", 12), ("Plutôt", 0), ("Peu", 0), ("Pas du tout", 0)),
            ),
        ),
    )
    shiboken6.delete(dialog.dialog)
