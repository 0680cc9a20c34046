"""The command line of savings, loans, the cash book, period closing, the year-end SHU and
the hledger export: `koperasi settings ...`, `savings ...`, `loan ...`, `cash ...`,
`close`, `shu` and `export hledger`.

They plug into koperasi.cli as koperasi.cli_print does (add_money_commands(subparsers)) and
reuse its helpers: every command opens the book through run_with_book (read-only when it
only reads), prints numbers of what it wrote, tables or --json, and says a refusal as one
sentence in the user's language with the book unchanged.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from koperasi.cli import (
    PROG,
    _add_book,
    _add_json,
    _count,
    _iso,
    _percent_text,
    _short,
    _yes_no,
    format_table,
    language,
    print_json,
    run_with_book,
    sentence,
)
from koperasi.cli import label as cli_label
from koperasi.core import fmt
from koperasi.core.units import parse_date, parse_percent, parse_rupiah

if TYPE_CHECKING:
    from koperasi.book import Book

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "pokok": "Pokok",
        "wajib": "Wajib",
        "sukarela": "Sukarela",
        "kasbon": "kasbon",
        "pinjaman": "pinjaman",
        "wajib_due": "Tunggakan wajib",
        "kind": "Jenis",
        "amount": "Jumlah",
        "method": "Cara",
        "loan": "Pinjaman",
        "principal": "Pokok",
        "service": "Jasa",
        "outstanding": "Sisa pokok",
        "due_now": "Harus dibayar",
        "installment": "Angsuran ke",
        "due_date": "Jatuh tempo",
        "months": "Bulan",
        "rate": "Jasa/bulan",
        "next_due": "Angsuran berikut",
        "received": "Masuk",
        "paid_out": "Keluar",
        "opening": "Saldo awal",
        "closing_balance": "Saldo akhir",
        "category": "Kategori",
        "account_code": "Akun",
        "income": "pemasukan",
        "expense": "pengeluaran",
        "transfer": "pindah buku",
        "cash": "tunai",
        "payout": "potong bayar",
        "shu": "SHU",
        "closed": "Buku ditutup sampai {date}.",
        "savings_settings": "Pengaturan simpanan",
        "pokok_amount": "Simpanan pokok",
        "wajib_amount": "Simpanan wajib per bulan",
        "wajib_start": "Wajib dihitung sejak",
        "deduct_wajib": "Wajib dipotong saat pembayaran",
        "from_joining": "anggota bergabung",
        "shu_split": "Pembagian SHU menurut AD/ART",
        "part_reserve": "Cadangan",
        "part_jasa_usaha": "Jasa usaha anggota",
        "part_jasa_modal": "Jasa modal anggota",
        "part_board": "Dana pengurus",
        "part_staff": "Dana karyawan",
        "part_education": "Dana pendidikan",
        "part_social": "Dana sosial",
        "shu_year": "SHU tahun {year}",
        "shu_posted": "dibukukan ({entries})",
        "shu_preview": "pratinjau, belum dibukukan",
        "shu_none": "tidak ada SHU: pendapatan tidak melebihi beban",
        "total_income": "Jumlah pendapatan",
        "total_expenses": "Jumlah beban",
        "surplus": "SHU (pendapatan − beban)",
        "transactions": "Transaksi",
        "capital": "Modal (pokok + wajib)",
        "jasa_usaha": "Jasa usaha",
        "jasa_modal": "Jasa modal",
        "paid": "Dibayar",
        "shu_paid": "SHU {year} dibayarkan kepada {count} anggota: {amount} ({method}).",
        "exported": "{path} ditulis ({count} jurnal).",
        "balances": "Saldo",
        "to_sukarela": "ke simpanan sukarela",
    },
    "en": {
        "pokok": "Principal",
        "wajib": "Mandatory",
        "sukarela": "Voluntary",
        "kasbon": "advance",
        "pinjaman": "loan",
        "wajib_due": "Mandatory due",
        "kind": "Kind",
        "amount": "Amount",
        "method": "Method",
        "loan": "Loan",
        "principal": "Principal",
        "service": "Service",
        "outstanding": "Outstanding",
        "due_now": "Due now",
        "installment": "Installment",
        "due_date": "Due",
        "months": "Months",
        "rate": "Rate/month",
        "next_due": "Next installment",
        "received": "In",
        "paid_out": "Out",
        "opening": "Opening balance",
        "closing_balance": "Closing balance",
        "category": "Category",
        "account_code": "Account",
        "income": "income",
        "expense": "expense",
        "transfer": "transfer",
        "cash": "cash",
        "payout": "payout deduction",
        "shu": "surplus",
        "closed": "The book is closed up to {date}.",
        "savings_settings": "Savings settings",
        "pokok_amount": "Principal savings",
        "wajib_amount": "Mandatory savings per month",
        "wajib_start": "Mandatory savings since",
        "deduct_wajib": "Mandatory savings deducted at payout",
        "from_joining": "each member joined",
        "shu_split": "Surplus split of the statutes",
        "part_reserve": "Reserve",
        "part_jasa_usaha": "Members: transactions",
        "part_jasa_modal": "Members: capital",
        "part_board": "Board fund",
        "part_staff": "Staff fund",
        "part_education": "Education fund",
        "part_social": "Social fund",
        "shu_year": "Surplus {year}",
        "shu_posted": "posted ({entries})",
        "shu_preview": "preview, not posted",
        "shu_none": "no surplus: income does not exceed expenses",
        "total_income": "Total income",
        "total_expenses": "Total expenses",
        "surplus": "Surplus (income − expenses)",
        "transactions": "Transactions",
        "capital": "Capital (principal + mandatory)",
        "jasa_usaha": "On transactions",
        "jasa_modal": "On capital",
        "paid": "Paid",
        "shu_paid": "Surplus {year} paid to {count} members: {amount} ({method}).",
        "exported": "Wrote {path} ({count} entries).",
        "balances": "Balances",
        "to_sukarela": "into voluntary savings",
    },
}


def label(key: str) -> str:
    """A label of these commands in the current language (else one of koperasi.cli's)."""
    table = _LABELS[language()]
    return table[key] if key in table else cli_label(key)


_YES = {"yes": True, "ya": True, "y": True, "1": True, "no": False, "tidak": False, "n": False, "0": False}  # fmt: skip


def _yes_no_arg(text: str) -> bool:
    key = str(text).strip().lower()
    if key not in _YES:
        raise argparse.ArgumentTypeError(f"{text}: yes/no")
    return _YES[key]


def _optional_date(text: str) -> datetime.date | None:
    """A date, or "none"/"-" to clear it."""
    if str(text).strip().lower() in ("", "-", "none", "tidak"):
        return None
    return parse_date(text)


def _split_part(text: str) -> tuple[str, int]:
    part, sep, percent = text.partition("=")
    if not sep or not part.strip():
        raise argparse.ArgumentTypeError(f"{text}: PART=PERCENT")
    return part.strip().lower(), parse_percent(percent)


def _money_word(method: str) -> str:
    return label(method) if method in ("cash", "transfer", "payout", "shu") else method


def _loan_kind_word(kind: str) -> str:
    return label(kind)


# -- settings ---------------------------------------------------------------------------------


def _print_savings_settings(book: Book, as_json: bool) -> None:
    s = book.savings.settings()
    if as_json:
        print_json(
            {
                "pokok_amount": s.pokok_amount,
                "wajib_amount": s.wajib_amount,
                "wajib_start": _iso(s.wajib_start),
                "deduct_wajib": s.deduct_wajib,
            }
        )
        return
    rows = [
        (label("pokok_amount"), fmt.rupiah(s.pokok_amount)),
        (label("wajib_amount"), fmt.rupiah(s.wajib_amount)),
        (label("wajib_start"), _short(s.wajib_start) if s.wajib_start else label("from_joining")),
        (label("deduct_wajib"), _yes_no(s.deduct_wajib)),
    ]
    width = max(len(k) for k, _ in rows)
    print("\n".join(f"{k.ljust(width)}  {v}" for k, v in rows))


def cmd_settings_savings(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.pokok is not None:
        changes["pokok_amount"] = args.pokok
    if args.wajib is not None:
        changes["wajib_amount"] = args.wajib
    if args.wajib_start is not None:
        changes["wajib_start"] = _optional_date(args.wajib_start)
    if args.deduct_wajib is not None:
        changes["deduct_wajib"] = args.deduct_wajib

    def run(book: Book) -> int:
        if changes:
            book.savings.configure(**changes)
        _print_savings_settings(book, args.json)
        return 0

    return run_with_book(args.book, run, readonly=not changes)


def cmd_settings_shu(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        if args.split:
            book.shu.set_split(dict(args.split))
        split = book.shu.split()
        if args.json:
            print_json({part: _percent_text(bp) for part, bp in split.items()})
            return 0
        print(label("shu_split"))
        print(
            format_table(
                [label("kind"), "%"],
                [[label(f"part_{part}"), fmt.percent(bp)] for part, bp in split.items()],
                right={1},
            )
        )
        return 0

    return run_with_book(args.book, run, readonly=not args.split)


# -- savings ----------------------------------------------------------------------------------


def cmd_savings_deposit(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.savings.deposit(
            args.member, args.kind, args.amount, date=args.date, method=args.method
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run)


def cmd_savings_withdraw(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.savings.withdraw(
            args.member, args.amount, date=args.date, method=args.method, kind=args.kind
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run)


def cmd_savings_void(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        print(book.savings.void(args.number, args.reason, date=args.date).number)
        return 0

    return run_with_book(args.book, run)


def cmd_savings_list(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        on = args.on or book.today()
        if args.member:
            member = book.members.get(args.member)
            balance = book.savings.balances(member.number, on)
            due = book.savings.wajib_due(member.number, on)
            movements = [m for m in book.savings.movements(member.number) if m.row.date <= on]
            if args.json:
                print_json(
                    {
                        "member": member.number,
                        "name": member.name,
                        "on": on.isoformat(),
                        "pokok": balance.pokok,
                        "wajib": balance.wajib,
                        "sukarela": balance.sukarela,
                        "wajib_due": due,
                        "movements": [
                            {
                                "number": m.row.number,
                                "date": m.row.date.isoformat(),
                                "kind": m.row.kind,
                                "amount": m.row.amount,
                                "method": m.row.method,
                                "balance": m.balance,
                                "memo": m.row.memo,
                            }
                            for m in movements
                        ],
                    }
                )
                return 0
            print(f"{member.number} {member.name}")
            print(
                format_table(
                    [label(k) for k in ("receipt", "date", "kind", "method", "amount", "balance")],
                    [
                        [
                            m.row.number,
                            fmt.date_short(m.row.date),
                            label(m.row.kind),
                            _money_word(m.row.method),
                            fmt.rupiah(m.row.amount),
                            fmt.rupiah(m.balance),
                        ]
                        for m in movements
                    ],
                    right={4, 5},
                )
            )
            print()
            for key, value in (
                ("pokok", balance.pokok),
                ("wajib", balance.wajib),
                ("sukarela", balance.sukarela),
                ("wajib_due", due),
            ):
                print(f"{label(key):<16} {fmt.rupiah(value)}")
            return 0
        overview = book.savings.overview(on)
        if args.json:
            print_json(
                [
                    {
                        "member": m.member.number,
                        "name": m.member.name,
                        "active": m.member.active,
                        "pokok": m.balance.pokok,
                        "wajib": m.balance.wajib,
                        "sukarela": m.balance.sukarela,
                        "total": m.balance.total,
                        "wajib_due": m.wajib_due,
                    }
                    for m in overview
                ]
            )
            return 0
        rows = [
            [
                m.member.number,
                m.member.name,
                fmt.rupiah(m.balance.pokok),
                fmt.rupiah(m.balance.wajib),
                fmt.rupiah(m.balance.sukarela),
                fmt.rupiah(m.wajib_due),
            ]
            for m in overview
        ]
        rows.append(
            [
                "",
                label("total"),
                *(
                    fmt.rupiah(sum(getattr(m.balance, k) for m in overview))
                    for k in ("pokok", "wajib", "sukarela")
                ),
                fmt.rupiah(sum(m.wajib_due for m in overview)),
            ]
        )
        headers = [label(k) for k in ("member", "name", "pokok", "wajib", "sukarela", "wajib_due")]
        print(format_table(headers, rows, right={2, 3, 4, 5}))
        return 0

    return run_with_book(args.book, run, readonly=True)


# -- loans ------------------------------------------------------------------------------------


def cmd_loan_add(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        loan = book.loans.grant(
            args.member,
            args.kind,
            args.amount,
            date=args.date,
            months=args.months or 0,
            rate_bp=args.rate_percent or 0,
            method=args.method,
            purpose=args.purpose or "",
            paid_from=args.paid_from,
        )
        print(loan.number)
        return 0

    return run_with_book(args.book, run)


def _loan_json(status: Any) -> dict:
    loan = status.loan
    return {
        "number": loan.number,
        "kind": loan.kind,
        "member": status.member.number,
        "name": status.member.name,
        "date": loan.date.isoformat(),
        "principal": loan.principal,
        "months": loan.months,
        "rate_percent": _percent_text(loan.rate_bp),
        "method": loan.method,
        "purpose": loan.purpose,
        "principal_paid": status.principal_paid,
        "service_paid": status.service_paid,
        "outstanding": status.position.outstanding,
        "principal_due": status.position.principal_due,
        "service_due": status.position.service_due,
        "due": status.position.due,
        "next_due": _iso(status.next_installment.due) if status.next_installment else None,
    }


def cmd_loan_schedule(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        status = book.loans.status(args.number)
        plan = book.loans.schedule(args.number)
        if args.json:
            print_json(
                {
                    **_loan_json(status),
                    "installments": [
                        {
                            "number": i.number,
                            "due": i.due.isoformat(),
                            "principal": i.principal,
                            "service": i.service,
                            "total": i.total,
                            "outstanding_before": i.outstanding_before,
                        }
                        for i in plan
                    ],
                }
            )
            return 0
        loan = status.loan
        head = f"{loan.number} {_loan_kind_word(loan.kind)} {status.member.number} {status.member.name}"
        print(f"{head}: {fmt.rupiah(loan.principal)}, {fmt.date_short(loan.date)}")
        if plan:
            print(
                f"{loan.months} {label('months').lower()}, {fmt.percent(loan.rate_bp)} ({loan.method})"
            )
            rows = [
                [
                    str(i.number),
                    fmt.date_short(i.due),
                    fmt.rupiah(i.outstanding_before),
                    fmt.rupiah(i.principal),
                    fmt.rupiah(i.service),
                    fmt.rupiah(i.total),
                ]
                for i in plan
            ]
            rows.append(
                [
                    "",
                    label("total"),
                    "",
                    fmt.rupiah(sum(i.principal for i in plan)),
                    fmt.rupiah(sum(i.service for i in plan)),
                    fmt.rupiah(sum(i.total for i in plan)),
                ]
            )
            headers = [
                label(k)
                for k in ("installment", "due_date", "outstanding", "principal", "service", "total")
            ]
            print(format_table(headers, rows, right={2, 3, 4, 5}))
        print()
        print(f"{label('outstanding'):<16} {fmt.rupiah(status.position.outstanding)}")
        print(f"{label('due_now'):<16} {fmt.rupiah(status.position.due)}")
        return 0

    return run_with_book(args.book, run, readonly=True)


def cmd_loan_repay(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.loans.repay(args.number, args.amount, date=args.date, method=args.method)
        print(row.number)
        return 0

    return run_with_book(args.book, run)


def cmd_loan_list(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        loans = book.loans.list(args.member, open_only=args.open, on=args.on)
        if args.json:
            print_json([_loan_json(s) for s in loans])
            return 0
        rows = [
            [
                s.loan.number,
                fmt.date_short(s.loan.date),
                s.member.number,
                s.member.name,
                _loan_kind_word(s.loan.kind),
                fmt.rupiah(s.loan.principal),
                fmt.rupiah(s.position.outstanding),
                fmt.rupiah(s.position.due),
                _short(s.next_installment.due) if s.next_installment else "",
            ]
            for s in loans
        ]
        rows.append(
            [
                "",
                "",
                "",
                label("total"),
                "",
                fmt.rupiah(sum(s.loan.principal for s in loans)),
                fmt.rupiah(sum(s.position.outstanding for s in loans)),
                fmt.rupiah(sum(s.position.due for s in loans)),
                "",
            ]
        )
        headers = [
            label(k)
            for k in (
                "loan",
                "date",
                "member",
                "name",
                "kind",
                "principal",
                "outstanding",
                "due_now",
                "next_due",
            )
        ]
        print(format_table(headers, rows, right={5, 6, 7}))
        return 0

    return run_with_book(args.book, run, readonly=True)


# -- the cash book ----------------------------------------------------------------------------


def cmd_cash_add(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.cash.record(
            args.kind,
            args.category,
            args.amount,
            args.description,
            date=args.date,
            money="bank" if args.bank else "kas",
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run)


def cmd_cash_transfer(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.cash.transfer(
            args.source, args.amount, date=args.date, description=args.description or ""
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run)


def cmd_cash_void(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        print(book.cash.void(args.number, args.reason, date=args.date).number)
        return 0

    return run_with_book(args.book, run)


def cmd_cash_list(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        end = args.end or book.today()
        start = args.start or end.replace(day=1)
        cash_book = book.cash.cash_book(start, end, "bank" if args.bank else "kas", lang=language())
        if args.json:
            print_json(
                {
                    "account": cash_book.account,
                    "name": cash_book.account_name,
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "opening": cash_book.opening,
                    "lines": [
                        {
                            "date": line.date.isoformat(),
                            "entry": line.entry_number,
                            "description": line.description,
                            "source": line.source,
                            "received": line.received,
                            "paid": line.paid,
                            "balance": line.balance,
                        }
                        for line in cash_book.lines
                    ],
                    "total_received": cash_book.total_received,
                    "total_paid": cash_book.total_paid,
                    "closing": cash_book.closing,
                }
            )
            return 0
        print(
            f"{cash_book.account} {cash_book.account_name}: "
            f"{fmt.date_short(start)} - {fmt.date_short(end)}"
        )
        rows = [["", "", label("opening"), "", "", fmt.rupiah(cash_book.opening)]]
        rows += [
            [
                fmt.date_short(line.date),
                line.entry_number,
                line.description,
                fmt.rupiah(line.received) if line.received else "",
                fmt.rupiah(line.paid) if line.paid else "",
                fmt.rupiah(line.balance),
            ]
            for line in cash_book.lines
        ]
        rows.append(
            [
                "",
                "",
                label("closing_balance"),
                fmt.rupiah(cash_book.total_received),
                fmt.rupiah(cash_book.total_paid),
                fmt.rupiah(cash_book.closing),
            ]
        )
        headers = [
            label(k) for k in ("date", "entry", "description", "received", "paid_out", "balance")
        ]
        print(format_table(headers, rows, right={3, 4, 5}))
        return 0

    return run_with_book(args.book, run, readonly=True)


def cmd_cash_categories(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        categories = book.cash.categories(active=None if args.all else True)
        if args.json:
            print_json(
                [
                    {
                        "name": c.name_id,
                        "name_en": c.name_en,
                        "kind": c.kind,
                        "account": c.account,
                        "active": c.active,
                    }
                    for c in categories
                ]
            )
            return 0
        lang = language()
        accounts = {a.code: a.name(lang) for a in book.store_journal.accounts()}
        print(
            format_table(
                [label(k) for k in ("category", "kind", "account_code", "active")],
                [
                    [
                        c.name(lang),
                        label(c.kind),
                        f"{c.account} {accounts.get(c.account, '')}",
                        _yes_no(c.active),
                    ]
                    for c in categories
                ],
            )
        )
        return 0

    return run_with_book(args.book, run, readonly=True)


def cmd_cash_add_category(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        category = book.cash.add_category(
            args.name, args.kind, args.account, name_en=args.name_en or ""
        )
        print(category.name_id)
        return 0

    return run_with_book(args.book, run)


# -- closing and SHU --------------------------------------------------------------------------


def cmd_close(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        closing = book.closing.close(args.until, note=args.note or "")
        print(label("closed").format(date=fmt.date_short(closing.until)))
        return 0

    return run_with_book(args.book, run)


def _shu_json(report: Any) -> dict:
    status = "posted" if report.posted else ("preview" if report.surplus > 0 else "none")
    return {
        "year": report.year,
        "status": status,
        "income": [{"account": a.code, "name": a.name, "amount": a.amount} for a in report.income],
        "expenses": [
            {"account": a.code, "name": a.name, "amount": a.amount} for a in report.expenses
        ],
        "total_income": report.total_income,
        "total_expenses": report.total_expenses,
        "surplus": report.surplus,
        "split_percent": {part: _percent_text(bp) for part, bp in report.split_bp.items()},
        "parts": report.parts,
        "entries": [report.close_entry_number, report.entry_number] if report.posted else [],
        "members": [
            {
                "member": m.member.number,
                "name": m.member.name,
                "transactions": m.transactions,
                "capital": m.capital,
                "jasa_usaha": m.jasa_usaha,
                "jasa_modal": m.jasa_modal,
                "total": m.total,
                "paid": m.payment.amount if m.payment else 0,
                "method": m.payment.method if m.payment else None,
                "paid_on": _iso(m.payment.date) if m.payment else None,
            }
            for m in report.members
        ],
    }


def _print_shu(report: Any) -> None:
    if report.posted:
        status = label("shu_posted").format(
            entries=f"{report.close_entry_number}, {report.entry_number}"
        )
    else:
        status = label("shu_preview") if report.surplus > 0 else label("shu_none")
    print(f"{label('shu_year').format(year=report.year)}: {status}")
    print()
    rows = [[a.code, a.name, fmt.rupiah(a.amount)] for a in report.income]
    rows.append(["", label("total_income"), fmt.rupiah(report.total_income)])
    rows += [[a.code, a.name, fmt.rupiah(a.amount)] for a in report.expenses]
    rows.append(["", label("total_expenses"), fmt.rupiah(report.total_expenses)])
    rows.append(["", label("surplus"), fmt.rupiah(report.surplus)])
    print(format_table([label("code"), label("account"), label("amount")], rows, right={2}))
    if not report.parts:
        return
    print()
    print(
        format_table(
            [label("shu_split"), "%", label("amount")],
            [
                [label(f"part_{part}"), fmt.percent(report.split_bp[part]), fmt.rupiah(amount)]
                for part, amount in report.parts.items()
            ]
            + [["", "", fmt.rupiah(sum(report.parts.values()))]],
            right={1, 2},
        )
    )
    print()
    rows = [
        [
            m.member.number,
            m.member.name,
            fmt.rupiah(m.transactions),
            fmt.rupiah(m.jasa_usaha),
            fmt.rupiah(m.capital),
            fmt.rupiah(m.jasa_modal),
            fmt.rupiah(m.total),
            f"{_short(m.payment.date)} {_money_word(m.payment.method)}" if m.payment else "",
        ]
        for m in report.members
    ]
    rows.append(
        [
            "",
            label("total"),
            fmt.rupiah(sum(m.transactions for m in report.members)),
            fmt.rupiah(sum(m.jasa_usaha for m in report.members)),
            fmt.rupiah(sum(m.capital for m in report.members)),
            fmt.rupiah(sum(m.jasa_modal for m in report.members)),
            fmt.rupiah(report.members_total),
            "",
        ]
    )
    headers = [
        label(k)
        for k in (
            "member",
            "name",
            "transactions",
            "jasa_usaha",
            "capital",
            "jasa_modal",
            "total",
            "paid",
        )
    ]
    print(format_table(headers, rows, right={2, 3, 4, 5, 6}))


def _usage_error(detail: str) -> int:
    """A usage mistake argparse cannot see: one sentence on stderr, exit code 2."""
    print(sentence("cli.usage", detail=detail, prog=f"{PROG} shu"), file=sys.stderr)
    return 2


def cmd_shu(args: argparse.Namespace) -> int:
    # `koperasi shu BOOK --year Y [--post]` or `koperasi shu pay BOOK --year Y --method M`.
    paying = len(args.target) == 2 and args.target[0].lower() == "pay"
    if len(args.target) > 2 or (len(args.target) == 2 and not paying):
        return _usage_error(" ".join(args.target))
    book_path = args.target[-1]
    if paying:
        if args.post or args.method is None:
            return _usage_error("shu pay: --method cash|sukarela")

        def pay(book: Book) -> int:
            payments = book.shu.pay(args.year, args.member, method=args.method, date=args.date)
            if args.json:
                members = book.store_members.by_ids([p.member_id for p in payments])
                print_json(
                    [
                        {
                            "member": members[p.member_id].number,
                            "name": members[p.member_id].name,
                            "amount": p.amount,
                            "method": p.method,
                            "date": p.date.isoformat(),
                        }
                        for p in payments
                    ]
                )
                return 0
            print(
                label("shu_paid").format(
                    year=args.year,
                    count=len(payments),
                    amount=fmt.rupiah(sum(p.amount for p in payments)),
                    method=label("cash" if args.method == "cash" else "to_sukarela"),
                )
            )
            return 0

        return run_with_book(book_path, pay)
    if args.member or args.method:
        return _usage_error("--member/--method: shu pay")

    def show(book: Book) -> int:
        lang = language()
        report = book.shu.post(args.year) if args.post else book.shu.preview(args.year, lang)
        if args.post and lang != "id":
            report = book.shu.preview(args.year, lang)
        if args.json:
            print_json(_shu_json(report))
        else:
            _print_shu(report)
        return 0

    return run_with_book(book_path, show, readonly=not args.post)


def cmd_export_hledger(args: argparse.Namespace) -> int:
    from koperasi.reports.hledger import hledger_journal

    def run(book: Book) -> int:
        text = hledger_journal(book, args.until)
        target = Path(args.output)
        temporary = target.with_name(f".{target.name}.tmp")
        try:
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        count = sum(1 for line in text.splitlines() if line[:1].isdigit())
        print(label("exported").format(path=args.output, count=count), file=sys.stderr)
        return 0

    return run_with_book(args.book, run, readonly=True)


def add_money_commands(commands: argparse._SubParsersAction) -> None:
    """settings, savings, loan, cash, close, shu and export: the money commands."""
    settings = commands.add_parser("settings", help="the book's rules").add_subparsers(
        dest="section", metavar="SECTION", required=True
    )
    p = settings.add_parser("savings", help="savings rules (simpanan pokok and wajib)")
    _add_book(p)
    p.add_argument("--pokok", type=parse_rupiah, metavar="RP", help="simpanan pokok (once)")
    p.add_argument("--wajib", type=parse_rupiah, metavar="RP", help="simpanan wajib per month")
    p.add_argument("--wajib-start", metavar="DATE", help="wajib counted from (none: joining)")
    p.add_argument("--deduct-wajib", type=_yes_no_arg, metavar="yes|no")
    _add_json(p)
    p.set_defaults(func=cmd_settings_savings)
    p = settings.add_parser("shu", help="the statutes' SHU split (must total 100 %%)")
    _add_book(p)
    p.add_argument(
        "--split",
        type=_split_part,
        action="extend",
        nargs="+",
        metavar="PART=PERCENT",
        help="e.g. reserve=40 jasa_usaha=25 jasa_modal=15 board=5 staff=5 education=5 social=5",
    )
    _add_json(p)
    p.set_defaults(func=cmd_settings_shu)

    savings = commands.add_parser("savings", help="members' savings (simpanan)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    for action, func, help_text in (
        ("deposit", cmd_savings_deposit, "a deposit; prints the receipt (kwitansi) number"),
        ("withdraw", cmd_savings_withdraw, "a withdrawal of sukarela; prints the receipt number"),
    ):
        p = savings.add_parser(action, help=help_text)
        _add_book(p)
        p.add_argument("--member", required=True, metavar="NO")
        p.add_argument(
            "--kind",
            choices=("pokok", "wajib", "sukarela"),
            default=None if action == "deposit" else "sukarela",
            required=action == "deposit",
        )
        p.add_argument(
            "--amount",
            type=parse_rupiah,
            required=action == "withdraw",
            metavar="RP",
            help="(pokok: default the book's amount)" if action == "deposit" else None,
        )
        p.add_argument("--date", type=parse_date)
        p.add_argument("--method", choices=("cash", "transfer"), default="cash")
        p.set_defaults(func=func)
    p = savings.add_parser("void", help="void a deposit or withdrawal made by mistake")
    _add_book(p)
    p.add_argument("number", metavar="RECEIPT")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_savings_void)
    p = savings.add_parser("list", help="balances and arrears per member, or a member's passbook")
    _add_book(p)
    p.add_argument("--member", metavar="NO")
    p.add_argument("--on", type=parse_date, help="balances at the end of this day")
    _add_json(p)
    p.set_defaults(func=cmd_savings_list)

    loan = commands.add_parser("loan", help="kasbon and pinjaman").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = loan.add_parser("add", help="pay out a kasbon or a pinjaman; prints its number")
    _add_book(p)
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--kind", required=True, choices=("kasbon", "pinjaman"))
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--months", type=_count)
    p.add_argument("--rate-percent", type=parse_percent, help="service charge per month (%%)")
    p.add_argument("--method", choices=("flat", "declining"), default="flat")
    p.add_argument("--purpose")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--from", dest="paid_from", choices=("cash", "transfer"), default="cash")
    p.set_defaults(func=cmd_loan_add)
    p = loan.add_parser("schedule", help="a loan's installment plan and where it stands")
    _add_book(p)
    p.add_argument("number", metavar="LOAN_NO")
    _add_json(p)
    p.set_defaults(func=cmd_loan_schedule)
    p = loan.add_parser("repay", help="a repayment in cash; prints the receipt number")
    _add_book(p)
    p.add_argument("number", metavar="LOAN_NO")
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--method", choices=("cash", "transfer"), default="cash")
    p.set_defaults(func=cmd_loan_repay)
    p = loan.add_parser("list", help="loans with their balance and what is due")
    _add_book(p)
    p.add_argument("--member", metavar="NO")
    p.add_argument("--open", action="store_true", help="only loans not yet repaid")
    p.add_argument("--on", type=parse_date)
    _add_json(p)
    p.set_defaults(func=cmd_loan_list)

    cash = commands.add_parser("cash", help="the cash book (buku kas)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = cash.add_parser("add", help="other income or an expense; prints the voucher number")
    _add_book(p)
    p.add_argument("--kind", required=True, choices=("income", "expense"))
    p.add_argument("--category", required=True)
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--description", required=True)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--bank", action="store_true", help="through the bank, not Kas")
    p.set_defaults(func=cmd_cash_add)
    p = cash.add_parser("transfer", help="move money between Kas and Bank")
    _add_book(p)
    p.add_argument("--from", dest="source", required=True, choices=("kas", "bank"))
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--description")
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_cash_transfer)
    p = cash.add_parser("void", help="void a voucher entered by mistake")
    _add_book(p)
    p.add_argument("number", metavar="VOUCHER")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_cash_void)
    p = cash.add_parser("list", help="the cash book of a period (default this month)")
    _add_book(p)
    p.add_argument("--from", dest="start", type=parse_date)
    p.add_argument("--to", dest="end", type=parse_date)
    p.add_argument("--bank", action="store_true", help="the bank book instead of Kas")
    _add_json(p)
    p.set_defaults(func=cmd_cash_list)
    p = cash.add_parser("categories", help="the income and expense categories")
    _add_book(p)
    p.add_argument("--all", action="store_true", help="retired categories too")
    _add_json(p)
    p.set_defaults(func=cmd_cash_categories)
    p = cash.add_parser("add-category", help="a new income or expense category")
    _add_book(p)
    p.add_argument("--name", required=True)
    p.add_argument("--name-en")
    p.add_argument("--kind", required=True, choices=("income", "expense"))
    p.add_argument("--account", required=True, help="account code, e.g. 5101")
    p.set_defaults(func=cmd_cash_add_category)

    p = commands.add_parser("close", help="close the book up to a date (tutup buku)")
    _add_book(p)
    p.add_argument("--until", required=True, type=parse_date)
    p.add_argument("--note")
    p.set_defaults(func=cmd_close)

    p = commands.add_parser(
        "shu", help="the year's surplus: `shu BOOK --year Y [--post]`, `shu pay BOOK ...`"
    )
    p.add_argument("target", nargs="+", metavar="[pay] BOOK")
    p.add_argument("--year", required=True, type=_count)
    p.add_argument("--post", action="store_true", help="post the distribution")
    p.add_argument("--member", action="extend", nargs="+", metavar="NO", help="pay: only these")
    p.add_argument("--method", choices=("cash", "sukarela"), help="pay: cash or into sukarela")
    p.add_argument("--date", type=parse_date, help="pay: the payment date (default today)")
    _add_json(p)
    p.set_defaults(func=cmd_shu)

    export = commands.add_parser("export", help="export the journal").add_subparsers(
        dest="format", metavar="FORMAT", required=True
    )
    p = export.add_parser("hledger", help="the journal as an hledger journal")
    _add_book(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--until", type=parse_date)
    p.set_defaults(func=cmd_export_hledger)
