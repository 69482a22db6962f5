"""Build the bundle for this platform: ``.venv/bin/python packaging/build.py``.

1. installs PyInstaller into the running environment if it is missing (the ``packaging`` extra
   of ``pyproject.toml``);
2. renders the icon set from ``resources/icons/territ.svg`` into ``build/icons/`` (PNG sizes for
   Linux, ``.ico`` for Windows, ``.icns`` for macOS);
3. runs PyInstaller on ``packaging/territ-desktop.spec``: one folder, ``dist/territ-desktop/``,
   holding the window ``territ-desktop`` and the command line ``territ``;
4. adds what the platform's installer needs: on Linux the ``.desktop`` entry, the icons and
   ``install.sh`` in the folder, then ``dist/territ-desktop-VERSION-linux-ARCH.tar.gz``; on
   Windows the Inno Setup installer if ``ISCC.exe`` is found; on macOS ``TERRIT Desktop.app``;
5. runs ``territ-desktop --smoke-test`` from the folder (offscreen) and prints the size and the
   time taken.

Exit status 0 when the bundle is built and its smoke test passes.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "territ-desktop.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICONS = BUILD / "icons"
BUNDLE = DIST / "territ-desktop"
SVG = ROOT / "resources" / "icons" / "territ.svg"
ICON_NAME = "territ-desktop"  # the name of the icon in the freedesktop icon theme
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def say(text: str) -> None:
    """One line of progress."""
    print(text, flush=True)  # noqa: T201


def version() -> str:
    """The version of the program, as in ``territ_desktop/__init__.py``."""
    text = (ROOT / "territ_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


def ensure_pyinstaller() -> None:
    """Install the ``packaging`` extra's requirements if PyInstaller is missing."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = extras["project"]["optional-dependencies"]["packaging"]
    say(f"Installation de {', '.join(wanted)} dans {sys.prefix}")
    subprocess.run([sys.executable, "-m", "pip", "install", *wanted], check=True)


def render_icons() -> None:
    """Render the SVG icon into PNGs (and .ico or .icns where the platform wants one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icône illisible : {SVG}")
    pngs: list[Path] = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"impossible d'écrire {target}")
        pngs.append(target)
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    if sys.platform in ("win32", "darwin"):
        from PIL import Image  # installed with reportlab

        largest = Image.open(pngs[-1])
        if sys.platform == "win32":
            sizes = [(s, s) for s in PNG_SIZES if s <= 256]
            largest.save(ICONS / "territ.ico", sizes=sizes)
        else:
            largest.save(ICONS / "territ.icns")


def run_pyinstaller(clean: bool) -> None:
    """PyInstaller on the spec, into ``dist/`` and ``build/pyinstaller/``."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def add_linux_files() -> None:
    """The .desktop entry, the icon theme and the installer script, inside the folder."""
    shutil.copyfile(PACKAGING / "linux" / f"{ICON_NAME}.desktop", BUNDLE / f"{ICON_NAME}.desktop")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copyfile(PACKAGING / "linux" / script, BUNDLE / script)
        (BUNDLE / script).chmod(0o755)
    shutil.copytree(ICONS / "hicolor", BUNDLE / "icons" / "hicolor", dirs_exist_ok=True)
    shutil.copyfile(PACKAGING / "linux" / "LISEZMOI.txt", BUNDLE / "LISEZMOI.txt")


def linux_archive() -> Path:
    """``dist/territ-desktop-VERSION-linux-ARCH.tar.gz`` of the folder."""
    target = DIST / f"territ-desktop-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(BUNDLE, arcname=f"territ-desktop-{version()}")
    return target


def windows_installer() -> Path | None:
    """Compile the Inno Setup script if ``ISCC.exe`` is installed."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
    candidate = default / "Inno Setup 6" / "ISCC.exe"
    iscc = found or (str(candidate) if candidate.exists() else None)
    if iscc is None:
        say("ISCC.exe (Inno Setup 6) introuvable : installeur Windows non construit.")
        return None
    script = PACKAGING / "windows" / "territ-desktop.iss"
    subprocess.run([iscc, f"/DAppVersion={version()}", str(script)], check=True)
    return DIST / f"territ-desktop-{version()}-setup.exe"


def smoke_test() -> None:
    """Run the built window program with ``--smoke-test``, offscreen, on a scratch data folder."""
    program = BUNDLE / f"territ-desktop{EXE_SUFFIX}"
    with tempfile.TemporaryDirectory(prefix="territ-smoke-") as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TERRIT_DATA_DIR": data}
        env.pop("TERRIT_DATABASE", None)
        result = subprocess.run(
            [str(program), "--smoke-test"], env=env, capture_output=True, text=True, timeout=300
        )
    for line in (result.stdout + result.stderr).splitlines():
        say(f"  {line}")
    if result.returncode != 0:
        raise SystemExit(f"le test de fumée du paquet a échoué (code {result.returncode})")


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Build, check and measure the bundle."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--no-archive", action="store_true", help="Linux: no .tar.gz")
    parser.add_argument("--no-smoke-test", action="store_true", help="skip the smoke test")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    ensure_pyinstaller()
    render_icons()
    run_pyinstaller(args.clean)
    built = time.perf_counter() - start
    if sys.platform.startswith("linux"):
        add_linux_files()
    size = folder_size(BUNDLE)
    say(f"Dossier : {BUNDLE} ({size / 1e6:.0f} Mo)")
    say(f"Construit en {built:.0f} s")
    if not args.no_smoke_test:
        smoke_test()
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = linux_archive()
        say(f"Archive : {archive} ({archive.stat().st_size / 1e6:.0f} Mo)")
    elif sys.platform == "win32":
        installer = windows_installer()
        if installer is not None:
            say(f"Installeur : {installer}")
    elif sys.platform == "darwin":
        say(f"Application : {DIST / 'TERRIT Desktop.app'} (voir packaging/macos.md)")
    say(f"Terminé en {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
