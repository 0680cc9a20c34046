"""`koperasi scale read` and `koperasi post ...`: the weighing post's scale on a serial
port, and the batch files between a weighing post and its main book (on a USB stick).

`koperasi print receipt ... --escpos 58|80` (koperasi.cli.printing) writes a receipt as
ESC/POS bytes for a thermal printer.
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from koperasi.cli.common import add_book, add_json, print_json, report_error, run_with_book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import kg
from koperasi.devices import escpos
from koperasi.text import text
from koperasi.text.posts import POST_LABELS

if TYPE_CHECKING:
    from koperasi.book import Book

# The names the command line takes -> the setting scale.format.
SCALE_FORMATS = {
    "xk3190-a9": "yaohua-a9",
    "xk3190-a12": "yaohua-a12",
    "and": "and",
    "plain": "plain",
}


def say(key: str, lang: str, **params: object) -> str:
    return text(POST_LABELS, key, lang, **params)


# -- scale ---------------------------------------------------------------------------------


def read_stable_weight(settings, timeout: float) -> tuple[int | None, str]:
    """(grams, "") once the scale gives a stable weight, or (None, the last status's
    sentence kind) when `timeout` seconds pass without one."""
    from koperasi.devices.scale import ScaleReader

    deadline = time.monotonic() + timeout
    last = "no_data"
    with ScaleReader(settings, silence=min(2.0, timeout)) as scale:
        for status in scale.statuses(stop=lambda: time.monotonic() > deadline):
            if status.kind == "stable":
                return status.grams, ""
            last = status.kind
    return None, last


def cmd_scale_read(args: argparse.Namespace) -> int:
    from koperasi.devices.scale import ScaleSettings, ScaleStatus

    try:
        settings = ScaleSettings(
            port=args.port,
            format=SCALE_FORMATS[args.format],
            baud=args.baud,
            parity=args.parity,
            data_bits=args.data_bits,
            repeats=args.repeats,
        )
        grams, last = read_stable_weight(settings, args.timeout)
        if grams is None:
            status = ScaleStatus(last).message(args.lang) if last != "unstable" else ""
            raise KoperasiError(
                "scale.timeout",
                port=args.port,
                seconds=f"{args.timeout:g}",
                status=status or ScaleStatus("unstable", 0).message(args.lang).split(":")[0],
            )
    except KoperasiError as error:
        return report_error(error, args.lang)
    if args.json:
        whole, rest = divmod(abs(grams), 1000)
        sign = "-" if grams < 0 else ""
        print_json({"port": args.port, "grams": grams, "kg": f"{sign}{whole}.{rest:03d}"})
    else:
        print(kg(grams))
    return 0


# -- posts -----------------------------------------------------------------------------------


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(64 * 1024 * 1024 + 1)
    except OSError as exc:
        raise KoperasiError("post.read_failed", path=path, reason=exc.strerror) from exc


def _write_new(path: str, data: bytes) -> None:
    """A batch goes to a new or existing plain file (a USB stick), never over a book."""
    escpos.send(data, escpos.Target("file", path))


def cmd_post_create(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        post = book.posts.create_post(args.post, args.output, name=args.name or "")
        post.close()
        print(say("post_created", args.lang, post=args.post.upper(), path=args.output))
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_post_export(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        result = book.posts.export(lambda data: _write_new(args.output, data))
        if result.empty:
            print(say("nothing_new", args.lang))
        else:
            print(
                say(
                    "exported",
                    args.lang,
                    sequence=result.sequence,
                    path=args.output,
                    deliveries=result.deliveries,
                    corrections=result.corrections,
                )
            )
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_post_import(args: argparse.Namespace) -> int:
    from koperasi.core.postfiles import file_kind

    def run(book: Book) -> int:
        data = _read_file(args.file)
        if file_kind(data) == "members":
            count = book.posts.import_members(data)
            print(say("members_imported" if count else "members_old", args.lang, count=count))
            return 0
        plan = book.posts.preview(data) if args.preview else book.posts.import_batch(data)
        if args.json:
            print_json(plan.as_json())
            return 0
        print(
            say(
                "preview" if args.preview else "imported",
                args.lang,
                sequence=plan.sequence,
                post=plan.post_id,
                deliveries=len(plan.new_deliveries),
                corrections=len(plan.new_corrections),
                already=plan.already,
                net=kg(plan.net_grams),
            )
        )
        return 0

    return run_with_book(args.book, run, args.lang, readonly=args.preview)


def cmd_post_members(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        data = book.posts.export_members(args.post)
        _write_new(args.output, data)
        count = data.count(b'"number":')
        print(
            say(
                "members_exported", args.lang, post=args.post.upper(), path=args.output, count=count
            )
        )
        return 0

    return run_with_book(args.book, run, args.lang)


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add `scale read` and `post create|export|import|members`."""
    scale = subparsers.add_parser("scale", help="the weighing scale (timbangan)")
    actions = scale.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("read", help="print one stable weight in kg")
    p.add_argument("--port", required=True, metavar="PORT", help="e.g. COM3 or /dev/ttyUSB0")
    p.add_argument("--format", required=True, choices=tuple(SCALE_FORMATS), help="indicator")
    p.add_argument("--baud", type=int, default=9600, help="default 9600")
    p.add_argument("--parity", choices=("N", "E", "O"), default="N", help="default N")
    p.add_argument("--data-bits", type=int, choices=(7, 8), default=8, help="default 8")
    p.add_argument("--repeats", type=int, default=3, help="identical readings that count as stable")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds (default 10)")
    add_json(p)
    p.set_defaults(func=cmd_scale_read)

    post = subparsers.add_parser("post", help="weighing posts without a network (pos timbang)")
    actions = post.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("create", help="make a weighing post's book from the main book")
    add_book(p)
    p.add_argument("post", metavar="POST", help="the post's code, e.g. P2")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the new post book")
    p.add_argument("--name", help="the post's name")
    p.set_defaults(func=cmd_post_create)

    p = actions.add_parser("export", help="new deliveries since the last export, as a batch")
    add_book(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the batch file")
    p.set_defaults(func=cmd_post_export)

    p = actions.add_parser("import", help="import a post's batch (or the office's member list)")
    add_book(p)
    p.add_argument("file", metavar="FILE", help="the batch file")
    p.add_argument("--preview", action="store_true", help="show what comes in; write nothing")
    add_json(p)
    p.set_defaults(func=cmd_post_import)

    p = actions.add_parser("members", help="the member list for a post, as a signed file")
    add_book(p)
    p.add_argument("post", metavar="POST", help="the post's code, e.g. P2")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.set_defaults(func=cmd_post_members)
