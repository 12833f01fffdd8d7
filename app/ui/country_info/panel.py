"""The country-information panel: search and browse the installed packs' statements.

Shown as a tab of the hearing screen (Ctrl+4) and, before a hearing, from the case list
(*Länderinformationen …*). The search itself is ``app.assistant.country_info``; this is the
shell: filters, a list model of results and the detail with source and pack version. Loading
the packs runs off the UI thread (``load``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QEvent, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui import tasks
from app.ui.countries import pack_name
from app.ui.padded_rows import PaddedRows

NO_YEAR = 1950  # the spin box's lowest value stands for "every year"


class ResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.results: list = []

    def set_results(self, results: list) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.results)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = ", ".join(r.places)
            head = " · ".join(part for part in (r.period_text, where) if part)
            return f"{head}\n{r.text}" if head else r.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.text
        return None


class CountryInfoPanel(QWidget):
    def __init__(self, language: str = "de", parent=None):
        super().__init__(parent)
        self.setObjectName("countryInfoPanel")
        self.language = language
        self.info = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.words = QLineEdit()
        self.words.setObjectName("countryInfoSearch")
        self.words.setClearButtonEnabled(True)
        self.place = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.topic = QComboBox()
        self.model = ResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("countryInfoResults")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(PaddedRows(self.results))
        self.results.setAlternatingRowColors(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("countryInfoDetail")

        filters = QHBoxLayout()
        filters.addWidget(self.place, 2)
        filters.addWidget(self.year, 1)
        filters.addWidget(self.topic, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.results)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

        # Typing waits for a short pause; choosing a filter searches at once.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self.search)
        self.words.textChanged.connect(self._typing.start)
        self.words.returnPressed.connect(self.search)
        self.place.activated.connect(self.search)
        self.topic.activated.connect(self.search)
        self.year.valueChanged.connect(self.search)
        self.results.selectionModel().currentChanged.connect(self._show_detail)
        self.retranslate()

    # --- loading --------------------------------------------------------------------------

    def load(self, pinned: dict[str, str] | None = None, nationality: str = "") -> None:
        """Load the packs (those of the hearing when ``pinned``) off the UI thread. With the
        applicant's ``nationality``, the places filter starts at their country (one click
        widens it to all places): an interviewer of a Syrian case looked at Afghanistan first."""
        from app.ui.assistant.loader import load_assistant

        self.status.setText(self.tr("Loading country information…"))
        tasks.run(
            tasks.in_background(load_assistant, pinned or None),
            lambda assistant: self.set_knowledge(
                assistant.knowledge, assistant.home_places(nationality) if nationality else ()
            ),
            lambda _error: self.status.setText(
                self.tr("The guideline packs could not be loaded; see the assistant tab.")
            ),
        )

    def set_knowledge(self, knowledge, home: tuple[str, ...] = ()) -> None:
        from app.assistant.country_info import CountryInfo

        first = self.info is None
        self.info = CountryInfo(knowledge, self.language)
        self._fill_choices()
        at_home = self.place.findData(home[0]) if first and home else -1
        if at_home >= 0:
            self.place.setCurrentIndex(at_home)
        self.search()

    def _fill_choices(self) -> None:
        for combo, every, choices in (
            (self.place, self.tr("All places"), self.info.places()),
            (self.topic, self.tr("All topics and actors"), self.info.topics()),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(every, None)
            for choice in choices:
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    # --- searching ------------------------------------------------------------------------

    def search(self) -> None:
        if self.info is None:
            return
        year = self.year.value()
        results = self.info.search(
            self.words.text(),
            self.place.currentData(),
            None if year == NO_YEAR else year,
            self.topic.currentData(),
        )
        self.model.set_results(results)
        self.status.setText(self.tr("%1 statements").replace("%1", str(len(results))))
        if results:
            self.results.setCurrentIndex(self.model.index(0))
        else:
            self.detail.setHtml("")

    def search_place(self, place_id: str) -> None:
        """Show what the packs say about a place (e.g. from a hint)."""
        index = self.place.findData(place_id)
        if index >= 0:
            self.place.setCurrentIndex(index)
            self.search()

    def _show_detail(self, current, _previous) -> None:
        if not current.isValid():
            return
        r = self.model.results[current.row()]
        rows = [
            (self.tr("Period"), r.period_text),
            (self.tr("Places"), ", ".join(r.places)),
            (self.tr("Topics"), ", ".join(r.topics)),
            (self.tr("Source"), f"{r.source} – {r.paragraph}"),
            (self.tr("Pack"), f"{self._pack_name(r.pack_id)} {r.pack_version}"),
        ]
        html = f"<p>{escape(r.text)}</p><table>"
        html += "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows if v
        )
        html += "</table>"
        if r.sample:
            sample = self.tr("Sample data, not official guidance.")
            html += f"<p><i>{escape(sample)}</i></p>"
        self.detail.setHtml(html)

    def _pack_name(self, pack_id: str) -> str:
        pack = self.info.knowledge.packs.get(pack_id) if self.info is not None else None
        return pack_name(pack_id, pack.meta if pack is not None else None)

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.words.setPlaceholderText(self.tr("Search: place, actor, keyword…"))
        self.year.setSpecialValueText(self.tr("every year"))
        self.year.setToolTip(self.tr("The year the statement is about"))
        language = QLocale().name()[:2]  # i18n.set_language sets the default locale
        if language in ("de", "en") and language != self.language:
            self.language = language
            if self.info is not None:
                self.set_knowledge(self.info.knowledge)
                return
        if self.info is not None:
            self._fill_choices()
            self.search()
        else:
            self.status.setText(self.tr("Loading country information…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_country_info_dialog(parent) -> None:
    """Country information before a hearing (from the case list): the newest packs."""
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(parent)
    dialog.setObjectName("countryInfoDialog")
    dialog.setWindowTitle(dialog.tr("Country information"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel = CountryInfoPanel(QLocale().name()[:2], dialog)
    QVBoxLayout(dialog).addWidget(panel)
    dialog.resize(720, 640)
    panel.load()
    dialog.show()
    panel.words.setFocus()
