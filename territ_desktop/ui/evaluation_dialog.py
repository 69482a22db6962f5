"""Dialog to type in the evaluation of a session from its paper satisfaction forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.notes import Evaluation, Question, check_evaluation
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.uiloader import child

Answers = list[tuple[str, int]]
EDIT = Qt.ItemDataRole.EditRole


def default_answers() -> Answers:
    """The usual four-step scale a new question starts with (counts at zero)."""
    return [
        (QCoreApplication.translate("EvaluationDialog", "Tout à fait"), 0),
        (QCoreApplication.translate("EvaluationDialog", "Plutôt"), 0),
        (QCoreApplication.translate("EvaluationDialog", "Peu"), 0),
        (QCoreApplication.translate("EvaluationDialog", "Pas du tout"), 0),
    ]


class EvaluationDialog(FormDialog):
    """Respondents, questions with their answers and counts, and free comments.

    OK checks the figures with the domain's rules (``check_evaluation``) and shows what is
    wrong in French; an evaluation emptied of everything comes back as None (removed).
    """

    def __init__(self, parent: QWidget | None, evaluation: Evaluation | None = None) -> None:
        super().__init__("evaluation_dialog.ui", parent)
        d = self.dialog
        self.respondents = child(d, QSpinBox, "respondentsSpin")
        self.questions = child(d, QListWidget, "questionsList")
        self.answers = child(d, QTableWidget, "answersTable")
        self.total = child(d, QLabel, "totalLabel")
        self.comments = child(d, QPlainTextEdit, "commentsEdit")
        self.answers.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("EvaluationDialog", "Réponse"),
                QCoreApplication.translate("EvaluationDialog", "Nombre"),
            ]
        )
        header = self.answers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._answers: list[Answers] = []
        self.buttons: dict[str, QPushButton] = {}
        for name, slot in (
            ("addQuestionButton", self.add_question),
            ("removeQuestionButton", self.remove_question),
            ("addAnswerButton", self.add_answer),
            ("removeAnswerButton", self.remove_answer),
        ):
            self.buttons[name] = child(d, QPushButton, name)
            self.buttons[name].clicked.connect(slot)
        self.questions.currentRowChanged.connect(self._show_answers)
        self.answers.itemChanged.connect(self._answer_edited)
        self.respondents.valueChanged.connect(lambda _n: self._show_total())
        if evaluation is not None:
            self.respondents.setValue(evaluation.respondents)
            for question in evaluation.questions:
                self._append(question.text, list(question.answers))
            self.comments.setPlainText("\n".join(evaluation.comments))
        self.questions.setCurrentRow(0 if self._answers else -1)
        self._show_answers(self.questions.currentRow())
        self.validate = self.value

    # -- questions and answers ---------------------------------------------------------------

    def _append(self, text: str, answers: Answers) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.questions.addItem(item)
        self._answers.append(answers)
        return item

    def add_question(self) -> None:
        """Add a question with the usual answers, and start typing its wording."""
        item = self._append(
            QCoreApplication.translate("EvaluationDialog", "Nouvelle question"), default_answers()
        )
        self.questions.setCurrentItem(item)
        self.questions.editItem(item)

    def remove_question(self) -> None:
        """Remove the chosen question and its answers."""
        row = self.questions.currentRow()
        if row < 0:
            return
        del self._answers[row]
        self.questions.takeItem(row)
        self._show_answers(self.questions.currentRow())

    def add_answer(self) -> None:
        """Add an answer to the chosen question and start typing it."""
        row = self.questions.currentRow()
        if row < 0:
            return
        self._answers[row].append(("", 0))
        self._show_answers(row)
        last = self.answers.rowCount() - 1
        self.answers.setCurrentCell(last, 0)
        label = self.answers.item(last, 0)
        if label is not None:
            self.answers.editItem(label)

    def remove_answer(self) -> None:
        """Remove the chosen answer of the chosen question."""
        row, answer = self.questions.currentRow(), self.answers.currentRow()
        if row < 0 or answer < 0:
            return
        del self._answers[row][answer]
        self._show_answers(row)

    def _show_answers(self, row: int) -> None:
        answers = self._answers[row] if 0 <= row < len(self._answers) else []
        with QSignalBlocker(self.answers):
            self.answers.setRowCount(len(answers))
            for number, (label, count) in enumerate(answers):
                self.answers.setItem(number, 0, QTableWidgetItem(label))
                count_item = QTableWidgetItem()
                count_item.setData(EDIT, count)
                count_item.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                self.answers.setItem(number, 1, count_item)
        chosen = row >= 0
        self.answers.setEnabled(chosen)
        self.buttons["removeQuestionButton"].setEnabled(chosen)
        self.buttons["addAnswerButton"].setEnabled(chosen)
        self.buttons["removeAnswerButton"].setEnabled(chosen and bool(answers))
        self._show_total()

    def _answer_edited(self, item: QTableWidgetItem) -> None:
        row = self.questions.currentRow()
        if not 0 <= row < len(self._answers) or item.row() >= len(self._answers[row]):
            return
        label_item = self.answers.item(item.row(), 0)
        count_item = self.answers.item(item.row(), 1)
        label = label_item.text() if label_item is not None else ""
        count = count_item.data(EDIT) if count_item is not None else 0
        self._answers[row][item.row()] = (label, count if isinstance(count, int) else 0)
        self._show_total()

    def _show_total(self) -> None:
        row = self.questions.currentRow()
        if not 0 <= row < len(self._answers):
            self.total.setText(
                QCoreApplication.translate(
                    "EvaluationDialog", "Ajoutez une question, puis ses réponses."
                )
            )
            return
        total = sum(count for _, count in self._answers[row])
        self.total.setText(
            QCoreApplication.translate(
                "EvaluationDialog", "Total : {total} réponse(s) pour {n} répondant·e(s)."
            ).format(total=total, n=self.respondents.value())
        )

    # -- result ------------------------------------------------------------------------------

    def value(self) -> Evaluation | None:
        """The evaluation as typed (None when emptied); raises ValidationError when wrong."""
        questions = []
        for row, answers in enumerate(self._answers):
            text = self.questions.item(row).text().strip()
            kept = []
            for label, count in answers:
                if not label.strip():
                    if count:
                        raise ValidationError(
                            QCoreApplication.translate(
                                "EvaluationDialog",
                                "« {question} » : une réponse comptée n'a pas de libellé.",
                            ).format(question=text)
                        )
                    continue  # an empty line left over
                kept.append((label.strip(), count))
            questions.append(Question(text, tuple(kept)))
        comments = tuple(
            line.strip() for line in self.comments.toPlainText().splitlines() if line.strip()
        )
        evaluation = Evaluation(self.respondents.value(), tuple(questions), comments)
        if evaluation == Evaluation():
            return None
        return check_evaluation(evaluation)
