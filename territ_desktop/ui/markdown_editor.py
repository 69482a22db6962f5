"""A plain-text editor for Markdown-light notes, with a tiny toolbar and a live preview."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTextBrowser, QToolButton, QWidget

from territ_desktop.ui.markdown_preview import render
from territ_desktop.ui.uiloader import child, load_ui

_HEADING_MARK = re.compile(r"^ {0,3}#{1,6}[ \t]+")
_BULLET_MARK = re.compile(r"^[ \t]*[-*•][ \t]+")
PREVIEW_DELAY_MS = 300


def _utf16(text: str, index: int) -> int:
    """A Python string index as the UTF-16 offset QTextCursor counts in."""
    return len(text[:index].encode("utf-16-le")) // 2


def _from_utf16(text: str, offset: int) -> int:
    """A UTF-16 offset (QTextCursor's) as a Python string index."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class MarkdownEditor(QObject):
    """Edits Markdown-light text; the toolbar only inserts marks, the text stays plain.

    ``edited`` fires when the user changes the text (not when :meth:`set_text` loads one).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        w = self.widget = load_ui("markdown_editor.ui", parent)
        self.setParent(w)  # its timer must not outlive the widgets it draws into
        self.edit = child(w, QPlainTextEdit, "textEdit")
        self.preview = child(w, QTextBrowser, "previewBrowser")
        self.preview_button = child(w, QToolButton, "previewButton")
        splitter = child(w, QSplitter, "splitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self.buttons: dict[str, QToolButton] = {}
        for name, slot in (
            ("headingButton", self.heading),
            ("bulletButton", self.bullet),
            ("boldButton", self.bold),
            ("italicButton", self.italic),
        ):
            self.buttons[name] = child(w, QToolButton, name)
            self.buttons[name].clicked.connect(slot)
        for name, weight, italic in (("boldButton", True, False), ("italicButton", False, True)):
            font = QFont(self.buttons[name].font())
            font.setBold(weight)
            font.setItalic(italic)
            self.buttons[name].setFont(font)
        for key, slot in (
            (QKeySequence.StandardKey.Bold, self.bold),
            (QKeySequence.StandardKey.Italic, self.italic),
        ):
            shortcut = QShortcut(QKeySequence(key), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.preview_button.toggled.connect(self._show_preview)
        self.edit.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        """The text exactly as typed (no-break spaces kept; paragraph breaks as new lines)."""
        raw = self.edit.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        """Load a text (clears the editor's own undo history when it differs)."""
        if text == self.text():
            return
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.render_preview()

    def set_placeholder(self, text: str) -> None:
        """The hint shown while the editor is empty."""
        self.edit.setPlaceholderText(text)

    def render_preview(self) -> None:
        """Draw the preview now (it is otherwise redrawn shortly after typing stops)."""
        self._timer.stop()
        if not self.preview_button.isChecked():
            return
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        render(self.text(), self.preview.document())
        bar.setValue(position)

    def _show_preview(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        if shown:
            self.render_preview()

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        if self.preview_button.isChecked():
            self._timer.start()
        self.edited.emit()

    # -- toolbar -----------------------------------------------------------------------------

    def heading(self) -> None:
        """Make the current line(s) a heading (``## ``), or plain text again."""
        self._toggle_prefix(_HEADING_MARK, "## ")

    def bullet(self) -> None:
        """Make the current line(s) bullets (``- ``), or plain text again."""
        self._toggle_prefix(_BULLET_MARK, "- ")

    def bold(self) -> None:
        """Put ``**`` around the selection (or between the cursor's sides)."""
        self._wrap("**")

    def italic(self) -> None:
        """Put ``*`` around the selection (or between the cursor's sides)."""
        self._wrap("*")

    def _selected_blocks(self, cursor: QTextCursor) -> list[int]:
        document = self.edit.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        return list(range(first, last + 1))

    def _toggle_prefix(self, mark: re.Pattern[str], prefix: str) -> None:
        cursor = self.edit.textCursor()
        document = self.edit.document()
        numbers = self._selected_blocks(cursor)
        texts = [document.findBlockByNumber(n).text() for n in numbers]
        remove = all(mark.match(t) for t in texts if t.strip()) and any(t.strip() for t in texts)
        cursor.beginEditBlock()
        for number, text in zip(numbers, texts, strict=True):
            block = document.findBlockByNumber(number)
            edit = QTextCursor(block)
            found = mark.match(text)
            if remove and found:
                # The marks are ASCII: their length is the same in UTF-16.
                edit.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, found.end()
                )
                edit.removeSelectedText()
            elif not remove and not found and (text.strip() or len(numbers) == 1):
                edit.insertText(prefix)
        cursor.endEditBlock()
        self.edit.setFocus()

    def _wrap(self, mark: str) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.insertText(mark * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(mark))
            self.edit.setTextCursor(cursor)
            self.edit.setFocus()
            return
        document = self.edit.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        spans: list[tuple[int, int]] = []
        for number in self._selected_blocks(cursor):
            block = document.findBlockByNumber(number)
            text = block.text()
            # The selection's part of this line, without the spaces at its ends: the marks
            # must touch a letter to count.
            part_start = _from_utf16(text, max(start, block.position()) - block.position())
            part_end = _from_utf16(
                text, min(end, block.position() + block.length() - 1) - block.position()
            )
            part = text[part_start:part_end]
            if not part.strip():
                continue
            part_start += len(part) - len(part.lstrip())
            part_end -= len(part) - len(part.rstrip())
            spans.append(
                (
                    block.position() + _utf16(text, part_start),
                    block.position() + _utf16(text, part_end),
                )
            )
        cursor.beginEditBlock()
        for span_start, span_end in reversed(spans):
            cursor.setPosition(span_end)
            cursor.insertText(mark)
            cursor.setPosition(span_start)
            cursor.insertText(mark)
        cursor.endEditBlock()
        if spans:
            cursor.setPosition(spans[0][0])
            added = len(mark) * 2 * len(spans)
            cursor.setPosition(spans[-1][1] + added, QTextCursor.MoveMode.KeepAnchor)
            self.edit.setTextCursor(cursor)
        self.edit.setFocus()
