"""File > Import / export…: a sample file previewed and imported through the dialog, a broken
file shown row by row and imported not at all, the same file twice creating nothing twice,
and an export the import service reads back — driven by keys and clicks over the services."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import products
from app.services.exporting import export_table
from app.services.importing import preview_import
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.export_page import ExportPage
from app.views.import_export import ImportExportDialog, add_menu_action, open_import_export
from app.views.import_export_common import WRONG_CELL
from app.views.import_page import ImportPage
from app.views.main_window import MainWindow
from app.views.support.i18n import install_language
from tests.factories import Factory
from tests.views.conftest import Problems

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
BROKEN = (
    "code,name,tier,phone,credit_limit\n"
    "B0001,Good Trading,A,02 2345 6789,1000\n"
    "B0002,Bad Tier Ltd,Z,02 2345 6790,1000\n"
    "B0003,Bad Limit Ltd,B,02 2345 6791,12abc\n"
)


@pytest.fixture(autouse=True)
def no_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A native file dialog would wait for a click forever: opening one fails the test."""

    def refuse(*_args: object) -> str:
        raise AssertionError("a file dialog was opened")

    monkeypatch.setattr(ImportPage, "choose_file", refuse)
    monkeypatch.setattr(ExportPage, "choose_path", refuse)


def _dialog(qtbot: QtBot, ctx: AppContext) -> ImportExportDialog:
    dialog = ImportExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose_kind(qtbot: QtBot, page: ImportPage, steps: int) -> None:
    """Down-arrow through the kinds as a user would (customers, products, stock, orders)."""
    page.kind.setFocus()
    for _ in range(4):
        qtbot.keyClick(page.kind, Qt.Key.Key_Up)
    for _ in range(steps):
        qtbot.keyClick(page.kind, Qt.Key.Key_Down)


def _preview(qtbot: QtBot, page: ImportPage, path: Path) -> None:
    page.path.clear()
    qtbot.keyClicks(page.path, str(path))
    qtbot.keyClick(page.path, Qt.Key.Key_Return)


def _import(qtbot: QtBot, page: ImportPage) -> None:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def _plain(label: QLabel) -> str:
    """What the user reads in a rich-text label."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText().replace("\n", " ")


def _count(uow: UowFactory, f: Factory, kind: str) -> int:
    return len(export_table(uow(write=False), f.admin, kind)[1])


def _status_column(page: ImportPage) -> list[str]:
    model = page.rows_model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_sample_customers_preview_then_import_shows_the_counts(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    dialog = _dialog(qtbot, ctx)  # held: the pages live as long as it
    page = dialog.import_page
    assert page is not None and not page.import_button.isEnabled()

    _preview(qtbot, page, SAMPLES / "customers.csv")

    assert "3 new, 0 already present, 0 invalid" in _plain(page.summary)
    assert "3 row(s) read from customers.csv (UTF-8)" in _plain(page.summary)
    assert _status_column(page) == ["New"] * 3
    assert page.rows_model.index(0, 0).data() == "2"  # spreadsheet row numbers
    assert page.rows_model.index(1, 2).data() == "C0002"
    assert _count(uow, f, "customers") == 0  # a preview writes nothing
    assert page.import_button.isEnabled()

    _import(qtbot, page)

    assert problems == []
    assert "Imported: 3 created, 0 already present" in page.outcome.text()
    assert _count(uow, f, "customers") == 3
    assert not page.import_button.isEnabled()  # done; no second click by mistake


def test_the_same_file_twice_creates_nothing_the_second_time(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    dialog = _dialog(qtbot, ctx)  # held: the pages live as long as it
    page = dialog.import_page
    assert page is not None
    _choose_kind(qtbot, page, 1)
    assert page.chosen_kind() == "products"
    _preview(qtbot, page, SAMPLES / "products.csv")
    _import(qtbot, page)
    assert _count(uow, f, "products") == 3

    _preview(qtbot, page, SAMPLES / "products.csv")

    assert "0 new, 3 already present, 0 invalid" in _plain(page.summary)
    assert "already in OrderDesk" in _plain(page.summary)
    assert _status_column(page) == ["Already present"] * 3
    _import(qtbot, page)
    assert "Imported: 0 created, 3 already present" in page.outcome.text()
    assert _count(uow, f, "products") == 3
    assert problems == []


def test_all_four_samples_in_order_through_the_dialog(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    dialog = _dialog(qtbot, ctx)  # held: the pages live as long as it
    page = dialog.import_page
    assert page is not None
    for steps, name, new in ((0, "customers.csv", 3), (1, "products.csv", 3),
                             (2, "stock.csv", 4), (3, "orders.xlsx", 3)):
        _choose_kind(qtbot, page, steps)
        _preview(qtbot, page, SAMPLES / name)
        assert f"{new} new, 0 already present, 0 invalid" in _plain(page.summary), name
        _import(qtbot, page)
        assert f"Imported: {new} created" in page.outcome.text(), name
    assert "(Excel)" in _plain(page.summary)
    assert page.rows_model.rowCount() == 4  # four order lines make three orders
    assert _count(uow, f, "orders") == 4  # exported one row per line
    assert problems == []


def test_a_half_broken_file_shows_its_row_errors_and_imports_nothing(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems,
        tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text(BROKEN, encoding="utf-8")
    dialog = _dialog(qtbot, ctx)
    page = dialog.import_page
    assert page is not None

    _preview(qtbot, page, broken)

    assert "1 new, 0 already present, 2 invalid" in _plain(page.summary)
    assert "2 problem(s) must be fixed" in _plain(page.summary)
    assert _status_column(page) == ["New", "Invalid", "Invalid"]
    shown = [(p.data(), c.data()) for p, c in
             ((page.problems_model.index(r, 0), page.problems_model.index(r, 1))
              for r in range(page.problems_model.rowCount()))]
    assert shown == [("3", "tier"), ("4", "credit_limit")]
    assert "12abc is not a number" in page.problems_model.index(1, 2).data()
    tier_cell = page.rows_model.index(1, 2 + 2)  # row 3 of the file, its tier column
    assert tier_cell.data(Qt.ItemDataRole.BackgroundRole).color() == WRONG_CELL
    assert "Z" in tier_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert page.rows_model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not page.import_button.isEnabled()

    # Enter on the second problem takes the user to the cell in the file's rows.
    qtbot.keyClick(page.problems, Qt.Key.Key_Down)
    qtbot.keyClick(page.problems, Qt.Key.Key_Return)
    assert (page.rows.currentIndex().row(), page.rows.currentIndex().column()) == (2, 6)

    _import(qtbot, page)  # disabled: nothing happens
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel
    assert not dialog.isVisible()
    assert _count(uow, f, "customers") == 0
    assert page.result is None and problems == []


def test_problems_are_shown_in_the_users_language(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path, problems: Problems) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text(BROKEN, encoding="utf-8")
    install_language("zh_TW")
    dialog = _dialog(qtbot, ctx)  # held: the pages live as long as it
    page = dialog.import_page
    assert page is not None
    _preview(qtbot, page, broken)
    assert page.problems_model.index(1, 2).data() == "12abc 不是數字。"
    assert "12abc" in page.rows_model.index(2, 6).data(Qt.ItemDataRole.ToolTipRole)


def test_a_database_change_since_the_preview_refuses_the_whole_file(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    dialog = _dialog(qtbot, ctx)  # held: the pages live as long as it
    page = dialog.import_page
    assert page is not None
    _choose_kind(qtbot, page, 1)
    _preview(qtbot, page, SAMPLES / "products.csv")
    assert page.import_button.isEnabled()
    # Meanwhile someone enters a product with the barcode the file gives SC-M6-20.
    products.create_product(uow(), f.admin, products.ProductInput(
        sku="OTHER-1", name="Other", list_price=Decimal(1), barcode="4710000000011"))

    _import(qtbot, page)

    assert "nothing was imported" in page.outcome.text()
    assert page.problems_model.rowCount() == 1
    assert "already belongs to OTHER-1" in page.problems_model.index(0, 2).data()
    assert not page.import_button.isEnabled()
    assert _count(uow, f, "products") == 1
    assert problems == []


def test_an_export_writes_a_file_the_import_reads_back(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems,
        tmp_path: Path) -> None:
    f.customer()
    f.customer()
    dialog = _dialog(qtbot, ctx)
    dialog.show_export()
    page = dialog.export_page
    assert page is not None
    page.format.setFocus()
    qtbot.keyClick(page.format, Qt.Key.Key_Down)  # Excel workbook
    target = tmp_path / "out" / "clients"
    target.parent.mkdir()
    qtbot.keyClicks(page.path, str(target))
    qtbot.keyClick(page.path, Qt.Key.Key_Return)

    written = tmp_path / "out" / "clients.xlsx"
    assert written.exists() and page.path.text() == str(written)
    assert page.outcome.text() == f"2 row(s) written to {written}"
    assert load_workbook(written).active.max_row == 3  # header and two customers
    back = preview_import(uow(write=False), f.admin, "customers", written)
    assert (back.errors, back.new, back.present) == ((), 0, 2)
    assert problems == []


def test_exported_orders_csv_reads_back_and_the_format_follows_the_choice(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems,
        tmp_path: Path) -> None:
    f.confirmed_order()
    dialog = _dialog(qtbot, ctx)
    dialog.show_export()
    page = dialog.export_page
    assert page is not None
    page.kind.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.kind, Qt.Key.Key_Down)
    assert page.chosen_kind() == "orders"
    assert page.columns.item(0, 0).text() == "order_number"  # what the file will hold
    qtbot.keyClicks(page.path, str(tmp_path / "orders.xlsx"))  # format says CSV: CSV wins
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.path.text() == str(tmp_path / "orders.csv")
    data = (tmp_path / "orders.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    back = preview_import(uow(write=False), f.admin, "orders", tmp_path / "orders.csv")
    assert (back.errors, back.new, back.present) == ((), 0, 1)
    assert problems == []


def test_pages_follow_the_services_permissions(
        qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    manager = _dialog(qtbot, make_ctx(Role.MANAGER))
    assert manager.import_page is not None and manager.export_page is not None
    admin = _dialog(qtbot, make_ctx(Role.ADMIN))
    assert admin.import_page is not None and admin.export_page is not None
    finance = _dialog(qtbot, make_ctx(Role.FINANCE))
    assert finance.import_page is None and finance.export_page is not None
    assert finance.tabs.count() == 1
    for role in (Role.WAREHOUSE, Role.SALES):
        assert open_import_export(None, make_ctx(role)) is None


def test_menu_entry_only_for_those_who_may_and_it_follows_the_language(
        qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu(window)
    assert add_menu_action(window, menu, make_ctx(Role.WAREHOUSE)) is None
    action = add_menu_action(window, menu, make_ctx(Role.MANAGER))
    assert action is not None and menu.actions() == [action]
    assert action.text() == "&Import / export…"
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    install_language("zh_TW")
    qtbot.waitUntil(lambda: action.text() != "&Import / export…", timeout=2000)


def test_a_file_of_another_kind_names_the_missing_columns(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    dialog = _dialog(qtbot, ctx)
    page = dialog.import_page
    assert page is not None
    _preview(qtbot, page, SAMPLES / "products.csv")  # kind still says customers
    messages = [page.problems_model.index(r, 2).data()
                for r in range(page.problems_model.rowCount())]
    assert messages[0] == "The required column code is missing."  # products have a name
    assert "Note: The column sku is not used and will be ignored." in messages
    assert not page.problems_box.isHidden() and not page.import_button.isEnabled()

    _choose_kind(qtbot, page, 1)  # products: the old preview goes, Enter previews again
    assert page.rows_model.rowCount() == 0 and page.problems_box.isHidden()
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    assert "No problems found" in _plain(page.summary)
    assert page.problems_box.isHidden() and page.import_button.isEnabled()
    assert _count(uow, f, "customers") == 0 and problems == []


def test_the_main_windows_file_menu_opens_the_dialog_with_its_shortcut(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The main window's File menu carries the entry (add_menu_action) and its shortcut."""
    opened: list[ImportExportDialog] = []
    monkeypatch.setattr(ImportExportDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    QApplication.setActiveWindow(window)  # offscreen: shortcuts need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    action = window.findChild(QAction, "importExportAction")
    assert action is not None and action in window.file_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(opened) == 1 and opened[0].import_page is not None
    install_language("zh_TW")  # the window's language switch reaches the entry too
    qtbot.waitUntil(lambda: action.text() == "匯入／匯出(&I)…", timeout=2000)
