"""The hand-drawn charts: round axis steps, lines and bars in their series' colours, a gap
where a period has no value, and a message instead of an empty frame."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.views.widgets.charts import BarChart, LineChart, Series, nice_ticks


def colour_count(image: QImage, colour: str) -> int:
    target = QColor(colour).rgb()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixel(x, y) == target)


def test_nice_ticks_are_round_and_cover_the_values() -> None:
    assert nice_ticks(0, 100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(0, 7) == [0, 2, 4, 6, 8]
    ticks = nice_ticks(0, 123456)
    assert ticks[0] == 0 and ticks[-1] >= 123456 and len(ticks) <= 7


def test_line_chart_draws_each_series_and_the_target(qtbot: QtBot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_data("Rates", ["w1", "w2", "w3", "w4"],
                   [Series("On time", (50.0, 60.0, None, 80.0), "#0072b2"),
                    Series("Fill", (90.0, 95.0, 99.0, 100.0), "#009e73")],
                   lambda v: f"{v:g}%")
    chart.set_target(95.0, "Target")
    image = chart.grab().toImage()
    assert colour_count(image, "#0072b2") > 30
    assert colour_count(image, "#009e73") > 30
    assert colour_count(image, "#b3261e") > 3  # the dashed target line (sampled)


def test_bar_chart_bar_height_follows_the_value(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_data("By tier", ["A", "B"], [Series("On time", (100.0, 25.0), "#e69f00")])
    image = chart.grab().toImage()

    def height(x_from: int, x_to: int) -> int:
        return max(sum(1 for y in range(image.height())
                       if image.pixel(x, y) == QColor("#e69f00").rgb())
                   for x in range(x_from, x_to))

    middle = image.width() // 2
    assert height(0, middle) > 3 * height(middle, image.width()) > 0


def test_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_data("Rates", [], [])
    assert colour_count(chart.grab().toImage(), "#0072b2") == 0
