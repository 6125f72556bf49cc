"""The integrity checker: silent on a database built through the services, and for each rule,
a direct corruption of the database is reported under exactly that rule, naming the row."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, delete, insert, select, text, update

from app.models import (
    AuditEntry,
    Base,
    CreditNote,
    CreditNoteLine,
    DeliveryLine,
    Invoice,
    InvoiceLine,
    Location,
    NumberSeries,
    PackageItem,
    Payment,
    PaymentAllocation,
    SalesOrder,
    SalesOrderLine,
    ShipmentLine,
    StockLevel,
    StockMove,
)
from app.models.base import utcnow
from app.models.enums import DamageResolution, DocState, MoveKind, OrderState, PaymentMethod
from app.services import allocation, audit, delivery, order_queries, orders, picking
from app.services.integrity import RULES, Violation, check_database, summary
from app.services.integrity_orders import check_orders
from app.services.money import line_amounts
from app.services.numbering import next_number
from app.services.order_state import refresh_state
from tests.factories import Factory

D = Decimal


# ---- billing documents as a posting service writes them (billing services come later) -------

def post_invoice(f: Factory, order_id: uuid.UUID, freight: str = "0") -> uuid.UUID:
    """Invoices everything delivered and not yet invoiced, numbered at posting."""
    with f.uow() as u:
        session = u.session
        order = orders.load_order(session, order_id, lock=True)
        invoice = Invoice(number=next_number(session, u.site_code, "INV"),
                          state=DocState.POSTED, customer_id=order.customer_id,
                          customer_name=order.customer_name, currency=order.currency,
                          issue_date=date.today(), posted_at=utcnow(), freight=D(freight))
        for line in order.lines:
            qty = line.qty_delivered - line.qty_invoiced
            if qty > 0:
                a = line_amounts(qty, line.unit_price, line.discount_pct, line.tax_rate,
                                 order.currency)
                invoice.lines.append(InvoiceLine(
                    line_no=len(invoice.lines) + 1, order_line_id=line.id, description=line.name,
                    quantity=qty, unit_price=line.unit_price, discount_pct=line.discount_pct,
                    tax_rate=line.tax_rate, net=a.net, tax=a.tax, total=a.total))
                line.qty_invoiced += qty
        invoice.subtotal = sum((x.net for x in invoice.lines), D(0))
        invoice.tax_total = sum((x.tax for x in invoice.lines), D(0))
        invoice.total = invoice.subtotal + invoice.tax_total + invoice.freight
        session.add(invoice)
        session.flush()
        before, after = refresh_state(order)
        audit.record(session, f.admin, "invoice", invoice.id, "post", "draft", "posted")
        audit.record(session, f.admin, "sales_order", order.id, "invoice", before, after)
        invoice_id = invoice.id
        u.commit()
    return invoice_id


def post_payment(f: Factory, invoice_id: uuid.UUID, amount: str, allocate: str) -> uuid.UUID:
    with f.uow() as u:
        session = u.session
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        payment = Payment(number=next_number(session, u.site_code, "PAY"),
                          customer_id=invoice.customer_id, method=PaymentMethod.BANK_TRANSFER,
                          amount=D(amount), currency=invoice.currency, received_on=date.today())
        payment.allocations.append(PaymentAllocation(invoice_id=invoice_id, amount=D(allocate)))
        session.add(payment)
        session.flush()
        payment_id = payment.id
        u.commit()
    return payment_id


def post_credit_note(f: Factory, invoice_id: uuid.UUID, quantity: str, *,
                     posted: bool = True) -> uuid.UUID:
    """Credits `quantity` of the invoice's first line."""
    with f.uow() as u:
        session = u.session
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        line = invoice.lines[0]
        a = line_amounts(D(quantity), line.unit_price, line.discount_pct, line.tax_rate,
                         invoice.currency)
        note = CreditNote(invoice_id=invoice.id, customer_id=invoice.customer_id,
                          reason="damaged", subtotal=a.net, tax_total=a.tax, total=a.total)
        if posted:
            note.number = next_number(session, u.site_code, "CN")
            note.state, note.posted_at = DocState.POSTED, utcnow()
        note.lines.append(CreditNoteLine(
            line_no=1, invoice_line_id=line.id, description=line.description,
            quantity=D(quantity), unit_price=line.unit_price, discount_pct=line.discount_pct,
            tax_rate=line.tax_rate, net=a.net, tax=a.tax, total=a.total))
        session.add(note)
        session.flush()
        note_id = note.id
        u.commit()
    return note_id


# ---- helpers ---------------------------------------------------------------------------------

def execute(engine: Engine, *statements: Any) -> None:
    """Corrupts the database directly, past every service."""
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(statement)


def scalar(engine: Engine, query: Any) -> Any:
    with engine.connect() as conn:
        return conn.scalar(query)


def only(engine: Engine, rule: str) -> list[Violation]:
    """The violations, after asserting that every one of them is under `rule`."""
    violations = check_database(engine)
    assert violations, f"expected {rule} to be reported"
    assert {v.rule for v in violations} == {rule}, violations
    return violations


def ids(violations: list[Violation]) -> set[tuple[str, str]]:
    return {(v.entity, v.entity_id) for v in violations}


def first_line(engine: Engine, order_id: uuid.UUID) -> uuid.UUID:
    return scalar(engine, select(SalesOrderLine.id).where(SalesOrderLine.order_id == order_id)
                  .order_by(SalesOrderLine.line_no).limit(1))


def level_of(engine: Engine, product_id: uuid.UUID) -> uuid.UUID:
    return scalar(engine, select(StockLevel.id).join(Location).where(
        StockLevel.product_id == product_id, Location.code == "HQ-MAIN"))


def invoice_line(engine: Engine, invoice_id: uuid.UUID) -> uuid.UUID:
    return scalar(engine, select(InvoiceLine.id).where(InvoiceLine.invoice_id == invoice_id))


Unchecked = Callable[..., Any]


@pytest.fixture
def unchecked(engine: Engine) -> Iterator[Unchecked]:
    """`with unchecked(table, *constraints) as conn:` writes past those CHECK constraints.

    SQLite ignores CHECKs on that connection only; PostgreSQL drops the named constraints and
    puts them back (after emptying the tables) when the test ends.
    """
    dropped: list[tuple[str, str, str]] = []

    @contextmanager
    def run(table: str, *constraints: str) -> Iterator[Connection]:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
                try:
                    yield conn
                finally:
                    conn.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")
                return
            for constraint in constraints:
                definition = conn.scalar(text(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = :n"),
                    {"n": constraint})
                assert definition, constraint
                conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{constraint}"')
                dropped.append((table, constraint, definition))
            yield conn

    yield run
    if dropped:
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
            for table, constraint, definition in dropped:
                conn.exec_driver_sql(
                    f'ALTER TABLE "{table}" ADD CONSTRAINT "{constraint}" {definition}')


# ---- a sound database ------------------------------------------------------------------------

def test_a_database_built_through_the_services_has_no_violation(f: Factory, engine) -> None:
    widget, gadget = f.product(stock_qty=20), f.product(stock_qty=20)
    scarce = f.product(stock_qty=2)
    invoiced = f.delivered_order(lines=[(widget, 3), (gadget, 1)])
    invoice = post_invoice(f, invoiced, freight="80")
    post_payment(f, invoice, "100.00", "100.00")
    post_credit_note(f, invoice, "1")
    post_credit_note(f, invoice, "1", posted=False)
    f.allocated_order(lines=[(scarce, 3)])  # partially allocated
    f.order(lines=[(widget, 1)])  # draft
    cancelled = f.allocated_order(lines=[(gadget, 2)])
    orders.cancel_order(f.uow(), f.admin, cancelled, "customer changed mind")
    spare = f.product(stock_qty=5)
    replaced, shipment = f.shipped_order(lines=[(widget, 4), (gadget, 2), (spare, 2)])
    line_ids = [x.id for x in order_queries.get_order(f.uow(), replaced).lines]
    delivery.record_delivery(f.uow(), f.admin, delivery.DeliveryInput(
        shipment_id=shipment, signer_name="Ms Wu", problems=(
            delivery.DeliveryProblem(line_ids[0], damaged=D(1),
                                     resolution=DamageResolution.REPLACEMENT),
            delivery.DeliveryProblem(line_ids[1], short=D(1),
                                     resolution=DamageResolution.CREDIT),
            delivery.DeliveryProblem(line_ids[2], damaged=D(1),
                                     resolution=DamageResolution.RETURN))))
    allocation.allocate_order(f.uow(), f.admin, replaced)
    f.pick_all(replaced)
    f.pack_all(replaced)
    f.ship(replaced)
    again = order_queries.get_order(f.uow(), replaced).lines[0]
    assert (again.qty_shipped, again.qty_replaced) == (D(5), D(1))  # the replacement left too
    short = f.allocated_order(lines=[(gadget, 3)])
    pick_list = picking.create_pick_list(f.uow(), f.admin, [short])
    line = picking.get_pick_list(f.uow(), pick_list).lines[0]
    picking.record_short_pick(f.uow(), f.admin, line.id, D(1), "bin empty")
    assert check_database(engine) == []


# ---- stock -----------------------------------------------------------------------------------

def test_on_hand_that_disagrees_with_the_ledger_is_reported(f: Factory, engine) -> None:
    product = f.product(stock_qty=10)
    f.allocated_order(lines=[(product, 2)])
    level = level_of(engine, product)
    execute(engine, update(StockLevel).where(StockLevel.id == level)
            .values(on_hand=StockLevel.on_hand + D(1)))
    violations = only(engine, "stock.level_matches_ledger")
    assert ids(violations) == {("stock_level", str(level))}
    assert "on hand is 11 but the stock moves add up to 10" in violations[0].message


def test_stock_moves_without_a_level_row_are_reported(f: Factory, engine) -> None:
    f.product(stock_qty=1)  # the first receipt creates the main warehouse
    product = f.product()  # no stock: no level row
    location = scalar(engine, select(Location.id).where(Location.code == "HQ-MAIN"))
    execute(engine, insert(StockMove).values(
        id=uuid.uuid4(), at=utcnow(), product_id=product, location_id=location,
        quantity=D("2.5"), kind=MoveKind.RECEIPT, lot="", reason="", ref_kind=""))
    assert ids(only(engine, "stock.level_matches_ledger")) == {("product", str(product))}


def test_allocated_stock_that_disagrees_with_the_holds_is_reported(f: Factory, engine) -> None:
    product = f.product(stock_qty=10)
    f.allocated_order(lines=[(product, 2)])
    level = level_of(engine, product)
    execute(engine, update(StockLevel).where(StockLevel.id == level)
            .values(allocated=StockLevel.allocated - D("0.5")))
    violations = only(engine, "stock.allocated_matches_holds")
    assert ids(violations) == {("stock_level", str(level))}
    assert "allocated is 1.5 but held allocations add up to 2" in violations[0].message


def test_negative_available_stock_is_reported(f: Factory, engine, unchecked: Unchecked) -> None:
    product = f.product(stock_qty=10)
    f.allocated_order(lines=[(product, 2)])
    level = level_of(engine, product)
    location = scalar(engine, select(StockLevel.location_id).where(StockLevel.id == level))
    with unchecked("stock_levels", "ck_stock_levels_available_not_negative") as conn:
        # The ledger agrees (a move of -9), only the guard against over-allocation is broken.
        conn.execute(insert(StockMove).values(
            id=uuid.uuid4(), at=utcnow(), product_id=product, location_id=location,
            quantity=D(-9), kind=MoveKind.ADJUSTMENT, lot="", reason="", ref_kind=""))
        conn.execute(update(StockLevel).where(StockLevel.id == level).values(on_hand=D(1)))
    violations = only(engine, "stock.available_not_negative")
    assert ids(violations) == {("stock_level", str(level))}
    assert "available is -1" in violations[0].message


# ---- order lines -----------------------------------------------------------------------------

def test_a_line_whose_allocation_disagrees_with_its_holds_is_reported(f: Factory, engine) -> None:
    product = f.product(stock_qty=2)
    order_id = f.allocated_order(lines=[(product, 3)])  # 2 of 3 held: partially allocated
    line = first_line(engine, order_id)
    execute(engine, update(SalesOrderLine).where(SalesOrderLine.id == line)
            .values(qty_allocated=D(1)))
    violations = only(engine, "order_line.allocated_matches_holds")
    assert ids(violations) == {("sales_order_line", str(line))}


def test_each_broken_counter_condition_of_a_line_is_reported(
        f: Factory, engine, unchecked: Unchecked) -> None:
    order_id = f.delivered_order()
    line = first_line(engine, order_id)
    with unchecked("sales_order_lines", "ck_sales_order_lines_returns_not_negative",
                   "ck_sales_order_lines_allocated_within") as conn:
        conn.execute(update(SalesOrderLine).where(SalesOrderLine.id == line)
                     .values(qty_replaced=D(-1)))
    violations = only(engine, "order_line.within_ordered")
    assert ids(violations) == {("sales_order_line", str(line))}
    assert sorted(v.message.split(": ")[1].split(" does not hold")[0] for v in violations) == [
        "allocated + shipped - replaced + cancelled <= quantity", "replaced >= 0"]


def test_shipped_quantity_that_disagrees_with_the_shipments_is_reported(
        f: Factory, engine) -> None:
    order_id, _ = f.shipped_order()
    line = first_line(engine, order_id)
    execute(engine, update(ShipmentLine).where(ShipmentLine.order_line_id == line)
            .values(quantity=ShipmentLine.quantity + D(1)))
    violations = only(engine, "order_line.shipped_matches_shipments")
    assert ids(violations) == {("sales_order_line", str(line))}
    assert "shipped is 2, which cannot be below the 3 on shipments that have left" in (
        violations[0].message)


def test_delivered_and_packed_beyond_their_documents_are_reported(f: Factory, engine) -> None:
    order_id = f.delivered_order()
    line = first_line(engine, order_id)
    execute(engine,
            update(DeliveryLine).where(DeliveryLine.order_line_id == line)
            .values(qty_accepted=D(1)),
            update(PackageItem).where(PackageItem.order_line_id == line)
            .values(quantity=D("1.5")))
    violations = only(engine, "order_line.shipped_matches_shipments")
    assert ids(violations) == {("sales_order_line", str(line))}
    assert sorted(v.message.split(": ")[1] for v in violations) == [
        "delivered is 2, which cannot exceed the 1 accepted on signed deliveries",
        "packed is 2, which cannot exceed the 1.5 packed in packages"]


def test_invoiced_quantity_must_equal_the_posted_invoice_lines(f: Factory, engine) -> None:
    order_id = f.delivered_order(lines=[(f.product(stock_qty=5), 3)])
    invoice = post_invoice(f, order_id)
    line = first_line(engine, order_id)
    assert check_database(engine) == []
    execute(engine, update(InvoiceLine).where(InvoiceLine.invoice_id == invoice)
            .values(quantity=D(2)))
    violations = only(engine, "order_line.shipped_matches_shipments")
    assert ids(violations) == {("sales_order_line", str(line))}
    assert "invoiced is 3, which must equal the 2 on posted invoices" in violations[0].message
    execute(engine, update(InvoiceLine).where(InvoiceLine.invoice_id == invoice)
            .values(quantity=D(3)),
            update(Invoice).where(Invoice.id == invoice)
            .values(state=DocState.DRAFT, number=None),
            update(NumberSeries).where(NumberSeries.kind == "INV").values(next_value=1))
    assert ids(only(engine, "order_line.shipped_matches_shipments")) == {
        ("sales_order_line", str(line))}


# ---- orders ----------------------------------------------------------------------------------

def test_an_order_whose_state_does_not_follow_its_lines_is_found_in_any_batch(
        f: Factory, engine) -> None:
    product = f.product(stock_qty=20)
    order_ids = [f.allocated_order(lines=[(product, 1)]) for _ in range(5)]
    ordered = sorted(order_ids)  # UUIDs sort as the database sorts them, on both backends
    execute(engine, update(SalesOrder).where(SalesOrder.id.in_([ordered[0], ordered[-1]]))
            .values(state=OrderState.PICKED))
    violations = only(engine, "order.state_follows_lines")
    assert ids(violations) == {("sales_order", str(ordered[0])), ("sales_order", str(ordered[-1]))}
    assert "is 'picked' but its lines say 'allocated'" in violations[0].message
    with engine.connect() as conn:
        for size in (1, 2, 3, 4, 10):
            assert ids(list(check_orders(conn, batch_size=size))) == ids(violations), size


def test_order_totals_that_do_not_add_up_are_reported(f: Factory, engine) -> None:
    order_id = f.confirmed_order()
    line = first_line(engine, order_id)
    execute(engine, update(SalesOrder).where(SalesOrder.id == order_id).values(
        subtotal=SalesOrder.subtotal + D("0.01"), total=SalesOrder.total + D("0.01")))
    violations = only(engine, "document.totals")
    assert ids(violations) == {("sales_order", str(order_id))}
    assert [v.message.split(": ")[1].split(" is")[0] for v in violations] == [
        "subtotal", "total"]
    execute(engine, update(SalesOrder).where(SalesOrder.id == order_id).values(
        subtotal=SalesOrder.subtotal - D("0.01"), total=SalesOrder.total - D("0.01")),
        update(SalesOrderLine).where(SalesOrderLine.id == line).values(line_total=D(1)))
    assert ids(only(engine, "document.totals")) == {("sales_order_line", str(line))}


def test_invoice_and_credit_note_totals_that_do_not_add_up_are_reported(
        f: Factory, engine, unchecked: Unchecked) -> None:
    invoice = post_invoice(f, f.delivered_order(), freight="50")
    note = post_credit_note(f, invoice, "1")
    execute(engine, update(Invoice).where(Invoice.id == invoice).values(
        freight=Invoice.freight - D(10), total=Invoice.total - D(10)))
    assert check_database(engine) == []  # freight is the invoice's own: still adds up
    execute(engine, update(InvoiceLine).where(InvoiceLine.invoice_id == invoice).values(
        net=InvoiceLine.net + D(1), total=InvoiceLine.total + D(1)))
    violations = only(engine, "document.totals")
    assert ids(violations) == {("invoice", str(invoice))}
    assert "subtotal is 200 but the lines' net adds up to 201" in violations[0].message
    execute(engine, update(InvoiceLine).where(InvoiceLine.invoice_id == invoice).values(
        net=InvoiceLine.net - D(1), total=InvoiceLine.total - D(1)))
    with unchecked("credit_note_lines", "ck_credit_note_lines_total_adds_up") as conn:
        conn.execute(update(CreditNoteLine).where(CreditNoteLine.credit_note_id == note)
                     .values(total=CreditNoteLine.total + D(1)))
    line = scalar(engine, select(CreditNoteLine.id).where(CreditNoteLine.credit_note_id == note))
    assert ids(only(engine, "document.totals")) == {("credit_note_line", str(line))}


# ---- numbers ---------------------------------------------------------------------------------

def _invoices(f: Factory, count: int) -> list[uuid.UUID]:
    product = f.product(stock_qty=10 * count)
    return [post_invoice(f, f.delivered_order(lines=[(product, 1)])) for _ in range(count)]


def test_a_gap_in_posted_invoice_numbers_is_reported(f: Factory, engine) -> None:
    invoices = _invoices(f, 3)
    execute(engine, update(Invoice).where(Invoice.id == invoices[1])
            .values(number="HQ-INV-000004"),
            update(NumberSeries).where(NumberSeries.kind == "INV").values(next_value=5))
    violations = only(engine, "numbers.gapless")
    assert ids(violations) == {("number_series", "HQ-INV")}
    assert violations[0].message == (
        "HQ-INV: 3 posted numbers should run 1..3 but run 1..4 (2 missing)")


def test_a_duplicate_number_and_a_malformed_one_are_reported(f: Factory, engine) -> None:
    invoices = _invoices(f, 3)
    execute(engine, update(Invoice).where(Invoice.id == invoices[2]).values(number="HQ-INV-2"),
            update(NumberSeries).where(NumberSeries.kind == "INV").values(next_value=3))
    violations = only(engine, "numbers.gapless")
    assert ids(violations) == {("number_series", "HQ-INV")}
    assert "(2 twice)" in violations[0].message
    execute(engine, update(Invoice).where(Invoice.id == invoices[2]).values(number="HQ-CN-3"))
    assert ids(only(engine, "numbers.gapless")) == {("invoice", str(invoices[2]))}


def test_a_counter_out_of_step_with_the_posted_numbers_is_reported(f: Factory, engine) -> None:
    invoice = _invoices(f, 1)[0]
    post_payment(f, invoice, "10", "10")
    execute(engine, update(NumberSeries).where(NumberSeries.kind == "PAY")
            .values(next_value=NumberSeries.next_value + 1))
    violations = only(engine, "numbers.gapless")
    assert ids(violations) == {("number_series", "HQ-PAY")}
    assert "next value is 3 but the highest posted number is 1" in violations[0].message


def test_a_draft_with_a_number_and_a_numberless_posted_document_are_reported(
        f: Factory, engine, unchecked: Unchecked) -> None:
    invoice = _invoices(f, 1)[0]
    draft = post_credit_note(f, invoice, "1", posted=False)
    execute(engine, update(CreditNote).where(CreditNote.id == draft)
            .values(number="HQ-CN-000009"))
    assert ids(only(engine, "numbers.gapless")) == {("credit_note", str(draft))}
    execute(engine, update(CreditNote).where(CreditNote.id == draft).values(number=None))
    with unchecked("invoices", "ck_invoices_posted_has_number") as conn:
        conn.execute(update(Invoice).where(Invoice.id == invoice).values(number=None))
        conn.execute(update(NumberSeries).where(NumberSeries.kind == "INV").values(next_value=1))
    violations = only(engine, "numbers.gapless")
    assert ids(violations) == {("invoice", str(invoice))}
    assert "is posted but has no number" in violations[0].message


# ---- billing ---------------------------------------------------------------------------------

def test_a_payment_allocated_beyond_its_amount_is_reported(f: Factory, engine) -> None:
    invoice = _invoices(f, 1)[0]  # 1 x 100 + 5 % tax = 105
    payment = post_payment(f, invoice, "100", "100")
    execute(engine, insert(PaymentAllocation).values(
        id=uuid.uuid4(), payment_id=payment, invoice_id=invoice, amount=D("0.01"), at=utcnow()))
    violations = only(engine, "billing.allocations_within")
    assert ids(violations) == {("payment", str(payment))}
    assert "100.01 is allocated to invoices but only 100 was received" in violations[0].message


def test_an_invoice_paid_and_credited_beyond_its_total_is_reported(f: Factory, engine) -> None:
    invoice = _invoices(f, 1)[0]
    post_payment(f, invoice, "300", "0.01")
    post_credit_note(f, invoice, "1")  # the whole 105 of the invoice
    violations = only(engine, "billing.allocations_within")
    assert ids(violations) == {("invoice", str(invoice))}
    assert "paid 0.01 and credited 105 together exceed its total 105" in violations[0].message


def test_crediting_more_than_was_invoiced_is_reported(f: Factory, engine) -> None:
    invoice = _invoices(f, 1)[0]
    note = post_credit_note(f, invoice, "1")
    post_credit_note(f, invoice, "1", posted=False)  # drafts credit nothing yet
    assert check_database(engine) == []
    execute(engine, update(CreditNoteLine).where(CreditNoteLine.credit_note_id == note)
            .values(quantity=D("2.5")))
    violations = only(engine, "billing.allocations_within")
    assert ids(violations) == {("invoice_line", str(invoice_line(engine, invoice)))}


def test_a_credit_note_line_of_another_invoice_is_reported(f: Factory, engine) -> None:
    first, second = _invoices(f, 2)
    note = post_credit_note(f, first, "1")
    execute(engine, update(CreditNoteLine).where(CreditNoteLine.credit_note_id == note)
            .values(invoice_line_id=invoice_line(engine, second)))
    line = scalar(engine, select(CreditNoteLine.id).where(CreditNoteLine.credit_note_id == note))
    assert ids(only(engine, "billing.credit_lines_match_invoice")) == {
        ("credit_note_line", str(line))}


# ---- audit and summary -----------------------------------------------------------------------

def test_an_order_past_draft_without_an_audit_trail_is_reported(f: Factory, engine) -> None:
    draft, confirmed = f.order(), f.confirmed_order()
    execute(engine, delete(AuditEntry).where(AuditEntry.entity_id.in_([draft, confirmed])))
    violations = only(engine, "audit.state_changes_recorded")
    assert ids(violations) == {("sales_order", str(confirmed))}


def test_the_summary_counts_violations_under_every_rule(f: Factory, engine) -> None:
    product = f.product(stock_qty=10)
    order_id = f.allocated_order(lines=[(product, 2)])
    assert set(summary([])) == {code for code, _ in RULES}
    execute(engine, update(SalesOrder).where(SalesOrder.id == order_id)
            .values(state=OrderState.SHIPPED),
            update(StockLevel).where(StockLevel.id == level_of(engine, product))
            .values(on_hand=D(12)))
    counts = summary(check_database(engine))
    assert {k: v for k, v in counts.items() if v} == {
        "stock.level_matches_ledger": 1, "order.state_follows_lines": 1}
    assert list(counts) == [code for code, _ in RULES]
