<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ComplaintAction</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">客服</translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintState</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>Scan a location label or a product barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust by (+/-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count or adjust by scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Scan the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Scan the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location {0}: scan a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a location label first (like {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  {1} — booked here: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Type the quantity, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: type the counted quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: count matches the books ({1}); nothing to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} recorded; now {2} on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Scan the next product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTier</name>
    <message>
        <source>A – key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B – regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C – occasional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageResolution</name>
    <message>
        <source>No compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Find an order, customer or product (Ctrl+F)</source>
        <translation>搜尋訂單、客戶或產品 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>InventoryCount</name>
    <message>
        <source>Cycle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to OrderDesk</source>
        <translation>登入 OrderDesk</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk 訂單管理</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find order, customer or product</source>
        <translation>搜尋訂單、客戶或產品(&amp;F)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OrderDesk</source>
        <translation>關於 OrderDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>資料庫：{0}</translation>
    </message>
    <message>
        <source>Site {0}</source>
        <translation>據點 {0}</translation>
    </message>
    <message>
        <source>{0}, {1} waiting</source>
        <translation>{0}，{1} 筆待處理</translation>
    </message>
    <message>
        <source>This screen is not part of this version yet.</source>
        <translation>此版本尚未提供這個畫面。</translation>
    </message>
    <message>
        <source>This screen could not be opened.</source>
        <translation>無法開啟這個畫面。</translation>
    </message>
    <message>
        <source>No screen of yours shows this record.</source>
        <translation>您可使用的畫面中沒有能顯示此紀錄的畫面。</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>本機檔案</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>伺服器連線正常</translation>
    </message>
    <message>
        <source>Server unreachable: nothing can be saved</source>
        <translation>無法連線伺服器：目前無法儲存任何資料</translation>
    </message>
    <message>
        <source>About OrderDesk</source>
        <translation>關於 OrderDesk</translation>
    </message>
    <message>
        <source>OrderDesk {0}
Order to cash for small firms.</source>
        <translation>OrderDesk {0}
小型企業的訂單到收款管理。</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已配貨</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已開票</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>尚未選擇訂單</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>總額 {0}</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>建立於 {0}</translation>
    </message>
    <message>
        <source>Requested {0}</source>
        <translation>需求日 {0}</translation>
    </message>
    <message>
        <source>Promised {0}</source>
        <translation>承諾交期 {0}</translation>
    </message>
    <message>
        <source>Instructions: {0}</source>
        <translation>特殊指示：{0}</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Partly allocated</source>
        <translation>部分配貨</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已配貨</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已揀貨</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分出貨</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已開發票</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Order number, customer name, code or phone</source>
        <translation>訂單編號、客戶名稱、代碼或電話</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} 筆訂單</translation>
    </message>
</context>
<context>
    <name>PaymentCondition</name>
    <message>
        <source>Prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Sales</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>倉管</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>財務</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>系統管理員</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生錯誤</translation>
    </message>
    <message>
        <source>OrderDesk ran into an unexpected problem. What you were doing was not saved; everything saved before is safe. Please try again, and if it happens again send the details below to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>ShipCheckPanel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished">料號</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished">已包裝</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and quantities verified by scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages &amp;intact, sealed and dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels and documents attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special &amp;requirements met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person signs off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague checks the shipment and enters their own user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Special requirements: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to ship, still to pack or seal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package {0} checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not in this shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many {0}: only {1} packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every item first: {0} still to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the packages are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the labels and documents are attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the special requirements are met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippingScreen</name>
    <message>
        <source>To ship</source>
        <translation type="unfinished">待出貨</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished">訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客戶</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished">承諾交期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished">已出貨</translation>
    </message>
    <message>
        <source>&amp;Loading list (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the shipments one van or carrier takes away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order number, each item, a package label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order on the left, or scan its order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to ship ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every item and each package label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an order waiting to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shipped. Choose the next order, or scan its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the shipments for the loading list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>To allocate</source>
        <translation>待配貨</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生產</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>待揀貨</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待包裝</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待出貨</translation>
    </message>
    <message>
        <source>Delivery sign-off</source>
        <translation>到貨簽收</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>待開發票</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>應收帳款</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>管理儀表板</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit of {credit} is more than the {open} still open on invoice {number} (the rest is paid or credited already). Credit at most {open}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged or short line is not in this shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivered order needs its shipped date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is corrected by editing it, not re-issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line to credit is not on invoice {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line you changed is not on this invoice any more; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be received in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second person must check and sign off this shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipment on this loading list does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short pick is between 1 and {remaining}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site code is 1 to 6 capital letters or digits, like HQ or BR2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate is a fraction such as 0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 1 to 60 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a quantity above zero, with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept at most the {quantity} produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line to the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment must change the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one line; delete the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing documents are changed one by one through their services, never in bulk ({table}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer for the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different product as substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language for documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new promised date from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an in-process or a final inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one delivered order to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one order to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to credit: a line or the freight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close package {package} (weight) before labelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number} is another customer&apos;s; choose one of {customer}&apos;s complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number} is {state}; it cannot {action} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component quantities must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit days must be between 0 and 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number} is already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number} is posted and stays; it can no longer be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit terms need a number of credit days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the customer complains about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the delivery address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the package weight in kg (above 0, at most 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything allocated is already on a pick list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as csv or xlsx, not {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone number or email to contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every check a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect a sample of at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice line {n} ({what}): {qty} cannot be credited, only {left} of the {invoiced} invoiced are not credited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is another customer&apos;s; allocate only to {customer}&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is credited in full already; there is nothing left to re-issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is in {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is partly paid ({paid}), so it cannot be credited in full. Correct what is wrong with a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is posted and cannot {action}. Correct it with a credit note or a re-issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 365 copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} ({sku}) bills {qty}, but only {waiting} delivered are still to invoice: another invoice was posted for the rest. Lower the quantity, take the line off or delete this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} can only go down from {qty}: an invoice bills what was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} cannot go below {qty}: that much is already picked or shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} has been picked and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} of {number} is not short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: a discount is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: a price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: that product is not for sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: the quantity must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: {qty} is not a plausible quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {row} of the file is not valid CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name each invoice line once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name each invoice once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the supplier who makes {sku}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU {sku}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product is below its safety stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replenishment mail address is set. Ask a manager to set replenishment_email in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock location has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every picked item of {number} is packed yet: no label until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing delivered on {orders} is waiting for an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed mail can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a posted invoice can be credited; change the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only days before today can be closed; choose {yesterday} or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only posted invoices can be paid; post the draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {available} of {sku} are available, {wanted} were asked for. Allocate what is there and back-order the rest, or choose another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {left} of the freight on invoice {number} is left to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {on_hand} are booked here; the adjustment would go below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {open} is open on invoice {number}; allocate at most that, the rest stays with the customer as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} belongs to another customer; choose one of {customer}&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has line {n} twice (rows {first} and {row}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has no picked goods waiting to be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has no sealed packages to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has nothing allocated to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is already {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {state} and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number}: {column} differs from row {first}; the order&apos;s header must be the same on each of its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders {first} and {other} are in different currencies; invoice them separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders {first} and {other} belong to different customers; invoice each customer separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package dimensions must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package {number} has been shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package {number} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package {number} is sealed; open a new package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {number} has only {left} left to allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list {number} is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list {number} is being picked by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the invoice before sending it: a draft has no number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce a quantity above zero, with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production order {number} is {state}; it cannot {action} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities have at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a final inspection of production order {number} before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the root cause, so it can be analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the installation test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the file holds: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the closed period is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the confirmed order changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer is credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the invoice is re-issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the pick is short (empty bin, damaged...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment {number} has already been signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed order {number}. Reload it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this customer. Reload and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record while you were working on it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That complaint does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That credit note does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That invoice does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not on order {number}; choose one of its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mail is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That order does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That order line does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That package does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That payment does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pick list does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pick list line does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That product does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That production order does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That shipment does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stock location does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would not reopen anything; to close more days use period close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EAN-13 {code} has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocations add up to more than the {amount} received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode {code} already belongs to {sku}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are already closed up to {closed}. Reopen the period first to move the date back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are closed up to {closed}, so a {document} dated {day} cannot be posted. Date it after {closed}, or ask a manager to reopen the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused by a database rule ({rule}); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column {column} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column {column} is not used and will be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be put back: {reason}. Nothing was changed; close other OrderDesk windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code {code} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved; check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivered date is before the shipped date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivered date {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address {email} does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} error(s); nothing was imported. Fix them and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not recognised. Save it as CSV UTF-8 (or Big5 / GB18030) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final notice to {customer} went out on {day}; the account is for collection now, not for another reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was refused by a database rule ({rule}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last final inspection of production order {number} failed. Rework the goods and record a passing inspection before accepting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location {code} does not exist yet and will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order date {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order line is for {line_sku}, not {sku}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signing off is not a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {phone} does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column {column} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample cannot be larger than the {quantity} produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned goods do not match the packages (scanned/packed): {diff}. Check the packages before shipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped date is before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped date {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off must be a second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock for {sku} on {number} is no longer held; ask the office to allocate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at {path} to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has nothing overdue on {day}; there is nothing to remind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To allocate order {number}, confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm {number}, finance must approve it: the customer would owe {exposure}, over the credit limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm {number}, the customer&apos;s credit hold must be lifted or overridden by finance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To produce {sku}, give it a bill of materials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sell on credit, first verify the customer&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ship {number}, pack and seal every picked item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many: every {sku} on this list is already picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many: only {remaining} more of {sku} to pick here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many: only {waiting} picked {sku} wait to be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code {code}: scan the product&apos;s barcode again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack order {number} before cancelling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: {sku} is not on order {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: {sku} is not on this pick list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({action}). Ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not see a customer&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} has more decimals than {currency} uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a currency code (like TWD, USD or EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} cannot be negative ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is empty; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be above zero, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{copy} is damaged and was not restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} has no e-mail address; add one on the Customers screen, or print the document instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} appears again (first on row {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not something that can be imported; choose one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number} is posted and can no longer change. Correct it with a new document: a credit note, a re-issue or a new payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kpi} cannot be broken down by {breakdown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook. Save it as XLSX or CSV (UTF-8) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the last active administrator; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may not resolve complaints; choose someone from customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} has more than 3 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} at {code}: {allocated} are allocated to orders; the level cannot be set below that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} for production order {number} is no longer held in full; cancel the production order and plan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} is lot-tracked: scan the lot too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} is packed but no longer held in stock; ask the office to allocate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: choose credit, return or replacement for the damaged or short goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: damaged and short cannot exceed the {shipped} shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not sign off shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has more than {places} decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the largest allowed {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date; write dates as 2025-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
