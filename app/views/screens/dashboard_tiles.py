"""The dashboard's KPI tiles: the figure, its target, green when met, red with the alert
text when missed. Labels and units are translated here, once for tiles, alerts and tables."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.services.kpi_dashboard import Tile
from app.views.support import formatting
from app.views.support.i18n import translate

GREEN, RED = "#1b6e20", "#b3261e"

NAMES: dict[str, str] = {
    "kpi_target_on_time_pct": QT_TRANSLATE_NOOP("Dashboard", "On-time delivery"),
    "kpi_target_accuracy_pct": QT_TRANSLATE_NOOP("Dashboard", "Order accuracy"),
    "kpi_target_fill_rate_pct": QT_TRANSLATE_NOOP("Dashboard", "Fill rate"),
    "kpi_target_confirmation_hours": QT_TRANSLATE_NOOP("Dashboard", "Entry to confirmation"),
    "kpi_target_first_shipment_hours": QT_TRANSLATE_NOOP("Dashboard",
                                                         "Confirmation to shipment"),
    "kpi_target_delivery_hours": QT_TRANSLATE_NOOP("Dashboard", "Entry to delivery"),
    "kpi_target_back_order_lines": QT_TRANSLATE_NOOP("Dashboard", "Back-order lines"),
    "kpi_target_days_to_pay": QT_TRANSLATE_NOOP("Dashboard", "Average days to pay"),
    "kpi_target_overdue_amount": QT_TRANSLATE_NOOP("Dashboard", "Overdue receivables"),
    "kpi_target_resolve_hours": QT_TRANSLATE_NOOP("Dashboard", "Complaint resolution"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def kpi_name(key: str) -> str:
    return tr(NAMES[key])


def figure(value: Decimal | None, unit: str, currency: str) -> str:
    """A KPI value with its unit, in the user's locale; a dash when nothing was measured."""
    if value is None:
        return "—"
    if unit == "money":
        return formatting.money(value, currency)
    if unit == "count":
        return formatting.number(value)
    shown = formatting.number(value.quantize(Decimal("0.1")))
    if unit == "pct":
        return translate("Dashboard", "{0} %").replace("{0}", shown)
    if unit == "days":
        return translate("Dashboard", "{0} d").replace("{0}", shown)
    return translate("Dashboard", "{0} h").replace("{0}", shown)


def target_text(tile: Tile, currency: str) -> str:
    goal = figure(tile.target, tile.unit, currency)
    text = (translate("Dashboard", "Target ≥ {0}") if tile.higher_is_better
            else translate("Dashboard", "Target ≤ {0}"))
    return text.replace("{0}", goal)


def alert_text(tile: Tile, currency: str) -> str:
    """"On-time delivery 33.3 % is below its target of 95 %"."""
    if tile.higher_is_better:
        text = translate("Dashboard", "{kpi} {value} is below its target of {target}")
    else:
        text = translate("Dashboard", "{kpi} {value} is above its target of {target}")
    return (text.replace("{kpi}", kpi_name(tile.key))
            .replace("{value}", figure(tile.value, tile.unit, currency))
            .replace("{target}", figure(tile.target, tile.unit, currency)))


class KpiTile(QFrame):
    """One KPI: name, big figure, target line, status (objectName tile_<target key>)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile_" + key.removeprefix("kpi_target_"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.target = QLabel()
        self.target.setObjectName("tileTarget")
        self.status = QLabel()
        self.status.setObjectName("tileStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        for widget in (self.name, self.value, self.target, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.missed = False

    def show_tile(self, tile: Tile, currency: str) -> None:
        self.name.setText(kpi_name(tile.key))
        self.value.setText(figure(tile.value, tile.unit, currency))
        self.target.setText(target_text(tile, currency))
        self.missed = tile.missed
        if tile.value is None:
            colour, status = "palette(mid)", translate("Dashboard", "Nothing to measure")
        elif tile.missed:
            colour, status = RED, alert_text(tile, currency)
        else:
            colour, status = GREEN, translate("Dashboard", "On target")
        self.status.setText(status)
        self.setStyleSheet(
            f"#{self.objectName()} {{ border: 2px solid {colour}; border-radius: 6px; }}")
        shown = colour if tile.value is not None else "palette(window-text)"
        self.value.setStyleSheet(f"color: {shown};")
        self.status.setStyleSheet(f"color: {shown};")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
