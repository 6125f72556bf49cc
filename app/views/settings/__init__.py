"""Settings (File > Settings…) and the forms the first-run wizard shares with it."""

from app.views.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
