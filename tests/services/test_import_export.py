"""Export to CSV and XLSX: safe from formula injection, and a round trip through an empty
database gives the same data back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, delete

from app.models import Base
from app.models.enums import Role
from app.services import auth
from app.services.auth import Actor
from app.services.errors import PermissionDeniedError
from app.services.exporting import export_bytes, export_file, export_table, guard_formula
from app.services.importing import apply_import, preview_import
from app.services.integrity import check_database
from app.services.unit_of_work import UowFactory
from tests.factories import Factory

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
KINDS = ("customers", "products", "stock", "orders")
EVIL = ("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(A1)", "\t=1", "\r=1")


def _import(uow: UowFactory, actor: Actor, kind: str, source: Path | bytes, name: str) -> None:
    preview = preview_import(uow(write=False), actor, kind, source, filename=name)
    assert preview.errors == (), [(e.row, e.column, e.message) for e in preview.errors]
    apply_import(uow(), actor, preview)


@pytest.mark.parametrize("value", EVIL)
def test_cells_a_spreadsheet_would_run_get_a_leading_apostrophe(value: str) -> None:
    assert guard_formula(value) == "'" + value
    assert guard_formula("Harbour Tools") == "Harbour Tools"
    assert guard_formula("") == ""


def test_a_customer_named_like_a_formula_is_exported_inert_and_imports_back_as_typed(
        uow: UowFactory, f: Factory, tmp_path: Path) -> None:
    rows = "".join(f'"E{i}","{v.replace(chr(34), chr(34) * 2)}",02 2345 6789\n'
                   for i, v in enumerate(EVIL))
    _import(uow, f.admin, "customers", ("code,name,phone\n" + rows).encode(), "evil.csv")

    data = export_bytes(uow(write=False), f.admin, "customers", "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the Chinese text right
    names = [row[1] for row in csv.reader(io.StringIO(data.decode("utf-8-sig")))][1:]
    stored = [v.strip() for v in EVIL]  # the import trims text cells ("\t=1" -> "=1")
    assert sorted(names) == sorted("'" + v for v in stored)

    book = load_workbook(io.BytesIO(export_bytes(uow(write=False), f.admin, "customers",
                                                 "xlsx")))
    cells = [row[1] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert sorted(cells) == sorted(stored)  # text cells hold the text as it is...
    kinds = {c.data_type for row in book.active.iter_rows(min_row=2) for c in row}
    assert kinds and "f" not in kinds  # ...and are never formulas

    export_file(uow(write=False), f.admin, "customers", tmp_path / "out.csv")
    again = preview_import(uow(write=False), f.admin, "customers", tmp_path / "out.csv")
    assert again.present == len(EVIL) and again.errors == ()
    assert sorted(r.summary for r in again.records) == sorted(stored)  # apostrophe gone


def _wipe(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(delete(table))


def _everything(uow: UowFactory, actor: Actor) -> dict[str, object]:
    return {kind: export_table(uow(write=False), actor, kind) for kind in KINDS}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_database_gives_the_same_data(
        uow: UowFactory, f: Factory, engine: Engine, tmp_path: Path, fmt: str) -> None:
    for kind in ("customers", "products", "stock", "orders"):
        _import(uow, f.admin, kind, SAMPLES / f"{kind}.csv", f"{kind}.csv")
    customer = f.customer(name="Round Trip 來回 =1+1")
    product = f.product(price="99.90", stock_qty=40)
    f.delivered_order(customer, [(product, 3)])
    f.confirmed_order(customer, [(product, 2)])
    before = _everything(uow, f.admin)
    assert all(rows for _, rows in before.values())  # type: ignore[misc]
    for kind in KINDS:
        export_file(uow(write=False), f.admin, kind, tmp_path / f"{kind}.{fmt}")

    _wipe(engine)
    with uow() as u:
        user_id = auth.create_user(u.session, "boss", "Boss", "password123", Role.MANAGER)
        u.commit()
    boss = Actor(user_id, "boss", Role.MANAGER)
    assert not any(rows for _, rows in _everything(uow, boss).values())  # type: ignore[misc]
    for kind in KINDS:
        _import(uow, boss, kind, tmp_path / f"{kind}.{fmt}", f"{kind}.{fmt}")

    after = _everything(uow, boss)
    assert after == before
    assert check_database(engine) == []


def test_export_needs_the_export_permission(uow: UowFactory, f: Factory) -> None:
    with pytest.raises(PermissionDeniedError):
        export_table(uow(write=False), f.actor(Role.WAREHOUSE), "products")


def test_docs_describe_every_column_of_every_kind() -> None:
    from app.services.importing.service import KINDS as MODULES

    text = (Path(__file__).resolve().parents[2] / "docs" / "import.md").read_text()
    for kind, module in MODULES.items():
        section = text.split(f"### {kind}\n", 1)[1].split("\n#", 1)[0]
        for column in module.COLUMNS:
            assert f"| `{column.name}` | {'**yes**' if column.required else 'no'} |" in section
