"""The invoicing screen driven by clicks and keys over the real services, on every backend:
two deliveries of one customer invoiced together and posted, a line credited after a
complaint, printing and mailing, and a sales user who may not post or credit."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import (
    complaints,
    credit_notes,
    invoice_queries,
    invoicing,
    order_queries,
    outbox,
)
from app.services.complaints import ComplaintCategory
from app.services.errors import PermissionDeniedError
from app.services.invoice_queries import DocState
from app.views.context import AppContext
from app.views.screens.invoicing import InvoicingScreen
from tests.factories import Factory
from tests.views.conftest import Problems
from tests.views.finance_helpers import (
    always_yes,
    cell,
    click,
    click_row,
    keep_pdfs,
    row_of,
    show,
    type_into,
)

D = Decimal


def _two_deliveries(f: Factory) -> tuple[object, list[str]]:
    customer = f.customer(name="Harbour Foods")
    widget = f.product(price="33.33", stock_qty=50)  # odd cents: rounding per line shows
    gadget = f.product(price="19.99", stock_qty=50, tax_rate="0.1")
    orders = [f.delivered_order(customer, [(widget, 3)]),
              f.delivered_order(customer, [(gadget, 2), (widget, 1)])]
    return customer, [order_queries.get_order(f.uow(), o).number for o in orders]


def test_two_deliveries_of_one_customer_are_invoiced_together_and_posted(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = always_yes(monkeypatch)
    _customer, numbers = _two_deliveries(f)
    screen = InvoicingScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    click_row(qtbot, screen.worklist, row_of(screen.worklist, numbers[0]))
    click_row(qtbot, screen.worklist, row_of(screen.worklist, numbers[1]), add=True)
    assert "2 order(s)" in screen.chosen.text()
    type_into(qtbot, screen, "newFreight", "150", enter=True)
    assert problems == []

    draft = screen.detail.invoice
    assert draft is not None and draft.row.state is DocState.DRAFT and draft.row.number is None
    # 3 x 33.33 = 99.99 + 5.00 tax; 2 x 19.99 = 39.98 + 4.00 tax; 33.33 + 1.67; freight 150.
    assert [line.total for line in draft.lines] == [D("104.99"), D("43.98"), D("35.00")]
    assert draft.row.total == D("333.97")
    assert "NT$333.97" in screen.detail.totals.text()

    # The draft has the keyboard now: Ctrl+Enter posts it (after the confirmation).
    assert screen.detail.lines.hasFocus()
    qtbot.keyClick(screen.detail.lines, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert problems == [] and len(asked) == 1
    posted = invoice_queries.get_invoice(f.uow(), draft.row.id)
    assert posted.row.state is DocState.POSTED and posted.row.number
    assert screen.detail.title.text() == f"Invoice {posted.row.number}"
    assert not screen.detail.draft_row.isVisible() and screen.detail.posted_row.isVisible()
    # Both orders left the worklist, and the invoice list shows the number.
    assert all(cell(screen.worklist, r, 0) not in numbers
               for r in range(screen.worklist.rowCount()))
    assert cell(screen.invoices, row_of(screen.invoices, posted.row.number), 4) == "333.97"
    for order_number in numbers:
        order = next(o for o in order_queries.list_orders(f.uow()) if o.number == order_number)
        assert order.state.value == "invoiced"

    pdfs = keep_pdfs(monkeypatch)
    click(qtbot, screen.detail, "printInvoiceButton")
    assert pdfs and pdfs[0][0] == posted.row.number and pdfs[0][1].startswith(b"%PDF")
    click(qtbot, screen.detail, "mailInvoiceButton")
    assert screen.detail.mail.isVisible()
    assert screen.detail.mail.subject.text() == f"Invoice {posted.row.number}"
    click(qtbot, screen.detail.mail, "invoiceMailSend")
    assert not screen.detail.mail.isVisible()
    assert any(m.subject == f"Invoice {posted.row.number}"
               for m in outbox.list_outbox(f.uow()))
    assert problems == []


def test_one_line_is_credited_after_a_complaint_and_linked_both_ways(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    always_yes(monkeypatch)
    customer = f.customer(name="Lotus Hotel")
    invoice_id = f.posted_invoice(customer, [(f.product(price="45.00", stock_qty=20), 4),
                                             (f.product(price="12.50", stock_qty=20), 2)])
    order_id = invoice_queries.get_invoice(f.uow(), invoice_id).order_ids[0]
    complaint = complaints.record_complaint(f.uow(), f.admin, customer,
                                            ComplaintCategory.QUALITY, "Two bearings rusty",
                                            order_id=order_id)
    complaint_number = complaints.get_complaint(f.uow(), complaint).row.number
    screen = InvoicingScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    assert screen.open_record("invoice", invoice_id)

    click_row(qtbot, screen.detail.lines, 0)
    click(qtbot, screen.detail, "creditButton")
    panel = screen.detail.credit
    assert panel.form.isVisible() and "4 of 4 left" in panel.what.text()
    type_into(qtbot, panel, "creditQuantity", "2")
    combo = panel.findChild(QComboBox, "creditComplaint")
    assert panel.select_complaint(complaint)
    assert combo.currentText().startswith(complaint_number)
    type_into(qtbot, panel, "creditNote", "two rusty bearings", enter=True)
    assert problems == []
    assert cell(panel.notes, 0, 2) == complaint_number
    click_row(qtbot, panel.notes, 0)
    click(qtbot, panel, "postCreditButton")
    assert problems == []

    notes = invoice_queries.list_credit_notes_for_invoice(f.uow(), invoice_id)
    assert len(notes) == 1 and notes[0].state is DocState.POSTED
    assert notes[0].total == D("94.50")  # 2 x 45.00 + 5 % tax
    assert invoice_queries.get_credit_note(f.uow(), notes[0].id).reason == (
        "Complaint: two rusty bearings")
    # The complaint leads to the credit note, and the invoice screen shows the complaint.
    assert [n.id for n in invoice_queries.list_credit_notes_for_complaint(
        f.uow(), complaint)] == [notes[0].id]
    assert cell(panel.notes, 0, 0) == notes[0].number
    # From the complaint (e.g. the global search) the screen opens the invoice at that note.
    screen.detail.show_invoice(None)
    assert screen.open_record("complaint", complaint)
    assert screen.detail.invoice is not None and screen.detail.invoice.row.id == invoice_id
    assert cell(panel.notes, panel.notes.currentRow(), 2) == complaint_number
    assert cell(screen.detail.lines, 0, 9) == "2"
    detail = invoice_queries.get_invoice(f.uow(), invoice_id)
    assert detail.open_amount == D("189.00") + D("26.25") - D("94.50")
    assert "NT$120.75" in screen.detail.totals.text()


def test_sales_may_not_post_or_credit_and_the_service_refuses_too(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    always_yes(monkeypatch)
    customer, numbers = _two_deliveries(f)
    order_ids = [o.id for o in order_queries.list_orders(f.uow()) if o.number in numbers]
    invoice_id = invoicing.create_invoice(f.uow(), f.admin, order_ids)
    posted_id = f.posted_invoice(customer, [(f.product(stock_qty=5), 1)])
    sales = make_ctx(Role.SALES)
    screen = InvoicingScreen(sales)
    show(qtbot, screen)
    assert not screen.create.isEnabled()
    screen.open_record("invoice", invoice_id)
    assert not screen.detail.post.isVisible()
    assert not screen.detail.save.isEnabled() and not screen.detail.delete.isEnabled()
    screen.open_record("invoice", posted_id)
    assert not screen.detail.credit_button.isVisible()
    assert not screen.detail.reissue.isVisible()

    # Even when the button is forced on, the service says no and nothing changes.
    screen.open_record("invoice", invoice_id)
    screen.detail.post.setVisible(True)
    click(qtbot, screen.detail, "postInvoiceButton")
    assert problems.last() == "Your role (sales) may not do this (invoice.post). Ask a manager."
    assert invoice_queries.get_invoice(f.uow(), invoice_id).row.state is DocState.DRAFT
    line = invoice_queries.get_invoice(f.uow(), posted_id).lines[0]
    with pytest.raises(PermissionDeniedError):
        credit_notes.create_credit_note(f.uow(), sales.actor, posted_id, [(line.id, D(1))],
                                        "Complaint")
    with pytest.raises(PermissionDeniedError):
        invoicing.post_invoice(f.uow(), sales.actor, invoice_id)


def test_a_posted_invoice_is_re_issued_as_a_corrected_draft(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    always_yes(monkeypatch)
    invoice_id = f.posted_invoice(f.customer(), [(f.product(price="80.00", stock_qty=5), 2)],
                                  freight="30")
    screen = InvoicingScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    screen.open_record("invoice", invoice_id)
    type_into(qtbot, screen.detail, "reissueReason", "wrong billing address", enter=True)
    assert problems == []
    copy = screen.detail.invoice
    assert copy is not None and copy.row.state is DocState.DRAFT
    assert copy.reissue_of_id == invoice_id and copy.row.total == D("198.00")
    original = invoice_queries.get_invoice(f.uow(), invoice_id)
    assert (original.credited, original.open_amount) == (D("198.00"), D(0))
    assert original.reissued_as == (copy.row.id,)
