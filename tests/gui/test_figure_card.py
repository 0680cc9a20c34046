"""A card's figure is read whole: drawn smaller when the card is narrow, never cut off."""

from PySide6.QtGui import QFontMetrics

from koperasi.gui.kit.widgets import FigureCard


def test_a_long_figure_shrinks_to_fit_a_narrow_card_and_grows_back(qtbot):
    card = FigureCard()
    qtbot.addWidget(card)
    card.value.setText("Rp 1.170.225.250")
    card.resize(200, 90)
    card.show()
    qtbot.wait(10)
    label = card.value
    width = label.contentsRect().width()
    assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= width
    assert label.font().pixelSize() < 19
    card.resize(500, 90)
    qtbot.wait(10)
    assert label.styleSheet() == "" and label.font().pixelSize() in (19, -1)
