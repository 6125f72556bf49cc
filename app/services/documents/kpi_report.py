"""The printable monthly KPI report: each KPI against its target, the weekly trend, the
figures by sales channel and complaints by category. An internal document, so it uses the
firm's document language (en, zh_TW, zh_CN)."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from app.services.auth import Actor, require
from app.services.documents.builders import letterhead
from app.services.documents.labels import normalise
from app.services.documents.layout import Column, amount, facts_table, line_table, para, render
from app.services.kpi_dashboard import PERMISSION, Dashboard, load_dashboard
from app.services.kpi_sql import Breakdown, DateRange
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

# English, Traditional, Simplified; kept here because only this report prints them.
_LABELS: dict[str, tuple[str, str, str]] = {
    "title": ("Monthly KPI report", "每月績效報告", "每月绩效报告"),
    "period": ("Period", "期間", "期间"),
    "printed": ("Printed", "列印日期", "打印日期"),
    "kpi": ("KPI", "指標", "指标"),
    "figure": ("Figure", "實績", "实绩"),
    "target": ("Target", "目標", "目标"),
    "status": ("Status", "狀態", "状态"),
    "met": ("met", "達成", "达成"),
    "missed": ("MISSED", "未達成", "未达成"),
    "none": ("nothing to measure", "無資料", "无数据"),
    "trend": ("Week by week", "每週趨勢", "每周趋势"),
    "week": ("Week of", "週起始日", "周起始日"),
    "completed": ("Orders delivered", "完成交貨訂單", "完成交货订单"),
    "by_channel": ("By sales channel", "依銷售通路", "按销售渠道"),
    "channel": ("Channel", "通路", "渠道"),
    "complaints": ("Complaints", "客訴", "客诉"),
    "category": ("Category", "類別", "类别"),
    "received": ("Received", "受理", "受理"),
    "resolved": ("Resolved", "已解決", "已解决"),
    "hours_to_resolve": ("Mean hours to resolve", "平均解決時數", "平均解决时数"),
    "no_complaints": ("No complaints in the period.", "本期無客訴。", "本期无客诉。"),
    "at_least": ("at least", "至少", "至少"),
    "at_most": ("at most", "至多", "至多"),
    "kpi_target_on_time_pct": ("On-time delivery %", "準時交貨率 %", "准时交货率 %"),
    "kpi_target_accuracy_pct": ("Order accuracy %", "訂單正確率 %", "订单正确率 %"),
    "kpi_target_fill_rate_pct": ("Fill rate %", "首次出貨滿足率 %", "首次发货满足率 %"),
    "kpi_target_confirmation_hours": ("Entry to confirmation (h)", "下單至確認（小時）",
                                      "下单至确认（小时）"),
    "kpi_target_first_shipment_hours": ("Confirmation to first shipment (h)",
                                        "確認至首次出貨（小時）", "确认至首次发货（小时）"),
    "kpi_target_delivery_hours": ("Entry to delivery (h)", "下單至交貨（小時）",
                                  "下单至交货（小时）"),
    "kpi_target_back_order_lines": ("Back-order lines", "欠貨明細數", "欠货明细数"),
    "kpi_target_days_to_pay": ("Average days to pay", "平均付款天數", "平均付款天数"),
    "kpi_target_overdue_amount": ("Overdue receivables", "逾期應收帳款", "逾期应收账款"),
    "kpi_target_resolve_hours": ("Complaint resolution (h)", "客訴解決（小時）",
                                 "客诉解决（小时）"),
}
_INDEX = {"en": 0, "zh_TW": 1, "zh_CN": 2}
RED = colors.Color(0.70, 0.15, 0.12)
GREEN = colors.Color(0.11, 0.43, 0.13)


def text(language: str, key: str) -> str:
    return _LABELS[key][_INDEX.get(language, 0)]


def month_range(month: date) -> DateRange:
    last = calendar.monthrange(month.year, month.month)[1]
    return DateRange(month.replace(day=1), month.replace(day=last))


def monthly_report_pdf(uow: UnitOfWork, actor: Actor, month: date, *,
                       today: date | None = None) -> bytes:
    """The report of the calendar month holding `month` (the month so far if it is now)."""
    require(actor, PERMISSION)
    period = month_range(month)
    today = today or date.today()
    if period.end > today >= period.start:
        period = DateRange(period.start, today)
    board = load_dashboard(uow, actor, period, Breakdown.WEEK)
    channels = load_dashboard(uow, actor, period, Breakdown.CHANNEL).bars
    with uow:
        head = letterhead(uow.session)
        language = normalise(get_setting(uow.session, "document_language"))
        currency = get_setting(uow.session, "currency")
    return render_monthly_report(board, channels, head, language, currency, today)


def _figure(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "money":
        return amount(value)
    if unit == "count":
        return f"{value:,.0f}"
    return amount(value, 1 if unit == "pct" else 2)


def render_monthly_report(board: Dashboard, channels: tuple, head: object,  # type: ignore[type-arg]
                          language: str, currency: str, printed: date) -> bytes:
    t = lambda key: text(language, key)  # noqa: E731
    month = board.period.start.strftime("%Y-%m")
    story: list[Flowable] = [facts_table([], [
        (t("period"), f"{board.period.start.isoformat()} – {board.period.end.isoformat()}"),
        (t("printed"), printed.isoformat())]), Spacer(0, 5 * mm)]
    rows, marks = [], []
    for index, tile in enumerate(board.tiles, start=1):
        unit_text = f" {currency}" if tile.unit == "money" else ""
        bound = t("at_least") if tile.higher_is_better else t("at_most")
        status = t("none") if tile.value is None else t("missed") if tile.missed else t("met")
        rows.append([para(t(tile.key)), _figure(tile.value, tile.unit) + unit_text,
                     f"{bound} {_figure(tile.target, tile.unit)}{unit_text}", para(status)])
        if tile.value is not None:
            marks.append(("TEXTCOLOR", (1, index), (1, index), RED if tile.missed else GREEN))
    table = line_table([Column(t("kpi"), 70), Column(t("figure"), 35, "RIGHT"),
                        Column(t("target"), 45, "RIGHT"), Column(t("status"), 30)], rows)
    table.setStyle(TableStyle(marks))
    story += [table, Spacer(0, 6 * mm), para(t("trend"), 12), Spacer(0, 2 * mm)]
    story.append(line_table(
        [Column(t("week"), 40), Column(t("completed"), 35, "RIGHT"),
         Column(text(language, "kpi_target_on_time_pct"), 35, "RIGHT"),
         Column(text(language, "kpi_target_accuracy_pct"), 35, "RIGHT"),
         Column(text(language, "kpi_target_fill_rate_pct"), 35, "RIGHT")],
        [[p.bucket, f"{p.completed:,}", _figure(p.on_time_pct, "pct"),
          _figure(p.accuracy_pct, "pct"), _figure(p.fill_rate_pct, "pct")]
         for p in board.trend] or [["—", "", "", "", ""]]))
    story += [Spacer(0, 6 * mm), para(t("by_channel"), 12), Spacer(0, 2 * mm)]
    story.append(line_table(
        [Column(t("channel"), 50), Column(t("completed"), 40, "RIGHT"),
         Column(text(language, "kpi_target_on_time_pct"), 45, "RIGHT"),
         Column(text(language, "kpi_target_fill_rate_pct"), 45, "RIGHT")],
        [[r.label, f"{r.completed:,}",
          _figure(r.on_time_pct, "pct"), _figure(r.fill_rate_pct, "pct")] for r in channels]
        or [["—", "", "", ""]]))
    story += [Spacer(0, 6 * mm), para(t("complaints"), 12), Spacer(0, 2 * mm)]
    if board.complaints:
        story.append(line_table(
            [Column(t("category"), 60), Column(t("received"), 35, "RIGHT"),
             Column(t("resolved"), 35, "RIGHT"), Column(t("hours_to_resolve"), 50, "RIGHT")],
            [[c.category, str(c.received), str(c.resolved),
              _figure(c.mean_hours_to_resolve, "hours")] for c in board.complaints]))
    else:
        story.append(para(t("no_complaints")))
    return render(head, language, t("title"), month, story)  # type: ignore[arg-type]

