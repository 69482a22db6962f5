"""``python -m territ_desktop`` opens the window."""

from territ_desktop.app import main

raise SystemExit(main())
