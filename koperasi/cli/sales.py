"""`koperasi sale add|preview|list|show`: collective sales and how they split over the deliveries."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from koperasi.cli.common import (
    add_book,
    add_json,
    format_table,
    label,
    labels,
    percent_json,
    print_json,
    print_pairs,
    run_with_book,
)
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_date, parse_kg, parse_percent, parse_price, parse_rupiah

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.sales import SaleInput


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
        oversold_confirmed=bool(getattr(args, "confirm_oversold", False)),
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
        "fee_percent": percent_json(fee_bp) if fee_kind == "percent" else None,
        "fee_cents_per_kg": fee_cents if fee_kind == "per_kg" else None,
        "cost_lines": [{"label": c.label, "amount": c.amount} for c in costs],
        "received_into": sale.received_into,
    }


def _reversal_json(reversal: Any) -> dict | None:
    """A reversed sale's reversal (BATAL) for JSON, None for a standing sale."""
    if reversal is None:
        return None
    return {"date": reversal.date.isoformat(), "reason": reversal.reason}


def _sale_detail_json(book: Book, number: str) -> dict:
    """A settled sale as `sale show --json` prints it; `sale show` prints the same as text."""
    detail = book.sales.detail(number)
    sale = detail.sale
    members = book.members.by_ids([row[0] for row in detail.shares])
    slips = {p.member_id: p.slip for p in book.payouts.of_sale_id(sale.id)}
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
        "reversed": _reversal_json(detail.reversal),
        "deliveries": [
            {
                "receipt": d.receipt,
                "date": d.date.isoformat(),
                "member": members[d.member_id].number,
                "net_grams": d.net_grams,
                "quality_percent": percent_json(d.quality_bp),
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
    members = book.members.by_ids(sorted({p.member_id for p in preview.pool}))
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
                "quality_percent": percent_json(p.quality_bp),
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


def _print_sale(data: dict, lang: str) -> None:
    """A sale's figures, deliveries and member shares as the treasurer checks them."""
    names = {a.code: a for a in acc.DEFAULT_CHART}
    account = names.get(data["received_into"])
    if data["price_cents"] is not None:
        price = f"{fmt.price(data['price_cents'])}/kg"
    else:
        price = label("agreed_total", lang)
    # The JSON keeps the percentage with a decimal point; read it back for the text.
    fee_bp = parse_percent(data["fee_percent"]) if data["fee_kind"] == "percent" else 0
    fee_rule = fmt.fee_text(data["fee_kind"], fee_bp, data["fee_cents_per_kg"] or 0)
    head = [
        (label("sale", lang), data["number"] or label("preview", lang)),
        (label("date", lang), fmt.date_short(datetime.date.fromisoformat(data["date"]))),
        (label("commodity", lang), data["commodity"]),
        (label("buyer", lang), data["buyer"]),
        (label("sold_kg", lang), fmt.kg(data["sold_grams"])),
        (label("pooled_kg", lang), fmt.kg(data["pooled_grams"])),
        (label("shrinkage", lang), fmt.kg(data["shrinkage_grams"])),
        (label("price", lang), price),
        (label("gross", lang), fmt.rupiah(data["gross"])),
        (label("fee_line", lang), f"{fmt.rupiah(data['fee'])}  ({fee_rule})"),
        (label("costs", lang), fmt.rupiah(data["costs"])),
        *((f"  {c['label']}", fmt.rupiah(c["amount"])) for c in data["cost_lines"]),
        (label("net", lang), fmt.rupiah(data["net"])),
        (
            label("received_into", lang),
            f"{data['received_into']} {account.name(lang)}" if account else data["received_into"],
        ),
    ]
    if data.get("reversed"):
        reversal = data["reversed"]
        when = fmt.date_short(datetime.date.fromisoformat(reversal["date"]))
        head.insert(1, (label("void_mark", lang), f"{when}: {reversal['reason']}"))
    print_pairs(head)
    print()
    print(
        format_table(
            labels(("receipt", "member", "net_kg", "quality", "part"), lang),
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
            lang,
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
            *([m["slip"] or label("unpaid", lang)] if data["number"] else []),
        ]
        for m in data["members"]
    ]
    rows.append(
        ["", label("total", lang), "", "", fmt.rupiah(sum(m["share"] for m in data["members"]))]
    )
    if data["number"]:
        rows[-1].append("")
    headers = labels(("member", "name", "deliveries", "net_kg", "share"), lang)
    if data["number"]:
        headers.append(label("slip", lang))
    print(format_table(headers, rows, lang, right={2, 3, 4}))


def _traceable_pool(book: Book, sale_input: SaleInput, args: argparse.Namespace) -> SaleInput:
    """With --traceable-only, leave the open deliveries without a mapped plot out of the pool."""
    if not args.traceable_only:
        return sale_input
    skip = book.plots.untraceable_open(sale_input.commodity, sale_input.date)
    return dataclasses.replace(
        sale_input, exclude=(*sale_input.exclude, *skip), traceable_only=True
    )


def cmd_sale_add(args: argparse.Namespace) -> int:
    sale_input = _sale_input(args)

    def add(book: Book) -> int:
        print(book.sales.settle(_traceable_pool(book, sale_input, args)).number)
        return 0

    return run_with_book(args.book, add, args.lang)


def cmd_sale_preview(args: argparse.Namespace) -> int:
    sale_input = _sale_input(args)

    def preview(book: Book) -> int:
        _print_sale(_preview_json(book, _traceable_pool(book, sale_input, args)), args.lang)
        return 0

    return run_with_book(args.book, preview, args.lang, readonly=True)


def cmd_sale_list(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        sales = book.sales.list()
        commodities = {c.id: c.name for c in book.commodities.list()}
        reversed_ = book.corrections.reversed_sales([s.id for s in sales])  # issue 10: BATAL
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
                        "reversed": _reversal_json(reversed_.get(s.id)),
                    }
                    for s in sales
                ]
            )
            return 0
        headers = labels(
            (
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
            ),
            args.lang,
        )
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
                str(s.delivery_count) if s.id not in reversed_ else label("void_mark", args.lang),
            ]
            for s in sales
        ]
        print(format_table(headers, rows, args.lang, right=set(range(4, 10))))
        return 0

    return run_with_book(args.book, show, args.lang, readonly=True)


def cmd_sale_show(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        data = _sale_detail_json(book, args.number)
        if args.json:
            print_json(data)
        else:
            _print_sale(data, args.lang)
        return 0

    return run_with_book(args.book, show, args.lang, readonly=True)


def _cost(value: str) -> tuple[str, int]:
    label_text, sep, amount = value.rpartition("=")
    if not sep or not label_text.strip():
        raise KoperasiError("input.bad_cost", text=value)
    return label_text.strip(), parse_rupiah(amount)


def _add_sale_arguments(parser: argparse.ArgumentParser) -> None:
    add_book(parser)
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
        "--confirm-oversold",
        action="store_true",
        help="the buyer weighed more than was pooled (negative shrinkage): settle anyway",
    )
    parser.add_argument(
        "--traceable-only",
        action="store_true",
        help="pool only deliveries from a mapped plot (a fully traceable lot, EUDR)",
    )
    parser.add_argument(
        "--received-into",
        choices=("kas", "bank", "piutang"),
        default="kas",
        help="where the buyer's money goes (default kas)",
    )


def add_commands(commands: argparse._SubParsersAction) -> None:
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
    add_book(p)
    add_json(p)
    p.set_defaults(func=cmd_sale_list)

    p = sale.add_parser("show", help="a sale's figures, deliveries and member shares")
    add_book(p)
    p.add_argument("number", metavar="SALE_NO")
    add_json(p)
    p.set_defaults(func=cmd_sale_show)
