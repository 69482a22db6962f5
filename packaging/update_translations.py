"""Update the English catalogue: ``.venv/bin/python packaging/update_translations.py``.

1. lupdate (the tool behind ``pyside6-lupdate``) extracts the French source strings of
   ``territ_desktop/ui/*.py`` and ``resources/ui/*.ui`` into ``resources/i18n/territ_en.ts``,
   keeping the translations already there and dropping obsolete ones;
2. the labels of domain codes (``territ_desktop.ui.labels.ALL_LABELS``, translated at runtime
   under the context ``labels``) come from the domain, where lupdate cannot see them: they are
   handed to it as ``QT_TRANSLATE_NOOP("labels", ...)`` lines of a temporary file;
3. lrelease (``pyside6-lrelease``) compiles the finished translations into
   ``resources/i18n/territ_en.qm``, which the app loads (``territ_desktop/ui/i18n.py``).

New or changed strings come out "unfinished": translate them (``pyside6-linguist``, or in the
``.ts`` by hand, dropping ``type="unfinished"``), then run this again. Running it twice changes
nothing. ``tests/ui/test_translations.py`` fails while a string has no finished translation.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
TS_FILE = I18N_DIR / "territ_en.ts"
QM_FILE = I18N_DIR / "territ_en.qm"
LABELS_CONTEXT = "labels"


def sources() -> list[Path]:
    """The files lupdate reads, in a fixed order (the ``.ts`` must not depend on the disk)."""
    code = sorted((ROOT / "territ_desktop" / "ui").glob("*.py"))
    forms = sorted((ROOT / "resources" / "ui").glob("*.ui"))
    return code + forms


def domain_labels() -> tuple[str, ...]:
    """The French labels of domain codes that the window translates under ``labels``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # a clean clone that was not pip-installed
    from territ_desktop.ui.labels import ALL_LABELS, CONTEXT

    assert CONTEXT == LABELS_CONTEXT
    return ALL_LABELS


def qt_tool(name: str) -> str:
    """Path of a Qt tool shipped in the PySide6 wheel (what ``pyside6-NAME`` runs)."""
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / name)


def run_lupdate(ts_file: Path, *, quiet: bool = False) -> None:
    """Extract every translatable string (code, forms, domain labels) into ``ts_file``.

    Existing translations in ``ts_file`` are kept; strings no longer in the sources are
    dropped. Source locations are not recorded, so moving code does not change the file.
    """
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="territ-i18n-") as tmp:
        labels_file = Path(tmp) / "domain_labels.py"
        context = json.dumps(LABELS_CONTEXT)
        lines = [
            f"QT_TRANSLATE_NOOP({context}, {json.dumps(text, ensure_ascii=False)})"
            for text in domain_labels()
        ]
        labels_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [
            qt_tool("lupdate"),
            *(str(p) for p in sources()),
            str(labels_file),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "fr",
            "-target-language",
            "en",
            "-ts",
            str(ts_file),
        ]
        if quiet:
            command.insert(1, "-silent")
        subprocess.run(command, check=True, capture_output=quiet)


def run_lrelease(ts_file: Path, qm_file: Path, *, quiet: bool = False) -> None:
    """Compile the finished translations of ``ts_file`` into ``qm_file``."""
    command = [qt_tool("lrelease"), "-nounfinished", str(ts_file), "-qm", str(qm_file)]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, check=True, capture_output=quiet)


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every message without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
                or not all(texts)
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def main() -> int:
    """Update the ``.ts``, compile the ``.qm``, list what still needs translating."""
    run_lupdate(TS_FILE)
    run_lrelease(TS_FILE, QM_FILE)
    todo = unfinished(TS_FILE)
    for context, source in todo:
        print(f"untranslated [{context}] {source!r}")  # noqa: T201
    if todo:
        print(f"{len(todo)} string(s) to translate in {TS_FILE.relative_to(ROOT)}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
