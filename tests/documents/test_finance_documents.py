"""Payment confirmation, statement and the three reminder letters: amounts, items, wording."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models.enums import PaymentMethod
from app.services import documents, invoice_queries, payments
from app.services.settings import set_setting
from tests.documents.pdf_tools import pages, text
from tests.factories import Factory

TODAY = date.today()


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def account(f: Factory, language: str = "en"):  # type: ignore[no-untyped-def]
    """A customer with one invoice 60 days old (500 paid on it) and one issued today."""
    customer = f.customer(name="上海电子有限公司")
    with f.uow() as u:
        set_setting(u.session, f"language.customer.{customer}", language)
        u.commit()
    old = f.posted_invoice(customer, [(f.product(price="1000", stock_qty=5), 2)],
                           today=TODAY - timedelta(days=60))
    new = f.posted_invoice(customer, [(f.product(price="300", stock_qty=5), 1)])
    payment = payments.record_payment(f.uow(), f.admin, customer, Decimal("800"),
                                      PaymentMethod.BANK_TRANSFER, TODAY, "TX-991",
                                      [(old, Decimal("500"))])
    return customer, [invoice_queries.get_invoice(f.uow(), i).row for i in (old, new)], payment


def test_a_payment_confirmation_shows_amount_invoice_applied_and_credit_left(
        f: Factory) -> None:
    _, (old, _), payment_id = account(f)
    number = payments.get_payment(f.uow(), payment_id).row.number

    [page] = pages(documents.payment_confirmation_pdf(f.uow(), payment_id))

    assert "Payment confirmation" in page and number in page and "TX-991" in page
    assert "Bank transfer" in page and "上海电子有限公司" in page
    assert old.number and old.number in page and "500.00" in page
    assert "Credit on account" in page and "300.00" in page and "800.00" in page


def test_a_statement_lists_every_open_invoice_and_the_balance(f: Factory) -> None:
    customer, (old, new), _ = account(f)

    [page] = pages(documents.statement_pdf(f.uow(), customer, TODAY))

    assert "Statement of account" in page and old.number in page and new.number in page
    # Balance: both invoices, less the whole 800 received (300 of it not yet applied).
    assert money(old.total + new.total - Decimal(800)) in page


@pytest.mark.parametrize(("level", "title", "phrase"), [
    (1, "Payment reminder", "Perhaps this escaped your attention"),
    (2, "Second reminder", "Despite our reminder"),
    (3, "Final notice", "despite two reminders"),
])
def test_each_reminder_level_lists_only_overdue_invoices_with_its_own_wording(
        f: Factory, level: int, title: str, phrase: str) -> None:
    customer, (old, new), _ = account(f)

    page = " ".join(text(documents.reminder_pdf(f.uow(), customer, TODAY, level)).split())

    assert title in page and phrase in page
    assert old.number in page and new.number not in page
    assert money(old.total - Decimal(500)) in page


def test_a_final_notice_in_traditional_chinese(f: Factory) -> None:
    customer, (old, _), _ = account(f, "zh_TW")

    page = text(documents.reminder_pdf(f.uow(), customer, TODAY, 3))

    assert "最後催告" in page and "逾期總額" in page and old.number in page
