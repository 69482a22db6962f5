"""TERRIT Desktop: organise and run TERRIT training workshops offline."""

__version__ = "0.1.0"
