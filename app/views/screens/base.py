"""What a screen is: a widget for one process step, built with the AppContext."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext


class Screen(QWidget):
    """Base of every step's screen.

    The main window creates a screen the first time the user opens its step, calls
    `refresh()` each time the step is shown again (and on F5), and `focus_first()` so that
    the keyboard is ready at once.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload what the screen shows from the services."""

    def focus_first(self) -> None:
        """Put the keyboard focus where the user starts (a search box, a scan field)."""
        self.setFocus()

    def open_record(self, kind: str, record_id: object) -> bool:
        """Show one record (e.g. "order", id) from the global search; False: not here."""
        return False
