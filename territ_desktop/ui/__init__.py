"""The only PySide6 code: pages, dialogs, table models, message boxes."""
