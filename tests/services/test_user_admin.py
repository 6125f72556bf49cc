"""Managing users (admin only) and the company details the documents print."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.enums import Role
from app.services import company, users
from app.services.errors import PermissionDeniedError, UserFacingError, ValidationError
from app.services.unit_of_work import UowFactory
from tests.factories import Factory


def test_admin_adds_changes_deactivates_and_resets(uow: UowFactory, f: Factory) -> None:
    admin = f.admin
    new = users.add_user(uow(), admin, "lin", "Ms Lin", "secret-pass", Role.SALES)
    assert users.log_in(uow(write=False), "lin", "secret-pass").actor.role is Role.SALES
    users.change_role(uow(), admin, new, Role.FINANCE)
    users.reset_password(uow(), admin, new, "another-pass")
    assert users.log_in(uow(write=False), "lin", "another-pass").actor.role is Role.FINANCE
    users.set_active(uow(), admin, new, False)
    with pytest.raises(UserFacingError):
        users.log_in(uow(write=False), "lin", "another-pass")
    row = next(u for u in users.list_users(uow(write=False), admin) if u.id == new)
    assert (row.role, row.active, row.display_name) == (Role.FINANCE, False, "Ms Lin")


def test_only_admins_manage_users(uow: UowFactory, f: Factory) -> None:
    manager = f.actor(Role.MANAGER)
    with pytest.raises(PermissionDeniedError):
        users.add_user(uow(), manager, "x", "X", "secret-pass", Role.SALES)
    with pytest.raises(PermissionDeniedError):
        users.list_users(uow(write=False), manager)


def test_rules_names_passwords_and_the_last_admin(uow: UowFactory, f: Factory) -> None:
    admin = f.admin
    with pytest.raises(ValidationError) as short:
        users.add_user(uow(), admin, "kim", "Kim", "short", Role.SALES)
    assert short.value.field == "password"
    users.add_user(uow(), admin, "kim", "Kim", "long enough", Role.SALES)
    with pytest.raises(ValidationError) as taken:
        users.add_user(uow(), admin, "KIM", "Kim", "long enough", Role.SALES)
    assert taken.value.field == "username"
    with pytest.raises(UserFacingError, match="yourself"):
        users.set_active(uow(), admin, admin.user_id, False)
    with pytest.raises(UserFacingError, match="last active administrator"):
        users.change_role(uow(), admin, admin.user_id, Role.MANAGER)
    second = users.add_user(uow(), admin, "root2", "Second admin", "long enough", Role.ADMIN)
    users.change_role(uow(), admin, admin.user_id, Role.MANAGER)  # now allowed
    with pytest.raises(UserFacingError, match="last active administrator"):
        users.change_role(uow(), users.log_in(uow(write=False), "root2",
                                              "long enough").actor, second, Role.SALES)


def test_first_admin_only_on_an_empty_database(uow: UowFactory) -> None:
    assert not users.has_users(uow(write=False))
    users.create_first_admin(uow(), "boss", "The Boss", "first-pass")
    assert users.log_in(uow(write=False), "boss", "first-pass").actor.role is Role.ADMIN
    with pytest.raises(UserFacingError):
        users.create_first_admin(uow(), "boss2", "Another", "first-pass")


def test_company_details_feed_the_letterhead(uow: UowFactory, f: Factory,
                                            tmp_path: Path) -> None:
    from app.services.documents.builders import letterhead

    logo = tmp_path / "mine.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    stored = company.import_logo(logo, tmp_path / "data")
    details = company.CompanyDetails(
        company_name="Lin Trading 林氏貿易", company_address="2 Harbour Rd",
        company_tax_id="12345678",
        company_logo_path=str(stored), currency="usd", document_language="zh_TW")
    company.save_company(uow(), f.actor(Role.MANAGER), details)
    saved = company.get_company(uow(write=False))
    assert saved.currency == "USD" and saved.company_name == "Lin Trading 林氏貿易"
    with uow(write=False) as u:
        head = letterhead(u.session)
    assert (head.name, head.tax_id, head.logo_path) == (
        "Lin Trading 林氏貿易", "12345678", str(stored))
    with pytest.raises(ValidationError) as bad:
        company.save_company(uow(), f.admin, company.CompanyDetails("X", currency="XYZ"))
    assert bad.value.field == "currency"
    (tmp_path / "not.png").write_text("hello")
    with pytest.raises(ValidationError):
        company.import_logo(tmp_path / "not.png", tmp_path / "data")
    with pytest.raises(PermissionDeniedError):
        company.save_company(uow(), f.actor(Role.SALES), details)
