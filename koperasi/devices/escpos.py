"""Receipts (nota timbang), payout slips and kwitansi on 58 mm (32 columns) and 80 mm
(48 columns) thermal printers, in ESC/POS, and sending the bytes to the printer.

Two layers: a text layout of lines exactly `columns` characters wide (testable as text),
and the ESC/POS bytes around them (python-escpos's Dummy printer: init, bold, double
height, cut). The input is the same report data the PDF renderers take."""

from __future__ import annotations

import os
import re
import socket
import stat
import subprocess
import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from escpos.printer import Dummy

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_long, date_short, datetime_short, kg, percent, price, rupiah
from koperasi.reports.kwitansi import KwitansiData
from koperasi.reports.receipt import ReceiptData
from koperasi.reports.slips import SlipData, SlipDeduction
from koperasi.text import text
from koperasi.text.devices import THERMAL
from koperasi.text.documents import KWITANSI, SHARED

# Font A (12 dots wide) across the printable width: 384 dots on 58 mm, 576 on 80 mm.
PAPER_COLUMNS = {58: 32, 80: 48}
SIGNATURE_SPACE = 3  # blank lines to sign in
_SQLITE_HEADER = b"SQLite format 3\x00"


def columns_for(paper: int | str) -> int:
    """The columns of a roll given in mm: 58 -> 32, 80 -> 48 (also "58mm", "roll80")."""
    digits = re.sub(r"\D", "", str(paper))
    if not digits or int(digits) not in PAPER_COLUMNS:
        raise KoperasiError("printer.bad_paper", paper=paper)
    return PAPER_COLUMNS[int(digits)]


# ------------------------------------------------------------------------- text layout


@dataclass(frozen=True)
class Line:
    """One printed line: `text` is exactly as wide as the paper; `tall` is double height
    (the width stays, so the columns hold)."""

    text: str
    bold: bool = False
    tall: bool = False


NBSP = "\u00a0"
_REPLACEMENTS = str.maketrans({"−": "-", "–": "-", "—": "-", "×": "x", "·": "-"})
# A figure stays on one line with its unit: "Rp 25.000", "247,6 kg", "55 %".
_GLUE = (re.compile(r"(Rp) (?=-?\d)"), re.compile(r"(\d) (?=kg\b|%|g\b)"))


def printable(value: str, keep_nbsp: bool = False) -> str:
    """Text a thermal printer's first code page prints one character per column: accents
    dropped (é -> e), signs the PDF uses replaced (− -> -, × -> x), anything else "?"."""
    value = unicodedata.normalize("NFKD", str(value).translate(_REPLACEMENTS))
    value = "".join(c for c in value if not unicodedata.combining(c))
    if not keep_nbsp:
        value = value.replace(NBSP, " ")
    return "".join(c if " " <= c <= "~" or c == NBSP else "?" for c in value)


def wrap(value: str, width: int) -> list[str]:
    """`value` in lines of at most `width`, broken between words but never between a figure
    and its unit; a word longer than a line is broken where it must."""
    value = printable(value, keep_nbsp=True)
    for glue in _GLUE:
        value = glue.sub(rf"\1{NBSP}", value)
    lines = textwrap.wrap(value, width, break_long_words=True, break_on_hyphens=False)
    return [line.replace(NBSP, " ") for line in lines] or [""]


class Layout:
    """Lines of exactly `columns` characters for one document."""

    def __init__(self, columns: int, lang: str = "id") -> None:
        self.columns = columns
        self.lang = lang
        self.lines: list[Line] = []
        self.label_width = columns * 11 // 32  # 11 on 58 mm, 16 on 80 mm

    @property
    def narrow(self) -> bool:
        return self.columns < 40

    def L(self, key: str, **params: object) -> str:
        for table in (THERMAL, SHARED, KWITANSI):
            if key in table:
                return text(table, key, self.lang, **params)
        raise KeyError(key)

    def add(self, value: str, bold: bool = False, tall: bool = False) -> None:
        value = printable(value)
        if len(value) > self.columns:
            raise ValueError(f"{value!r} is wider than {self.columns} columns")
        self.lines.append(Line(value.ljust(self.columns), bold, tall))

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.add("")

    def rule(self, char: str = "-") -> None:
        self.add(char * self.columns)

    def center(self, value: str, bold: bool = False, tall: bool = False) -> None:
        for line in wrap(value, self.columns):
            self.add(line.center(self.columns).rstrip(), bold, tall)

    def left(self, value: str, indent: int = 0, bold: bool = False) -> None:
        for line in wrap(value, self.columns - indent):
            self.add(" " * indent + line, bold)

    def right(self, value: str, bold: bool = False) -> None:
        for line in wrap(value, self.columns):
            self.add(line.rjust(self.columns), bold)

    def field(self, label: str, value: str, bold: bool = False) -> None:
        """ "Label       : value", the value wrapped under itself."""
        label = printable(label)
        width = self.label_width
        if len(label) > width:
            self.left(label)
            label = ""
        lead = f"{label:<{width}} : "
        for i, line in enumerate(wrap(value, self.columns - len(lead))):
            self.add((lead if i == 0 else " " * len(lead)) + line, bold)

    def amount(
        self, label: str, value: str, indent: int = 0, bold: bool = False, tall: bool = False
    ) -> None:
        """The label on the left, the figure flush right on the label's last line; a label
        too long to share a line is wrapped above the figure."""
        value = printable(value)
        room = self.columns - indent - len(value) - 1
        if room >= 8:
            lines = wrap(label, room)
            for line in lines[:-1]:
                self.add(" " * indent + line, bold, tall)
            last = " " * indent + lines[-1]
            self.add(last + value.rjust(self.columns - len(last)), bold, tall)
            return
        self.left(label, indent, bold)
        self.add(value.rjust(self.columns), bold, tall)

    def signatures(self, left: list[str], right: list[str], names: tuple[str, str]) -> None:
        """Two signature columns: captions, room to sign (the left one may hold a note, such
        as the duty stamp), a line, and the name under it."""
        gap = 2
        width = (self.columns - gap) // 2

        def pair(a: str, b: str) -> None:
            self.add(a.center(width) + " " * gap + b.center(width))

        def column(lines: list[str]) -> list[str]:
            return [part for line in lines for part in wrap(line, width)]

        left_lines, right_lines = column(left), column(right)
        for i in range(max(len(left_lines), len(right_lines))):
            a = left_lines[i] if i < len(left_lines) else ""
            b = right_lines[i] if i < len(right_lines) else ""
            pair(a, b)
        self.blank(SIGNATURE_SPACE)
        pair("_" * (width - 2), "_" * (width - 2))
        left_name, right_name = (column([n]) if n else [] for n in names)
        for i in range(max(len(left_name), len(right_name))):
            a = left_name[i] if i < len(left_name) else ""
            b = right_name[i] if i < len(right_name) else ""
            pair(a, b)


def _kg_places(*grams: int) -> int:
    """The fewest decimals that print every one of these weights exactly (as the PDF does)."""
    needed = 0
    for g in grams:
        for places, step in ((3, 10), (2, 100), (1, 1000)):
            if g % step:
                needed = max(needed, places)
                break
    return needed


def _letterhead(page: Layout, header) -> None:
    page.center(header.name, bold=True)
    if header.address:
        page.center(header.address)
    contact = []
    if header.registration_no:
        contact.append(page.L("registration", number=header.registration_no))
    if header.phone:
        contact.append(page.L("phone", phone=header.phone))
    for item in contact:
        page.center(item)
    page.rule("=")


def _place_date(page: Layout, place: str, day: str) -> None:
    page.blank()
    page.right(page.L("place_date", place=place, date=day) if place else day)


def receipt_layout(r: ReceiptData, columns: int) -> list[Line]:
    """A delivery receipt (nota timbang) as lines."""
    page = Layout(columns, r.header.lang)
    L = page.L
    _letterhead(page, r.header)
    page.center(L("receipt.title"), bold=True, tall=True)
    page.center(r.receipt, bold=True)
    if r.void:
        page.center(f"*** {L('receipt.void')} ***", bold=True, tall=True)
        if r.void_reason:
            page.center(L("receipt.void_reason", reason=r.void_reason))
    page.rule()
    page.field(L("date"), date_long(r.date, page.lang))
    if r.recorded_at is not None:
        if r.recorded_at.date() == r.date:
            page.field(L("time"), f"{r.recorded_at:%H:%M}")
        else:
            page.field(L("recorded"), datetime_short(r.recorded_at))
    page.field(L("member_no"), r.member_number, bold=True)
    page.field(L("name"), r.member_name, bold=True)
    if r.member_village:
        page.field(L("village"), r.member_village)
    page.field(L("commodity"), r.commodity)
    if r.plot:
        page.field(L("plot"), r.plot)
    page.rule()
    places = _kg_places(r.gross_grams, r.net_grams, *(d.grams for d in r.deductions))
    page.amount(L("gross_weight"), kg(r.gross_grams, places))
    if r.weight_manual:
        page.right(L("receipt.manual_weight"))
    if r.deductions:
        page.left(L("deductions_weight"))
        for d in r.deductions:
            label = L(f"deduction.{d.kind}")
            if d.percent_bp is not None:
                label = f"{label} ({percent(d.percent_bp)})"
            page.amount(label, f"-{kg(d.grams, places)}", indent=2)
        if len(r.deductions) > 1:
            page.amount(L("deductions_total"), f"-{kg(r.deductions_grams, places)}", indent=2)
    page.rule()
    page.amount(L("net_weight").upper(), kg(r.net_grams, places), bold=True, tall=True)
    if r.quality_bp is not None:
        page.amount(L("quality"), percent(r.quality_bp), bold=True)
    page.rule()
    if not r.void:
        status = L("receipt.settled", sale=r.sale_number) if r.sale_number else L("receipt.open")
        page.field(L("status"), status)
    if r.corrected_at is not None:
        when = datetime_short(r.corrected_at)
        page.left(L("receipt.corrected", when=when, reason=r.correction_reason))
    _place_date(page, r.header.place, date_short(r.date))
    page.signatures([L("receipt.weigher")], [L("member")], ("", r.member_name))
    return page.lines


def _slip_deduction(page: Layout, d: SlipDeduction) -> None:
    L = page.L
    page.amount(L(f"deduction.{d.kind}", loan=d.loan_number), f"-{rupiah(d.amount)}")
    if d.kind == "pinjaman" and d.service:
        split = L("deduction.split", principal=rupiah(d.principal), service=rupiah(d.service))
        page.left(f"({split})", indent=2)
    if d.still_owed > 0:
        page.left(L("deduction.still_owed", amount=rupiah(d.still_owed)), indent=2)


def slip_layout(s: SlipData, columns: int) -> list[Line]:
    """A payout slip as lines: each delivery on two lines, its part flush right."""
    page = Layout(columns, s.header.lang)
    L, sale = page.L, s.sale
    _letterhead(page, s.header)
    page.center(L("slip.title"), bold=True, tall=True)
    page.center(L("slip.subtitle"))
    page.center(s.slip, bold=True)
    page.rule()
    page.field(L("member_no"), s.member_number, bold=True)
    page.field(L("name"), s.member_name, bold=True)
    if s.member_village:
        page.field(L("village"), s.member_village)
    page.field(L("sale"), f"{sale.number}, {date_short(sale.date)}")
    page.field(L("buyer"), sale.buyer)
    if sale.price_cents is not None:
        unit_price = L("price_per_kg", price=price(sale.price_cents))
    else:
        unit_price = L("agreed_total", amount=rupiah(sale.agreed_total or 0))
    page.field(L("price"), f"{sale.commodity}, {unit_price}")
    page.rule()
    page.left(L("slip.deliveries"), bold=True)
    places = _kg_places(s.deliveries_grams, *(d.net_grams for d in s.deliveries))
    for d in s.deliveries:
        page.left(f"{d.receipt}, {date_short(d.date)}")
        weight = kg(d.net_grams, places)
        if d.quality_bp is not None:
            weight = f"{weight} x {percent(d.quality_bp)}"
        page.amount(weight, rupiah(d.part), indent=2)
    if len(s.deliveries) > 1:
        total = f"{L('deliveries_n', n=len(s.deliveries))}, {kg(s.deliveries_grams, places)}"
        page.amount(total, rupiah(s.share), indent=2, bold=True)
    page.rule()
    page.amount(L("share"), rupiah(s.share))
    for deduction in s.deductions:
        _slip_deduction(page, deduction)
    page.rule("=")
    paid = f"{L('paid')} ({L(f'method.{s.method}')})"
    page.amount(paid, rupiah(s.paid), bold=True, tall=True)
    page.left(f"{L('in_words')}:")
    page.left(s.paid_in_words, bold=True)
    page.rule()
    _place_date(page, s.header.place, date_long(s.date, page.lang))
    meterai = [L("meterai", amount=rupiah(s.meterai_duty))] if s.meterai_duty else []
    if page.narrow:
        left, right = [L("receiver"), *meterai], [f"{L('treasurer')},"]
    else:
        left, right = [L("received_by"), L("member"), *meterai], [L("paid_by"), L("treasurer")]
    page.signatures(left, right, (s.member_name, s.header.treasurer))
    return page.lines


def kwitansi_layout(k: KwitansiData, columns: int) -> list[Line]:
    """A kwitansi (savings deposit or withdrawal, loan repayment) as lines."""
    page = Layout(columns, k.header.lang)
    L = page.L
    _letterhead(page, k.header)
    page.center(L("kwitansi.title"), bold=True, tall=True)
    page.center(k.number, bold=True)
    if k.voided_by:
        page.center(L("kwitansi.voided_by", number=k.voided_by), bold=True)
    page.rule()
    page.field(L("date"), date_long(k.date, page.lang))
    page.field(L("member_no"), k.member_number, bold=True)
    page.field(L("name"), k.member_name, bold=True)
    if k.member_village:
        page.field(L("village"), k.member_village)
    page.rule()
    if k.kind == "repayment":
        purpose = L(f"kwitansi.repayment.{k.loan_kind}", loan=k.loan_number)
    elif k.kind == "shu":
        purpose = L("kwitansi.shu", year=k.shu_year)
    elif k.voids:
        purpose = L("kwitansi.void_of", number=k.voids)
    else:
        purpose = L(f"kwitansi.{k.kind}", kind=L(f"kwitansi.kind.{k.savings_kind}"))
    page.field(L("kwitansi.for"), purpose, bold=True)
    page.field(L("kwitansi.method"), L(f"kwitansi.method.{k.method}", slip=k.slip))
    if k.memo:
        page.field(L("kwitansi.memo"), k.memo)
    page.rule()
    if k.kind == "repayment":
        page.amount(L("kwitansi.principal"), rupiah(k.principal))
        page.amount(L("kwitansi.service"), rupiah(k.service))
        page.rule()
    if k.kind == "shu":
        page.amount(L("kwitansi.jasa_usaha"), rupiah(k.jasa_usaha))
        page.amount(L("kwitansi.jasa_modal"), rupiah(k.jasa_modal))
        page.rule()
    label = L("kwitansi.received") if k.received else L("kwitansi.paid_out")
    page.amount(label, rupiah(k.amount), bold=True, tall=True)
    page.left(f"{L('in_words')}:")
    page.left(k.in_words, bold=True)
    page.rule()
    if k.kind == "repayment":
        page.amount(L("kwitansi.outstanding"), rupiah(k.balance_after))
    elif k.kind != "shu":  # an SHU share leaves no balance behind
        balance = L("kwitansi.balance", kind=L(f"kwitansi.kind.{k.savings_kind}"))
        page.amount(balance[:1].upper() + balance[1:], rupiah(k.balance_after))
    _place_date(page, k.header.place, date_long(k.date, page.lang))
    meterai = [L("meterai", amount=rupiah(k.meterai_duty))] if k.meterai_duty else []
    if k.received:
        left = [L("kwitansi.depositor"), L("member")]
        right = [L("received_by"), L("treasurer"), *meterai]
    else:
        left = [L("received_by"), L("member"), *meterai]
        right = [L("kwitansi.payer"), L("treasurer")]
    page.signatures(left, right, (k.member_name, k.header.treasurer))
    return page.lines


# ------------------------------------------------------------------------ ESC/POS bytes


def escpos_bytes(documents: Iterable[list[Line]]) -> bytes:
    """ESC/POS for documents of lines: initialise the printer, then each document's lines
    (bold and double height switched only where they change), a feed and a full cut."""
    printer = Dummy()
    printer.hw("INIT")
    for lines in documents:
        bold, tall = False, False
        for line in lines:
            if line.tall != tall:
                printer.set(double_height=line.tall, normal_textsize=not line.tall)
                tall = line.tall
            if line.bold != bold:
                printer.set(bold=line.bold)
                bold = line.bold
            printer.textln(line.text.rstrip())
        if tall:
            printer.set(normal_textsize=True)
        if bold:
            printer.set(bold=False)
        printer.cut()
    return printer.output


def render_receipt(receipt: ReceiptData, paper: int | str = 58) -> bytes:
    """A delivery receipt as ESC/POS bytes for a 58 or 80 mm roll."""
    return escpos_bytes([receipt_layout(receipt, columns_for(paper))])


def render_slips(slips: Iterable[SlipData], paper: int | str = 58) -> bytes:
    """Payout slips, each cut off, as ESC/POS bytes."""
    columns = columns_for(paper)
    return escpos_bytes(slip_layout(s, columns) for s in slips)


def render_kwitansi(receipt: KwitansiData, paper: int | str = 58) -> bytes:
    """A kwitansi as ESC/POS bytes."""
    return escpos_bytes([kwitansi_layout(receipt, columns_for(paper))])


# -------------------------------------------------------------------------- the printer


@dataclass(frozen=True)
class Target:
    """Where printouts go (the setting `printer.thermal.target`).

    Attributes:
      kind: "file" (a device such as /dev/usb/lp0, or a file), "cups" (a queue, printed raw
        with `lp -d QUEUE -o raw`) or "network" (a printer's raw port, usually 9100).
      where: the path, the queue name, or the host.
      port: the network port.
    """

    kind: str
    where: str
    port: int = 0

    def __str__(self) -> str:
        if self.kind == "cups":
            return f"cups:{self.where}"
        if self.kind == "windows":
            return f"win:{self.where}"
        if self.kind == "network":
            return f"{self.where}:{self.port}"
        return self.where


_QUEUE = re.compile(r"[A-Za-z0-9_.@-]{1,127}")
_HOST_PORT = re.compile(r"(?:tcp://)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):([0-9]{1,5})")


def parse_target(value: str) -> Target:
    """ "cups:QUEUE", "win:PRINTER NAME" (an installed Windows printer, printed raw),
    "HOST:PORT" (or "tcp://HOST:PORT"), or a path."""
    value = (value or "").strip()
    if value.startswith("win:"):
        name = value[len("win:") :].strip()
        if not name or len(name) > 200:
            raise KoperasiError("printer.bad_target", target=value)
        return Target("windows", name)
    if value.startswith("cups:"):
        queue = value[len("cups:") :]
        if not _QUEUE.fullmatch(queue):
            raise KoperasiError("printer.bad_target", target=value)
        return Target("cups", queue)
    if match := _HOST_PORT.fullmatch(value):
        port = int(match[2])
        if not 1 <= port <= 65535:
            raise KoperasiError("printer.bad_target", target=value)
        return Target("network", match[1].strip("[]"), port)
    if not value or value.startswith("tcp:"):
        raise KoperasiError("printer.bad_target", target=value)
    return Target("file", value)


def send(data: bytes, target: Target | str, timeout: float = 15.0) -> None:
    """Send printer bytes to a device or file, a CUPS queue, or a network printer; a
    KoperasiError with the reason when they do not get there."""
    if isinstance(target, str):
        target = parse_target(target)
    if target.kind == "file":
        _write_file(target.where, data)
    elif target.kind == "cups":
        _send_cups(target.where, data, timeout)
    elif target.kind == "windows":
        _send_windows(target.where, data)
    else:
        _send_network(target, data, timeout)


def _write_file(path: str, data: bytes) -> None:
    """Write to a printer device, or to a new or existing plain file, never through a
    symbolic link (whatever it points to, such as the book, is never written) and never over
    a book or any other SQLite database."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    flags = nofollow | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    if nofollow == 0 and os.path.islink(path):  # Windows has no O_NOFOLLOW
        raise KoperasiError("printer.target_is_link", path=path)
    try:
        created = readable = False
        try:
            fd = os.open(path, flags | os.O_RDWR)
            readable = True
        except FileNotFoundError:
            fd = os.open(path, flags | os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            created = True
        except PermissionError:  # a device this user may write but not read
            fd = os.open(path, flags | os.O_WRONLY)
    except OSError as exc:
        if os.path.islink(path):  # ELOOP from O_NOFOLLOW
            raise KoperasiError("printer.target_is_link", path=path) from exc
        raise KoperasiError("printer.write_failed", target=path, reason=exc.strerror) from exc
    try:
        mode = os.fstat(fd).st_mode
        regular = stat.S_ISREG(mode)
        if not regular and not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            raise KoperasiError("printer.write_failed", target=path, reason="not a device")
        if regular and not created:
            if not readable:  # cannot tell whether it is a book: do not risk it
                raise KoperasiError("printer.write_failed", target=path, reason="not readable")
            if os.read(fd, len(_SQLITE_HEADER)) == _SQLITE_HEADER:
                raise KoperasiError("printer.target_is_book", path=path)
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)  # a printout file is replaced whole, not appended to
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise KoperasiError("printer.write_failed", target=path, reason=exc.strerror) from exc
    finally:
        os.close(fd)


def _send_cups(queue: str, data: bytes, timeout: float) -> None:
    try:
        result = subprocess.run(
            ["lp", "-d", queue, "-o", "raw"],
            input=data,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError as exc:
        raise KoperasiError("printer.no_lp") from exc
    except subprocess.TimeoutExpired as exc:
        raise KoperasiError(
            "printer.write_failed", target=f"cups:{queue}", reason="timeout"
        ) from exc
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip() or f"lp {result.returncode}"
        raise KoperasiError("printer.write_failed", target=f"cups:{queue}", reason=reason)


def _send_network(target: Target, data: bytes, timeout: float) -> None:
    try:
        with socket.create_connection((target.where, target.port), timeout=timeout) as sock:
            sock.sendall(data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise KoperasiError("printer.write_failed", target=str(target), reason=reason) from exc


def _send_windows(name: str, data: bytes) -> None:
    """An installed Windows printer, as a RAW job (what python-escpos's Win32Raw does)."""
    try:
        import win32print  # pywin32, on Windows only
    except ImportError as exc:
        raise KoperasiError("printer.write_failed", target=f"win:{name}", reason="pywin32") from exc
    try:
        handle = win32print.OpenPrinter(name)
        try:
            win32print.StartDocPrinter(handle, 1, ("Koperasi", None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        finally:
            win32print.ClosePrinter(handle)
    except Exception as exc:  # pywintypes.error: the printer's own reason
        reason = getattr(exc, "strerror", "") or str(exc)
        raise KoperasiError("printer.write_failed", target=f"win:{name}", reason=reason) from exc


def write_escpos(path: str, data: bytes) -> None:
    """ESC/POS bytes to a printer device or a file: a device is written in place, never
    replaced by a regular file, and a missing device is not created as a file."""
    if str(path).startswith("/dev/") and not os.path.exists(path):
        raise KoperasiError("printer.would_replace_device", path=path)
    send(data, Target("file", path))
