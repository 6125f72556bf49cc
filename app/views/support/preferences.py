"""Per-user, per-computer choices (language, last user name, window layout) in QSettings.

Company-wide settings live in the database (app/services/settings.py); what belongs to one
person at one desk lives here, so one user's language never changes another's.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.views.support.i18n import DEFAULT_LANGUAGE, LANGUAGES


def _settings() -> QSettings:
    return QSettings("OrderDesk", "OrderDesk")


def language() -> str:
    value = str(_settings().value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    _settings().setValue("language", code)


def last_username() -> str:
    return str(_settings().value("last_username", ""))


def set_last_username(name: str) -> None:
    _settings().setValue("last_username", name)
