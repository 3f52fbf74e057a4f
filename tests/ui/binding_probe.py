"""Each kind of Qt call the desk makes, thousands of times, with the singletons' counts.

Run as a child process by ``test_binding_guard.py`` (a binding that frees ``None`` or
``True`` kills the process, which must fail the test, not the test run). Prints one JSON
line per kind: ``{"kind": ..., "None": delta, "True": delta, "False": delta}``.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

ROUNDS = int(os.environ.get("BINDING_PROBE_ROUNDS", "3000"))


class Emitter(QObject):
    bare = Signal()
    number = Signal(int)
    text = Signal(str)
    anything = Signal(object)
    flag = Signal(bool)


class PeopleModel(QAbstractTableModel):
    """A Python model as the pages have: data() answers None for most roles."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = [(f"Name {i}", f"Delegation {i % 7}") for i in range(40)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Column {section}"
        return None

    def reset(self) -> None:
        self.beginResetModel()
        self.rows.reverse()
        self.endResetModel()


def counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def probe(kind: str, step: Callable[[int], None], app: QApplication) -> None:
    for i in range(50):  # warm caches (lazy type objects, signatures) before counting
        step(i)
    app.processEvents()
    before = counts()
    for i in range(ROUNDS):
        step(i)
    app.processEvents()
    after = counts()
    row = {
        "kind": kind,
        **{n: a - b for n, a, b in zip(("None", "True", "False"), after, before, strict=True)},
    }
    print(json.dumps(row), flush=True)


def main() -> None:
    # Ballast: a binding that drops references must show as a fall in the counts, not
    # kill this small process before it can say which call did it.
    ballast = [None, True, False] * 200_000
    app = QApplication.instance() or QApplication(sys.argv[:1])
    emitter = Emitter()
    got: list[object] = []

    def bare_slot() -> None:
        got.append(1) if len(got) < 1 else None

    def arg_slot(value: object) -> None:
        got[:] = [type(value)]

    emitter.bare.connect(bare_slot)
    emitter.number.connect(arg_slot)
    emitter.text.connect(arg_slot)
    emitter.anything.connect(arg_slot)
    emitter.flag.connect(arg_slot)

    def clear(_i: int = 0) -> None:
        got.clear()

    probe("signal without arguments into a Python slot", lambda i: emitter.bare.emit(), app)
    clear()
    probe("signal with an int into a Python slot", lambda i: emitter.number.emit(i), app)
    probe("signal with a str into a Python slot", lambda i: emitter.text.emit("x"), app)
    probe("signal with None into a Python slot", lambda i: emitter.anything.emit(None), app)
    probe("signal with a bool into a Python slot", lambda i: emitter.flag.emit(i % 2 == 0), app)
    clear()

    def queued(i: int) -> None:
        QTimer.singleShot(0, bare_slot)
        if i % 100 == 0:
            app.processEvents()

    probe("QTimer.singleShot into a Python callable", queued, app)
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(bare_slot)
    timer.start()

    def spin(_i: int) -> None:
        app.processEvents()

    probe("QTimer timeout into a Python slot", spin, app)
    timer.stop()
    clear()

    table = QTableWidget(10, 3)
    font = QFont()
    font.setBold(True)

    def table_item(i: int) -> None:
        item = QTableWidgetItem(f"row {i}")
        item.setToolTip("a tooltip")
        item.setData(Qt.ItemDataRole.UserRole, i)
        item.setData(Qt.ItemDataRole.UserRole + 1, None)
        item.setFont(font)
        item.setForeground(QColor("#2E7D32"))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(i % 10, i % 3, item)
        item.data(Qt.ItemDataRole.UserRole + 1)
        item.toolTip()

    probe("QTableWidgetItem setters and setItem", table_item, app)

    def table_rows(i: int) -> None:
        table.setRowCount(i % 10)
        table.setSortingEnabled(i % 2 == 0)
        table.clearContents()

    probe("QTableWidget row count, sorting, clear", table_rows, app)

    label = QLabel()
    line = QLineEdit()
    button = QPushButton("OK")
    bar = QProgressBar()

    def widgets(i: int) -> None:
        label.setText(f"{i} arrived")
        label.setToolTip("tip")
        label.setStyleSheet("color: #C62828;" if i % 2 else "")
        label.setVisible(i % 3 != 0)
        label.isVisible()
        line.setText("x")
        line.setPlaceholderText("Scan or type a name")
        line.hasFocus()
        button.setEnabled(i % 2 == 0)
        button.isEnabled()
        bar.setValue(i % 100)

    probe("QLabel, QLineEdit, QPushButton, QProgressBar setters", widgets, app)

    lst = QListWidget()

    def list_item(i: int) -> None:
        item = QListWidgetItem(f"person {i}")
        item.setData(Qt.ItemDataRole.UserRole, f"K-{i}")
        item.setToolTip("tip")
        item.setFont(font)
        lst.addItem(item)
        item.setSelected(i % 2 == 0)
        if lst.count() > 20:
            lst.clear()

    probe("QListWidgetItem setters, QListWidget add and clear", list_item, app)

    combo = QComboBox()

    def combo_items(i: int) -> None:
        combo.addItem(f"zone {i}", f"z{i}")
        combo.setCurrentIndex(combo.count() - 1)
        combo.currentData()
        if combo.count() > 20:
            combo.clear()

    probe("QComboBox items and data", combo_items, app)

    model = PeopleModel()
    view = QTableView()
    view.setModel(model)
    view.resize(400, 300)

    def reset(i: int) -> None:
        model.reset()
        if i % 20 == 0:
            view.grab()

    probe("model reset on a Python model shown in a QTableView", reset, app)

    standard = QStandardItemModel()

    def standard_items(i: int) -> None:
        if i % 50 == 0:
            standard.clear()
        item = QStandardItem(f"x{i}")
        item.setData(None, Qt.ItemDataRole.UserRole)
        item.setToolTip("tip")
        standard.appendRow(item)

    probe("QStandardItemModel items", standard_items, app)
    del ballast


if __name__ == "__main__":
    main()
