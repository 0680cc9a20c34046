"""Backups of a book: a consistent copy by SQLite's backup API, verified, then named.

A backup is written under a temporary name, checked (quick_check, the trial balance read
back, the member count) and only then renamed to `KOP-PREFIX-YYYYMMDD-HHMMSS.koperasi`;
the check's result sits beside it in a small `.json` file that list_backups() reads.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from koperasi.core.errors import KoperasiError
from koperasi.store.audit import AuditHead
from koperasi.store.connection import BookFile, _inspect, _rename_no_clobber

SUFFIX = ".koperasi"
SIDECAR = ".json"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its check found.

    Attributes:
      path: the backup file.
      created: when it was made (local wall-clock time).
      verified: quick_check was ok and debits equal credits.
      members, total_debit, total_credit: read back from the copy (None if unknown).
      last_entry: the date of the newest journal entry in it ("" if none).
      problems: what the check found wrong (empty when verified).
      audit_code: the short code of the audit chain's head in the copy ("" if none), to
        compare with the code printed on reports.
    """

    path: Path
    created: datetime.datetime | None
    verified: bool
    members: int | None
    total_debit: int | None
    total_credit: int | None = None
    last_entry: str = ""
    problems: tuple[str, ...] = ()
    audit_code: str = ""


def _check_copy(path: Path, readonly: bool = False) -> dict:
    """quick_check and the trial balance of a book file, on a connection of its own."""
    problems: list[str] = []
    if readonly:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(str(path))
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            problems.extend(result[:20])
        debit, credit = conn.execute(
            "SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0) FROM journal_lines"
        ).fetchone()
        members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        last = conn.execute("SELECT coalesce(max(date), '') FROM journal_entries").fetchone()[0]
        code = _audit_code(conn)
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
        return {"problems": problems, "members": None, "total_debit": None, "total_credit": None}
    finally:
        conn.close()
    if debit != credit:
        problems.append(f"debit {debit} != credit {credit}")
    return {
        "problems": problems,
        "members": members,
        "total_debit": debit,
        "total_credit": credit,
        "last_entry": last,
        "audit_code": code,
    }


def _audit_code(conn: sqlite3.Connection) -> str:
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
    ).fetchone():
        return ""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return AuditHead(row[0], row[1]).code if row else ""


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _fsync(target)


def _info(path: Path, created: datetime.datetime | None, check: dict) -> BackupInfo:
    return BackupInfo(
        path=path,
        created=created,
        verified=not check["problems"],
        members=check["members"],
        total_debit=check["total_debit"],
        total_credit=check["total_credit"],
        last_entry=check.get("last_entry", ""),
        problems=tuple(check["problems"]),
        audit_code=check.get("audit_code", ""),
    )


def backup(
    book_file: BookFile, folder: str | Path, now: datetime.datetime | None = None
) -> BackupInfo:
    """Copy the open book into `folder`, verify the copy, and describe it."""
    folder = Path(folder)
    if not folder.is_dir():
        raise KoperasiError("backup.no_folder", folder=folder)
    now = (now or datetime.datetime.now()).replace(microsecond=0)
    row = book_file.db.conn.execute(
        "SELECT value FROM settings WHERE key = 'member_prefix'"
    ).fetchone()
    prefix = "".join(ch for ch in (row[0] if row and row[0] else "KOP") if ch.isalnum())
    stem = f"{prefix or 'KOP'}-{now:%Y%m%d-%H%M%S}"
    temporary = folder / f".{stem}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        _copy_database(book_file.db.conn, temporary)
        check = _check_copy(temporary)
        if check["problems"]:
            raise KoperasiError(
                "backup.not_verified", path=temporary, reason="; ".join(check["problems"])
            )
        for n in range(1, 100):
            target = folder / (stem + (f"-{n}" if n > 1 else "") + SUFFIX)
            try:
                _rename_no_clobber(temporary, target)
                break
            except FileExistsError:
                continue
        else:
            raise KoperasiError("backup.target_exists", path=folder / (stem + SUFFIX))
    except OSError as exc:
        raise KoperasiError("cli.os_error", path=folder, reason=exc.strerror or str(exc)) from exc
    finally:
        temporary.unlink(missing_ok=True)
    info = _info(target, now, check)
    _write_sidecar(info)
    return info


def _write_sidecar(info: BackupInfo) -> None:
    data = {
        "created": info.created.isoformat() if info.created else None,
        "verified": info.verified,
        "members": info.members,
        "total_debit": info.total_debit,
        "total_credit": info.total_credit,
        "last_entry": info.last_entry,
        "problems": list(info.problems),
        "audit_code": info.audit_code,
        "size": info.path.stat().st_size,
    }
    sidecar = info.path.with_name(info.path.name + SIDECAR)
    temporary = sidecar.with_name(f".{sidecar.name}.{uuid.uuid4().hex[:8]}.tmp")
    temporary.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(temporary, sidecar)


def list_backups(folder: str | Path) -> list[BackupInfo]:
    """The backups in a folder, oldest first, with their stored check. A backup whose
    record is missing, unreadable or does not match its file counts as not verified."""
    folder = Path(folder)
    found = []
    for path in sorted(folder.glob("*" + SUFFIX)):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            data = json.loads(path.with_name(path.name + SIDECAR).read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a record")
            created = datetime.datetime.fromisoformat(data["created"])
            same_size = data.get("size") == path.stat().st_size
            found.append(
                BackupInfo(
                    path=path,
                    created=created,
                    verified=bool(data.get("verified")) and same_size,
                    members=data.get("members"),
                    total_debit=data.get("total_debit"),
                    total_credit=data.get("total_credit"),
                    last_entry=str(data.get("last_entry", "")),
                    problems=tuple(map(str, data.get("problems", ()))),
                    audit_code=str(data.get("audit_code") or ""),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            found.append(BackupInfo(path, None, False, None, None))
    return sorted(found, key=lambda b: (b.created or datetime.datetime.min, b.path.name))


def restore(backup_path: str | Path, new_path: str | Path) -> BackupInfo:
    """Copy a backup into a NEW book file (an existing one is refused), verified."""
    source_path, new_path = Path(backup_path), Path(new_path)
    if new_path.exists() or new_path.is_symlink():
        raise KoperasiError("backup.target_exists", path=new_path)
    if not new_path.parent.is_dir():
        raise KoperasiError("book.no_folder", path=new_path, folder=new_path.parent)
    _inspect(source_path)  # a book of ours, a regular file
    temporary = new_path.with_name(f".{new_path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        source = sqlite3.connect(source_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            _copy_database(source, temporary)
        finally:
            source.close()
        check = _check_copy(temporary)
        if check["problems"]:
            raise KoperasiError(
                "backup.not_verified", path=source_path, reason="; ".join(check["problems"])
            )
        try:
            _rename_no_clobber(temporary, new_path)
        except FileExistsError as exc:
            raise KoperasiError("backup.target_exists", path=new_path) from exc
    except sqlite3.DatabaseError as exc:
        raise KoperasiError("backup.not_verified", path=source_path, reason=str(exc)) from exc
    except OSError as exc:
        raise KoperasiError("cli.os_error", path=new_path, reason=exc.strerror or str(exc)) from exc
    finally:
        temporary.unlink(missing_ok=True)
    created = None
    sidecar = source_path.with_name(source_path.name + SIDECAR)
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        created = datetime.datetime.fromisoformat(json.loads(sidecar.read_text())["created"])
    return _info(new_path, created, check)


def describe(backup_path: str | Path) -> BackupInfo:
    """What a backup file holds, read back from the file itself (read-only): its date (from
    its record, when it has one), members, trial balance and audit code; shown before a
    restore."""
    path = Path(backup_path)
    _inspect(path)  # a book of ours, a regular file
    try:
        check = _check_copy(path, readonly=True)
    except sqlite3.DatabaseError as exc:
        raise KoperasiError("backup.not_verified", path=path, reason=str(exc)) from exc
    created = None
    sidecar = path.with_name(path.name + SIDECAR)
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        created = datetime.datetime.fromisoformat(json.loads(sidecar.read_text())["created"])
    return _info(path, created, check)
