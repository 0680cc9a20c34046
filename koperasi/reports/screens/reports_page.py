"""The reports screen's read model: the choices its pickers offer (sales, a day's receipts,
members) and where its dates start."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from koperasi.book import Book
from koperasi.core.fmt import date_short, kg, rupiah


@dataclass(frozen=True)
class ReportsPageData:
    """Attributes:
    weighed: the latest day with deliveries in the last month (today when none).
    sales: (sale number, how it shows in a list), newest first.
    papers: the paper each document prints on.
    """

    today: datetime.date
    weighed: datetime.date
    sales: tuple[tuple[str, str], ...]
    papers: dict[str, str]


def reports_page_data(book: Book) -> ReportsPageData:
    return ReportsPageData(
        today=book.today(),
        weighed=last_weighing_day(book),
        sales=tuple(sale_choices(book)),
        papers={doc: book.document_paper(doc) for doc in Book.DOCUMENT_PAPERS},
    )


def sale_choices(book: Book) -> list[tuple[str, str]]:
    """(sale number, how the sale shows in a list), newest first."""
    commodities = {c.id: c.name for c in book.commodities.list()}
    return [
        (
            s.number,
            f"{s.number} · {date_short(s.date)} · {commodities.get(s.commodity_id, '')}"
            f" · {s.buyer} · {rupiah(s.net)}",
        )
        for s in book.sales.list()
    ]


def receipts_on(book: Book, day: datetime.date) -> list[tuple[str, str]]:
    deliveries = book.deliveries.on_date(day)
    members = book.members.by_ids(list({d.member_id for d in deliveries}))
    commodities = {c.id: c.name for c in book.commodities.list()}
    return [
        (
            d.receipt,
            f"{d.receipt} · {members[d.member_id].number} {members[d.member_id].name}"
            f" · {commodities.get(d.commodity_id, '')} {kg(d.net_grams)}"
            + (" · BATAL" if d.status == "void" else ""),
        )
        for d in deliveries
    ]


def last_weighing_day(book: Book, days: int = 31) -> datetime.date:
    """The latest day with deliveries in the last month (today when there is none): where a
    treasurer looking for a receipt to print again most likely wants to start."""
    today = book.today()
    for back in range(days):
        day = today - datetime.timedelta(days=back)
        if book.deliveries.on_date(day):
            return day
    return today


def members_matching(book: Book, text: str) -> list[tuple[str, str]]:
    return [
        (m.number, f"{m.number} · {m.name}" + (f" · {m.village}" if m.village else ""))
        for m in book.members.page(text, None, "number", False, 0, 100)
    ]
