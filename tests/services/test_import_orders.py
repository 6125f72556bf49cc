"""Importing orders, open and past: `orderdesk check` stays clean, the KPIs see the history,
open orders go on through the warehouse, and bad rows are named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.models import Customer, Delivery, SalesOrder, Shipment, StockMove
from app.models.enums import OrderState
from app.services import allocation, credit, invoice_queries, invoicing, order_queries, worklists
from app.services.errors import InvalidStateError
from app.services.exporting import export_table
from app.services.importing import RecordStatus, apply_import, preview_import
from app.services.integrity import check_database
from app.services.kpi_sql import DateRange
from app.services.kpis import fill_rate, on_time_delivery, processing_times
from app.services.unit_of_work import UowFactory
from tests.factories import Factory

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
HEAD = ("order_number,customer_code,order_date,required_date,shipped_date,delivered_date,"
        "sku,quantity,unit_price,line_no\n")


def _import(uow: UowFactory, f: Factory, kind: str, source: Path | bytes) -> None:
    preview = preview_import(uow(write=False), f.admin, kind, source, filename=f"{kind}.csv")
    assert preview.errors == (), [(e.row, e.column, e.message) for e in preview.errors]
    apply_import(uow(), f.admin, preview)


@pytest.fixture
def masters(uow: UowFactory, f: Factory) -> None:
    for kind in ("customers", "products", "stock"):
        _import(uow, f, kind, SAMPLES / f"{kind}.csv")


def _orders(uow: UowFactory) -> dict[str, tuple[OrderState, Decimal, Decimal]]:
    with uow(write=False) as u:
        return {n: (s, t, fr) for n, s, t, fr in u.session.execute(
            select(SalesOrder.number, SalesOrder.state, SalesOrder.total, SalesOrder.freight))}


def test_past_orders_are_stored_delivered_in_the_past_and_check_stays_clean(
        uow: UowFactory, f: Factory, engine: Engine, masters: None) -> None:
    with uow(write=False) as u:
        moves_before = u.session.scalar(select(func.count()).select_from(StockMove))
    _import(uow, f, "orders", SAMPLES / "orders.csv")

    orders = _orders(uow)
    # 100 x 118 less 5 % = 11210, 100 x 60 = 6000; 5 % tax on each line.
    assert orders["OLD-2025-0001"] == (OrderState.DELIVERED, Decimal("18070.50"),
                                       Decimal("150"))
    assert orders["OLD-2025-0002"][0] is OrderState.DELIVERED
    assert orders["OLD-2025-0003"] == (OrderState.CONFIRMED, Decimal("630.00"), Decimal(0))
    with uow(write=False) as u:
        shipment = u.session.execute(select(Shipment.number, Shipment.carrier,
                                            Shipment.shipped_at)
                                     .order_by(Shipment.number)).first()
        signed = u.session.scalars(select(Delivery.signed_at).order_by(Delivery.signed_at)).all()
        moves_after = u.session.scalar(select(func.count()).select_from(StockMove))
    assert shipment == ("OLD-2025-0001/SH", "黑貓宅急便", datetime(2025, 3, 5, tzinfo=UTC))
    assert signed == [datetime(2025, 3, 6, tzinfo=UTC), datetime(2025, 4, 8, tzinfo=UTC)]
    assert moves_after == moves_before  # history never touches today's stock
    assert check_database(engine) == []


def test_the_kpis_see_the_imported_history(
        uow: UowFactory, f: Factory, masters: None) -> None:
    _import(uow, f, "orders", SAMPLES / "orders.csv")
    spring = DateRange(date(2025, 3, 1), date(2025, 4, 30))
    on_time = on_time_delivery(uow(write=False), spring)
    # 0001 promised 03-10, signed 03-06: on time; 0002 promised 04-05, signed 04-08: late.
    assert [(r.delivered, r.on_time) for r in on_time] == [(2, 1)]
    assert [(r.orders, r.good) for r in fill_rate(uow(write=False), spring)] == [(2, 2)]
    to_delivery = processing_times(uow(write=False), spring).to_delivery
    # 03-01 -> 03-06 is 120 h, 04-02 -> 04-08 is 144 h.
    assert [(d.count, d.mean_hours) for d in to_delivery] == [(2, Decimal("132.00"))]


def test_an_imported_open_order_goes_on_through_the_warehouse(
        uow: UowFactory, f: Factory, engine: Engine, masters: None) -> None:
    _import(uow, f, "orders", SAMPLES / "orders.csv")
    order_id = next(o.id for o in order_queries.list_orders(uow(write=False))
                    if o.number == "OLD-2025-0003")
    allocation.allocate_order(uow(), f.admin, order_id)
    f.pick_all(order_id)
    f.pack_all(order_id)
    f.ship(order_id)
    assert order_queries.get_order(uow(write=False), order_id).state is OrderState.SHIPPED
    assert check_database(engine) == []


def test_the_same_orders_file_twice_creates_each_order_once(
        uow: UowFactory, f: Factory, engine: Engine, masters: None) -> None:
    _import(uow, f, "orders", SAMPLES / "orders.csv")
    again = preview_import(uow(write=False), f.admin, "orders", SAMPLES / "orders.csv")
    assert [r.status for r in again.records] == [RecordStatus.PRESENT] * 3
    assert apply_import(uow(), f.admin, again).created == 0
    assert len(_orders(uow)) == 3
    assert check_database(engine) == []


def test_order_rows_with_unknown_keys_bad_dates_or_mismatched_headers_are_named(
        uow: UowFactory, f: Factory, masters: None) -> None:
    data = (HEAD
            + "A1,C0001,2025-03-01,,2025-03-05,,SC-M6-20,1,,1\n"      # 2 fine
            + "A1,C0002,2025-03-01,,2025-03-05,,NT-M6,1,,2\n"         # 3 other customer
            + "A2,NOBODY,2025-03-01,,,,SC-M6-20,1,,\n"                # 4 unknown customer
            + "A3,C0001,2025-02-30,,,,SC-M6-20,1,,\n"                 # 5 no such day
            + "A4,C0001,2025-03-09,,2025-03-01,,SC-M6-20,1,,\n"       # 6 shipped before
            + "A5,C0001,2025-03-01,,,2025-03-02,SC-M6-20,1,,\n"       # 7 delivered, not shipped
            + "A6,C0001,2025-03-01,,,,GHOST,1,,\n"                    # 8 unknown SKU
            + "A7,C0001,2025-03-01,,,,SC-M6-20,0,,\n"                 # 9 zero quantity
            + "A8,C0001,2099-01-01,,,,SC-M6-20,1,,\n"                 # 10 in the future
            + "A9,C0001,01/03/2025,,,,SC-M6-20,1,,\n"                 # 11 ambiguous date
            + "B1,C0001,2025-03-01,,,,SC-M6-20,1,,1\n"                # 12
            + "B1,C0001,2025-03-01,,,,NT-M6,1,,1\n"                   # 13 line 1 twice
            + "B2,C0001,114/03/01,,,,NT-M6,2,59.5,\n").encode()       # 14 fine (Minguo date)
    preview = preview_import(uow(write=False), f.admin, "orders", data, filename="o.csv")
    assert {(e.row, e.column) for e in preview.errors} == {
        (3, "customer_code"), (4, "customer_code"), (5, "order_date"), (6, "shipped_date"),
        (7, "delivered_date"), (8, "sku"), (9, "quantity"), (10, "order_date"),
        (11, "order_date"), (13, "line_no")}
    status = {r.key: r.status for r in preview.records}
    assert status["B2"] is RecordStatus.NEW and status["A1"] is RecordStatus.INVALID
    assert preview.new == 1 and preview.invalid == 10
    assert len(_orders(uow)) == 0


def test_numbers_in_orderdesks_own_series_move_its_counter_on(
        uow: UowFactory, f: Factory, masters: None) -> None:
    _import(uow, f, "orders", (HEAD + "HQ-SO-000041,C0001,2025-03-01,,,,NT-M6,1,,\n").encode())
    new_id = f.order()
    assert order_queries.get_order(uow(write=False), new_id).number == "HQ-SO-000042"


def test_the_orders_workbook_with_date_and_number_cells_imports_like_the_csv(
        uow: UowFactory, f: Factory, masters: None) -> None:
    _import(uow, f, "orders", SAMPLES / "orders.xlsx")
    from_xlsx = export_table(uow(write=False), f.admin, "orders")
    preview = preview_import(uow(write=False), f.admin, "orders", SAMPLES / "orders.csv")
    assert preview.encoding == "utf-8" and preview.present == 3  # same orders, same numbers
    assert from_xlsx[1][0][:6] == ("OLD-2025-0001", "C0001", "2025-03-01", "2025-03-10",
                                   "2025-03-05", "2025-03-06")
    assert [row[14:17] for row in from_xlsx[1]] == [
        ("SC-M6-20", "100", "118"), ("NT-M6", "100", "60"), ("DR-500", "2", "3100"),
        ("NT-M6", "10", "60")]


def test_a_failure_halfway_through_the_writing_leaves_nothing(
        uow: UowFactory, f: Factory, masters: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.importing import orders_history

    def crash(*_args: object) -> None:  # every order and document row is written by now
        raise RuntimeError("disk full")

    monkeypatch.setattr(orders_history, "_advance_order_series", crash)
    with pytest.raises(RuntimeError):
        apply_import(uow(), f.admin, SAMPLES / "orders.csv", kind="orders")
    assert _orders(uow) == {}
    with uow(write=False) as u:
        assert u.session.scalar(select(func.count()).select_from(Shipment)) == 0


def test_imported_history_is_not_invoiced_again_nor_counted_in_credit_exposure(
        uow: UowFactory, f: Factory, masters: None) -> None:
    _import(uow, f, "orders", SAMPLES / "orders.csv")
    assert invoice_queries.to_invoice(uow(write=False)) == []
    assert worklists.count_waiting(uow(write=False))["to_invoice"] == 0
    assert worklists.count_waiting(uow(write=False))["all_orders"] == 3
    with uow(write=False) as u:
        c0001 = u.session.scalar(select(Customer.id).where(Customer.code == "C0001"))
        c0003 = u.session.scalar(select(Customer.id).where(Customer.code == "C0003"))
        assert c0001 is not None and c0003 is not None
        assert credit.exposure(u.session, c0001) == 0  # only delivered history
        assert credit.exposure(u.session, c0003) == Decimal("630.00")  # the open order
        history = u.session.scalar(select(SalesOrder.id).where(
            SalesOrder.number == "OLD-2025-0001"))
    with pytest.raises(InvalidStateError, match="imported history"):
        invoicing.create_invoice(uow(), f.admin, [history])
    # An order delivered in OrderDesk itself still waits for its invoice.
    f.delivered_order(c0001, [(f.product(stock_qty=5), 1)])
    assert len(invoice_queries.to_invoice(uow(write=False))) == 1
    assert worklists.count_waiting(uow(write=False))["to_invoice"] == 1
