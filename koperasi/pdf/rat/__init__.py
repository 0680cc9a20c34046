"""The board's annual report to the members' meeting (RAT) as a PDF: a cover, then each part
on its own pages (A4 portrait; landscape where a table needs the width), or one part alone.

renderer.py holds the document (cover, page templates, running heads); statements.py, shu.py,
members.py and commodities.py build the parts; flowables.py holds what the parts share. The
words are in koperasi.text.documents.RAT.
"""

from koperasi.pdf.rat.flowables import LANDSCAPE_PARTS, ROMAN, amount, count
from koperasi.pdf.rat.renderer import RatRenderer, render_rat

__all__ = ["LANDSCAPE_PARTS", "ROMAN", "RatRenderer", "amount", "count", "render_rat"]
