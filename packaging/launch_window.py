"""Entry point of the bundled window, ``territ-desktop`` (PyInstaller starts here)."""

from territ_desktop.app import main

raise SystemExit(main())
