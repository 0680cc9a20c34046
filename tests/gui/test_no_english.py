"""No English in the Indonesian window, and no hand-made plurals in either language.

Every section, the sale wizard and the print preview are shown in Indonesian and every
text a person can see (labels, buttons, placeholders, menus, table headers and cells) is
searched for English words; `lupdate` must find nothing unfinished in the .ts.
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabWidget,
    QWidget,
)

from tests.gui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = re.compile(
    r"\(s\)|\(ies\)|\bmembers?\b|\bdeliver(y|ies)\b|\bfee\b|\bTotal:|\bsales?\b|\bSave\b"
    r"|\bCancel\b|\bClose\b|\bpayments?\b|\bsavings\b|\bloans?\b|\bPrint\b|\bNext\b"
    r"|\bunpaid\b|\bselected\b|\bpage\(s\)",
    re.IGNORECASE,
)
TAG = re.compile(r"<[^>]+>")


def visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            for column in range(columns):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(columns):
                    value = model.index(row, column).data()
                    if isinstance(value, str):
                        texts.append(value)
    return [TAG.sub(" ", t) for t in texts if t]


def english_in(window: QWidget) -> list[str]:
    return sorted({t for t in visible_texts(window) if ENGLISH.search(t)})


def test_every_section_speaks_indonesian(qtbot, window, runner):
    found = {}
    for index, page in enumerate(window.pages):
        window.go(index)
        settle(qtbot, runner)
        qtbot.wait(50)
        if english_in(window):
            found[page.title()] = english_in(window)
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_sale_wizard_speaks_indonesian(qtbot, window, runner):
    from tests.gui.test_sales_page import add_rubber, open_wizard

    add_rubber(runner)
    wizard = open_wizard(qtbot, window, runner)
    wizard.commodity_page.select("Karet")
    qtbot.waitUntil(wizard.commodity_page.isComplete, timeout=5000)
    assert english_in(wizard) == []
    wizard.next()
    assert english_in(wizard) == []
    wizard.next()
    terms = wizard.terms_page
    qtbot.keyClicks(terms.buyer_edit, "PT Remco Jambi")
    qtbot.keyClicks(terms.sold_edit, "138,5")
    qtbot.keyClicks(terms.price_edit, "12.450")
    qtbot.waitUntil(terms.isComplete, timeout=5000)
    assert english_in(wizard) == []  # the shares' total row said "Total: 3 member(s)"
    wizard.next()
    assert english_in(wizard) == []
    wizard.done(0)


def test_english_screens_use_real_plurals(qtbot, window, runner):
    window.set_language("en")
    window.go(2)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: "1 delivery" in window.deliveries.totals_label.text(), timeout=3000)
    assert "(ies)" not in window.deliveries.totals_label.text()
    window.go(1)
    settle(qtbot, runner)
    assert window.members.count_label.text() == "3 members"
    window.set_language("id")


def test_lupdate_leaves_nothing_unfinished(tmp_path):
    ts = tmp_path / "koperasi_id.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "koperasi_id.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "koperasi" / "gui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate if lupdate.exists() else "pyside6-lupdate"), *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    unfinished = [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
