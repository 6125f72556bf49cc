"""The Complaints step: the register by state, one complaint's steps and history, and the
form to register a new one."""

from app.views.screens.complaints.screen import ComplaintsScreen

__all__ = ["ComplaintsScreen"]
