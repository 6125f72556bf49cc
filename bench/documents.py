"""Benchmark: rendering invoices to PDF (data in, bytes out; no database involved).

    python bench/documents.py [--runs 50] [--batch 1000]

Measures the one-off font registration, one 20-line invoice with Chinese text (median and
95th percentile of --runs renders; target under 40 ms), and a batch of --batch different
20-line invoices. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.documents.commercial import render_commercial
from app.services.documents.data import (
    CommercialDocument,
    CommercialKind,
    Letterhead,
    PricedLine,
)
from app.services.documents.fonts import font_name

HEAD = Letterhead("OrderDesk Demo Co. 示範有限公司",
                  "1 Example Road, Taipei\n台北市信義區範例路1號", "+886 2 1234 5678",
                  "sales@example.com", "12345678")


def invoice(n: int, language: str = "zh_TW") -> CommercialDocument:
    lines = tuple(
        PricedLine(i, "", f"SKU-{i:05d} 不鏽鋼六角螺栓 M8×{20 + i} 鍍鋅 (HQ-SO-{n:06d})",
                   Decimal(i), Decimal("12.50"), Decimal(0), Decimal("0.05"),
                   Decimal(i) * Decimal("12.50"))
        for i in range(1, 21))
    subtotal = sum((x.amount for x in lines), Decimal(0))
    tax = (subtotal * Decimal("0.05")).quantize(Decimal("0.01"))
    return CommercialDocument(
        CommercialKind.INVOICE, language, HEAD, f"HQ-INV-{n:06d}", date(2026, 11, 27), "TWD",
        "陳氏貿易股份有限公司", "陳氏貿易股份有限公司\n台北市中山區南京東路二段 100 號", "",
        (("issue_date", "2026-11-27"), ("due_date", "2026-12-27"),
         ("order_number", f"HQ-SO-{n:06d}")),
        lines, subtotal, tax, Decimal("150.00"), subtotal + tax + Decimal("150.00"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()

    started = time.perf_counter()
    font_name()
    font_ms = (time.perf_counter() - started) * 1000
    one = invoice(1)
    render_commercial(one)  # warm-up: first use of the glyph tables
    times, size = [], 0
    for _ in range(args.runs):
        started = time.perf_counter()
        size = len(render_commercial(one))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    documents = [invoice(n) for n in range(args.batch)]
    started = time.perf_counter()
    total_bytes = sum(len(render_commercial(doc)) for doc in documents)
    batch_s = time.perf_counter() - started
    result = {
        "font_registration_ms": round(font_ms, 1),
        "invoice_20_lines_median_ms": round(statistics.median(times), 2),
        "invoice_20_lines_p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "invoice_bytes": size,
        "batch": args.batch,
        "batch_s": round(batch_s, 2),
        "batch_per_invoice_ms": round(batch_s * 1000 / args.batch, 2),
        "batch_mb": round(total_bytes / 1e6, 1),
    }
    median = result["invoice_20_lines_median_ms"]
    print(f"font {font_ms:.0f} ms; one 20-line invoice median {median}"
          f" ms (p95 {result['invoice_20_lines_p95_ms']}); {args.batch} invoices {batch_s:.1f} s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
