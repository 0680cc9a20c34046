"""The sale wizard, one module per page."""
