"""The book file: opening, locking, migrations and every SQL statement.

This is the only package that imports sqlite3 or sqlite_utils. Money and weights are
stored as INTEGER (rupiah, grams); prices as hundredths of a rupiah; rates as basis
points. Posted records are guarded by triggers, so no program can change them.
"""
