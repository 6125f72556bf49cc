"""One box to find an order (by number), a customer (name, code, phone) or a product (SKU,
barcode, name); results drop down as the user types, Enter opens the chosen one."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services import search
from app.services.search import SearchHit
from app.views.context import AppContext
from app.views.support.runner import FAILED, run

DEBOUNCE_MS = 150  # wait for a pause in typing; a search answers in a few ms
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {"order": QT_TRANSLATE_NOOP("GlobalSearch", "Order"),
               "customer": QT_TRANSLATE_NOOP("GlobalSearch", "Customer"),
               "product": QT_TRANSLATE_NOOP("GlobalSearch", "Product")}


class GlobalSearch(QLineEdit):
    chosen = Signal(str, object)  # kind, id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(380)
        self.hits: list[SearchHit] = []
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._open_first)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Find an order, customer or product (Ctrl+F)"))

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def run_search(self) -> list[SearchHit]:
        self._timer.stop()
        found = run(self, search.search_everything, self.ctx.uow(write=False), self.text())
        self.hits = [] if found is FAILED else list(found)
        self._model.clear()
        for hit in self.hits:
            kind = QCoreApplication.translate("GlobalSearch", KIND_LABELS[hit.kind])
            item = QStandardItem(f"{kind}  {hit.title}  ·  {hit.detail}")
            item.setData(hit, HIT_ROLE)
            self._model.appendRow(item)
        if self.hits:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()
        return self.hits

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self._open(hit)

    def _open_first(self) -> None:
        if self._timer.isActive() or not self.hits:
            self.run_search()
        if self.hits:
            self._open(self.hits[0])

    def _open(self, hit: SearchHit) -> None:
        self.completer_.popup().hide()
        self.chosen.emit(hit.kind, hit.id)


