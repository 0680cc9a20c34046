"""The PySide6 desktop app: the only package that imports Qt.

All database and PDF work runs on one worker thread that owns the book (worker.py);
screens submit small operations to it and get results back on the GUI thread.
"""
