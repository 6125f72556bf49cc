"""Scanners and label printers behind small Protocols: no Qt, no database, no services."""
