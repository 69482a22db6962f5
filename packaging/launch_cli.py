"""Entry point of the bundled command line, ``territ`` (PyInstaller starts here)."""

from territ_desktop.cli import main

raise SystemExit(main())
