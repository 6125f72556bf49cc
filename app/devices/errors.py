"""The DeviceError family that scanners, printers and transports raise; messages are for users."""

from __future__ import annotations


class DeviceError(Exception):
    """A device could not do what was asked; `str(error)` is a message for the user."""


class DeviceNotConnected(DeviceError):
    """The device or port is not there (unplugged, switched off, connection refused)."""


class DeviceTimeout(DeviceError):
    """The device did not answer in time."""


class PrinterRejected(DeviceError):
    """The printer or print queue refused the job (paper out, queue stopped, bad data)."""


class UnsupportedOnThisSystem(DeviceError):
    """The chosen transport does not exist on this operating system."""
