"""The confirmation step driven from the keyboard over the real services (both backends)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import order_queries, products
from app.services.allocation import ShortDecision
from app.services.order_queries import OrderState
from app.services.order_review import review_lines
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.screens.confirmation import ConfirmationScreen
from app.views.screens.order_entry.lines_model import QTY
from tests.factories import Factory
from tests.views.conftest import Problems

D = Decimal
CTRL = Qt.KeyboardModifier.ControlModifier


def _screen(qtbot: QtBot, ctx: AppContext) -> ConfirmationScreen:
    screen = ConfirmationScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    QApplication.setActiveWindow(screen)  # shortcuts fire only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.focus_first()
    return screen


def _number(uow: UowFactory, order_id: object) -> str:
    return order_queries.get_order(uow(write=False), order_id).number  # type: ignore[arg-type]


def test_review_confirm_and_see_the_mail_that_goes_out(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems,
        tmp_path: Path) -> None:
    first = f.order()
    second = f.order(lines=[(f.product(stock_qty=10), 3), (f.product(stock_qty=10), 1)])
    screen = _screen(qtbot, ctx)
    assert [row.id for row in screen.rows] == [first, second]
    assert screen.review.order is not None and screen.review.order.id == first
    qtbot.keyClick(screen.worklist, Qt.Key.Key_Down)
    qtbot.keyClick(screen.worklist, Qt.Key.Key_Return)
    review = screen.review
    assert review.order is not None and review.order.id == second
    assert review.table.hasFocus() and review.table.rowCount() == 2
    assert review.table.item(0, 5).text() == "In stock"
    assert review.credit_ok.isVisible() and not review.banner.isVisible()
    assert not review.mail.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    assert problems == []
    detail = order_queries.get_order(uow(write=False), second)
    assert detail.state is OrderState.CONFIRMED
    assert [row.id for row in screen.rows] == [first]  # left the worklist
    assert review.order is not None and review.order.state is OrderState.CONFIRMED
    assert review.mail.isVisible() and not review.confirm_button.isEnabled()
    assert review.mail.to_label.text() == detail.contact_email
    assert review.mail.subject_label.text().endswith(detail.number)
    assert review.mail.attachment_label.text() == f"{detail.number}.pdf"
    opened: list[QUrl] = []
    review.mail.opener = opened.append
    qtbot.keyClick(screen, Qt.Key.Key_P, CTRL)
    assert len(opened) == 1 and opened[0].toLocalFile().endswith(f"{detail.number}.pdf")
    assert Path(opened[0].toLocalFile()).read_bytes().startswith(b"%PDF")


def test_credit_hold_banner_blocks_until_finance_approves(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    tight = f.customer(credit_limit="150")
    order_id = f.order(tight, [(f.product(price="100.00", stock_qty=5), 2)])
    screen = _screen(qtbot, ctx)
    review = screen.review
    assert review.banner.isVisible() and not review.credit_ok.isVisible()
    assert "over the limit" in review.banner.text()
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    assert problems.last().startswith(f"To confirm {_number(uow, order_id)}, finance must")
    assert order_queries.get_order(uow(write=False), order_id).state is OrderState.DRAFT
    assert review.approve_button.isVisible()  # a manager may override
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    assert order_queries.get_order(uow(write=False), order_id).state is OrderState.CONFIRMED
    assert len(problems) == 1


def test_a_short_line_is_resolved_by_back_order(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    plenty, scarce = f.product(stock_qty=10), f.product(stock_qty=1)
    order_id = f.order(lines=[(plenty, 2), (scarce, 4)])
    screen = _screen(qtbot, ctx)
    review = screen.review
    assert review.table.currentRow() == 1  # the first short line is chosen for you
    assert (review.table.item(1, 5).text(), review.table.item(1, 7).text()) == (
        "Partly", "Decide after confirming")
    qtbot.keyClick(screen, Qt.Key.Key_D, CTRL)
    assert review.shortage_dialog is None  # a draft's lines get their dates at confirmation
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)  # confirm: the shortage stays to decide
    assert review.table.currentRow() == 1 and review.table.item(1, 7).text() == "Decide (Enter)"
    qtbot.keyClick(screen, Qt.Key.Key_D, CTRL)
    dialog = review.shortage_dialog
    assert dialog is not None and dialog.isVisible() and dialog.backorder.isChecked()
    assert "3 short" in dialog.findChild(type(review.title)).text()  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.findChild(type(review.confirm_button), "resolveButton"),
                     Qt.MouseButton.LeftButton)
    assert problems == [] and not dialog.isVisible()
    lines = review_lines(uow(write=False), order_id)
    assert lines[1].short_decision is ShortDecision.BACKORDER
    assert review.table.item(1, 7).text() == "Back-order"


def test_a_short_line_substitute_must_be_another_product(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    scarce, other = f.product(stock_qty=0), f.product(stock_qty=9)
    order_id = f.order(lines=[(scarce, 2)])
    other_sku = next(p.sku for p in products.search_products(uow(write=False), "SKU-", 99)
                     if p.id == other)
    screen = _screen(qtbot, ctx)
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(screen, Qt.Key.Key_D, CTRL)
    dialog = screen.review.shortage_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.substitute_choice, Qt.MouseButton.LeftButton)
    dialog.save()
    assert dialog.errors.message("substitute") == "Choose a different product as substitute."
    qtbot.keyClicks(dialog.substitute_field, other_sku)
    dialog.substitute_field.search_now()
    qtbot.keyClick(dialog.substitute_field, Qt.Key.Key_Return)
    assert dialog.substitute is not None and dialog.substitute.id == other
    dialog.save()
    assert problems == []
    skus = [line.sku for line in order_queries.get_order(uow(write=False), order_id).lines]
    assert skus[-1] == other_sku


def test_amending_a_confirmed_order_shows_what_changed(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    keep, drop, new = f.product(stock_qty=20), f.product(stock_qty=20), f.product(stock_qty=20)
    order_id = f.confirmed_order(lines=[(keep, 2), (drop, 1)])
    new_sku = next(p.sku for p in products.search_products(uow(write=False), "SKU-", 99)
                   if p.id == new)
    screen = _screen(qtbot, ctx)
    assert screen.rows == []  # nothing waits to be confirmed
    screen.filter.setCurrentIndex(1)
    assert [row.id for row in screen.rows] == [order_id]
    screen.worklist.setFocus()
    screen.worklist.selectRow(0)
    qtbot.keyClick(screen, Qt.Key.Key_E, CTRL)
    panel = screen.amend_panel
    assert screen.stack.currentWidget() is panel and panel.reason.isVisible()
    lines = panel.form.lines
    table = lines.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, QTY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.keyClicks(lines.product_field, new_sku)
    qtbot.keyClick(lines.product_field, Qt.Key.Key_Return)
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    assert panel.form.errors.message("reason") == "Say why the confirmed order changes."
    assert order_queries.get_order(uow(write=False), order_id).revision == 0
    qtbot.keyClicks(panel.reason, "customer called")
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    assert problems == []
    assert screen.stack.currentWidget() is screen.review
    diff = screen.review.diff
    assert diff.isVisible() and "customer called" in diff.summary.text()
    rows = diff.rows()
    assert any(r[1] == "Quantity" and (r[2], r[3]) == ("2", "5") for r in rows), rows
    assert any(r[1] == "Line removed" for r in rows) and any(r[1] == "Line added" for r in rows)
    detail = order_queries.get_order(uow(write=False), order_id)
    assert detail.revision == 1 and detail.lines[0].quantity == D(5)


def test_a_short_line_gets_a_new_promised_date_or_a_production_order(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    scarce = f.product(stock_qty=1)
    made = f.made_product([(f.product(stock_qty=100), 2)])
    order_id = f.order(lines=[(scarce, 3), (made, 4)])
    screen = _screen(qtbot, ctx)
    review = screen.review
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(screen, Qt.Key.Key_D, CTRL)
    dialog = review.shortage_dialog
    assert dialog is not None and dialog.line.sku == review.lines[0].sku
    later = date.today() + timedelta(days=20)
    dialog.date_field.setFocus()
    dialog.date_field.setDate(later)  # choosing a date chooses "new promised date"
    assert dialog.new_date.isChecked()
    qtbot.keyClick(dialog.date_field, Qt.Key.Key_Return)
    assert problems == [] and not dialog.isVisible()
    review.table.selectRow(1)
    qtbot.keyClick(screen, Qt.Key.Key_D, CTRL)
    dialog = review.shortage_dialog
    qtbot.mouseClick(dialog.production, Qt.MouseButton.LeftButton)
    dialog.save()
    assert problems == []
    first, second = review_lines(uow(write=False), order_id)
    assert (first.short_decision, first.promised_date) == (ShortDecision.NEW_DATE, later)
    assert second.short_decision is ShortDecision.PRODUCTION
    assert second.expected_qty == D(4)  # the production order now counts as coming
    assert review.table.item(1, 7).text() == "Production"
