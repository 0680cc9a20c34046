"""`koperasi backup`, `backups`, `restore`, `audit` and `user add`: nothing lost, nothing
hidden, and who may do what. Also the command line's last line of defence: anything
unexpected becomes one sentence and a log file, never a traceback.

Backups go by default into the folder `Cadangan` beside the book (for a book in
Documents/Koperasi that is Documents/Koperasi/Cadangan, where the desktop app puts them too).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    SESSION,
    add_book,
    add_json,
    count,
    format_table,
    label,
    print_json,
    print_pairs,
    read_password,
    report_error,
    run_with_book,
)
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.roles import ROLES
from koperasi.core.units import parse_date

if TYPE_CHECKING:
    from koperasi.book import Book

BACKUP_FOLDER = "Cadangan"


# -- the last line of defence --------------------------------------------------------------


def take_user(argv: list[str]) -> list[str]:
    """Take `--user NAME` from anywhere on the line (before `--`) into SESSION."""
    rest, i = [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg == "--user" and i + 1 < len(argv):
            SESSION["user"], i = argv[i + 1], i + 2
            continue
        if arg.startswith("--user="):
            SESSION["user"], i = arg.split("=", 1)[1], i + 1
            continue
        rest.append(arg)
        i += 1
    return rest


def log_path() -> Path:
    """$KOPERASI_LOG, else koperasi.log in the user's data folder (as the desktop app's)."""
    if os.environ.get("KOPERASI_LOG"):
        return Path(os.environ["KOPERASI_LOG"])
    if os.name == "nt" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "Koperasi" / "koperasi.log"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "Koperasi" / "koperasi.log"


def report_unexpected(exc: BaseException, lang: str) -> int:
    """One sentence on stderr; the traceback appended to the log file (never following a
    link). Exit code 1."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(f"--- koperasi {' '.join(sys.argv[1:])[:500]}\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        path = Path("-")
    error = KoperasiError("cli.unexpected", error=type(exc).__name__, log=path)
    print(error.message(lang), file=sys.stderr)
    return 1


# -- backups ----------------------------------------------------------------------------------


def default_folder(book_path: str | Path) -> Path:
    return Path(book_path).resolve().parent / BACKUP_FOLDER


def _backup_rows(infos: list, lang: str) -> list[list[str]]:
    return [
        [
            str(b.path),
            b.created.strftime("%d-%m-%Y %H:%M") if b.created else "?",
            label("yes" if b.verified else "no", lang),
            "" if b.members is None else fmt.group(b.members),
            "" if b.total_debit is None else fmt.rupiah(b.total_debit),
            b.audit_code,
        ]
        for b in infos
    ]


def _backup_json(b) -> dict:
    return {
        "path": str(b.path),
        "created": b.created.isoformat() if b.created else None,
        "verified": b.verified,
        "members": b.members,
        "total_debit": b.total_debit,
        "total_credit": b.total_credit,
        "last_entry": b.last_entry or None,
        "audit_code": b.audit_code or None,
        "problems": list(b.problems),
    }


def cmd_backup(args: argparse.Namespace) -> int:
    from koperasi.book.backups import backup_book

    folder = Path(args.to) if args.to else default_folder(args.book)

    def run(book: Book) -> int:
        if not args.to:
            folder.mkdir(parents=True, exist_ok=True)
        info = backup_book(book, folder, rotate=not args.keep_all)
        print(info.path)
        return 0

    # Read-only: a backup needs no lock, so it runs while the desktop app has the book open.
    return run_with_book(args.book, run, args.lang, readonly=True)


def _prefix_of(book_path: Path) -> str | None:
    """The member prefix that names this book's backups (None if the book cannot be read)."""
    from koperasi.book import Book

    try:
        with Book.open(book_path, readonly=True) as book:
            prefix = book.profile.member_prefix or "KOP"
    except (KoperasiError, OSError):
        return None
    return "".join(ch for ch in prefix if ch.isalnum()) or "KOP"


def cmd_backups(args: argparse.Namespace) -> int:
    from koperasi.book.backups import list_backups

    book_path = Path(args.book)
    try:
        if book_path.is_dir():  # a folder of backups
            folder, prefix = book_path, None
        else:
            folder = Path(args.folder) if args.folder else default_folder(book_path)
            prefix = _prefix_of(book_path)
            if prefix is None:  # say why the book cannot be read
                return run_with_book(book_path, lambda book: 0, args.lang, readonly=True) or 1
        if not folder.is_dir():
            infos = []
        else:
            infos = [
                b
                for b in list_backups(folder)
                if prefix is None or b.path.name.startswith(prefix + "-")
            ]
    except OSError as exc:
        return report_error(exc, args.lang)
    if args.json:
        print_json([_backup_json(b) for b in infos])
        return 0
    headers = [
        "backup_file",
        "created_at",
        "verified",
        "members_count",
        "total_debit",
        "audit_code",
    ]
    print(
        format_table(
            [label(h, args.lang) for h in headers],
            _backup_rows(infos, args.lang),
            args.lang,
            right={3, 4},
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from koperasi.book.backups import restore

    try:
        if "\x00" in args.backup + args.new_book:
            raise KoperasiError("cli.os_error", path=repr(args.backup), reason="not a file name")
        info = restore(args.backup, args.new_book)
    except (KoperasiError, OSError) as exc:
        return report_error(exc, args.lang)
    lang = args.lang
    print(label("restored", lang, path=info.path))
    print_pairs(
        [
            (
                label("created_at", lang),
                info.created.strftime("%d-%m-%Y %H:%M") if info.created else "?",
            ),
            (label("members_count", lang), fmt.group(info.members or 0)),
            (label("total_debit", lang), fmt.rupiah(info.total_debit or 0)),
            (label("total_credit", lang), fmt.rupiah(info.total_credit or 0)),
            (label("audit_code", lang), info.audit_code or "-"),
        ]
    )
    return 0


# -- audit log ------------------------------------------------------------------------------


def _day(value: str) -> datetime.date:
    return parse_date(value)


def cmd_audit(args: argparse.Namespace) -> int:
    from koperasi.book import audit

    lang = args.lang

    def run(book: Book) -> int:
        if args.verify:
            problems = audit.verify(book)
            head = audit.head(book)
            if problems:
                error = KoperasiError("audit.broken", problem=problems[0], count=len(problems))
                print(error.message(lang), file=sys.stderr)
                for problem in problems[1:20]:
                    print(f"  {problem}", file=sys.stderr)
                return 1
            print(label("audit_ok", lang, count=head.seq if head else 0,
                        code=head.code if head else "-"))  # fmt: skip
            return 0
        records = audit.records(
            book,
            user=args.by,
            operation=args.operation,
            since=args.since.isoformat() if args.since else None,
            until=args.until.isoformat() if args.until else None,
            limit=args.limit,
        )
        if args.json:
            print_json(
                [
                    {
                        "seq": r.seq,
                        "at": r.at,
                        "user": r.user,
                        "operation": r.operation,
                        "rows": r.rows,
                        "hash": r.hash,
                        "code": r.code,
                    }
                    for r in records
                ]
            )
            return 0
        headers = ["seq", "time", "user", "operation", "rows_touched", "audit_code"]
        rows = [
            [
                str(r.seq),
                r.at.replace("T", " "),
                r.user,
                r.operation,
                ", ".join(f"{t} {n}" for t, n in sorted(r.rows.items()) if n),
                r.code,
            ]
            for r in records
        ]
        print(format_table([label(h, lang) for h in headers], rows, lang, right={0}))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


# -- users ---------------------------------------------------------------------------------


def cmd_user_add(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        first = not book.users.enabled()
        password = read_password(label("new_password", lang), "KOPERASI_NEW_PASSWORD")
        typed = os.environ.get("KOPERASI_NEW_PASSWORD") is None and sys.stdin.isatty()
        again = label("repeat_password", lang)
        if typed and read_password(again, "KOPERASI_NEW_PASSWORD") != password:
            raise KoperasiError("user.passwords_differ")
        user = book.users.add(args.name, args.role, password)
        print(label("user_added", lang, name=user.name, role=user.role))
        if first:
            print(label("users_on", lang))
        return 0

    return run_with_book(args.book, run, lang)


def cmd_user_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        users = book.users.all()
        if args.json:
            print_json([{"name": u.name, "role": u.role, "active": u.active} for u in users])
            return 0
        rows = [[u.name, u.role, label("yes" if u.active else "no", lang)] for u in users]
        print(format_table([label(h, lang) for h in ("name", "role", "active")], rows, lang))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("backup", help="a verified backup of the book (prints its path)")
    add_book(p)
    p.add_argument("--to", metavar="DIR", help="the folder (default: Cadangan beside the book)")
    p.add_argument(
        "--keep-all",
        action="store_true",
        help="keep every older backup (default: this book's backups in the folder are thinned "
        "to the last of each of 7 days, 4 weeks and 12 months)",
    )
    p.set_defaults(func=cmd_backup)

    p = commands.add_parser("backups", help="the book's backups, with their check")
    add_book(p)
    p.add_argument("--in", dest="folder", metavar="DIR", help="the folder (default: Cadangan)")
    add_json(p)
    p.set_defaults(func=cmd_backups)

    p = commands.add_parser("restore", help="restore a backup into a NEW book file")
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("new_book", metavar="NEWBOOK")
    p.set_defaults(func=cmd_restore)

    p = commands.add_parser("audit", help="the audit log (--verify: check its chain)")
    add_book(p)
    add_json(p)
    p.add_argument("--verify", action="store_true", help="check the chain and every row")
    p.add_argument("--by", metavar="USER", help="only this user's records")
    p.add_argument("--operation", metavar="NAME", help="only this operation (or prefix: sale)")
    p.add_argument("--since", type=_day, metavar="DATE")
    p.add_argument("--until", type=_day, metavar="DATE")
    p.add_argument("--limit", type=count, metavar="N")
    p.set_defaults(func=cmd_audit)

    users = commands.add_parser("user", help="users and roles (optional)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = users.add_parser("add", help="add a user (the password is asked for)")
    add_book(p)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p.set_defaults(func=cmd_user_add)
    p = users.add_parser("list", help="the book's users")
    add_book(p)
    add_json(p)
    p.set_defaults(func=cmd_user_list)
