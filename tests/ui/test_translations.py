"""The English catalogue: complete, compiled, found under the contexts Qt looks up at runtime.

Adding a UI string without translating it fails ``test_every_string_has_an_english_translation``
with the list of strings; ``.venv/bin/python packaging/update_translations.py`` adds them to
``resources/i18n/territ_en.ts`` for translation and recompiles the ``.qm``.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.session import SessionKind
from territ_desktop.ui import labels
from territ_desktop.ui.day_dialog import DayDialog
from territ_desktop.ui.error_dialog import ErrorDialog
from territ_desktop.ui.i18n import install_translators
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.new_session_dialog import NewSessionDialog
from territ_desktop.ui.participant_dialog import ParticipantDialog
from territ_desktop.ui.programme_item_dialog import ProgrammeItemDialog
from territ_desktop.ui.trainer_dialog import TrainerDialog
from territ_desktop.ui.uiloader import child

ROOT = Path(__file__).resolve().parents[2]
UI_CODE = sorted((ROOT / "territ_desktop" / "ui").glob("*.py"))
UI_FORMS = sorted((ROOT / "resources" / "ui").glob("*.ui"))
UPDATE = "`.venv/bin/python packaging/update_translations.py`"

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _load_update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = _load_update_script()


def read_ts(path: Path) -> dict[Key, str | None]:
    """Every message of a .ts file; the translation, or None when unfinished or empty."""
    found: dict[Key, str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                found[key] = None  # unfinished, obsolete or vanished
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            found[key] = texts[0] if all(texts) else None
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, str | None]:
    """What lupdate finds in the sources today (plus the domain labels), in a fresh .ts."""
    fresh = tmp_path_factory.mktemp("i18n") / "fresh_en.ts"
    tools.run_lupdate(fresh, quiet=True)
    return read_ts(fresh)


@pytest.fixture(scope="module")
def committed() -> dict[Key, str | None]:
    """The committed catalogue."""
    return read_ts(tools.TS_FILE)


# -- the catalogue ---------------------------------------------------------------------------


def test_every_string_has_an_english_translation(
    extracted: dict[Key, str | None], committed: dict[Key, str | None]
) -> None:
    missing = [key for key in extracted if not committed.get(key)]
    listing = "\n".join(f"  [{context}] {source!r}" for context, source, _ in missing)
    assert not missing, (
        f"{len(missing)} string(s) without a finished English translation; run {UPDATE}, "
        f"translate them in resources/i18n/territ_en.ts, and run it again:\n{listing}"
    )


def test_domain_labels_are_translated(committed: dict[Key, str | None]) -> None:
    missing = [text for text in labels.ALL_LABELS if not committed.get(("labels", text, ""))]
    assert not missing, f"Domain labels without an English translation (run {UPDATE}): {missing}"


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "territ_en.qm"
    tools.run_lrelease(tools.TS_FILE, compiled, quiet=True)
    assert compiled.read_bytes() == tools.QM_FILE.read_bytes(), (
        f"resources/i18n/territ_en.qm is older than territ_en.ts: run {UPDATE}"
    )


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a text (``&&`` is a literal ampersand)."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_translations_keep_placeholders_accelerators_and_spacing(
    committed: dict[Key, str | None],
) -> None:
    wrong = []
    for (context, source, _), translation in committed.items():
        if not translation:
            continue
        if (
            _placeholders(source) != _placeholders(translation)
            or (mnemonic(source) is None) != (mnemonic(translation) is None)
            or source[:1].isspace() != translation[:1].isspace()
            or source[-1:].isspace() != translation[-1:].isspace()
            or source.count("\n") != translation.count("\n")
        ):
            wrong.append(f"[{context}] {source!r} -> {translation!r}")
    assert not wrong, "Placeholders, '&' or spacing differ:\n" + "\n".join(wrong)


def _form_groups(form: Path) -> dict[str, list[str]]:
    """Texts that share a keyboard: each menu's entries, the menu bar, the rest of the form."""
    root = ET.parse(form).getroot()

    def text_of(element: ET.Element, prop: str) -> str:
        return element.findtext(f"property[@name='{prop}']/string", "")

    captions = {a.get("name", ""): text_of(a, "text") for a in root.iter("action")}
    groups: dict[str, list[str]] = {"form": []}
    for widget in root.iter("widget"):
        kind = widget.get("class")
        if kind in ("QMenu", "QMenuBar"):
            menus = {m.get("name", ""): text_of(m, "title") for m in widget.findall("widget")}
            entries = [
                menus.get(name) or captions.get(name, "")
                for name in (a.get("name", "") for a in widget.findall("addaction"))
            ]
            groups[widget.get("name", "")] = entries
        elif kind != "QMainWindow":
            groups["form"] += [text_of(widget, "text"), text_of(widget, "title")]
    return groups


@pytest.mark.parametrize("form", UI_FORMS, ids=lambda p: p.name)
def test_accelerators_are_unique_in_each_menu_and_form(
    form: Path, committed: dict[Key, str | None]
) -> None:
    context = ET.parse(form).getroot().findtext("class", "")
    clashes = []
    for group, texts in _form_groups(form).items():
        english = [committed.get((context, text, "")) or text for text in texts]
        for language, shown in (("fr", texts), ("en", english)):
            letters = [m for m in map(mnemonic, shown) if m]
            if len(letters) != len(set(letters)):
                clashes.append(f"{group} ({language}): {[t for t in shown if mnemonic(t)]}")
    assert not clashes, f"{form.name}: the same Alt+letter twice in " + "; ".join(clashes)


# -- contexts: what lupdate records is what Qt looks up --------------------------------------


def _ui_modules() -> list[ModuleType]:
    return [importlib.import_module(f"territ_desktop.ui.{path.stem}") for path in UI_CODE]


def _qobject_classes() -> set[str]:
    return {
        value.__name__
        for module in _ui_modules()
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, QObject)
        and value.__module__ == module.__name__
    }


class _TranslationCalls(ast.NodeVisitor):
    """Finds ``tr``/``translate`` calls that lupdate would miss or file under a wrong context."""

    def __init__(self, path: Path, qobject_classes: set[str]) -> None:
        self.path = path
        self.qobject_classes = qobject_classes
        self.classes: list[str] = []
        self.problems: list[str] = []
        self.contexts: set[str] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        where = f"{self.path.name}:{node.lineno}"
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = self.classes[-1] if self.classes else ""
            if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                self.problems.append(
                    f"{where}: {ast.unparse(func)}() is looked up under the receiver's Qt "
                    f"class, not {owner or 'this module'}; use "
                    f'QCoreApplication.translate("{owner or "context"}", ...)'
                )
            elif owner not in self.qobject_classes:
                self.problems.append(f"{where}: self.tr() in {owner}, which is not a QObject")
            if literal[:1] != [True]:
                self.problems.append(f"{where}: tr() of a computed string, invisible to lupdate")
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id.endswith("Application")
        ):
            if literal[:2] != [True, True]:
                self.problems.append(
                    f"{where}: translate() of a computed context or string, invisible to "
                    "lupdate (domain labels go through ui/labels.py)"
                )
            elif isinstance(first := node.args[0], ast.Constant):
                self.contexts.add(str(first.value))
        self.generic_visit(node)


def _scan_code() -> _TranslationCalls:
    qobject_classes = _qobject_classes()
    scans = []
    for path in UI_CODE:
        scan = _TranslationCalls(path, qobject_classes)
        scan.visit(ast.parse(path.read_text(encoding="utf-8")))
        scans.append(scan)
    total = _TranslationCalls(ROOT, qobject_classes)
    for scan in scans:
        if scan.path.name != "labels.py":  # reads domain labels, fed to lupdate by the script
            total.problems += scan.problems
        total.contexts |= scan.contexts
    return total


def test_translated_code_strings_are_visible_to_lupdate_under_runtime_contexts() -> None:
    problems = _scan_code().problems
    assert not problems, "\n".join(problems)


def test_every_lupdate_context_exists_at_runtime(extracted: dict[Key, str | None]) -> None:
    forms = {ET.parse(f).getroot().findtext("class", "") for f in UI_FORMS}
    known = forms | _qobject_classes() | _scan_code().contexts | {labels.CONTEXT}
    unknown = sorted({context for context, _, _ in extracted} - known)
    assert not unknown, f"lupdate contexts that Qt never looks up at runtime: {unknown}"


# -- the window in English -------------------------------------------------------------------


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """English installed for one test; French (no catalogue) again afterwards."""
    locale = QLocale()
    translators = install_translators(qapp, "en")
    assert any(t.filePath().endswith("territ_en.qm") for t in translators)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english_window(english: None, window: MainWindow) -> MainWindow:
    """The demo window, built after English was installed (fixture order matters)."""
    return window


def test_main_window_menus_and_tabs_in_english(english_window: MainWindow) -> None:
    w = english_window.window
    menus = {m.objectName(): m.title() for m in w.findChildren(QMenu) if m.objectName()}
    assert menus == {
        "menuFile": "&File",
        "menuEdit": "&Edit",
        "menuView": "&View",
        "menuLanguage": "&Language",
        "menuHelp": "&Help",
    }
    assert english_window.action("actionNewSession").text() == "&New session…"
    assert english_window.action("actionDataFolder").text() == "Where is my &data?"
    assert english_window.undo_action.text() == "Undo"
    assert w.statusBar().currentMessage().startswith("Database: ")
    page = english_window.session_page
    assert [page.tabs.tabText(i) for i in range(3)] == ["Session", "Programme", "Participants"]
    people = page.participants_tab
    assert people.model.headerData(0, Qt.Orientation.Horizontal) == "Last name"
    assert people.audience.itemText(0) == "All audiences"
    assert people.audience.itemText(1) == labels.audience(Audience.ELU) == "Elected official"
    assert people.counts.text().startswith("41 enrolled")
    assert page.programme_tab.model.item(0).text().startswith("Day 1 — ")
    assert page.info_tab.kind.currentText() == "Cycle of study days"


def _shown_texts(root: QWidget) -> list[str]:
    """The interface texts of a widget tree (not the user's data)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.specialValueText())
        if isinstance(widget, QSpinBox):
            texts.append(widget.suffix())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        texts += [text for a in widget.actions() for text in (a.text(), a.toolTip())]
    return texts


def test_no_french_left_in_english_window_and_dialogs(
    english_window: MainWindow, qtbot: Any, tmp_path: Path, committed: dict[Key, str | None]
) -> None:
    french = {source for (_, source, _), text in committed.items() if text and text != source}
    session = english_window.session_page.programme_tab._session
    assert session is not None
    dialogs = [
        NewSessionDialog(None).dialog,
        DayDialog(None).dialog,
        ParticipantDialog(None).dialog,
        TrainerDialog(None).dialog,
        ProgrammeItemDialog(None, session.half_days[0]).dialog,
        ErrorDialog("Traceback", tmp_path / "territ.log").dialog,
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    w = english_window.window
    shown = _shown_texts(w)
    for dialog in dialogs:
        shown += _shown_texts(dialog)
    views = [*w.findChildren(QTableView), *w.findChildren(QTreeView)]
    for view in views:
        model = view.model()
        shown += [
            str(model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(model.columnCount(QModelIndex()))
        ]
    left = sorted({text for text in shown if text in french})
    assert not left, f"Still French with English installed: {left}"


def test_dialogs_and_their_messages_in_english(english: None, qtbot: Any) -> None:
    dialog = NewSessionDialog(None)
    qtbot.addWidget(dialog.dialog)
    assert dialog.dialog.windowTitle() == "New session"
    assert dialog.kind.itemText(0) == labels.session_kind(SessionKind.MODULE) == "Training module"
    buttons = child(dialog.dialog, QDialogButtonBox, "buttonBox")
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    with pytest.raises(ValidationError, match="Please give the session a title"):
        dialog.value()
    day = DayDialog(None)
    qtbot.addWidget(day.dialog)
    assert day.dialog.windowTitle() == "Add a day"
    for check, _start, _end in day.halves.values():
        check.setChecked(False)
    with pytest.raises(ValidationError, match="Tick at least the morning or the afternoon"):
        day.value()


@pytest.mark.parametrize(("language", "cancel"), [("en", "Cancel"), ("fr", "Annuler")])
def test_qt_standard_buttons_follow_the_language(qapp: Any, language: str, cancel: str) -> None:
    locale = QLocale()
    translators = install_translators(qapp, language)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_french_needs_no_catalogue(window: MainWindow) -> None:
    """Without translators the window shows its French sources (other tests rely on it)."""
    assert child(window.window, QMenu, "menuFile").title() == "&Fichier"
    assert window.session_page.tabs.tabText(2) == "Participant·es"
