"""Word-wrapped lists redraw the row that changed, not every visible row (the transcript list
repainted eight rows of up to 1,500 characters ten times a second while typing), and a row
that grows still pushes the rows below it down."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel

from app.ui.wrapped_list import WrappedListView


class Paints(QObject):
    def __init__(self, widget):
        super().__init__()
        self.rects = []
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())
        return False


def shown_list(qtbot, rows: list[str]):
    view = WrappedListView()
    model = QStringListModel(rows)
    view.setModel(model)
    view.resize(400, 300)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    return view, model


def test_a_changed_row_of_the_same_height_is_redrawn_alone(qtbot):
    view, model = shown_list(qtbot, [f"Frage {n}: Wie sind Sie gereist?" for n in range(12)])
    paints = Paints(view.viewport())
    model.setData(model.index(3), "Frage 3: Wann sind Sie gereist?")
    qtbot.waitUntil(lambda: bool(paints.rects))
    qtbot.wait(50)
    row = view.visualRect(model.index(3))
    assert all(rect.height() <= row.height() for rect in paints.rects), paints.rects
    assert any(rect.intersects(row) for rect in paints.rects)


def test_a_row_that_grows_moves_the_rows_below(qtbot):
    view, model = shown_list(qtbot, [f"Antwort {n}." for n in range(12)])
    below = view.visualRect(model.index(4)).top()
    model.setData(model.index(3), "Wir sind über die Berge gegangen, zwei Wochen lang. " * 6)
    qtbot.waitUntil(lambda: view.visualRect(model.index(4)).top() > below + 20)
    grown = view.visualRect(model.index(3))
    assert view.visualRect(model.index(4)).top() == grown.bottom() + 1
