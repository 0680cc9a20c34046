"""Koperasi: bookkeeping for village farmers' cooperatives."""

__version__ = "0.1.0"
