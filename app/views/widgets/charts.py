"""Line and bar charts drawn with QPainter (PySide6-Essentials ships no QtCharts).

Both take categories (x labels) and one or more series of numbers (None: no value there),
plus a function that writes a value for the axis in the user's locale. The line chart can
draw a dashed target line. Fonts are the widget's, so Chinese labels render as elsewhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.views.support.i18n import translate

# Distinct colours that stay apart for colour-blind readers (Okabe-Ito).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00")
TARGET = QColor("#b3261e")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    color: str = ""


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis steps (1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


class _Chart(QWidget):
    """Shared frame: title, legend, y axis with grid, x labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.fmt: Callable[[float], str] = lambda v: f"{v:g}"
        self.floor_zero = True
        self.ceiling: float | None = None  # e.g. 100 for percentages
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 200)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_data(self, title: str, categories: Sequence[str], series: Sequence[Series],
                 fmt: Callable[[float], str] | None = None) -> None:
        self.title = title
        self.categories = tuple(categories)
        self.series = tuple(Series(s.name, tuple(s.values), s.color or PALETTE[i % 6])
                            for i, s in enumerate(series))
        if fmt is not None:
            self.fmt = fmt
        self.update()

    def values(self) -> list[float]:
        return [v for s in self.series for v in s.values if v is not None]

    def extra_values(self) -> list[float]:
        return []

    def _frame(self, painter: QPainter) -> tuple[QRectF, list[float]] | None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(self.palette().windowText().color())
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(8, 4, self.width() - 16, line + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        legend_y = 8 + line
        self._legend(painter, legend_y, line)
        data = self.values() + self.extra_values()
        if not data or not self.categories:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("Charts", "Nothing to show in this range"))
            return None
        low = 0.0 if self.floor_zero else min(data)
        high = max(data)
        if self.ceiling is not None:
            high = min(max(high, low + 1), self.ceiling)
        ticks = nice_ticks(low, high)
        axis_w = max(metrics.horizontalAdvance(self.fmt(t)) for t in ticks) + 10
        plot = QRectF(axis_w + 6, legend_y + line + 10, self.width() - axis_w - 18,
                      self.height() - legend_y - 2 * line - 24)
        grid = QColor(self.palette().mid().color())
        grid.setAlpha(90)
        for tick in ticks:
            y = self._y(plot, ticks, tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, y - line / 2, axis_w, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.fmt(tick))
        painter.setPen(QPen(self.palette().windowText().color(), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._x_labels(painter, plot, metrics)
        return plot, ticks

    def _legend(self, painter: QPainter, y: float, line: int) -> None:
        x = 10.0
        metrics = QFontMetrics(self.font())
        for name, color, dashed in self.legend_items():
            pen = QPen(QColor(color), 3)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + line / 2 + 1), QPointF(x + 18, y + line / 2 + 1))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(x + 23, y + metrics.ascent() + 1), name)
            x += 23 + metrics.horizontalAdvance(name) + 16

    def legend_items(self) -> list[tuple[str, str, bool]]:
        return [(s.name, s.color, False) for s in self.series]

    def _y(self, plot: QRectF, ticks: list[float], value: float) -> float:
        span = (ticks[-1] - ticks[0]) or 1
        return plot.bottom() - (value - ticks[0]) / span * plot.height()

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(len(self.categories), 1)

    def _x_labels(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        slot = self._slot(plot)
        widest = max(metrics.horizontalAdvance(c) for c in self.categories) + 8
        every = max(1, math.ceil(widest / slot))  # skip labels that would overlap
        painter.setPen(self.palette().windowText().color())
        for index, text in enumerate(self.categories):
            if index % every:
                continue
            centre = plot.left() + slot * (index + 0.5)
            box = QRectF(centre - slot * every / 2, plot.bottom() + 4, slot * every,
                         metrics.height() + 2)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                int(slot * every)))


class LineChart(_Chart):
    """Trend lines, one per series, with points and an optional dashed target line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: float | None = None
        self.target_name = ""

    def set_target(self, value: float | None, name: str = "") -> None:
        self.target, self.target_name = value, name
        self.update()

    def extra_values(self) -> list[float]:
        return [] if self.target is None or not self.values() else [self.target]

    def legend_items(self) -> list[tuple[str, str, bool]]:
        items = super().legend_items()
        if self.target is not None:
            items.append((self.target_name, TARGET.name(), True))
        return items

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame(painter)
        if frame is None:
            return
        plot, ticks = frame
        slot = self._slot(plot)
        if self.target is not None:
            pen = QPen(TARGET, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = self._y(plot, ticks, self.target)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        for series in self.series:
            color = QColor(series.color)
            painter.setPen(QPen(color, 2.5))
            previous: QPointF | None = None
            for index, value in enumerate(series.values):
                if value is None:  # a gap: nothing measured in that period
                    previous = None
                    continue
                point = QPointF(plot.left() + slot * (index + 0.5),
                                self._y(plot, ticks, value))
                if previous is not None:
                    painter.drawLine(previous, point)
                previous = point
            painter.setBrush(color)
            for index, value in enumerate(series.values):
                if value is not None:
                    painter.drawEllipse(QPointF(plot.left() + slot * (index + 0.5),
                                                self._y(plot, ticks, value)), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)


class BarChart(_Chart):
    """Grouped bars: one group per category, one bar per series."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = self._frame(painter)
        if frame is None:
            return
        plot, ticks = frame
        slot = self._slot(plot)
        count = max(len(self.series), 1)
        width = min(slot * 0.8 / count, 48)
        group = width * count
        for s_index, series in enumerate(self.series):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.color))
            for index, value in enumerate(series.values):
                if value is None:
                    continue
                left = plot.left() + slot * (index + 0.5) - group / 2 + s_index * width
                top = self._y(plot, ticks, value)
                painter.drawRect(QRectF(left + 1, top, width - 2, plot.bottom() - top))
