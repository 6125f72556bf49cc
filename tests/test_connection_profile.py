"""The saved server profile: password in the keyring only; start-up order of the sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config as config_module
from app import connection_profile as cp
from tests.memory_keyring import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # the fixture


PROFILE = cp.ServerProfile(host="db.example.lan", database="orderdesk", user="desk", port=5433)
SECRET = "s3cret pässword"


def test_password_goes_to_the_keyring_not_the_file(tmp_path: Path,
                                                   memory_keyring: MemoryKeyring) -> None:
    cp.save_server_profile(tmp_path, PROFILE, SECRET)
    text = cp.profile_path(tmp_path).read_text(encoding="utf-8")
    assert SECRET not in text and "password" not in text
    assert "db.example.lan" in text
    assert memory_keyring.store == {("OrderDesk", "desk@db.example.lan:5433/orderdesk"): SECRET}
    assert cp.load_profile(tmp_path) == PROFILE
    url = cp.saved_url(tmp_path)
    assert url is not None and "db.example.lan:5433/orderdesk" in url
    from sqlalchemy.engine import make_url

    assert make_url(url).password == SECRET


def test_going_local_forgets_the_password(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    cp.save_server_profile(tmp_path, PROFILE, SECRET)
    cp.save_local_profile(tmp_path)
    assert cp.load_profile(tmp_path) is None and memory_keyring.store == {}


def test_start_up_order(tmp_path: Path, memory_keyring: MemoryKeyring,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ORDERDESK_DB_URL", raising=False)
    assert config_module.load_config().source == "default"
    cp.save_server_profile(tmp_path, PROFILE, SECRET)
    saved = config_module.load_config()
    assert saved.source == "profile" and "db.example.lan" in saved.db_url
    monkeypatch.setenv("ORDERDESK_DB_URL", "sqlite:////tmp/env.db")
    assert config_module.load_config().db_url == "sqlite:////tmp/env.db"
    assert config_module.load_config("sqlite:////tmp/arg.db").source == "argument"


def test_a_broken_profile_is_a_startup_error(tmp_path: Path) -> None:
    cp.profile_path(tmp_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(config_module.StartupError, match="cannot be read"):
        cp.load_profile(tmp_path)
