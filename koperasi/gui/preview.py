"""The in-app print preview: any PDF document, with Print and Save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMarginsF, QSize, QSizeF, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.gui.kit.fit import fit_to_screen

# Paper names used by koperasi.pdf → Qt page sizes (the 80 mm roll is as long as its page).
PAPER_MM = {"a4": (210, 297), "a4-landscape": (297, 210), "a5": (148, 210), "a6": (105, 148)}


def page_size_for(paper: str, first_page_points: QSizeF | None = None) -> QPageSize:
    if paper in PAPER_MM:
        width, height = PAPER_MM[paper]
        return QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Millimeter)
    if first_page_points is not None and not first_page_points.isEmpty():
        return QPageSize(first_page_points, QPageSize.Unit.Point, "roll")
    return QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter)


class PdfPreview(QDialog):
    """Shows PDF bytes; Print sends them to a printer with the document's paper size."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        paper: str = "a4",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.paper = paper
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 1000)  # 1000 px tall hid Cetak/Tutup on a 768 screen
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel()
        self.print_button = QPushButton()
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton()
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.close_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_as(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.file_name, "PDF (*.pdf)"
        )
        if not name:
            return None
        path = Path(name)
        path.write_bytes(self.pdf)
        return path

    def configure_printer(self, printer: QPrinter) -> None:
        first = self.document.pagePointSize(0) if self.document.pageCount() else None
        printer.setPageLayout(
            QPageLayout(
                page_size_for(self.paper, first),
                QPageLayout.Orientation.Landscape
                if self.paper.endswith("landscape")
                else QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        printer.setFullPage(True)
        printer.setDocName(self.file_name)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.configure_printer(printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render every page at the printer's resolution; returns the pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(index)
                scale = min(target.width() / size.width(), target.height() / size.height())
                image = self.document.render(
                    index, QSize(int(size.width() * scale), int(size.height() * scale))
                )
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return self.document.pageCount()


def show_pdf(
    pdf: bytes, title: str, file_name: str, paper: str = "a4", parent: QWidget | None = None
) -> PdfPreview:
    preview = PdfPreview(pdf, title, file_name, paper, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview
