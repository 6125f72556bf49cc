"""The PySide6 user interface: screens, Qt item models over service DTOs, small widgets."""
