"""The `koperasi` command line: the book's operations for scripts, batch work and tests.

Every command is a subparser whose handler is set with ``set_defaults(func=handler)``;
``handler(args) -> int`` returns the exit code. Commands from other modules plug in the
same way (``koperasi.cli_print.add_print_commands(subparsers)``) and reuse:

- ``run_with_book(path, fn, readonly=False)``: open the book, call ``fn(book)``, close it,
  and turn a refusal into one sentence on stderr with exit code 1 (the book unchanged).
- ``report_error(error)``: print a KoperasiError (or OSError) the same way; returns 1.
- ``label(key)``, ``format_table(...)``, ``print_json(value)``: the shared output helpers.

Errors users can cause reach them as one sentence in their language (``--lang id|en``,
default ``$KOPERASI_LANG``, else Indonesian), never as a traceback. Commands that only
read open the book read-only, so they work while the desktop app holds it for writing.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_date, parse_kg, parse_percent, parse_price, parse_rupiah
from koperasi.text import LANGUAGES, text
from koperasi.text.errors import MESSAGES

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.sales import SaleInput

PROG = "koperasi"

# Table headers and the few words the command line prints itself, by language.
LABELS: dict[str, dict[str, str]] = {
    "id": {
        "created": "Buku {path} dibuat untuk {name}.",
        "demo_done": "Buku contoh {path} selesai dibuat.",
        "number": "Nomor",
        "name": "Nama",
        "nik": "NIK",
        "gender": "L/P",
        "village": "Desa",
        "joined": "Bergabung",
        "active": "Aktif",
        "yes": "ya",
        "no": "tidak",
        "commodity": "Komoditas",
        "fee": "Fee jasa",
        "quality": "Kadar",
        "per_kg": "/kg",
        "receipt": "Nota",
        "date": "Tanggal",
        "member": "Anggota",
        "gross_kg": "Kotor",
        "deduction_kg": "Potongan",
        "net_kg": "Bersih",
        "status": "Status",
        "sale": "Penjualan",
        "part": "Bagian",
        "open": "terbuka",
        "settled": "terjual",
        "void": "batal",
        "buyer": "Pembeli",
        "sold_kg": "Berat dibayar",
        "pooled_kg": "Berat setoran",
        "shrinkage": "Susut",
        "price": "Harga",
        "agreed_total": "total disepakati",
        "gross": "Bruto (G)",
        "fee_line": "Fee jasa (F)",
        "costs": "Biaya (K)",
        "net": "Bersih untuk anggota (N)",
        "deliveries": "Setoran",
        "share": "Bagian",
        "slip": "Slip",
        "unpaid": "belum dibayar",
        "preview": "Pratinjau penjualan (belum disimpan)",
        "received_into": "Diterima di",
        "code": "Kode",
        "account": "Akun",
        "debit": "Debit",
        "credit": "Kredit",
        "balance": "Saldo",
        "total": "Jumlah",
        "balanced": "Neraca saldo seimbang.",
        "unbalanced": "Neraca saldo TIDAK seimbang: selisih {diff}.",
        "entry": "Jurnal",
        "description": "Keterangan / akun",
        "check_ok": "OK",
        "check_bad": "MASALAH",
        "checks_ok": "Semua {count} pemeriksaan lolos.",
        "checks_bad": "{count} masalah ditemukan.",
        "none": "(tidak ada)",
    },
    "en": {
        "created": "Book {path} created for {name}.",
        "demo_done": "Demo book {path} is ready.",
        "number": "Number",
        "name": "Name",
        "nik": "NIK",
        "gender": "M/F",
        "village": "Village",
        "joined": "Joined",
        "active": "Active",
        "yes": "yes",
        "no": "no",
        "commodity": "Commodity",
        "fee": "Service fee",
        "quality": "Quality",
        "per_kg": "/kg",
        "receipt": "Receipt",
        "date": "Date",
        "member": "Member",
        "gross_kg": "Gross",
        "deduction_kg": "Deductions",
        "net_kg": "Net",
        "status": "Status",
        "sale": "Sale",
        "part": "Part",
        "open": "open",
        "settled": "settled",
        "void": "void",
        "buyer": "Buyer",
        "sold_kg": "Sold weight",
        "pooled_kg": "Pooled weight",
        "shrinkage": "Shrinkage",
        "price": "Price",
        "agreed_total": "agreed total",
        "gross": "Gross (G)",
        "fee_line": "Service fee (F)",
        "costs": "Costs (K)",
        "net": "Net to members (N)",
        "deliveries": "Deliveries",
        "share": "Share",
        "slip": "Slip",
        "unpaid": "unpaid",
        "preview": "Sale preview (not saved)",
        "received_into": "Received into",
        "code": "Code",
        "account": "Account",
        "debit": "Debit",
        "credit": "Credit",
        "balance": "Balance",
        "total": "Total",
        "balanced": "The trial balance balances.",
        "unbalanced": "The trial balance does NOT balance: difference {diff}.",
        "entry": "Entry",
        "description": "Description / account",
        "check_ok": "OK",
        "check_bad": "PROBLEM",
        "checks_ok": "All {count} checks hold.",
        "checks_bad": "{count} problems found.",
        "none": "(none)",
    },
}

# The names koperasi.book.checks gives its findings, as an Indonesian treasurer reads them.
CHECK_NAMES_ID = {
    "sqlite integrity": "integritas berkas SQLite",
    "foreign keys": "rujukan antar tabel",
    "every journal entry balances": "setiap jurnal seimbang",
    "trial balance balances": "neraca saldo seimbang",
    "payable to members equals settled unpaid shares": (
        "utang hasil panen sama dengan bagian anggota yang belum dibayar"
    ),
    "each sale's parts sum to its net, over its own deliveries": (
        "bagian setiap penjualan berjumlah sama dengan hasil bersihnya"
    ),
    "each settled delivery is in exactly one sale": (
        "setiap setoran yang terjual ada dalam tepat satu penjualan"
    ),
    "each sale has its journal entry": "setiap penjualan punya jurnalnya",
    "each sale's costs add up": "biaya setiap penjualan cocok dengan rinciannya",
    "each sale's figures follow the rules": "angka setiap penjualan sesuai aturan",
    "each payout pays exactly the member's share": ("setiap pembayaran sama dengan bagian anggota"),
    "numbers are gapless per year": "nomor urut tanpa loncatan per tahun",
}

# argparse's own complaints (Python 3.11 wording), said in Indonesian.
_ARGPARSE_ID = (
    (r"the following arguments are required: (.*)", "argumen berikut wajib diisi: {0}"),
    (r"one of the arguments (.*) is required", "salah satu argumen {0} wajib diisi"),
    (r"unrecognized arguments: (.*)", "argumen tidak dikenal: {0}"),
    (r"argument (.*): expected one argument", "argumen {0} memerlukan satu nilai"),
    (
        r"argument (.*): expected at least one argument",
        "argumen {0} memerlukan paling sedikit satu nilai",
    ),
    (
        r"argument (.*): not allowed with argument (.*)",
        "argumen {0} tidak boleh dipakai bersama {1}",
    ),
    (
        r"argument (.*): invalid choice: (.*) \(choose from (.*)\)",
        "argumen {0}: pilihan {1} tidak dikenal (pilih dari {2})",
    ),
    (r"ambiguous option: (.*) could match (.*)", "opsi {0} bisa berarti {1}"),
)


# The language of this run (--lang, else $KOPERASI_LANG, else id), chosen once by main().
# Core holds no language: the command line is an edge of the program and keeps its own.
_language = "id"


def language() -> str:
    """The language this run speaks."""
    return _language


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in LANGUAGES else "id"


def sentence(code: str, **params: object) -> str:
    """The refusal sentence `code` (koperasi.text.errors) in this run's language."""
    return text(MESSAGES, code, _language, **params)


def label(key: str) -> str:
    """A label or short phrase of the command line in the current language."""
    return LABELS[language()][key]


def print_json(value: Any) -> None:
    """JSON as the command line prints it: UTF-8 text, integers for rupiah and grams."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def format_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], right: Iterable[int] = ()
) -> str:
    """An aligned text table; columns whose index is in `right` are right-aligned (numbers)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    right = set(right)

    def line(row: list[str]) -> str:
        return "  ".join(
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()

    body = [line(row) for row in cells[1:]] or [label("none")]
    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *body])


def report_error(error: KoperasiError | OSError) -> int:
    """Say a refusal as one sentence on stderr in the user's language; returns exit code 1."""
    if isinstance(error, KoperasiError):
        text = error.message(_language)
    else:
        text = sentence(
            "cli.os_error", path=error.filename or "?", reason=error.strerror or str(error)
        )
    print(text, file=sys.stderr)
    return 1


def run_with_book(
    path: str | Path, fn: Callable[[Book], int | None], readonly: bool = False
) -> int:
    """Open the book at `path`, run ``fn(book)`` and close it; returns the exit code.

    Open read-only (readonly=True) for anything that only reads: it needs no lock, so it
    works while the desktop app is writing. A KoperasiError or OSError, raised while
    opening or by `fn`, becomes one sentence on stderr and exit code 1; every book
    operation is one transaction, so a refused command leaves the book unchanged.
    ``fn`` returns the exit code (None means 0).
    """
    from koperasi.book import Book

    try:
        with Book.open(path, readonly=readonly) as book:
            return fn(book) or 0
    except BrokenPipeError:
        raise  # the reader of our output went away (`| head`): not a problem of the book
    except (KoperasiError, OSError) as exc:
        return report_error(exc)


# -- argument types: exact parsing, a KoperasiError (one sentence) when refused -----------


def _count(text: str) -> int:
    if not re.fullmatch(r"\s*\d+\s*", text) or int(text) <= 0:
        raise KoperasiError("input.bad_count", text=text)
    return int(text)


def _seed(text: str) -> int:
    if not re.fullmatch(r"\s*\d+\s*", text):
        raise KoperasiError("input.bad_count", text=text)
    return int(text)


def _cost(text: str) -> tuple[str, int]:
    label_text, sep, amount = text.rpartition("=")
    if not sep or not label_text.strip():
        raise KoperasiError("input.bad_cost", text=text)
    return label_text.strip(), parse_rupiah(amount)


# -- small conversions ------------------------------------------------------------------


def _percent_text(bp: int) -> str:
    """Basis points as an exact percentage string: 5550 -> "55.5", 10000 -> "100"."""
    whole, frac = divmod(bp, 100)
    return f"{whole}.{frac:02d}".rstrip("0") if frac else str(whole)


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _short(day: datetime.date | None) -> str:
    return fmt.date_short(day) if day else ""


def _yes_no(flag: bool) -> str:
    return label("yes") if flag else label("no")


def _fee_text(kind: str, bp: int, cents_per_kg: int) -> str:
    if kind == "per_kg":
        return f"{fmt.price(cents_per_kg)}{label('per_kg')}"
    return fmt.percent(bp)


# -- init and demo ------------------------------------------------------------------------

_PROFILE_OPTIONS = (
    ("prefix", "member_prefix"),
    ("address", "address"),
    ("village", "village"),
    ("district", "district"),
    ("regency", "regency"),
    ("province", "province"),
    ("registration_no", "registration_no"),
    ("chairman", "chairman"),
    ("treasurer", "treasurer"),
)


def cmd_init(args: argparse.Namespace) -> int:
    from koperasi.book import Book

    profile = {
        field: getattr(args, option)
        for option, field in _PROFILE_OPTIONS
        if getattr(args, option) is not None
    }
    try:
        Book.create(args.book, args.name, **profile).close()
    except (KoperasiError, OSError) as exc:
        return report_error(exc)
    print(label("created").format(path=args.book, name=args.name.strip()))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from koperasi.demo import build_demo

    def progress(done: int, total: int, what: str = "") -> None:
        # One line on stderr, rewritten in place; stdout stays clean for scripts.
        text = f"{what} {done}/{total} ({100 * done // max(total, 1)} %)".strip()
        sys.stderr.write(f"\r{text[:78]:<78}")
        sys.stderr.flush()

    try:
        build_demo(
            args.book, members=args.members, years=args.years, seed=args.seed, progress=progress
        )
    except (KoperasiError, OSError) as exc:
        sys.stderr.write("\n")
        return report_error(exc)
    sys.stderr.write("\n")
    print(label("demo_done").format(path=args.book))
    return 0


# -- members ------------------------------------------------------------------------------


def cmd_member_add(args: argparse.Namespace) -> int:
    def add(book: Book) -> int:
        member = book.members.add(
            args.name,
            nik=args.nik,
            gender=args.gender or "",
            village=args.village or "",
            address=args.address or "",
            phone=args.phone or "",
            joined=args.joined,
        )
        print(member.number)
        return 0

    return run_with_book(args.book, add)


def cmd_member_list(args: argparse.Namespace) -> int:
    active = None if args.all else not args.inactive

    def show(book: Book) -> int:
        members = book.members.list(active)
        if args.json:
            print_json(
                [
                    {
                        "number": m.number,
                        "name": m.name,
                        "nik": m.nik,
                        "gender": m.gender,
                        "village": m.village,
                        "address": m.address,
                        "phone": m.phone,
                        "joined": _iso(m.joined),
                        "active": m.active,
                        "left_on": _iso(m.left_on),
                    }
                    for m in members
                ]
            )
            return 0
        headers = [label(k) for k in ("number", "name", "nik", "gender", "village", "joined")]
        rows = [
            [m.number, m.name, m.nik or "", m.gender, m.village, _short(m.joined)] for m in members
        ]
        if active is not True:
            headers.append(label("active"))
            for row, m in zip(rows, members, strict=True):
                row.append(_yes_no(m.active))
        print(format_table(headers, rows))
        return 0

    return run_with_book(args.book, show, readonly=True)


_MEMBER_FIELDS = ("name", "nik", "gender", "village", "address", "phone", "joined")


def cmd_member_edit(args: argparse.Namespace) -> int:
    changes = {f: getattr(args, f) for f in _MEMBER_FIELDS if getattr(args, f) is not None}
    if not changes:
        return report_error(KoperasiError("cli.nothing_to_change"))

    def edit(book: Book) -> int:
        print(book.members.edit(args.number, **changes).number)
        return 0

    return run_with_book(args.book, edit)


def cmd_member_deactivate(args: argparse.Namespace) -> int:
    def deactivate(book: Book) -> int:
        member = book.members.get(args.number)
        if not member.active:
            # Deactivating again would move the date the member left.
            raise KoperasiError("member.inactive", number=member.number, name=member.name)
        print(book.members.deactivate(member.number).number)
        return 0

    return run_with_book(args.book, deactivate)


# -- commodities --------------------------------------------------------------------------


def cmd_commodity_add(args: argparse.Namespace) -> int:
    def add(book: Book) -> int:
        commodity = book.commodities.add(
            args.name,
            fee_bp=args.fee_percent,
            fee_cents_per_kg=args.fee_per_kg,
            uses_quality=args.quality,
        )
        print(commodity.name)
        return 0

    return run_with_book(args.book, add)


def cmd_commodity_list(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        commodities = book.commodities.list()
        if args.json:
            print_json(
                [
                    {
                        "name": c.name,
                        "unit": c.unit,
                        "fee_kind": c.fee_kind,
                        "fee_percent": _percent_text(c.fee_bp) if c.fee_kind == "percent" else None,
                        "fee_cents_per_kg": c.fee_cents_per_kg if c.fee_kind == "per_kg" else None,
                        "uses_quality": c.uses_quality,
                        "active": c.active,
                    }
                    for c in commodities
                ]
            )
            return 0
        print(
            format_table(
                [label(k) for k in ("commodity", "fee", "quality", "active")],
                [
                    [
                        c.name,
                        _fee_text(c.fee_kind, c.fee_bp, c.fee_cents_per_kg),
                        _yes_no(c.uses_quality),
                        _yes_no(c.active),
                    ]
                    for c in commodities
                ],
            )
        )
        return 0

    return run_with_book(args.book, show, readonly=True)


# -- deliveries ---------------------------------------------------------------------------


def cmd_delivery_add(args: argparse.Namespace) -> int:
    from koperasi.book.deliveries import DeductionInput

    deductions = []
    if args.deduction_kg is not None:
        deductions.append(DeductionInput("tare", grams=args.deduction_kg))
    if args.deduction_percent is not None:
        deductions.append(DeductionInput("other", percent_bp=args.deduction_percent))

    def add(book: Book) -> int:
        delivery = book.deliveries.record(
            args.member,
            args.commodity,
            args.gross_kg,
            date=args.date,
            deductions=deductions,
            quality_bp=args.quality_percent,
            plot=args.plot or "",
        )
        print(delivery.receipt)
        return 0

    return run_with_book(args.book, add)


def cmd_delivery_list(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        if args.member:
            deliveries = book.deliveries.of_member(args.member)
        else:
            # With neither filter: today's weighings, as the collection point sees them.
            deliveries = book.deliveries.on_date(args.date or book.today())
        members = book.store_members.by_ids(sorted({d.member_id for d in deliveries}))
        commodities = {c.id: c.name for c in book.commodities.list()}
        sales: dict[int, str] = {}
        for sale_id in {d.sale_id for d in deliveries if d.sale_id}:
            sale = book.store_sales.get(sale_id)
            sales[sale_id] = sale.number if sale else "?"
        if args.json:
            print_json(
                [
                    {
                        "receipt": d.receipt,
                        "date": d.date.isoformat(),
                        "member": members[d.member_id].number,
                        "name": members[d.member_id].name,
                        "commodity": commodities[d.commodity_id],
                        "gross_grams": d.gross_grams,
                        "deduction_grams": d.gross_grams - d.net_grams,
                        "net_grams": d.net_grams,
                        "quality_percent": _percent_text(d.quality_bp),
                        "plot": d.plot,
                        "status": d.status,
                        "sale": sales.get(d.sale_id) if d.sale_id else None,
                        "part": d.part,
                        "void_reason": d.void_reason,
                    }
                    for d in deliveries
                ]
            )
            return 0
        headers = [
            label(k)
            for k in (
                "receipt",
                "date",
                "member",
                "name",
                "commodity",
                "gross_kg",
                "deduction_kg",
                "net_kg",
                "quality",
                "status",
                "sale",
            )
        ]
        rows = [
            [
                d.receipt,
                fmt.date_short(d.date),
                members[d.member_id].number,
                members[d.member_id].name,
                commodities[d.commodity_id],
                fmt.kg(d.gross_grams),
                fmt.kg(d.gross_grams - d.net_grams),
                fmt.kg(d.net_grams),
                fmt.percent(d.quality_bp),
                label(d.status),
                sales.get(d.sale_id, "") if d.sale_id else "",
            ]
            for d in deliveries
        ]
        print(format_table(headers, rows, right={5, 6, 7, 8}))
        return 0

    return run_with_book(args.book, show, readonly=True)


def cmd_delivery_correct(args: argparse.Namespace) -> int:
    from koperasi.book.deliveries import DeductionInput

    changes = (args.gross_kg, args.deduction_kg, args.quality_percent, args.date, args.member)
    if all(value is None for value in changes):
        return report_error(KoperasiError("cli.nothing_to_change"))

    def correct(book: Book) -> int:
        deductions = None
        if args.deduction_kg is not None:
            # The new weight deduction replaces those entered in kg; percentages stay.
            old = book.deliveries.get(args.receipt)
            deductions = [
                DeductionInput(d.kind, percent_bp=d.percent_bp)
                for d in old.deductions
                if d.percent_bp is not None
            ]
            deductions.insert(0, DeductionInput("tare", grams=args.deduction_kg))
        delivery = book.deliveries.correct(
            args.receipt,
            args.reason,
            member=args.member,
            gross_grams=args.gross_kg,
            date=args.date,
            deductions=deductions,
            quality_bp=args.quality_percent,
        )
        print(delivery.receipt)
        return 0

    return run_with_book(args.book, correct)


def cmd_delivery_void(args: argparse.Namespace) -> int:
    def void(book: Book) -> int:
        print(book.deliveries.void(args.receipt, args.reason).receipt)
        return 0

    return run_with_book(args.book, void)


# -- sales --------------------------------------------------------------------------------


def _sale_input(args: argparse.Namespace) -> SaleInput:
    from koperasi.book.sales import SaleInput, parse_costs

    return SaleInput(
        commodity=args.commodity,
        date=args.date,
        buyer=args.buyer,
        sold_grams=args.sold_kg,
        price_cents=args.price_per_kg,
        agreed_total=args.total,
        costs=parse_costs(args.cost or ()),
        fee_bp=args.fee_percent,
        fee_cents_per_kg=args.fee_per_kg,
        received_into=acc.MONEY_ACCOUNTS[args.received_into],
        exclude=tuple(args.exclude or ()),
    )


def _sale_figures(
    sale: Any, commodity: str, costs: Iterable[Any], fee_kind: str, fee_bp: int, fee_cents: int
) -> dict:
    """The head of a sale's JSON, from a SaleRow or an unsaved SaleInput + Settlement."""
    return {
        "commodity": commodity,
        "buyer": sale.buyer.strip(),
        "sold_grams": sale.sold_grams,
        "price_cents": sale.price_cents,
        "agreed_total": sale.agreed_total,
        "fee_kind": fee_kind,
        "fee_percent": _percent_text(fee_bp) if fee_kind == "percent" else None,
        "fee_cents_per_kg": fee_cents if fee_kind == "per_kg" else None,
        "cost_lines": [{"label": c.label, "amount": c.amount} for c in costs],
        "received_into": sale.received_into,
    }


def sale_detail_json(book: Book, number: str) -> dict:
    """A settled sale as `sale show --json` prints it (also for the print commands)."""
    detail = book.sales.detail(number)
    sale = detail.sale
    members = book.store_members.by_ids([row[0] for row in detail.shares])
    slips = {p.member_id: p.slip for p in book.store_payouts.of_sale(sale.id)}
    head = _sale_figures(
        sale, detail.commodity.name, detail.costs, sale.fee_kind, sale.fee_bp, sale.fee_cents_per_kg
    )
    return {
        "number": sale.number,
        "date": sale.date.isoformat(),
        **head,
        "pooled_grams": sale.pooled_grams,
        "shrinkage_grams": sale.shrinkage_grams,
        "gross": sale.gross,
        "fee": sale.fee,
        "costs": sale.costs,
        "net": sale.net,
        "deliveries": [
            {
                "receipt": d.receipt,
                "date": d.date.isoformat(),
                "member": members[d.member_id].number,
                "net_grams": d.net_grams,
                "quality_percent": _percent_text(d.quality_bp),
                "part": d.part,
            }
            for d in detail.deliveries
        ],
        "members": sorted(
            (
                {
                    "member": members[member_id].number,
                    "name": members[member_id].name,
                    "deliveries": count,
                    "net_grams": grams,
                    "share": share,
                    "slip": slips.get(member_id),
                }
                for member_id, count, grams, share in detail.shares
            ),
            key=lambda m: m["member"],
        ),
    }


def _preview_json(book: Book, sale_input: SaleInput) -> dict:
    preview = book.sales.preview(sale_input)
    s = preview.settlement
    members = book.store_members.by_ids(sorted({p.member_id for p in preview.pool}))
    rule = preview.fee_rule
    head = _sale_figures(
        sale_input, preview.commodity.name, sale_input.costs, rule.kind, rule.bp, rule.cents_per_kg
    )
    tally: dict[int, list[int]] = {}
    for p in preview.pool:
        count_grams = tally.setdefault(p.member_id, [0, 0])
        count_grams[0] += 1
        count_grams[1] += p.net_grams
    return {
        "number": None,
        "date": sale_input.date.isoformat(),
        **head,
        "pooled_grams": s.pooled_grams,
        "shrinkage_grams": s.shrinkage_grams,
        "gross": s.gross,
        "fee": s.fee,
        "costs": s.costs,
        "net": s.net,
        "deliveries": [
            {
                "receipt": preview.receipts[p.id],
                "member": members[p.member_id].number,
                "net_grams": p.net_grams,
                "quality_percent": _percent_text(p.quality_bp),
                "part": s.parts[p.id],
            }
            for p in preview.pool
        ],
        "members": sorted(
            (
                {
                    "member": members[member_id].number,
                    "name": members[member_id].name,
                    "deliveries": count,
                    "net_grams": grams,
                    "share": s.shares[member_id],
                    "slip": None,
                }
                for member_id, (count, grams) in tally.items()
            ),
            key=lambda m: m["member"],
        ),
    }


def _print_sale(data: dict) -> None:
    """A sale's figures, deliveries and member shares as the treasurer checks them."""
    names = {a.code: a for a in acc.DEFAULT_CHART}
    account = names.get(data["received_into"])
    if data["price_cents"] is not None:
        price = f"{fmt.price(data['price_cents'])}{label('per_kg')}"
    else:
        price = label("agreed_total")
    fee_rule = (
        fmt.percent(parse_percent(data["fee_percent"]))
        if data["fee_kind"] == "percent"
        else f"{fmt.price(data['fee_cents_per_kg'])}{label('per_kg')}"
    )
    head = [
        (label("sale"), data["number"] or label("preview")),
        (label("date"), fmt.date_short(datetime.date.fromisoformat(data["date"]))),
        (label("commodity"), data["commodity"]),
        (label("buyer"), data["buyer"]),
        (label("sold_kg"), fmt.kg(data["sold_grams"])),
        (label("pooled_kg"), fmt.kg(data["pooled_grams"])),
        (label("shrinkage"), fmt.kg(data["shrinkage_grams"])),
        (label("price"), price),
        (label("gross"), fmt.rupiah(data["gross"])),
        (label("fee_line"), f"{fmt.rupiah(data['fee'])}  ({fee_rule})"),
        (label("costs"), fmt.rupiah(data["costs"])),
        *((f"  {c['label']}", fmt.rupiah(c["amount"])) for c in data["cost_lines"]),
        (label("net"), fmt.rupiah(data["net"])),
        (
            label("received_into"),
            f"{data['received_into']} {account.name(language())}"
            if account
            else data["received_into"],
        ),
    ]
    width = max(len(k) for k, _ in head)
    print("\n".join(f"{k.ljust(width)}  {v}" for k, v in head))
    print()
    print(
        format_table(
            [label(k) for k in ("receipt", "member", "net_kg", "quality", "part")],
            [
                [
                    d["receipt"],
                    d["member"],
                    fmt.kg(d["net_grams"]),
                    fmt.percent(parse_percent(d["quality_percent"])),
                    fmt.rupiah(d["part"]),
                ]
                for d in data["deliveries"]
            ],
            right={2, 3, 4},
        )
    )
    print()
    rows = [
        [
            m["member"],
            m["name"],
            str(m["deliveries"]),
            fmt.kg(m["net_grams"]),
            fmt.rupiah(m["share"]),
            *([m["slip"] or label("unpaid")] if data["number"] else []),
        ]
        for m in data["members"]
    ]
    rows.append(["", label("total"), "", "", fmt.rupiah(sum(m["share"] for m in data["members"]))])
    if data["number"]:
        rows[-1].append("")
    headers = [label(k) for k in ("member", "name", "deliveries", "net_kg", "share")]
    if data["number"]:
        headers.append(label("slip"))
    print(format_table(headers, rows, right={2, 3, 4}))


def cmd_sale_add(args: argparse.Namespace) -> int:
    sale_input = _sale_input(args)

    def add(book: Book) -> int:
        print(book.sales.settle(sale_input).number)
        return 0

    return run_with_book(args.book, add)


def cmd_sale_preview(args: argparse.Namespace) -> int:
    sale_input = _sale_input(args)

    def preview(book: Book) -> int:
        _print_sale(_preview_json(book, sale_input))
        return 0

    return run_with_book(args.book, preview, readonly=True)


def cmd_sale_list(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        sales = book.sales.list()
        commodities = {c.id: c.name for c in book.commodities.list()}
        if args.json:
            print_json(
                [
                    {
                        "number": s.number,
                        "date": s.date.isoformat(),
                        "commodity": commodities[s.commodity_id],
                        "buyer": s.buyer,
                        "sold_grams": s.sold_grams,
                        "pooled_grams": s.pooled_grams,
                        "gross": s.gross,
                        "fee": s.fee,
                        "costs": s.costs,
                        "net": s.net,
                        "deliveries": s.delivery_count,
                    }
                    for s in sales
                ]
            )
            return 0
        headers = [
            label(k)
            for k in (
                "number",
                "date",
                "commodity",
                "buyer",
                "sold_kg",
                "gross",
                "fee_line",
                "costs",
                "net",
                "deliveries",
            )
        ]
        rows = [
            [
                s.number,
                fmt.date_short(s.date),
                commodities[s.commodity_id],
                s.buyer,
                fmt.kg(s.sold_grams),
                fmt.rupiah(s.gross),
                fmt.rupiah(s.fee),
                fmt.rupiah(s.costs),
                fmt.rupiah(s.net),
                str(s.delivery_count),
            ]
            for s in sales
        ]
        print(format_table(headers, rows, right=set(range(4, 10))))
        return 0

    return run_with_book(args.book, show, readonly=True)


def cmd_sale_show(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        data = sale_detail_json(book, args.number)
        if args.json:
            print_json(data)
        else:
            _print_sale(data)
        return 0

    return run_with_book(args.book, show, readonly=True)


# -- payouts ------------------------------------------------------------------------------


def cmd_payout(args: argparse.Namespace) -> int:
    def pay(book: Book) -> int:
        if args.preview:
            return _payout_preview(book, args)
        payouts = book.payouts.pay(
            args.sale, date=args.date, members=args.member, method=args.method
        )
        deductions = book.payouts.deductions_of(payouts)
        if args.json:
            members = book.store_members.by_ids([p.member_id for p in payouts])
            print_json(
                [
                    {
                        "slip": p.slip,
                        "date": p.date.isoformat(),
                        "member": members[p.member_id].number,
                        "name": members[p.member_id].name,
                        "share": p.share,
                        "deductions": p.deductions,
                        "paid": p.paid,
                        "method": p.method,
                        "deduction_lines": [_deduction_json(d) for d in deductions.get(p.id, [])],
                    }
                    for p in payouts
                ]
            )
        else:
            # One slip a line; a slip with deductions says what they were and what was paid.
            for p in payouts:
                taken = deductions.get(p.id)
                if taken:
                    details = ", ".join(_deduction_text(d) for d in taken)
                    print(
                        f"{p.slip}  {label('deducted')}: {details};"
                        f" {label('net_paid')} {fmt.rupiah(p.paid)}"
                    )
                else:
                    print(p.slip)
        return 0

    return run_with_book(args.book, pay, readonly=args.preview)


# -- reports ------------------------------------------------------------------------------


def cmd_trial_balance(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        tb = book.journal.trial_balance(args.until, lang=language())
        if args.json:
            print_json(
                {
                    "until": _iso(args.until),
                    "accounts": [
                        {
                            "code": r.code,
                            "name": r.name,
                            "debit": r.debit,
                            "credit": r.credit,
                            "balance": r.balance,
                        }
                        for r in tb.rows
                    ],
                    "total_debit": tb.total_debit,
                    "total_credit": tb.total_credit,
                    "balanced": tb.balanced,
                }
            )
            return 0
        rows = [
            [r.code, r.name, fmt.rupiah(r.debit), fmt.rupiah(r.credit), fmt.rupiah(r.balance)]
            for r in tb.rows
        ]
        rows.append(["", label("total"), fmt.rupiah(tb.total_debit), fmt.rupiah(tb.total_credit)])
        rows[-1].append("")
        headers = [label(k) for k in ("code", "account", "debit", "credit", "balance")]
        print(format_table(headers, rows, right={2, 3, 4}))
        diff = fmt.rupiah(tb.total_debit - tb.total_credit)
        print(label("balanced") if tb.balanced else label("unbalanced").format(diff=diff))
        return 0

    return run_with_book(args.book, show, readonly=True)


def cmd_journal(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        entries = book.journal.entries(
            args.start or datetime.date.min, args.end or datetime.date.max
        )
        lang = language()
        accounts = {a.code: a.name(lang) for a in book.store_journal.accounts()}
        member_ids = sorted({ln.member_id for e in entries for ln in e.lines if ln.member_id})
        members = book.store_members.by_ids(member_ids)
        if args.json:
            print_json(
                [
                    {
                        "number": e.number,
                        "date": e.date.isoformat(),
                        "description": e.description,
                        "source": e.source,
                        "reverses": e.reverses,
                        "lines": [
                            {
                                "account": ln.account,
                                "name": accounts.get(ln.account, ""),
                                "debit": ln.debit,
                                "credit": ln.credit,
                                "member": members[ln.member_id].number if ln.member_id else None,
                            }
                            for ln in e.lines
                        ],
                    }
                    for e in entries
                ]
            )
            return 0
        rows: list[list[str]] = []
        total_debit = total_credit = 0
        for e in entries:
            rows.append([e.number, fmt.date_short(e.date), e.description, "", ""])
            for ln in e.lines:
                who = f" ({members[ln.member_id].number})" if ln.member_id else ""
                rows.append(
                    [
                        "",
                        "",
                        f"  {ln.account} {accounts.get(ln.account, '')}{who}",
                        fmt.rupiah(ln.debit) if ln.debit else "",
                        fmt.rupiah(ln.credit) if ln.credit else "",
                    ]
                )
                total_debit += ln.debit
                total_credit += ln.credit
        rows.append(["", "", label("total"), fmt.rupiah(total_debit), fmt.rupiah(total_credit)])
        headers = [label(k) for k in ("entry", "date", "description", "debit", "credit")]
        print(format_table(headers, rows, right={3, 4}))
        return 0

    return run_with_book(args.book, show, readonly=True)


def cmd_check(args: argparse.Namespace) -> int:
    def check(book: Book) -> int:
        findings = book.checks.run()
        indonesian = language() == "id"
        for f in findings:
            name = CHECK_NAMES_ID.get(f.check, f.check) if indonesian else f.check
            mark = label("check_ok") if f.ok else label("check_bad")
            print(f"{mark:<8} {name}" + (f": {f.detail}" if f.detail else ""))
        problems = sum(not f.ok for f in findings)
        if problems:
            print(label("checks_bad").format(count=problems))
            return 1
        print(label("checks_ok").format(count=len(findings)))
        return 0

    return run_with_book(args.book, check, readonly=True)


# -- deductions at payout (the other money commands are in koperasi.cli_money) -------------

LABELS["id"].update(
    {
        "wajib": "simpanan wajib",
        "kasbon": "kasbon",
        "pinjaman": "pinjaman",
        "deducted": "potongan",
        "net_paid": "dibayar",
        "payout_preview": "Pratinjau pembayaran (belum disimpan)",
        "still_owed": "Masih terutang",
        "paid": "Dibayar",
    }
)
LABELS["en"].update(
    {
        "wajib": "mandatory savings",
        "kasbon": "advance",
        "pinjaman": "loan",
        "deducted": "deductions",
        "net_paid": "paid",
        "payout_preview": "Payout preview (not saved)",
        "still_owed": "Still owed",
        "paid": "Paid",
    }
)
CHECK_NAMES_ID.update(
    {
        "savings accounts equal the sums of the savings movements": (
            "akun simpanan sama dengan jumlah mutasi simpanan"
        ),
        "each member's savings in the ledger equal their movements": (
            "simpanan setiap anggota di jurnal sama dengan mutasinya"
        ),
        "no savings balance ever goes below zero": "saldo simpanan tidak pernah kurang dari nol",
        "Piutang Anggota equals the loans' outstanding principal": (
            "piutang anggota sama dengan sisa pokok pinjaman"
        ),
        "each member's Piutang Anggota equals their outstanding loans": (
            "piutang setiap anggota sama dengan sisa pinjamannya"
        ),
        "member accounts are posted per member": "akun anggota dicatat per anggota",
        "each payout's deductions equal what they paid in": (
            "potongan setiap pembayaran sama dengan setoran dan angsuran yang dicatat"
        ),
        "Utang SHU equals the members' SHU not yet paid": (
            "utang SHU sama dengan SHU anggota yang belum dibayar"
        ),
        "each SHU distribution adds up": "setiap pembagian SHU berjumlah tepat",
        "nothing was posted into a closed period": (
            "tidak ada yang dicatat dalam periode yang sudah ditutup"
        ),
    }
)


def _deduction_json(d: Any) -> dict:
    return {
        "kind": d.kind,
        "due": d.due,
        "amount": d.amount,
        "loan": d.loan_number or None,
        "principal": d.principal,
        "service": d.service,
        "receipt": d.receipt or None,
    }


def _deduction_text(d: Any) -> str:
    what = label(d.kind) if d.kind == "wajib" else f"{label(d.kind)} {d.loan_number}"
    return f"{what} {fmt.rupiah(d.amount)}"


def _payout_preview(book: Book, args: argparse.Namespace) -> int:
    previews = book.payouts.preview(args.sale, members=args.member, date=args.date)
    if args.json:
        print_json(
            [
                {
                    "member": p.member.number,
                    "name": p.member.name,
                    "share": p.share,
                    "deductions": p.deducted,
                    "paid": p.paid,
                    "still_owed": p.still_owed,
                    "deduction_lines": [_deduction_json(d) for d in p.deductions],
                }
                for p in previews
            ]
        )
        return 0
    print(label("payout_preview"))
    kinds = ("wajib", "kasbon", "pinjaman")
    rows = [
        [
            p.member.number,
            p.member.name,
            fmt.rupiah(p.share),
            *(fmt.rupiah(sum(d.amount for d in p.deductions if d.kind == k)) for k in kinds),
            fmt.rupiah(p.paid),
            fmt.rupiah(p.still_owed),
        ]
        for p in previews
    ]
    rows.append(
        [
            "",
            label("total"),
            fmt.rupiah(sum(p.share for p in previews)),
            *(
                fmt.rupiah(sum(d.amount for p in previews for d in p.deductions if d.kind == k))
                for k in kinds
            ),
            fmt.rupiah(sum(p.paid for p in previews)),
            fmt.rupiah(sum(p.still_owed for p in previews)),
        ]
    )
    headers = [label("member"), label("name"), label("share")]
    headers += [label(k).capitalize() for k in kinds] + [label("paid")]
    headers.append(label("still_owed"))
    print(format_table(headers, rows, right={2, 3, 4, 5, 6, 7}))
    return 0


# -- the parser ---------------------------------------------------------------------------


class CommandParser(argparse.ArgumentParser):
    """argparse that says what is wrong as one sentence in the user's language (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        detail = message
        if language() == "id":
            for pattern, text in _ARGPARSE_ID:
                match = re.fullmatch(pattern, message)
                if match:
                    detail = text.format(*match.groups())
                    break
        self.exit(2, sentence("cli.usage", detail=detail, prog=self.prog) + "\n")


def _add_book(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("book", metavar="BOOK", help="the book file (.koperasi)")


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (integers, ISO dates)")


def _add_sale_arguments(parser: argparse.ArgumentParser) -> None:
    _add_book(parser)
    parser.add_argument("--commodity", required=True, help="commodity name")
    parser.add_argument("--date", required=True, type=parse_date, help="sale date")
    parser.add_argument("--buyer", required=True, help="the buyer's name")
    parser.add_argument("--sold-kg", required=True, type=parse_kg, help="weight the buyer paid for")
    price = parser.add_mutually_exclusive_group(required=True)
    price.add_argument("--price-per-kg", type=parse_price, help="rupiah per kg, up to 2 decimals")
    price.add_argument("--total", type=parse_rupiah, help="agreed total in whole rupiah")
    parser.add_argument(
        "--cost",
        type=_cost,
        action="extend",
        nargs="+",
        metavar="LABEL=RP",
        help="a sale cost paid from Kas, e.g. transport=150000 (repeatable)",
    )
    fee = parser.add_mutually_exclusive_group()
    fee.add_argument("--fee-percent", type=parse_percent, help="override the commodity's fee (%%)")
    fee.add_argument("--fee-per-kg", type=parse_price, help="override the fee, rupiah per sold kg")
    parser.add_argument(
        "--exclude",
        action="extend",
        nargs="+",
        metavar="RECEIPT",
        help="open deliveries to leave out of the pool",
    )
    parser.add_argument(
        "--received-into",
        choices=("kas", "bank", "piutang"),
        default="kas",
        help="where the buyer's money goes (default kas)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree, including the print commands of koperasi.cli_print."""
    parser = CommandParser(
        prog=PROG,
        description="Koperasi: pembukuan koperasi tani (bookkeeping for farmers' cooperatives).",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of messages and tables (default $KOPERASI_LANG, else id)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser("init", help="create a new book")
    _add_book(p)
    p.add_argument("--name", required=True, help="the cooperative's name")
    p.add_argument("--prefix", help="member-number prefix, e.g. LJ")
    for option in (
        "address",
        "village",
        "district",
        "regency",
        "province",
        "registration-no",
        "chairman",
        "treasurer",
    ):
        p.add_argument(f"--{option}")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("demo", help="create a book filled with demo data")
    _add_book(p)
    p.add_argument("--members", type=_count, default=200)
    p.add_argument("--years", type=_count, default=2)
    p.add_argument("--seed", type=_seed, default=1)
    p.set_defaults(func=cmd_demo)

    # members
    member = commands.add_parser("member", help="the member register").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = member.add_parser("add", help="add a member; prints the member number")
    _add_book(p)
    p.add_argument("--name", required=True)
    _add_member_fields(p)
    p.set_defaults(func=cmd_member_add)

    p = member.add_parser("list", help="list members (active ones by default)")
    _add_book(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--inactive", action="store_true", help="only inactive members")
    which.add_argument("--all", action="store_true", help="active and inactive members")
    _add_json(p)
    p.set_defaults(func=cmd_member_list)

    p = member.add_parser("edit", help="change a member's details")
    _add_book(p)
    p.add_argument("number", metavar="NO", help="member number, e.g. LJ-0001")
    p.add_argument("--name")
    _add_member_fields(p)
    p.set_defaults(func=cmd_member_edit)

    p = member.add_parser("deactivate", help="mark a member as no longer active")
    _add_book(p)
    p.add_argument("number", metavar="NO")
    p.set_defaults(func=cmd_member_deactivate)

    # commodities
    commodity = commands.add_parser("commodity", help="commodities and fees").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = commodity.add_parser("add", help="add a commodity")
    _add_book(p)
    p.add_argument("--name", required=True)
    fee = p.add_mutually_exclusive_group()
    fee.add_argument("--fee-percent", type=parse_percent, help="fee as %% of the gross")
    fee.add_argument("--fee-per-kg", type=parse_price, help="fee in rupiah per sold kg")
    p.add_argument("--quality", action="store_true", help="deliveries carry a quality factor")
    p.set_defaults(func=cmd_commodity_add)

    p = commodity.add_parser("list", help="list commodities")
    _add_book(p)
    _add_json(p)
    p.set_defaults(func=cmd_commodity_list)

    # deliveries
    delivery = commands.add_parser("delivery", help="deliveries (nota timbang)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = delivery.add_parser("add", help="record a weighing; prints the receipt number")
    _add_book(p)
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--commodity", required=True)
    p.add_argument("--date", required=True, type=parse_date)
    p.add_argument("--gross-kg", required=True, type=parse_kg)
    p.add_argument("--deduction-kg", type=parse_kg, help="tare or other deduction in kg")
    p.add_argument("--deduction-percent", type=parse_percent, help="deduction as %% of gross")
    p.add_argument("--quality-percent", type=parse_percent, help="quality factor, e.g. KKK")
    p.add_argument("--plot", help="plot of origin")
    p.set_defaults(func=cmd_delivery_add)

    p = delivery.add_parser("list", help="deliveries of a day (default today) or of a member")
    _add_book(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--date", type=parse_date)
    which.add_argument("--member", metavar="NO")
    _add_json(p)
    p.set_defaults(func=cmd_delivery_list)

    p = delivery.add_parser("correct", help="correct an open delivery (kept in its history)")
    _add_book(p)
    p.add_argument("receipt", metavar="RECEIPT")
    p.add_argument("--reason", required=True)
    p.add_argument("--gross-kg", type=parse_kg)
    p.add_argument("--deduction-kg", type=parse_kg, help="replaces the deductions given in kg")
    p.add_argument("--quality-percent", type=parse_percent)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--member", metavar="NO")
    p.set_defaults(func=cmd_delivery_correct)

    p = delivery.add_parser("void", help="void an open delivery")
    _add_book(p)
    p.add_argument("receipt", metavar="RECEIPT")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_delivery_void)

    # sales
    sale = commands.add_parser("sale", help="collective sales").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = sale.add_parser("add", help="settle a sale; prints the sale number")
    _add_sale_arguments(p)
    p.set_defaults(func=cmd_sale_add)

    p = sale.add_parser("preview", help="compute a sale and its shares without saving")
    _add_sale_arguments(p)
    p.set_defaults(func=cmd_sale_preview)

    p = sale.add_parser("list", help="list sales")
    _add_book(p)
    _add_json(p)
    p.set_defaults(func=cmd_sale_list)

    p = sale.add_parser("show", help="a sale's figures, deliveries and member shares")
    _add_book(p)
    p.add_argument("number", metavar="SALE_NO")
    _add_json(p)
    p.set_defaults(func=cmd_sale_show)

    # payouts
    p = commands.add_parser("payout", help="pay a sale's unpaid shares; prints the slip numbers")
    _add_book(p)
    p.add_argument("sale", metavar="SALE_NO")
    p.add_argument("--date", type=parse_date, help="payout date (default today)")
    p.add_argument("--member", action="extend", nargs="+", metavar="NO", help="only these members")
    p.add_argument("--method", choices=("cash", "transfer"), default="cash")
    p.add_argument(
        "--preview", action="store_true", help="show each member's deductions, save nothing"
    )
    _add_json(p)
    p.set_defaults(func=cmd_payout)

    # reports
    report = commands.add_parser("report", help="trial balance and journal").add_subparsers(
        dest="report", metavar="REPORT", required=True
    )
    p = report.add_parser("trial-balance", help="neraca saldo")
    _add_book(p)
    p.add_argument("--until", type=parse_date)
    _add_json(p)
    p.set_defaults(func=cmd_trial_balance)

    p = report.add_parser("journal", help="jurnal umum")
    _add_book(p)
    p.add_argument("--from", dest="start", type=parse_date)
    p.add_argument("--to", dest="end", type=parse_date)
    _add_json(p)
    p.set_defaults(func=cmd_journal)

    p = commands.add_parser("check", help="check the book's integrity and invariants")
    _add_book(p)
    p.set_defaults(func=cmd_check)

    # Imported here: koperasi.cli_money and koperasi.cli_print reuse this module's helpers.
    from koperasi.cli_money import add_money_commands

    add_money_commands(commands)

    from koperasi.cli_print import add_print_commands

    add_print_commands(commands)
    return parser


def _add_member_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nik", help="16-digit NIK (empty to clear when editing)")
    parser.add_argument("--gender", help="L or P")
    parser.add_argument("--village")
    parser.add_argument("--address")
    parser.add_argument("--phone")
    parser.add_argument("--joined", type=parse_date, metavar="YYYY-MM-DD")


# -- entry point --------------------------------------------------------------------------


def _split_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """Take `--lang X` from anywhere on the line, so it works after the command too."""
    lang, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--lang="):
            lang, i = arg.split("=", 1)[1], i + 1
            continue
        rest.append(arg)
        i += 1
    return lang, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 refused, 2 usage error)."""
    lang, args_list = _split_language(list(sys.argv[1:] if argv is None else argv))
    default = os.environ.get("KOPERASI_LANG", "id")
    default = default if default in LANGUAGES else "id"
    set_language(lang if lang in LANGUAGES else default)
    if lang is not None:
        args_list = ["--lang", lang, *args_list]  # argparse refuses an unknown language
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        return args.func(args) or 0
    except SystemExit as exc:  # --help, or a usage error argparse already reported
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:
        # `koperasi member list BOOK | head`: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (KoperasiError, OSError) as exc:  # refused while reading the arguments
        return report_error(exc)
