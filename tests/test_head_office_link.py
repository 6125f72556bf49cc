"""A branch's head-office link: password in the keyring under its own key, only for a desk on
a local file, and a unit-of-work factory that reports an unreachable server quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app import connection_profile as cp
from app import head_office_link as hol
from app.services.errors import DatabaseUnavailableError
from app.services.users import ping
from tests.memory_keyring import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # the fixture

LINK = hol.HeadOfficeLink(host="hq.example.lan", database="orderdesk", user="branch1", port=5433)
DESK = "sqlite:////tmp/branch.db"
SECRET = "hq pässword"


def test_the_password_goes_to_the_keyring_under_a_key_of_its_own(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    same_server = cp.ServerProfile(LINK.host, LINK.database, LINK.user, LINK.port)
    cp.save_server_profile(tmp_path, same_server, "desk password")
    hol.save_link(tmp_path, LINK, SECRET, desk_url=DESK)
    text = hol.link_path(tmp_path).read_text(encoding="utf-8")
    assert SECRET not in text and "hq.example.lan" in text
    assert hol.link_path(tmp_path).name == "head_office.json"
    assert memory_keyring.store[("OrderDesk", LINK.keyring_name)] == SECRET
    assert memory_keyring.store[("OrderDesk", same_server.keyring_name)] == "desk password"
    assert hol.load_link(tmp_path) == LINK
    assert make_url(hol.link_url(LINK)).password == SECRET
    assert cp.load_profile(tmp_path) == same_server  # the desk's own profile is untouched

    hol.remove_link(tmp_path)
    assert hol.load_link(tmp_path) is None
    assert ("OrderDesk", LINK.keyring_name) not in memory_keyring.store
    assert memory_keyring.store[("OrderDesk", same_server.keyring_name)] == "desk password"


def test_linking_another_head_office_forgets_the_old_password(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    hol.save_link(tmp_path, LINK, SECRET, desk_url=DESK)
    other = hol.HeadOfficeLink(host="hq2.example.lan", database="od", user="b1")
    hol.save_link(tmp_path, other, "new", desk_url=DESK)
    assert memory_keyring.store == {("OrderDesk", other.keyring_name): "new"}


def test_a_desk_on_a_shared_server_cannot_be_linked(tmp_path: Path,
                                                    memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(hol.LinkError, match="only for a branch that works on its own local"):
        hol.save_link(tmp_path, LINK, SECRET, desk_url="postgresql+psycopg://u@h/db")
    assert not hol.link_path(tmp_path).exists() and memory_keyring.store == {}
    assert hol.open_saved_link(tmp_path, "postgresql+psycopg://u@h/db") is None


def test_a_broken_link_file_says_what_to_do(tmp_path: Path) -> None:
    hol.link_path(tmp_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(hol.LinkError, match="link the branch again"):
        hol.load_link(tmp_path)


def test_an_unreachable_head_office_fails_fast_and_as_unavailable(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    down = hol.HeadOfficeLink(host="127.0.0.1", database="orderdesk", user="nobody", port=1)
    hol.save_link(tmp_path, down, "x", desk_url=DESK)
    opened = hol.open_saved_link(tmp_path, DESK)
    assert opened is not None and opened.link == down
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseUnavailableError):
            ping(opened.uow(write=False))
    finally:
        opened.dispose()
    assert time.monotonic() - started < hol.HEAD_OFFICE_CONNECT_TIMEOUT_S + 2
