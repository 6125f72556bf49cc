"""The firm's own details: the letterhead on every document, its currency and the language
documents are written in (all stored as settings, read by app/services/documents)."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, fields
from pathlib import Path

from babel.numbers import list_currencies
from sqlalchemy import select

from app.models import User
from app.services.auth import Actor, require
from app.services.errors import UserFacingError, ValidationError, tr
from app.services.settings import get_setting, set_settings_audited
from app.services.unit_of_work import UnitOfWork

AUDIT_ID = uuid.uuid5(uuid.NAMESPACE_URL, "orderdesk:setting:company")
DOCUMENT_LANGUAGES = ("en", "zh_TW", "zh_CN")
LOGO_FOLDER = "company"
# The first bytes of the two picture formats reportlab draws without extra libraries.
_PNG, _JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"


@dataclass(frozen=True)
class CompanyDetails:
    company_name: str
    company_address: str = ""
    company_phone: str = ""
    company_email: str = ""
    company_tax_id: str = ""
    company_logo_path: str = ""  # PNG or JPEG; empty for none
    currency: str = "TWD"
    document_language: str = "en"


KEYS = tuple(f.name for f in fields(CompanyDetails))


def get_company(uow: UnitOfWork) -> CompanyDetails:
    with uow:
        return CompanyDetails(**{key: get_setting(uow.session, key) for key in KEYS})


def save_company(uow: UnitOfWork, actor: Actor, details: CompanyDetails) -> None:
    require(actor, "settings.manage")
    _write(uow, actor, details)


def setup_company(uow: UnitOfWork, details: CompanyDetails) -> None:
    """The first-run wizard, before anyone can log in; refused once users exist."""
    with uow:
        if uow.session.scalar(select(User.id).limit(1)) is not None:
            raise UserFacingError(tr("This database already has users; log in instead."))
    _write(uow, None, details)


def _write(uow: UnitOfWork, actor: Actor | None, details: CompanyDetails) -> None:
    clean = _validated(details)
    with uow:
        set_settings_audited(uow.session, actor, "company",
                             {key: getattr(clean, key) for key in KEYS})
        uow.commit()


def _validated(details: CompanyDetails) -> CompanyDetails:
    values = {key: str(getattr(details, key)).strip() for key in KEYS}
    if not values["company_name"]:
        raise ValidationError("company_name", tr("Enter the company's name."))
    values["currency"] = values["currency"].upper()
    if values["currency"] not in list_currencies():
        raise ValidationError("currency", tr("{code} is not a currency code (like TWD, USD "
                                             "or EUR)."), code=values["currency"])
    if values["document_language"] not in DOCUMENT_LANGUAGES:
        raise ValidationError("document_language", tr("Choose a language for documents."))
    logo = values["company_logo_path"]
    if logo and not Path(logo).is_file():
        raise ValidationError("company_logo_path", tr("There is no picture at {path}."),
                              path=logo)
    return CompanyDetails(**values)


def import_logo(source: Path, data_dir: Path) -> Path:
    """Copies a PNG or JPEG into the data folder, so the documents keep their logo when the
    original is moved; returns the copy's path (store it as company_logo_path)."""
    try:
        head = source.read_bytes()[:8]
    except OSError as exc:
        raise ValidationError("company_logo_path", tr("{path} cannot be read: {reason}"),
                              path=str(source), reason=exc.strerror or str(exc)) from exc
    if head.startswith(_PNG):
        suffix = ".png"
    elif head.startswith(_JPEG):
        suffix = ".jpg"
    else:
        raise ValidationError("company_logo_path",
                              tr("The logo must be a PNG or JPEG picture."))
    folder = data_dir / LOGO_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"logo{suffix}"
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)
    return target
