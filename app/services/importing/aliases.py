"""Chinese header names accepted for each column (Traditional and Simplified), so a sheet
kept in Chinese Excel imports without renaming its columns. docs/import.md lists them."""

from __future__ import annotations

_SKU = ("料號", "料号", "品號", "货号")
_QTY = ("數量", "数量")
_TAX = ("稅率", "税率")

ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": {
        "code": ("客戶代號", "客户代号", "客戶編號", "客户编号"),
        "name": ("客戶名稱", "客户名称", "名稱", "名称"),
        "tier": ("等級", "等级"),
        "phone": ("電話", "电话"),
        "email": ("電子郵件", "电子邮件"),
        "tax_id": ("統一編號", "统一编号", "統編", "税号"),
        "credit_limit": ("信用額度", "信用额度"),
        "payment_condition": ("付款條件", "付款条件"),
        "payment_method": ("付款方式",),
        "credit_days": ("信用天數", "账期天数"),
        "preferences": ("備註", "备注"),
        "contact_name": ("聯絡人", "联系人"),
        "contact_phone": ("聯絡電話", "联系电话"),
        "billing_address": ("帳單地址", "账单地址"),
        "delivery_address": ("送貨地址", "送货地址"),
    },
    "products": {
        "sku": _SKU,
        "name": ("品名", "名稱", "名称"),
        "category": ("類別", "类别", "分類", "分类"),
        "specification": ("規格", "规格"),
        "unit": ("單位", "单位"),
        "list_price": ("定價", "定价", "售價", "售价"),
        "cost": ("成本",),
        "tax_rate": _TAX,
        "barcode": ("條碼", "条码"),
        "safety_stock": ("安全庫存", "安全库存"),
        "bin_location": ("儲位", "储位"),
    },
    "stock": {
        "sku": _SKU,
        "location": ("倉庫", "仓库"),
        "quantity": (*_QTY, "庫存", "库存"),
        "lot": ("批號", "批号"),
    },
    "orders": {
        "order_number": ("訂單編號", "订单编号", "單號", "单号"),
        "customer_code": ("客戶代號", "客户代号", "客戶編號", "客户编号"),
        "order_date": ("訂單日期", "订单日期"),
        "required_date": ("需求日期", "交期"),
        "shipped_date": ("出貨日期", "发货日期"),
        "delivered_date": ("送達日期", "签收日期"),
        "carrier": ("貨運公司", "承运商"),
        "tracking_number": ("追蹤號碼", "运单号"),
        "freight": ("運費", "运费"),
        "sku": _SKU,
        "quantity": _QTY,
        "unit_price": ("單價", "单价"),
        "discount_pct": ("折扣%", "折扣"),
        "tax_rate": _TAX,
    },
}


def canonical(kind: str, header: str) -> str:
    """The column name a header means: `客戶代號` -> `code`; other headers unchanged."""
    text = header.strip()
    for name, names in ALIASES.get(kind, {}).items():
        if text in names:
            return name
    return text
