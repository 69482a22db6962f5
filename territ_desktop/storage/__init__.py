"""SQLAlchemy models, engine set-up and migrations: the only ORM code besides the services."""

from territ_desktop.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
