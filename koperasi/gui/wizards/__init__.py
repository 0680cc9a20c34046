"""Wizards: a new book, a sale."""
