"""Markdown-light to reportlab: only our own tags reach the parser, nothing typed is lost."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from territ_desktop.export.markdown_light import (
    BlockKind,
    inline_markup,
    parse,
    to_flowables,
)
from territ_desktop.export.pdf_glyphs import REPLACEMENT, drawable
from territ_desktop.export.summary_pdf_style import make_styles

OUR_TAGS = re.compile(r"</?(b|i)>|<br/>")


def test_headings_bullets_and_paragraphs() -> None:
    blocks = parse(
        "# Titre\n## Sous-titre ##\n### Détail\nLigne un\nligne deux\n\n"
        "- puce\n  suite de la puce\n  - sous-puce\n* autre puce\nFin"
    )
    assert [(b.kind, b.markup, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Titre", 1),
        (BlockKind.HEADING, "Sous-titre", 2),
        (BlockKind.HEADING, "Détail", 3),
        (BlockKind.PARAGRAPH, "Ligne un<br/>ligne deux", 0),
        (BlockKind.BULLET, "puce<br/>suite de la puce", 0),
        (BlockKind.BULLET, "sous-puce", 1),
        (BlockKind.BULLET, "autre puce", 0),
        (BlockKind.PARAGRAPH, "Fin", 0),
    ]


def test_deep_headings_and_hashtags() -> None:
    assert parse("###### Très profond")[0].level == 3
    assert parse("#hashtag")[0].kind is BlockKind.PARAGRAPH
    assert parse("## C#")[0].markup == "C#"


def test_bold_and_italic() -> None:
    assert inline_markup("un **gras** et *italique*") == "un <b>gras</b> et <i>italique</i>"
    assert inline_markup("**gras *et italique* fin**") == "<b>gras <i>et italique</i> fin</b>"
    # Ambiguous runs of marks pair the first way they can; no character is lost.
    assert inline_markup("**gras *et italique***") == "<b>gras *et italique</b>*"
    assert inline_markup("**a** **b**") == "<b>a</b> <b>b</b>"


def test_unpaired_marks_print_as_typed() -> None:
    assert inline_markup("5 * 3 = 15") == "5 * 3 = 15"
    assert inline_markup("**pas fermé") == "**pas fermé"
    assert inline_markup("un_nom_de_fichier*") == "un_nom_de_fichier*"
    assert inline_markup("** espace **") == "** espace **"


def test_user_markup_is_escaped() -> None:
    markup = inline_markup('<b>x</b> & Org <SARL & <a href="x"> **<i>vrai gras</i>**')
    assert markup == (
        "&lt;b&gt;x&lt;/b&gt; &amp; Org &lt;SARL &amp; &lt;a href=&quot;x&quot;&gt; "
        "<b>&lt;i&gt;vrai gras&lt;/i&gt;</b>"
    )


def test_crlf_and_blank_input() -> None:
    assert parse("") == []
    assert parse("   \n\n\t") == []
    assert [b.markup for b in parse("a\r\nb\rc")] == ["a<br/>b<br/>c"]


def test_flowables_use_the_note_styles() -> None:
    styles = make_styles().notes
    flowables = to_flowables("# T\n- a\n    - b\ntexte", styles)
    assert [type(f) for f in flowables] == [Paragraph] * 4
    heading, first, nested, body = flowables
    assert heading.style is styles.headings[0]
    assert first.style is styles.bullet
    assert nested.style.leftIndent > first.style.leftIndent
    assert body.style is styles.body


def test_emoji_dropped_letters_replaced() -> None:
    assert drawable("Bravo 👍🏽 à tous 🎉") == "Bravo  à tous "
    assert drawable("famille 👨‍👩‍👧 ok") == "famille  ok"
    assert drawable("drapeau 🇫🇷 !") == "drapeau  !"
    assert drawable("𝐀𝐁𝐂") == "ABC"
    assert drawable("中文") == REPLACEMENT * 2
    assert drawable("Łukasz Ştefan Nguyễn œuvre «»·…") == "Łukasz Ştefan Nguyễn œuvre «»·…"
    assert drawable("a\tb\nc\x00d") == "a\tb\ncd"
    assert drawable("☺ ★ ✓") == "☺ ★ ✓"


def _plain(text: str) -> str:
    # reportlab's plain text drops line breaks: compare without any whitespace.
    return "".join(text.split())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_becomes_valid_paragraphs(text: str) -> None:
    styles = make_styles().notes
    for flowable in to_flowables(text, styles):  # reportlab parses the markup here
        assert OUR_TAGS.sub("", flowable.text).count("<") == 0


PLAIN = st.text(
    alphabet=st.characters(
        whitelist_categories=("Lu", "Ll", "Nd", "Po", "Pd", "Ps", "Pe", "Sm", "Zs"),
        blacklist_characters="*#-•",
        max_codepoint=0x2FFF,
    ),
    max_size=200,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PLAIN, min_size=1, max_size=4))
def test_plain_lines_lose_nothing(lines: list[str]) -> None:
    text = "\n".join(lines)
    styles = make_styles().notes
    printed = " ".join(f.getPlainText() for f in to_flowables(text, styles))
    assert _plain(printed) == _plain(drawable(text))
