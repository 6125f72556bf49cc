"""The outgoing mail server's password in the operating system's keyring, never in the
database: one entry per user and server (service "OrderDesk mail", user@host)."""

from __future__ import annotations

import contextlib

KEYRING_SERVICE = "OrderDesk mail"


class MailPasswordError(Exception):
    """The keyring cannot store the password; the message says why."""


def keyring_name(user: str, host: str) -> str:
    return f"{user}@{host}"


def store_mail_password(user: str, host: str, password: str) -> None:
    """An empty password removes the entry (a server without login needs none)."""
    import keyring
    from keyring.errors import KeyringError

    if not password:
        forget_mail_password(user, host)
        return
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(user, host), password)
    except (KeyringError, RuntimeError) as exc:
        raise MailPasswordError(
            f"The mail password cannot be stored in this computer's keyring ({exc}). Install "
            "or unlock a keyring (e.g. GNOME Keyring, KWallet).") from None


def lookup_mail_password(user: str, host: str) -> str:
    """The stored password, or "" when there is none or no keyring to ask."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(user, host)) or ""
    except (KeyringError, RuntimeError):
        return ""


def forget_mail_password(user: str, host: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    # Nothing stored, or no keyring: nothing to forget.
    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        keyring.delete_password(KEYRING_SERVICE, keyring_name(user, host))
