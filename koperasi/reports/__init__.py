"""Report data: the book turned into plain, frozen values that printed documents show.

Every figure and every total is computed here, from the book, and nowhere else; the
renderers in koperasi.pdf only lay these values out. Nothing here knows about pages.

- header.Header: the cooperative as it heads every document.
- receipt.receipt_data: a delivery receipt (nota timbang).
- slips.slip_data / slips_data / slips_for_sale / slips_for_run: payout slips.
- settlement.settlement_data: a sale's settlement sheet (daftar pembagian hasil).
- statement.statement_data: a member's statement (rekening anggota) for a period.
- register.register_data: the member register (daftar anggota).
"""

from koperasi.reports.header import Header, header_of
from koperasi.reports.receipt import ReceiptData, receipt_data
from koperasi.reports.register import RegisterData, register_data
from koperasi.reports.settlement import SettlementData, settlement_data
from koperasi.reports.slips import SlipData, slip_data, slips_data, slips_for_run, slips_for_sale
from koperasi.reports.statement import StatementData, statement_data

__all__ = [
    "Header",
    "ReceiptData",
    "RegisterData",
    "SettlementData",
    "SlipData",
    "StatementData",
    "header_of",
    "receipt_data",
    "register_data",
    "settlement_data",
    "slip_data",
    "slips_data",
    "slips_for_run",
    "slips_for_sale",
    "statement_data",
]
