"""Stable identifiers: every record carries a UUID so it can move between databases."""

import uuid


def new_id() -> str:
    """Return a new random UUID as its canonical 36-character string."""
    return str(uuid.uuid4())
