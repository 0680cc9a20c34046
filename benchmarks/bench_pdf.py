"""How fast payout slips print: 3,000 A6 slips through koperasi.pdf against a bare
reportlab canvas writing exactly the same text, at the same places, in the same TTF.

    .venv/bin/python benchmarks/bench_pdf.py [--slips 3000] [--paper a6] [--book B --sale S]

With --book and --sale the slips come from that sale of a real book (and the time to read
them is reported too); otherwise 3,000 slips are made up, one to three deliveries each.
The bare canvas is the floor: what reportlab needs just to set the text in the same font.
"""

from __future__ import annotations

import argparse
import datetime
import io
import random
import time

from reportlab.pdfgen.canvas import Canvas

from koperasi.core.terbilang import amount_in_words
from koperasi.pdf.slip import SlipRenderer
from koperasi.reports.header import Header, SaleCostLine, SaleSummary
from koperasi.reports.slips import SlipData, SlipDelivery, meterai_duty

FIRST = ("Ahmad", "Siti", "Muhammad", "Sri", "Hendra", "Nur", "Raden Mas", "Dewi", "Slamet")
LAST = ("Yani", "Wahyuni", "Gunawan", "Hasanah", "Prawiradirja bin Haji Sulaiman", "Jafar")


def made_up_slips(count: int) -> list[SlipData]:
    rng = random.Random(3000)
    header = Header(
        name="Koperasi Produsen Tani Lembah Jaya",
        address="Jl. Lintas Sumatera Km 14, Lembah Jaya, Pauh, Sarolangun, Jambi",
        registration_no="AHU-0075606.AH.01.26.2021",
        phone="0745-92841",
        printed_on=datetime.date(2026, 11, 27),
        lang="id",
        place="Lembah Jaya",
        treasurer="Siti Aminah",
    )
    sale = SaleSummary(
        number="PJ-2026-0052",
        date=datetime.date(2026, 11, 10),
        buyer="PT Karet Jambi Lestari",
        commodity="Karet",
        uses_quality=True,
        sold_grams=900_000_000,
        price_cents=1_250_000,
        agreed_total=None,
        gross=11_250_000_000,
        fee_kind="percent",
        fee_bp=300,
        fee_cents_per_kg=0,
        fee=337_500_000,
        costs=(SaleCostLine("Angkutan", 5_000_000),),
        costs_total=5_000_000,
        net=10_907_500_000,
        pooled_grams=930_000_000,
        shrinkage_grams=30_000_000,
        shrinkage_bp=323,
        delivery_count=6000,
    )
    slips = []
    for index in range(count):
        deliveries = tuple(
            SlipDelivery(
                f"NT-2026-{index * 3 + k + 1:06d}",
                datetime.date(2026, 11, 1 + k),
                rng.randrange(20_000, 400_000),
                rng.randrange(5000, 6500),
                rng.randrange(200_000, 4_000_000),
            )
            for k in range(rng.randint(1, 3))
        )
        share = sum(d.part for d in deliveries)
        slips.append(
            SlipData(
                header=header,
                slip=f"SP-2026-{index + 1:06d}",
                date=datetime.date(2026, 11, 12),
                method="cash",
                member_number=f"LJ-{index + 1:04d}",
                member_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                member_village="Pauh",
                sale=sale,
                deliveries=deliveries,
                deliveries_grams=sum(d.net_grams for d in deliveries),
                share=share,
                deductions=(),
                paid=share,
                paid_in_words=amount_in_words(share),
                meterai_duty=meterai_duty(share),
            )
        )
    return slips


class RecordingCanvas(Canvas):
    """A canvas that also notes every string drawn, to replay on a bare canvas."""

    pages: list[list[tuple]]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages = [[]]

    def drawString(self, x, y, text, *args, **kwargs):
        self.pages[-1].append(("L", self._fontname, self._fontsize, x, y, text))
        return super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x, y, text, *args, **kwargs):
        self.pages[-1].append(("R", self._fontname, self._fontsize, x, y, text))
        return super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x, y, text, *args, **kwargs):
        self.pages[-1].append(("C", self._fontname, self._fontsize, x, y, text))
        return super().drawCentredString(x, y, text, *args, **kwargs)

    def showPage(self):
        super().showPage()
        self.pages.append([])


def record(slips: list[SlipData], paper: str) -> tuple[list[list[tuple]], tuple[float, float]]:
    """Every string each page of the renderer draws."""
    recorded: list[RecordingCanvas] = []

    class Recorder(RecordingCanvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            recorded.append(self)

    renderer = SlipRenderer(paper, "id")
    renderer.canvas_class = Recorder
    renderer.render(slips)
    pages = [page for page in recorded[0].pages if page]
    return pages, (renderer.paper.width, renderer.paper.height or 400.0)


def bare_canvas(pages: list[list[tuple]], size: tuple[float, float]) -> bytes:
    """The same strings at the same places in the same font, and nothing else."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=size, initialFontName="KoperasiSans")
    draw = {"L": c.drawString, "R": c.drawRightString, "C": c.drawCentredString}
    for page in pages:
        current = None
        for how, font, size_pt, x, y, text in page:
            if (font, size_pt) != current:
                c.setFont(font, size_pt)
                current = (font, size_pt)
            draw[how](x, y, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def best_of(repeat: int, fn, *args):
    """The fastest of `repeat` runs: the least disturbed by whatever else the PC is doing."""
    runs = [timed(fn, *args) for _ in range(repeat)]
    return min(runs, key=lambda run: run[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slips", type=int, default=3000)
    parser.add_argument("--paper", default="a6", choices=SlipRenderer.papers)
    parser.add_argument("--book", help="take the slips from this book's --sale")
    parser.add_argument("--sale")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args()

    if args.book:
        from koperasi.book import Book
        from koperasi.reports import slips_for_sale

        with Book.open(args.book, readonly=True) as book:
            slips, seconds = timed(slips_for_sale, book, args.sale)
        print(f"report data: {len(slips)} slips read from {args.book} in {seconds:.2f} s")
    else:
        slips = made_up_slips(args.slips)

    SlipRenderer(args.paper, "id").render(slips[:5])  # fonts registered, caches warm
    pages, size = record(slips, args.paper)
    words = sum(len(page) for page in pages)

    ours, ours_s = best_of(args.repeat, lambda: SlipRenderer(args.paper, "id").render(slips))
    bare, bare_s = best_of(args.repeat, bare_canvas, pages, size)
    count = len(pages)
    print(
        f"{len(slips)} payout slips on {args.paper}: {count} pages, {words} strings (best of {args.repeat})"
    )
    print(
        f"  koperasi.pdf   {ours_s:6.2f} s  {count / ours_s:6.0f} pages/s  {len(ours) / 1e6:5.1f} MB"
    )
    print(
        f"  bare canvas    {bare_s:6.2f} s  {count / bare_s:6.0f} pages/s  {len(bare) / 1e6:5.1f} MB"
    )
    print(f"  renderer / bare canvas: {ours_s / bare_s:.2f}x the time")


if __name__ == "__main__":
    main()
