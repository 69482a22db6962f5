"""Render Markdown-light notes into a QTextDocument, as the summary PDF prints them.

The grammar is the one of ``export/markdown_light.py`` (headings ``#`` to ``###``, bullets
``- `` ``* `` ``• `` indented two spaces per level, ``**bold**`` and ``*italic*`` within a
line, line breaks kept, a blank line ends a paragraph); ``tests/ui/test_notes_preview.py``
checks that both read a note the same way. That module is not imported here: it loads
reportlab and openpyxl, far too slow for a preview redrawn as the user types.

The document is built with ``QTextCursor.insertText`` only, never ``setHtml`` nor
``setMarkdown``: what the user typed (``<b>``, ``<a href>``, ``&amp;``, an image link) is shown
as typed and never obeyed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"^([ \t]*)[-*•][ \t]+(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
MAX_LEVEL = 3
_HEADING_SCALE = (1.45, 1.25, 1.1)

Span = tuple[str, bool, bool]
"""A run of text with its bold and italic flags."""


@dataclass(slots=True)
class PreviewBlock:
    """One heading, bullet or paragraph: its kind, level and lines of spans."""

    kind: str  # "heading", "bullet" or "paragraph"
    level: int = 0
    lines: list[list[Span]] = field(default_factory=list)


def _italics(text: str, bold: bool) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for found in _ITALIC.finditer(text):
        spans.append((text[position : found.start()], bold, False))
        spans.append((found.group(1), bold, True))
        position = found.end()
    spans.append((text[position:], bold, False))
    return [s for s in spans if s[0]]


def inline_spans(line: str) -> list[Span]:
    """``**bold**`` and ``*italic*`` of one line; marks that do not pair up stay as typed."""
    spans: list[Span] = []
    position = 0
    for found in _BOLD.finditer(line):
        spans += _italics(line[position : found.start()], False)
        spans += _italics(found.group(1), True)
        position = found.end()
    return spans + _italics(line[position:], False)


def parse_blocks(text: str) -> list[PreviewBlock]:
    """Split a note into blocks, exactly as ``export.markdown_light.parse`` does."""
    blocks: list[PreviewBlock] = []
    pending: list[str] = []
    bullet: PreviewBlock | None = None
    bullet_lines: list[str] = []

    def flush() -> None:
        nonlocal bullet
        if pending:
            blocks.append(PreviewBlock("paragraph", 0, [inline_spans(x.strip()) for x in pending]))
            pending.clear()
        if bullet is not None:
            bullet.lines = [inline_spans(x.strip()) for x in bullet_lines]
            blocks.append(bullet)
            bullet = None
            bullet_lines.clear()

    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    for line in normalised.split("\n"):
        heading = _HEADING.match(line)
        item = _BULLET.match(line)
        if not line.strip():
            flush()
        elif heading:
            flush()
            level = min(MAX_LEVEL, len(heading.group(1)))
            blocks.append(PreviewBlock("heading", level, [inline_spans(heading.group(2))]))
        elif item:
            flush()
            width = len(item.group(1).replace("\t", "  "))
            bullet = PreviewBlock("bullet", min(MAX_LEVEL - 1, width // 2))
            bullet_lines.append(item.group(2))
        elif bullet is not None and line[:1] in (" ", "\t"):
            bullet_lines.append(line)
        else:
            if bullet is not None:
                flush()
            pending.append(line)
    flush()
    return blocks


def render(text: str, document: QTextDocument) -> None:
    """Replace the content of ``document`` with the rendered note (user text never parsed)."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    base = document.defaultFont()
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    lists: dict[int, QTextList] = {}
    number = 0
    for block in parse_blocks(text):
        if not any(block.lines):
            continue  # a heading mark alone: the PDF prints nothing either
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(6)
        char_format = QTextCharFormat()
        if block.kind == "heading":
            block_format.setHeadingLevel(block.level)
            block_format.setTopMargin(8 if number else 0)
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setFontPointSize(size * _HEADING_SCALE[block.level - 1])
        if number == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        if block.kind == "bullet":
            for deeper in [level for level in lists if level > block.level]:
                del lists[deeper]
            if block.level in lists:
                lists[block.level].add(cursor.block())
            else:
                list_format = QTextListFormat()
                list_format.setStyle(
                    (
                        QTextListFormat.Style.ListDisc,
                        QTextListFormat.Style.ListCircle,
                        QTextListFormat.Style.ListSquare,
                    )[block.level]
                )
                list_format.setIndent(block.level + 1)
                lists[block.level] = cursor.createList(list_format)
        else:
            lists.clear()
        for index, line in enumerate(block.lines):
            if index:
                cursor.insertText("\u2028", char_format)  # a line break inside the block
            for text_run, bold, italic in line:
                run_format = QTextCharFormat(char_format)
                if bold:
                    run_format.setFontWeight(QFont.Weight.Bold)
                run_format.setFontItalic(italic)
                cursor.insertText(text_run, run_format)
        number += 1
    cursor.endEditBlock()
