"""Markdown-light, as trainers type their notes, turned into safe reportlab paragraphs.

Understood: headings (``#``, ``##``, ``###`` at the start of a line, then a space), bullets
(``- ``, ``* `` or ``• ``, indented by two spaces per level), ``**bold**`` and ``*italic*``
within a line. Everything else prints exactly as typed: the text between the marks is escaped,
so ``<b>`` or ``<a href="x">`` typed in a note is shown, never obeyed, and the only tags that
reach reportlab are the ones written here. Line breaks inside a paragraph are kept, because
notes are often typed one idea per line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from territ_desktop.export.pdf_glyphs import drawable
from territ_desktop.export.safe_text import pdf_markup

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"^([ \t]*)[-*•][ \t]+(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
MAX_LEVEL = 3
BULLET_CHAR = "•"


class BlockKind(StrEnum):
    """The kinds of blocks a note is made of."""

    HEADING = "heading"
    BULLET = "bullet"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a note, with its text already converted to safe reportlab markup.

    ``level`` is 1 to 3 for headings and 0 to 2 (nesting depth) for bullets.
    """

    kind: BlockKind
    markup: str
    level: int = 0


@dataclass(frozen=True, slots=True)
class MarkdownStyles:
    """The paragraph styles a note is drawn with; ``headings`` holds levels 1, 2 and 3."""

    body: ParagraphStyle
    bullet: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]


def _escaped(text: str) -> str:
    return pdf_markup(drawable(text))


def _italics(text: str) -> str:
    out: list[str] = []
    position = 0
    for found in _ITALIC.finditer(text):
        out.append(_escaped(text[position : found.start()]))
        out.append(f"<i>{_escaped(found.group(1))}</i>")
        position = found.end()
    out.append(_escaped(text[position:]))
    return "".join(out)


def inline_markup(line: str) -> str:
    """Convert one line's ``**bold**`` and ``*italic*`` to tags; escape everything else.

    Marks that do not pair up print as typed (``5 * 3``, a lone ``**``).
    """
    out: list[str] = []
    position = 0
    for found in _BOLD.finditer(line):
        out.append(_italics(line[position : found.start()]))
        out.append(f"<b>{_italics(found.group(1))}</b>")
        position = found.end()
    out.append(_italics(line[position:]))
    return "".join(out)


def _lines_markup(lines: Sequence[str]) -> str:
    return "<br/>".join(inline_markup(line.strip()) for line in lines)


def _indent_level(indent: str) -> int:
    width = len(indent.replace("\t", "  "))
    return min(MAX_LEVEL - 1, width // 2)


def parse(text: str) -> list[Block]:
    """Split Markdown-light text into blocks of safe markup.

    Blank lines end a paragraph; a bullet goes on over following indented lines.
    """
    blocks: list[Block] = []
    pending: list[str] = []
    bullet: tuple[list[str], int] | None = None

    def flush() -> None:
        nonlocal bullet
        if pending:
            blocks.append(Block(BlockKind.PARAGRAPH, _lines_markup(pending)))
            pending.clear()
        if bullet is not None:
            blocks.append(Block(BlockKind.BULLET, _lines_markup(bullet[0]), bullet[1]))
            bullet = None

    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    for line in normalised.split("\n"):
        heading = _HEADING.match(line)
        item = _BULLET.match(line)
        if not line.strip():
            flush()
        elif heading:
            flush()
            level = min(MAX_LEVEL, len(heading.group(1)))
            blocks.append(Block(BlockKind.HEADING, inline_markup(heading.group(2)), level))
        elif item:
            flush()
            bullet = ([item.group(2)], _indent_level(item.group(1)))
        elif bullet is not None and line[:1] in (" ", "\t"):
            bullet[0].append(line)
        else:
            if bullet is not None:
                flush()
            pending.append(line)
    flush()
    return blocks


def _bullet_style(base: ParagraphStyle, level: int) -> ParagraphStyle:
    if level == 0:
        return base
    step = 12 * level
    return ParagraphStyle(
        f"{base.name}-{level}",
        base,
        leftIndent=base.leftIndent + step,
        bulletIndent=base.bulletIndent + step,
    )


def to_flowables(text: str, styles: MarkdownStyles) -> list[Flowable]:
    """Turn Markdown-light text into paragraphs ready for a platypus story.

    Each block is its own paragraph, so a long note flows over as many pages as it needs.
    """
    flowables: list[Flowable] = []
    for block in parse(text):
        if not block.markup:
            continue
        if block.kind is BlockKind.HEADING:
            flowables.append(Paragraph(block.markup, styles.headings[block.level - 1]))
        elif block.kind is BlockKind.BULLET:
            style = _bullet_style(styles.bullet, block.level)
            flowables.append(Paragraph(block.markup, style, bulletText=BULLET_CHAR))
        else:
            flowables.append(Paragraph(block.markup, styles.body))
    return flowables
