"""The notes preview reads Markdown-light exactly as the summary PDF does."""

from __future__ import annotations

import html
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextDocument

from territ_desktop.export.markdown_light import parse
from territ_desktop.ui.markdown_preview import parse_blocks, render

Styled = list[tuple[str, bool, bool]]  # one character, bold, italic
_TOKEN = re.compile(r"<b>|</b>|<i>|</i>|<br/>|&[a-z]+;|.", re.DOTALL)


def _from_markup(markup: str) -> Styled:
    styled: Styled = []
    bold = italic = False
    for token in _TOKEN.findall(markup):
        if token in ("<b>", "</b>"):
            bold = token == "<b>"
        elif token in ("<i>", "</i>"):
            italic = token == "<i>"
        else:
            styled.append(("\n" if token == "<br/>" else html.unescape(token), bold, italic))
    return styled


def _from_lines(lines: list[Styled]) -> Styled:
    styled: Styled = []
    for number, line in enumerate(lines):
        if number:
            styled.append(("\n", False, False))
        styled += [(c, bold, italic) for text, bold, italic in line for c in text]
    return styled


def _pdf_view(text: str) -> list[tuple[str, int, Styled]]:
    return [(str(b.kind), b.level, _from_markup(b.markup)) for b in parse(text)]


def _preview_view(text: str) -> list[tuple[str, int, Styled]]:
    return [(b.kind, b.level, _from_lines(b.lines)) for b in parse_blocks(text)]


SAMPLES = [
    "## Trois mots\n- **renoncement**\n- distance\n\nPlusieurs quartiers ;\nune idée par ligne",
    "# Titre ##\n  - sous-puce *italique*\n    suite de la puce\nparagraphe",
    "5 * 3 = 15, un ** seul, *pas fermé, **gras *et italique* dedans**",
    'Org <SARL & <a href="x"> &amp; <b>x</b>\n\n\n• puce ronde\n* puce étoile',
    "#pas un titre\n####### sept dièses\n   ### trois espaces",
    "\tpuce ?\n-\tpuce tab\n\t\t- niveau profond",
]


def test_samples_read_the_same() -> None:
    for sample in SAMPLES:
        assert _preview_view(sample) == _pdf_view(sample), sample


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=' \t\n#-*•<>&"ab é', max_size=80))
def test_any_text_reads_the_same(text: str) -> None:
    assert _preview_view(text) == _pdf_view(text)


def test_render_builds_headings_lists_and_formats(qapp: Any) -> None:
    document = QTextDocument()
    render("## Titre\n- **gras** et *italique*\n  - sous-puce\n\nligne 1\nligne 2", document)
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    assert [b.text() for b in blocks] == [
        "Titre",
        "gras et italique",
        "sous-puce",
        "ligne 1\u2028ligne 2",
    ]
    assert blocks[0].blockFormat().headingLevel() == 2
    first_list, second_list = blocks[1].textList(), blocks[2].textList()
    assert first_list is not None and second_list is not None
    assert first_list.format().indent() == 1 and second_list.format().indent() == 2
    assert blocks[3].textList() is None
    runs = []
    fragments = blocks[1].begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        char_format = fragment.charFormat()
        runs.append(
            (
                fragment.text(),
                char_format.fontWeight() == QFont.Weight.Bold,
                char_format.fontItalic(),
            )
        )
        fragments += 1
    assert runs == [("gras", True, False), (" et ", False, False), ("italique", False, True)]
