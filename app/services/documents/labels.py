"""Printed labels for documents and mails in the three customer languages (en, zh_TW, zh_CN)."""

from __future__ import annotations

LANGUAGES = ("en", "zh_TW", "zh_CN")

# One row per label: English, Traditional, Simplified. Kept as a table rather than .ts files
# because these strings end up in PDFs and mails for the customer, not in the Qt interface.
_TABLE: dict[str, tuple[str, str, str]] = {
    "order_confirmation": ("Order confirmation", "訂單確認", "订单确认"),
    "invoice": ("Invoice", "發票", "发票"),
    "credit_note": ("Credit note", "折讓單", "红字发票"),
    "pick_list": ("Pick list", "揀貨單", "拣货单"),
    "packing_list": ("Packing list", "裝箱單", "装箱单"),
    "delivery_note": ("Delivery note", "送貨單", "送货单"),
    "number": ("Number", "單號", "单号"),
    "order_number": ("Order", "訂單", "订单"),
    "invoice_number": ("Invoice", "發票號碼", "发票号码"),
    "date": ("Date", "日期", "日期"),
    "issue_date": ("Issue date", "開立日期", "开具日期"),
    "due_date": ("Due date", "付款期限", "付款期限"),
    "promised_date": ("Promised delivery", "預計交貨日", "预计交货日"),
    "customer": ("Customer", "客戶", "客户"),
    "bill_to": ("Bill to", "帳單地址", "账单地址"),
    "deliver_to": ("Deliver to", "送貨地址", "送货地址"),
    "contact": ("Contact", "聯絡人", "联系人"),
    "payment": ("Payment", "付款方式", "付款方式"),
    "cond_prepayment": ("Prepayment", "預付", "预付"),
    "cond_cod": ("Cash on delivery", "貨到付款", "货到付款"),
    "cond_credit": ("On account", "月結", "月结"),
    "credit_days": ("{days} days net", "月結 {days} 天", "账期 {days} 天"),
    "shipping_method": ("Shipping", "運送方式", "运送方式"),
    "instructions": ("Instructions", "備註", "备注"),
    "reason": ("Reason", "原因", "原因"),
    "pos": ("#", "項次", "序号"),
    "sku": ("Item", "品號", "品号"),
    "description": ("Description", "品名", "品名"),
    "quantity": ("Qty", "數量", "数量"),
    "unit_price": ("Unit price", "單價", "单价"),
    "discount": ("Disc. %", "折扣 %", "折扣 %"),
    "tax_rate": ("Tax %", "稅率 %", "税率 %"),
    "amount": ("Amount", "金額", "金额"),
    "subtotal": ("Subtotal", "小計", "小计"),
    "tax": ("Tax", "稅額", "税额"),
    "freight": ("Freight", "運費", "运费"),
    "total": ("Total", "總計", "总计"),
    "credit_total": ("Total credited", "折讓總額", "红冲总额"),
    "open_amount": ("Amount due", "應付金額", "应付金额"),
    "bin": ("Bin", "儲位", "库位"),
    "barcode": ("Barcode", "條碼", "条码"),
    "to_pick": ("To pick", "應揀", "应拣"),
    "picked": ("Picked", "已揀", "已拣"),
    "wave": ("Wave", "批次揀貨", "批次拣货"),
    "page": ("Page {page} of {pages}", "第 {page} 頁，共 {pages} 頁",
             "第 {page} 页，共 {pages} 页"),
    "package": ("Package", "箱號", "箱号"),
    "packages": ("Packages", "箱數", "箱数"),
    "weight": ("Weight kg", "重量 kg", "重量 kg"),
    "size": ("Size cm", "尺寸 cm", "尺寸 cm"),
    "lot": ("Lot", "批號", "批号"),
    "shipment": ("Shipment", "出貨單", "发货单"),
    "shipped_on": ("Shipped", "出貨日期", "发货日期"),
    "carrier": ("Carrier", "貨運公司", "承运商"),
    "tracking": ("Tracking", "追蹤號碼", "运单号"),
    "shipped": ("Shipped", "出貨", "发货"),
    "accepted": ("Accepted", "簽收", "签收"),
    "damaged": ("Damaged", "損壞", "损坏"),
    "short": ("Missing", "短少", "短少"),
    "note": ("Note", "說明", "说明"),
    "installation": ("Installation checklist", "安裝檢查表", "安装检查表"),
    "test_passed": ("Installation test passed", "安裝測試通過", "安装测试通过"),
    "customer_trained": ("Customer trained", "已完成客戶教育訓練", "已完成客户培训"),
    "yes": ("yes", "是", "是"),
    "no": ("no", "否", "否"),
    "received_by": ("Received in good order by", "簽收人", "签收人"),
    "signed_at": ("Signed", "簽收時間", "签收时间"),
    "payment_confirmation": ("Payment confirmation", "收款確認", "收款确认"),
    "statement": ("Statement of account", "對帳單", "对账单"),
    "reminder_1": ("Payment reminder", "付款提醒", "付款提醒"),
    "reminder_2": ("Second reminder", "第二次催款通知", "第二次催款通知"),
    "reminder_3": ("Final notice", "最後催告", "最后催告"),
    "reminder_text_1": (
        "Our records show the invoices below as unpaid after their due date. Perhaps this "
        "escaped your attention; please transfer the amount due. If you have paid already, "
        "please ignore this letter.",
        "依據我們的紀錄，下列發票已逾付款期限尚未付款。若您已付款，請忽略此通知；"
        "否則請儘速匯款。",
        "根据我们的记录，下列发票已超过付款期限尚未付款。如您已付款，请忽略此通知；"
        "否则请尽快汇款。"),
    "reminder_text_2": (
        "Despite our reminder, the invoices below are still unpaid. Please pay the amount due "
        "within 7 days or contact us if there is a problem with these invoices.",
        "雖經提醒，下列發票仍未付款。請於 7 日內付清，或若發票有任何問題請與我們聯絡。",
        "虽经提醒，下列发票仍未付款。请于 7 日内付清，或如发票有任何问题请与我们联系。"),
    "reminder_text_3": (
        "The invoices below remain unpaid despite two reminders. Unless we receive payment "
        "within 7 days, we will stop further deliveries on credit and hand the matter on for "
        "collection.",
        "下列發票經兩次催款仍未付款。若 7 日內未收到款項，我們將停止賒銷出貨並委外催收。",
        "下列发票经两次催款仍未付款。如 7 日内未收到款项，我们将停止赊销发货并委外催收。"),
    "received_on": ("Received on", "收款日期", "收款日期"),
    "method": ("Method", "付款方式", "付款方式"),
    "reference": ("Reference", "參考號碼", "参考号码"),
    "amount_received": ("Amount received", "收款金額", "收款金额"),
    "applied_to": ("Applied to invoice", "沖銷發票", "冲销发票"),
    "unallocated": ("Credit on account", "未沖銷餘額", "未冲销余额"),
    "as_of": ("As of", "截至", "截至"),
    "credited": ("Credited", "已折讓", "已红冲"),
    "paid": ("Paid", "已付", "已付"),
    "open": ("Open", "未付", "未付"),
    "days_overdue": ("Days overdue", "逾期天數", "逾期天数"),
    "balance": ("Balance due", "應付餘額", "应付余额"),
    "overdue_total": ("Total overdue", "逾期總額", "逾期总额"),
    "pm_bank_transfer": ("Bank transfer", "銀行匯款", "银行转账"),
    "pm_card": ("Card", "信用卡", "信用卡"),
    "pm_cheque": ("Cheque", "支票", "支票"),
    "pm_cash": ("Cash", "現金", "现金"),
    "thanks_payment": ("Thank you for your payment.", "感謝您的付款。", "感谢您的付款。"),
    "loading_list": ("Waybill / loading list", "託運單 / 裝車清單", "托运单 / 装车清单"),
    "total_packages": ("Packages in all", "總箱數", "总箱数"),
    "total_weight": ("Total weight kg", "總重量 kg", "总重量 kg"),
    "driver_signature": ("Driver", "司機簽名", "司机签名"),
    "tax_id": ("Tax ID", "統一編號", "税号"),
    "thanks": ("Thank you for your order.", "感謝您的訂購。", "感谢您的订购。"),
    "mail_confirmation_subject": ("Order confirmation #{number}", "訂單確認 #{number}",
                                  "订单确认 #{number}"),
    "mail_confirmation_body": (
        "Dear {customer},\n\nthank you for your order {number}. We confirm it with the "
        "delivery date {promised}. The confirmation is attached as a PDF.\n\n{company}",
        "{customer} 您好：\n\n感謝您的訂單 {number}。預計交貨日為 {promised}。"
        "訂單確認書已附於 PDF 檔。\n\n{company}",
        "{customer} 您好：\n\n感谢您的订单 {number}。预计交货日为 {promised}。"
        "订单确认书已附于 PDF 文件。\n\n{company}",
    ),
}


def normalise(language: str) -> str:
    """Any spelling of a supported language ('zh-TW', 'zh_Hant', 'EN') to its table key."""
    key = language.replace("-", "_").lower()
    if key in ("zh_tw", "zh_hant", "zh_hk", "zh_hant_tw"):
        return "zh_TW"
    if key in ("zh_cn", "zh_hans", "zh", "zh_sg", "zh_hans_cn"):
        return "zh_CN"
    return "en"


def label(language: str, key: str, **params: object) -> str:
    text = _TABLE[key][LANGUAGES.index(normalise(language))]
    return text.format(**params) if params else text
