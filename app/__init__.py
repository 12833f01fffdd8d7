"""ASA - an open, offline-first desktop assistant for asylum hearings."""

__version__ = "0.1.0"
