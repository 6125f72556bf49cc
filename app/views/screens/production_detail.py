"""Fills the detail side of the production screen from one ProductionDetail: what is being
made and for whom, component availability, which actions the state allows, whether
acceptance is blocked by a failed inspection, and the inspections so far."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services import production
from app.services.production_queries import ProductionDetail, ProductionState
from app.views.itemmodels.cells import RIGHT_COLOUR, WRONG, Row
from app.views.screens.production_inspection import FINAL, IN_PROCESS
from app.views.support.formatting import moment, number, short_day
from app.views.support.i18n import translate
from app.views.support.runner import FAILED, run

if TYPE_CHECKING:
    from app.views.screens.production import ProductionScreen

CTX = "ProductionDetail"
STATES = {
    "planned": QT_TRANSLATE_NOOP("ProductionState", "Planned"),
    "started": QT_TRANSLATE_NOOP("ProductionState", "Started"),
    "finished": QT_TRANSLATE_NOOP("ProductionState", "Finished"),
    "accepted": QT_TRANSLATE_NOOP("ProductionState", "Accepted"),
    "cancelled": QT_TRANSLATE_NOOP("ProductionState", "Cancelled"),
}
STAGES = {
    IN_PROCESS: QT_TRANSLATE_NOOP("ProductionDetail", "In-process"),
    FINAL: QT_TRANSLATE_NOOP("ProductionDetail", "Final"),
}


def _t(text: str) -> str:
    """A text marked elsewhere with QT_TRANSLATE_NOOP in this context."""
    return QCoreApplication.translate("ProductionDetail", text)



def state_label(state: ProductionState) -> str:
    return QCoreApplication.translate("ProductionState", STATES[state.value])


def fill_detail(screen: ProductionScreen, detail: ProductionDetail | None) -> None:
    S = ProductionState
    state = detail.row.state if detail else None
    screen.start_button.setEnabled(state is S.PLANNED)
    for widget in (screen.progress, screen.progress_button, screen.finish_button):
        widget.setEnabled(state is S.STARTED)
    screen.cancel_button.setEnabled(state in (S.PLANNED, S.STARTED, S.FINISHED))
    screen.cancel_reason.setEnabled(screen.cancel_button.isEnabled())
    screen.inspection.setEnabled(state in (S.STARTED, S.FINISHED))
    blocked = detail is not None and state is S.FINISHED and detail.final_passed is not True
    screen.accept_button.setEnabled(state is S.FINISHED and not blocked)
    screen.accept_quantity.setEnabled(screen.accept_button.isEnabled())
    if detail is None:
        screen.title.setText(translate("ProductionDetail", "No production order selected"))
        screen.info.clear()
        screen.blocked.clear()
        screen.components.set_rows([])
        screen.inspections.set_rows([])
        return
    row = detail.row
    screen.title.setText(f"{row.number} · {row.sku} {row.name} · {state_label(row.state)}")
    info = translate("ProductionDetail", "Make {0}, due {1}, progress {2} %.")
    info = info.replace("{0}", number(row.quantity)).replace(
        "{1}", short_day(row.due_date) or "—").replace("{2}", str(row.progress_pct))
    if row.order_number:
        info += " " + translate("ProductionDetail", "For sales order {0}.").replace(
            "{0}", row.order_number)
    if row.qty_accepted:
        info += " " + translate("ProductionDetail", "{0} accepted.").replace(
            "{0}", number(row.qty_accepted))
    screen.info.setText(info)
    screen.progress.setValue(row.progress_pct)
    if state is S.FINISHED and detail.final_passed is False:
        screen.blocked.setText(translate(
            "ProductionDetail", "The last final inspection FAILED: acceptance is blocked "
            "until the goods are reworked and a final inspection passes."))
    elif state is S.FINISHED and detail.final_passed is None:
        screen.blocked.setText(translate(
            "ProductionDetail", "Record a final inspection before accepting the goods."))
    else:
        screen.blocked.clear()
    if screen.accept_button.isEnabled() and not screen.accept_quantity.text():
        screen.accept_quantity.setText(number(row.quantity))
    screen.inspection.reset(FINAL if state is S.FINISHED else IN_PROCESS)
    _components(screen, detail)
    passed = translate("ProductionDetail", "Passed")
    failed = translate("ProductionDetail", "Failed")
    screen.inspections.set_rows([
        Row((moment(i.at), _t(STAGES.get(i.stage, i.stage)), str(i.sample_size),
             passed if i.passed else failed,
             ", ".join(name for name, ok in i.checks if not ok), i.notes), payload=i,
            colour=RIGHT_COLOUR if i.passed else WRONG, bold=not i.passed)
        for i in reversed(detail.inspections)])


def _components(screen: ProductionScreen, detail: ProductionDetail) -> None:
    view = screen.components_view
    done = detail.row.state not in (ProductionState.PLANNED, ProductionState.STARTED)
    view.setColumnHidden(3, done)
    view.setColumnHidden(4, done)
    if done:
        # Used or released already: availability no longer matters, show what was used.
        screen.components.set_headers([
            translate("ProductionDetail", "Component"),
            translate("ProductionDetail", "Required"), translate("ProductionDetail", "Used"),
            "", ""])
        screen.components.set_rows([
            Row((f"{c.sku} {c.name}", number(c.quantity_required),
                 number(c.quantity_consumed), "", ""), payload=c) for c in detail.components])
        return
    screen.components.set_headers([
        translate("ProductionDetail", "Component"), translate("ProductionDetail", "Still needed"),
        translate("ProductionDetail", "Held"), translate("ProductionDetail", "Free"),
        translate("ProductionDetail", "Short")])
    rows = run(screen, production.get_component_availability, screen.ctx.uow(write=False),
               detail.row.id)
    if rows is FAILED:
        return
    screen.components.set_rows([
        Row((c.sku, number(c.required), number(c.held), number(c.available),
             number(c.short) if c.short else ""), payload=c,
            colour=WRONG if c.short else None, bold=bool(c.short)) for c in rows])
