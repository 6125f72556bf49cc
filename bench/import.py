"""Import speed: 10,000 past orders with 30,000 lines from one CSV into a scratch SQLite file.

    python bench/import.py [--orders 10000] [--lines 3]
Customers (200) and products (300) are imported first; then the orders file is previewed
(read + checked) and applied (written in one transaction) separately, and `orderdesk check`
runs over the result. The last line printed is JSON with the timings and rows/s.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models import Base
from app.models.enums import Role
from app.services import auth
from app.services.auth import Actor
from app.services.database import make_engine
from app.services.importing import apply_import, preview_import
from app.services.integrity import check_database
from app.services.unit_of_work import make_uow_factory


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def make_files(orders: int, lines: int, seed: int = 1) -> dict[str, bytes]:
    rnd = random.Random(seed)
    customers = [[f"C{i:05d}", f"客戶 Customer {i}", "02 2345 6789", "credit", "30",
                  f"台北市信義路 {i} 號"] for i in range(200)]
    products = [[f"P{i:05d}", f"零件 Part {i}", f"{rnd.randint(10, 5000)}.{rnd.randint(0, 99):02d}",
                 rnd.choice(["扣件", "工具", "電子"])] for i in range(300)]
    start = date(2024, 1, 1)
    rows = []
    for n in range(orders):
        ordered = start + timedelta(days=rnd.randint(0, 600))
        shipped = ordered + timedelta(days=rnd.randint(0, 5))
        header = [f"OLD-{n:07d}", rnd.choice(customers)[0], ordered.isoformat(),
                  (ordered + timedelta(days=4)).isoformat(), shipped.isoformat(),
                  (shipped + timedelta(days=1)).isoformat(), "黑貓宅急便", "120"]
        for line_no, product in enumerate(rnd.sample(products, lines), start=1):
            rows.append([*header, str(line_no), product[0], str(rnd.randint(1, 50)),
                         "", str(rnd.choice([0, 0, 5, 10]))])
    return {
        "customers": _csv(["code", "name", "phone", "payment_condition", "credit_days",
                           "billing_address"], customers),
        "products": _csv(["sku", "name", "list_price", "category"], products),
        "orders": _csv(["order_number", "customer_code", "order_date", "required_date",
                        "shipped_date", "delivered_date", "carrier", "freight", "line_no", "sku",
                        "quantity", "unit_price", "discount_pct"], rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--lines", type=int, default=3)
    args = parser.parse_args()
    files = make_files(args.orders, args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        Base.metadata.create_all(engine)
        uow = make_uow_factory(engine)
        with uow() as u:
            user_id = auth.create_user(u.session, "boss", "Boss", "password123", Role.MANAGER)
            u.commit()
        actor = Actor(user_id, "boss", Role.MANAGER)
        for kind in ("customers", "products"):
            apply_import(uow(), actor, files[kind], kind=kind, filename=f"{kind}.csv")
        rows = args.orders * args.lines
        t0, c0 = time.perf_counter(), time.process_time()
        preview = preview_import(uow(write=False), actor, "orders", files["orders"],
                                 filename="orders.csv")
        t1 = time.perf_counter()
        assert not preview.errors, preview.errors[:3]
        result = apply_import(uow(), actor, preview)
        t2, c2 = time.perf_counter(), time.process_time()
        violations = check_database(engine)
        t3 = time.perf_counter()
        engine.dispose()
    assert result.created == args.orders and not violations, violations[:3]
    timings = {"orders": args.orders, "lines": rows, "csv_bytes": len(files["orders"]),
               "preview_s": round(t1 - t0, 2), "apply_s": round(t2 - t1, 2),
               "total_s": round(t2 - t0, 2), "rows_per_s": round(rows / (t2 - t0)),
               "check_s": round(t3 - t2, 2),
               # CPU seconds of this process: steadier than wall time on a shared machine
               "cpu_s": round(c2 - c0, 2), "rows_per_cpu_s": round(rows / (c2 - c0))}
    print(f"preview {timings['preview_s']} s, apply {timings['apply_s']} s: "
          f"{timings['rows_per_s']} rows/s ({timings['rows_per_cpu_s']} per CPU second); "
          f"orderdesk check {timings['check_s']} s, clean")
    print(json.dumps(timings))


if __name__ == "__main__":
    main()
