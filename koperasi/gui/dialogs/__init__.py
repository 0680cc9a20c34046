"""Dialogs opened from the pages: one room per kind of record."""
