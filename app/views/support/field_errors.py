"""Problems shown at the field they belong to: a red frame and a line of text under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.views.support.runner import FieldErrorsLike

ERROR_STYLE = "color: #b3261e;"


def error_label(name: str) -> QLabel:
    """An initially hidden label to put under a field; FieldErrors fills it in."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors(FieldErrorsLike):
    """Maps the services' ValidationError.field names to a form's widgets and labels."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
            label.clear()
            label.hide()

    def show(self, field: str, message: str) -> bool:
        """True if the form has that field (then the message is shown there)."""
        if field not in self._fields:
            return False
        widget, label = self._fields[field]
        widget.setProperty("invalid", True)
        widget.setStyleSheet("border: 1px solid #b3261e;")
        label.setText(message)
        label.show()
        widget.setFocus()
        return True

    def message(self, field: str) -> str:
        """The message shown at `field` ("" if none); for tests and accessibility."""
        _, label = self._fields[field]
        return label.text() if label.isVisible() or label.text() else ""
