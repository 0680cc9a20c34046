"""PDF renderers: report data in, PDF bytes out. The only package that imports reportlab.

Each document has a renderer class built on koperasi.pdf.base (paper geometry, bundled
fonts, stylesheet, letterhead and footer in one place) and a render_* function:

- render_receipt(data, paper="a6" | "roll80"): a delivery receipt (nota timbang).
- render_slips(slips, paper="a5" | "a6" | "roll80"): payout slips, one per page.
- render_settlement(data): a sale's settlement sheet, A4.
- render_statement(data): a member's statement, A4.
- render_register(data): the member register, A4 landscape.
"""

from koperasi.pdf.receipt import ReceiptRenderer, render_receipt, render_receipts
from koperasi.pdf.register import RegisterRenderer, render_register
from koperasi.pdf.settlement import SettlementRenderer, render_settlement
from koperasi.pdf.slip import SlipRenderer, render_slips
from koperasi.pdf.statement import StatementRenderer, render_statement

RECEIPT_PAPERS = ReceiptRenderer.papers
SLIP_PAPERS = SlipRenderer.papers

__all__ = [
    "RECEIPT_PAPERS",
    "SLIP_PAPERS",
    "ReceiptRenderer",
    "RegisterRenderer",
    "SettlementRenderer",
    "SlipRenderer",
    "StatementRenderer",
    "render_receipt",
    "render_receipts",
    "render_register",
    "render_settlement",
    "render_slips",
    "render_statement",
]
