"""Settings > Mail's service: validated per field, stored as settings, audited; the test
connects to a real SMTP server on 127.0.0.1; the password never reaches the database."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from app.mail_password import (
    KEYRING_SERVICE,
    forget_mail_password,
    lookup_mail_password,
    store_mail_password,
)
from app.models import AuditEntry, Setting
from app.models.enums import Role
from app.services.errors import PermissionDeniedError, UserFacingError, ValidationError
from app.services.mail_settings import (
    AUDIT_ID,
    MailServer,
    get_mail_server,
    save_mail_server,
    test_mail_server,
)
from app.services.unit_of_work import UowFactory
from tests.factories import Factory
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.services.test_outbox import Inbox

__all__ = ["memory_keyring"]  # the fixture
GOOD = MailServer("mail.example.com", "465", "ssl", "orders@example.com",
                  "orders@example.com", "")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_port() -> Iterator[int]:
    """A real SMTP server on 127.0.0.1 that needs no login."""
    port = free_port()
    controller = Controller(Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    yield port
    controller.stop()


def test_defaults_then_save_and_read_back_with_audit(uow: UowFactory, f: Factory) -> None:
    assert get_mail_server(uow(write=False)) == MailServer()
    manager = f.actor(Role.MANAGER)
    saved = save_mail_server(uow(), manager, MailServer(" mail.example.com ", "0465", "SSL",
                                                        "orders@example.com",
                                                        "orders@example.com", ""))
    assert saved == GOOD
    assert get_mail_server(uow(write=False)) == GOOD
    with uow(write=False) as u:
        entries = u.session.execute(select(AuditEntry.action, AuditEntry.user_id,
                                           AuditEntry.detail)
                                    .where(AuditEntry.entity_id == AUDIT_ID)).all()
    assert [(e.action, e.user_id) for e in entries] == [("mail", manager.user_id)]
    assert json.loads(entries[0].detail or "{}") == {
        "smtp_host": "mail.example.com", "smtp_port": "465", "smtp_security": "ssl",
        "smtp_user": "orders@example.com", "smtp_from": "orders@example.com"}
    save_mail_server(uow(), manager, GOOD)  # nothing changed: no second entry
    with uow(write=False) as u:
        assert len(u.session.scalars(select(AuditEntry.id).where(
            AuditEntry.entity_id == AUDIT_ID)).all()) == 1


@pytest.mark.parametrize(("change", "field"), [
    ({"smtp_host": "mail example.com"}, "smtp_host"),
    ({"smtp_port": "0"}, "smtp_port"),
    ({"smtp_port": "65536"}, "smtp_port"),
    ({"smtp_port": "abc"}, "smtp_port"),
    ({"smtp_port": ""}, "smtp_port"),
    ({"smtp_security": "tls13"}, "smtp_security"),
    ({"smtp_from": "orders at example.com"}, "smtp_from"),
    ({"smtp_from": "orders@localhost"}, "smtp_from"),
])
def test_each_wrong_field_is_named_and_nothing_is_stored(
        uow: UowFactory, f: Factory, change: dict[str, str], field: str) -> None:
    values = {**GOOD.__dict__, **change}
    with pytest.raises(ValidationError) as caught:
        save_mail_server(uow(), f.actor(Role.MANAGER), MailServer(**values))
    assert caught.value.field == field
    assert get_mail_server(uow(write=False)) == MailServer()


def test_port_edges_are_accepted(uow: UowFactory, f: Factory) -> None:
    for port in ("1", "65535"):
        saved = save_mail_server(uow(), f.actor(Role.MANAGER),
                                 MailServer(**{**GOOD.__dict__, "smtp_port": port}))
        assert saved.smtp_port == port


def test_only_managers_change_the_mail_server(uow: UowFactory, f: Factory) -> None:
    with pytest.raises(PermissionDeniedError):
        save_mail_server(uow(), f.actor(Role.SALES), GOOD)
    assert get_mail_server(uow(write=False)) == MailServer()


def test_password_goes_to_the_keyring_not_the_settings_table(
        uow: UowFactory, f: Factory, memory_keyring: MemoryKeyring) -> None:
    save_mail_server(uow(), f.actor(Role.MANAGER), GOOD)
    store_mail_password("orders@example.com", "mail.example.com", "s3cret-mail")
    assert memory_keyring.store == {
        (KEYRING_SERVICE, "orders@example.com@mail.example.com"): "s3cret-mail"}
    assert lookup_mail_password("orders@example.com", "mail.example.com") == "s3cret-mail"
    with uow(write=False) as u:
        values = u.session.scalars(select(Setting.value)).all()
        details = u.session.scalars(select(AuditEntry.detail)).all()
    assert values and not any("s3cret" in v for v in values)
    assert not any("s3cret" in (d or "") for d in details)
    store_mail_password("orders@example.com", "mail.example.com", "")  # empty: forgotten
    assert memory_keyring.store == {}
    forget_mail_password("orders@example.com", "mail.example.com")  # twice: no error
    assert lookup_mail_password("nobody", "nowhere") == ""


def test_connection_test_reaches_a_real_server(smtp_port: int) -> None:
    test_mail_server(MailServer("127.0.0.1", str(smtp_port), "none"), "")


def test_connection_test_on_a_closed_port_says_so_at_the_host() -> None:
    port = free_port()  # bound, released: nobody listens there now
    with pytest.raises(ValidationError) as caught:
        test_mail_server(MailServer("127.0.0.1", str(port), "none"), "")
    assert isinstance(caught.value, UserFacingError)
    assert caught.value.field == "smtp_host"
    assert f"127.0.0.1:{port}" in caught.value.message


def test_connection_test_without_starttls_on_offer_names_the_security(smtp_port: int) -> None:
    with pytest.raises(ValidationError) as caught:
        test_mail_server(MailServer("127.0.0.1", str(smtp_port), "starttls"), "")
    assert caught.value.field == "smtp_security"


def test_connection_test_needs_a_host() -> None:
    with pytest.raises(ValidationError) as caught:
        test_mail_server(MailServer("", "25", "none"), "")
    assert caught.value.field == "smtp_host"
