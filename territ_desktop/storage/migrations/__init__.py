"""Alembic migrations, run in-process at start-up by :mod:`territ_desktop.storage.migrate`."""
