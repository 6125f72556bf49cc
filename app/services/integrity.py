"""`orderdesk check`: verifies every invariant of the database and lists each violation.

Like `git fsck`, it only reads. All rules run inside one read-only transaction (a repeatable
read snapshot on PostgreSQL, one read transaction on SQLite), so work committed by other
stations meanwhile never shows up as a false violation. Rules compare with aggregate SQL and
fetch only the rows that break them; orders are walked in keyset batches.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from app.services import (
    integrity_billing,
    integrity_lines,
    integrity_numbers,
    integrity_orders,
    integrity_stock,
)
from app.services.integrity_common import Check, Violation

__all__ = ["RULES", "Violation", "check_database", "summary"]

# Every rule code with what it guarantees, in the order violations are listed.
RULES: tuple[tuple[str, str], ...] = (
    *((code, text) for code, text, _ in integrity_stock.CHECKS),
    *((code, text) for code, text, _ in integrity_lines.CHECKS),
    (integrity_orders.STATE_FOLLOWS_LINES,
     "an order's stored state is the one its lines give (order_state.derive_state)"),
    (integrity_orders.DOCUMENT_TOTALS,
     "order, invoice and credit note totals are reproducible from their lines"),
    (integrity_numbers.GAPLESS,
     "posted invoices, credit notes and payments are numbered 1..N per series, counter at N+1"),
    (integrity_billing.ALLOCATIONS_WITHIN,
     "payments, and payments plus credit notes per invoice, stay within their amounts"),
    (integrity_billing.CREDIT_LINES_MATCH,
     "credit note lines credit lines of the credit note's own invoice"),
    (integrity_orders.STATE_CHANGES_RECORDED,
     "every order past draft has an audit trail"),
)

_CHECKS: tuple[Check, ...] = (
    *(check for _, _, check in integrity_stock.CHECKS),
    *(check for _, _, check in integrity_lines.CHECKS),
    integrity_orders.check_orders,
    integrity_billing.check_document_totals,
    integrity_numbers.check_gapless,
    integrity_billing.check_allocations_within,
    integrity_billing.check_credit_lines_match_invoice,
    integrity_orders.check_state_changes_recorded,
)
_RANK = {code: index for index, (code, _) in enumerate(RULES)}


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    options: dict[str, object] = {}
    if engine.dialect.name == "postgresql":
        options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect().execution_options(**options) as conn, conn.begin() as tx:
        try:
            yield conn
        finally:
            tx.rollback()  # nothing was written; ending the read transaction is all


def check_database(engine: Engine) -> list[Violation]:
    """Every violation of every rule, grouped by rule in the order of RULES; [] when sound."""
    with _snapshot(engine) as conn:
        found = [violation for check in _CHECKS for violation in check(conn)]
    return sorted(found, key=lambda v: _RANK[v.rule])  # stable: each rule keeps its order


def summary(violations: list[Violation]) -> dict[str, int]:
    """Violations per rule, every rule present (0 when it holds), in the order of RULES."""
    counts = dict.fromkeys(_RANK, 0)
    for violation in violations:
        counts[violation.rule] += 1
    return counts
