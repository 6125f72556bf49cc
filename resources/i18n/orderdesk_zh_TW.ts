<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>第一位系統管理員</translation>
    </message>
    <message>
        <source>The administrator adds the other users and gives them their roles (File &gt; Settings &gt; Users).</source>
        <translation>系統管理員可新增其他使用者並指派角色（檔案 &gt; 設定 &gt; 使用者）。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>再次輸入密碼(&amp;R)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 個字元</translation>
    </message>
    <message>
        <source>This server is in use already: OrderDesk will remember it on this computer and you log in with the account your administrator gave you. Nothing on the server is changed.</source>
        <translation>此伺服器已在使用中：OrderDesk 會在這台電腦記住它，請以系統管理員提供的帳號登入。伺服器上的資料不會有任何變更。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密碼至少需要 8 個字元。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>AllocationScreen</name>
    <message>
        <source>&amp;Allocate order (Ctrl+Enter)</source>
        <translation>訂單配貨(&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Allocate all &amp;waiting by tier (Ctrl+Shift+A)</source>
        <translation>依等級配貨所有待處理訂單(&amp;W) (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Short lines</source>
        <translation>缺貨明細</translation>
    </message>
    <message>
        <source>Short units</source>
        <translation>缺貨數量</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>Free now</source>
        <translation>目前可用</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Production order</source>
        <translation>生產工單</translation>
    </message>
    <message>
        <source>Scan or type the substitute&apos;s SKU</source>
        <translation>掃描或輸入替代品的料號</translation>
    </message>
    <message>
        <source>&amp;Resolve line (Ctrl+R)</source>
        <translation>處理此明細(&amp;R) (Ctrl+R)</translation>
    </message>
    <message>
        <source>What happens to the selected short line</source>
        <translation>所選缺貨明細的處理方式</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>處理方式：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Substitute:</source>
        <translation>替代品：</translation>
    </message>
    <message>
        <source>To allocate</source>
        <translation>待配貨</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完工日：</translation>
    </message>
    <message>
        <source>No order waiting for stock.</source>
        <translation>沒有等待庫存的訂單。</translation>
    </message>
    <message>
        <source>Short lines of {0}</source>
        <translation>{0} 的缺貨明細</translation>
    </message>
    <message>
        <source>{0} is fully allocated.</source>
        <translation>{0} 已全數配貨。</translation>
    </message>
    <message>
        <source>{0}: {1} units still short; decide below what happens to them.</source>
        <translation>{0}：仍缺 {1} 件，請在下方決定如何處理。</translation>
    </message>
    <message>
        <source>{0} orders received stock ({1} products shared out, tier A first).</source>
        <translation>{0} 張訂單已配到庫存（分配了 {1} 項產品，A 級客戶優先）。</translation>
    </message>
    <message>
        <source>No product has the code {0}.</source>
        <translation>沒有代碼為 {0} 的產品。</translation>
    </message>
    <message>
        <source>Line {0} of {1}: {2}.</source>
        <translation>第 {0} 行（{1}）：{2}。</translation>
    </message>
</context>
<context>
    <name>AmendPanel</name>
    <message>
        <source>Why does the order change? (the customer called, a price agreed…)</source>
        <translation>訂單為何變更？（客戶來電、議定價格…）</translation>
    </message>
    <message>
        <source>&amp;Save amendment (Ctrl+S)</source>
        <translation>儲存變更(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back without saving (Esc)</source>
        <translation>不儲存返回 (Esc)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amend order {0}</source>
        <translation>變更訂單 {0}</translation>
    </message>
    <message>
        <source>Say why the confirmed order changes.</source>
        <translation>請說明已確認訂單變更的原因。</translation>
    </message>
</context>
<context>
    <name>AmendmentDiff</name>
    <message>
        <source>Delivery address</source>
        <translation>送貨地址</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>需求日期</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承諾交期</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>運送方式</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>特殊指示</translation>
    </message>
    <message>
        <source>Payment condition</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>信用天數</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>訂單總額</translation>
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
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backups of this computer&apos;s database</source>
        <translation>本機資料庫的備份</translation>
    </message>
    <message>
        <source>The data is on a shared PostgreSQL server: its administrator backs it up there (for example every night with pg_dump). Nothing to set here.</source>
        <translation>資料存放在共用的 PostgreSQL 伺服器上，由伺服器管理員在那裡備份（例如每晚以 pg_dump 備份）。這裡不需要設定。</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>copies, the oldest are deleted</source>
        <translation>份，超過時刪除最舊的備份</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>A copy is taken automatically once a day and before every upgrade, while OrderDesk runs.</source>
        <translation>OrderDesk 執行期間，每天及每次升級前都會自動備份一份。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>大小 (KB)</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>立即備份(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Copy written: {0}</source>
        <translation>已寫入備份：{0}</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>請先在清單中選擇一份備份。</translation>
    </message>
    <message>
        <source>Put the copy of {0} back? Everything entered since then is replaced. A copy of the database as it is now is taken first.</source>
        <translation>要還原 {0} 的備份嗎？之後輸入的所有資料都會被取代。還原前會先備份目前的資料庫。</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as {0}.</source>
        <translation>已還原。還原前的資料庫已保存為 {0}。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>OrderDesk must start again to work with the restored data. Restart now?</source>
        <translation>OrderDesk 必須重新啟動才能使用還原後的資料。要立即重新啟動嗎？</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing</source>
        <translation>列印中</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>第 {0} / {1} 份：{2}</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>Branch office</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Head office&apos;s PostgreSQL server, and this branch&apos;s own site code: it starts every document number made here.</source>
        <translation>總公司的 PostgreSQL 伺服器，以及本分公司自己的據點代碼：在此產生的每個單據號碼都以它開頭。</translation>
    </message>
    <message>
        <source>Branch&apos;s &amp;site code</source>
        <translation>分公司據點代碼(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. BR1</source>
        <translation>例如 BR1</translation>
    </message>
    <message>
        <source>This branch keeps its data in a local file and works on when head office cannot be reached; it syncs in the background. Users, products, customers and the company details come from head office: you log in with your head-office account.</source>
        <translation>本分公司的資料存在本機檔案中，無法連線總公司時仍可繼續作業，並在背景同步。使用者、產品、客戶與公司資料來自總公司：請以您的總公司帳號登入。</translation>
    </message>
    <message>
        <source>Head office&apos;s database is not ready for branches: set head office up (its schema current, its users created) first.</source>
        <translation>總公司的資料庫尚未準備好供分公司使用：請先完成總公司設定（資料表結構為最新、已建立使用者）。</translation>
    </message>
</context>
<context>
    <name>BranchSync</name>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>synced {0}</source>
        <translation>{0} 已同步</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Sync stopped: see the tooltip</source>
        <translation>同步已停止：請看提示說明</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>last synced {0}</source>
        <translation>上次同步 {0}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 筆變更待同步</translation>
    </message>
    <message>
        <source>{0} changes waiting</source>
        <translation>{0} 筆變更待同步</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 筆衝突</translation>
    </message>
    <message>
        <source>{0} conflicts</source>
        <translation>{0} 筆衝突</translation>
    </message>
    <message>
        <source>Head office: {0}</source>
        <translation>總公司：{0}</translation>
    </message>
    <message>
        <source>S&amp;ync with head office now</source>
        <translation>立即與總公司同步(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Nothing to show in this range</source>
        <translation>此期間沒有可顯示的資料</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company &amp;name</source>
        <translation>公司名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>電子郵件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>統一編號(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>標誌(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>幣別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>文件語言(&amp;D)</translation>
    </message>
    <message>
        <source>PNG or JPEG, printed on every document</source>
        <translation>PNG 或 JPEG，會印在每份文件上</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>as printed on invoices</source>
        <translation>與發票上印的相同</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>選擇公司標誌</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Welcome to OrderDesk</source>
        <translation>歡迎使用 OrderDesk</translation>
    </message>
    <message>
        <source>Your company, as it appears on quotations, invoices and delivery notes.</source>
        <translation>貴公司資料，會顯示在報價單、發票與送貨單上。</translation>
    </message>
    <message>
        <source>Only the name is needed now; everything here can be changed later under File &gt; Settings.</source>
        <translation>現在只需填寫公司名稱；這裡的所有資料之後都可在「檔案 &gt; 設定」中修改。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>請輸入公司名稱。</translation>
    </message>
</context>
<context>
    <name>ComplaintAction</name>
    <message>
        <source>Registered</source>
        <translation>已登錄</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新開啟</translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送貨</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>為客戶做了哪些處理</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>發生原因</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解決(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose complaint</source>
        <translation>客訴結案(&amp;L)</translation>
    </message>
    <message>
        <source>Why the customer is not satisfied</source>
        <translation>客戶不滿意的原因</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>指派給</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>處理內容</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Not satisfied?</source>
        <translation>不滿意？</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷程</translation>
    </message>
    <message>
        <source>No complaint chosen</source>
        <translation>尚未選擇客訴</translation>
    </message>
    <message>
        <source>Category: {0}</source>
        <translation>類別：{0}</translation>
    </message>
    <message>
        <source>Registered {0}</source>
        <translation>登錄於 {0}</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>訂單 {0}</translation>
    </message>
    <message>
        <source>Assigned to {0}</source>
        <translation>指派給 {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;What was done:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Root cause:&lt;/b&gt; {2}</source>
        <translation>&lt;b&gt;處理結果：&lt;/b&gt;{0}&lt;br&gt;&lt;b&gt;處理內容：&lt;/b&gt;{1}&lt;br&gt;&lt;b&gt;根本原因：&lt;/b&gt;{2}</translation>
    </message>
    <message>
        <source>Choose who resolves it.</source>
        <translation>請選擇負責處理的人員。</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Register a complaint</source>
        <translation>登錄客訴</translation>
    </message>
    <message>
        <source>Customer name, code or phone</source>
        <translation>客戶名稱、代碼或電話</translation>
    </message>
    <message>
        <source>What does the customer complain about?</source>
        <translation>客戶投訴的內容是什麼？</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登錄(&amp;R)</translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation>登錄 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Complains</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>About order</source>
        <translation>相關訂單</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>（請選擇客戶）</translation>
    </message>
    <message>
        <source>(no particular order)</source>
        <translation>（無特定訂單）</translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation>請選擇提出客訴的客戶。</translation>
    </message>
</context>
<context>
    <name>ComplaintState</name>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>Open and assigned</source>
        <translation>待處理與已指派</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>&amp;Register complaint</source>
        <translation>登錄客訴(&amp;R)</translation>
    </message>
    <message>
        <source>Register a complaint (Ctrl+N)</source>
        <translation>登錄客訴 (Ctrl+N)</translation>
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
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登錄日</translation>
    </message>
    <message>
        <source>{0} complaints</source>
        <translation>{0} 筆客訴</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>To confirm (drafts)</source>
        <translation>待確認（草稿）</translation>
    </message>
    <message>
        <source>Confirmed, open (to amend)</source>
        <translation>已確認、未結（可變更）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交期</translation>
    </message>
</context>
<context>
    <name>ConflictVersions</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>信用凍結</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>信用天數</translation>
    </message>
    <message>
        <source>Payment condition</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核實</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>帳單地址</translation>
    </message>
    <message>
        <source>Default delivery</source>
        <translation>預設送貨地址</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承諾日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <source>Order revision</source>
        <translation>訂單修訂</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>庫存量</translation>
    </message>
    <message>
        <source>Stock move</source>
        <translation>庫存異動</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配貨</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>總公司</translation>
    </message>
    <message>
        <source>Branch {0}</source>
        <translation>分公司 {0}</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送貨</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>帳單</translation>
    </message>
    <message>
        <source>Label, e.g. site 2</source>
        <translation>名稱，例如：二廠</translation>
    </message>
    <message>
        <source>Default delivery</source>
        <translation>預設送貨地址</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>新增地址</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>儲存聯絡人</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>儲存地址</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>Scan a location label or a product barcode</source>
        <translation>掃描儲位標籤或產品條碼</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>盤點數量</translation>
    </message>
    <message>
        <source>Adjust by (+/-)</source>
        <translation>調整數量 (+/-)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>儲位：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>產品：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Count or adjust by scanning</source>
        <translation>掃描盤點或調整</translation>
    </message>
    <message>
        <source>1 · Scan the location</source>
        <translation>1 · 掃描儲位</translation>
    </message>
    <message>
        <source>2 · Scan the product</source>
        <translation>2 · 掃描產品</translation>
    </message>
    <message>
        <source>Location {0}: scan a product.</source>
        <translation>儲位 {0}：請掃描產品。</translation>
    </message>
    <message>
        <source>Scan a location label first (like {0}).</source>
        <translation>請先掃描儲位標籤（例如 {0}）。</translation>
    </message>
    <message>
        <source>No product has the code {0}.</source>
        <translation>沒有代碼為 {0} 的產品。</translation>
    </message>
    <message>
        <source>{0}  {1} — booked here: {2}</source>
        <translation>{0}  {1} — 帳上數量：{2}</translation>
    </message>
    <message>
        <source>3 · Type the quantity, Enter</source>
        <translation>3 · 輸入數量後按 Enter</translation>
    </message>
    <message>
        <source>{0}: type the counted quantity.</source>
        <translation>{0}：請輸入盤點數量。</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>請輸入數字。</translation>
    </message>
    <message>
        <source>{0}: count matches the books ({1}); nothing to record.</source>
        <translation>{0}：盤點數與帳上相符（{1}），無須記錄。</translation>
    </message>
    <message>
        <source>{0}: {1} recorded; now {2} on hand.</source>
        <translation>{0}：已記錄 {1}；目前庫存 {2}。</translation>
    </message>
    <message>
        <source>2 · Scan the next product</source>
        <translation>2 · 掃描下一項產品</translation>
    </message>
</context>
<context>
    <name>CreditBanner</name>
    <message>
        <source>finance has put the customer on hold</source>
        <translation>財務已將此客戶設為信用凍結</translation>
    </message>
    <message>
        <source>{0} owed with this order, over the limit of {1}</source>
        <translation>含此訂單應付 {0}，超過信用額度 {1}</translation>
    </message>
    <message>
        <source>{0} invoice(s) overdue more than {1} days ({2} open, the oldest {3} days)</source>
        <translation>{0} 張發票逾期超過 {1} 天（未收 {2}，最久 {3} 天）</translation>
    </message>
    <message>
        <source>CREDIT HOLD: {0}. Finance must approve before this order is confirmed.</source>
        <translation>信用凍結：{0}。此訂單須經財務核准才能確認。</translation>
    </message>
    <message>
        <source>CREDIT HOLD: {0}. Check with finance before confirming.</source>
        <translation>信用凍結：{0}。確認前請先與財務確認。</translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Damaged delivery</source>
        <translation>到貨損壞</translation>
    </message>
    <message>
        <source>Price error</source>
        <translation>價格錯誤</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>折讓單</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>開立日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>P&amp;ost credit note</source>
        <translation>過帳折讓單(&amp;O)</translation>
    </message>
    <message>
        <source>Delete draft note</source>
        <translation>刪除折讓草稿</translation>
    </message>
    <message>
        <source>Credit note PDF</source>
        <translation>折讓單 PDF</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>折讓單</translation>
    </message>
    <message>
        <source>What happened (printed on the credit note)</source>
        <translation>發生了什麼（會印在折讓單上）</translation>
    </message>
    <message>
        <source>Create credit &amp;note</source>
        <translation>建立折讓單(&amp;N)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>已過帳</translation>
    </message>
    <message>
        <source>No complaint</source>
        <translation>無客訴</translation>
    </message>
    <message>
        <source>No line chosen: credit freight only, or choose lines in the table above.</source>
        <translation>未選明細：只折讓運費，或在上表選擇明細。</translation>
    </message>
    <message>
        <source>line {0}: {1} of {2} left to credit</source>
        <translation>第 {0} 行：{2} 中尚可折讓 {1}</translation>
    </message>
    <message>
        <source>Credit </source>
        <translation>折讓 </translation>
    </message>
    <message>
        <source>Enter a number, like 2 or 1.5.</source>
        <translation>請輸入數字，例如 2 或 1.5。</translation>
    </message>
    <message>
        <source>Post this credit note? It gets its number and lowers what is owed.</source>
        <translation>過帳此折讓單？過帳後取得編號並減少應收金額。</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Delivery windows, packaging, documents the customer needs...</source>
        <translation>收貨時段、包裝、客戶需要的文件…</translation>
    </message>
    <message>
        <source>Payment terms and the credit limit are set by finance.</source>
        <translation>付款條件與信用額度由財務設定。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送貨地址</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>信用天數</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好與要求</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>編輯 {0}</translation>
    </message>
    <message>
        <source>Enter the credit limit as a number.</source>
        <translation>請以數字輸入信用額度。</translation>
    </message>
</context>
<context>
    <name>CustomerProfileView</name>
    <message>
        <source>No customer chosen</source>
        <translation>尚未選擇客戶</translation>
    </message>
    <message>
        <source>Contact details and credit figures are hidden for your role.</source>
        <translation>您的角色無法檢視聯絡資料與信用數字。</translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation>編輯客戶(&amp;E)</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>編輯 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Preferences and special requirements</source>
        <translation>偏好與特殊要求</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>開立日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登錄日</translation>
    </message>
    <message>
        <source>Register &amp;complaint</source>
        <translation>登錄客訴(&amp;C)</translation>
    </message>
    <message>
        <source>Register a complaint; on the Orders tab, about the chosen order (Ctrl+K)</source>
        <translation>登錄客訴；在「訂單」分頁時，針對所選訂單 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; &amp;addresses</source>
        <translation>聯絡人與地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>訂單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>發票(&amp;I)</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>客訴(&amp;P)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送貨地址</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>往來起始日</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>已用額度</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用額度</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Tier {0}</source>
        <translation>等級：{0}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未驗證</translation>
    </message>
    <message>
        <source>CREDIT HOLD</source>
        <translation>信用凍結</translation>
    </message>
    <message>
        <source>, {0} days</source>
        <translation>，{0} 天</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>尚無紀錄。</translation>
    </message>
</context>
<context>
    <name>CustomerTier</name>
    <message>
        <source>A – key account</source>
        <translation>A – 重要客戶</translation>
    </message>
    <message>
        <source>B – regular</source>
        <translation>B – 一般客戶</translation>
    </message>
    <message>
        <source>C – occasional</source>
        <translation>C – 偶爾往來</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>On hold</source>
        <translation>信用凍結</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未驗證</translation>
    </message>
    <message>
        <source>Search name, code or phone</source>
        <translation>搜尋名稱、代碼或電話</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新增客戶(&amp;N)</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新增客戶 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>{0} 位客戶</translation>
    </message>
</context>
<context>
    <name>DamageResolution</name>
    <message>
        <source>No compensation</source>
        <translation>不予補償</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>補寄</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>折讓單</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>On-time delivery</source>
        <translation>準時交貨率</translation>
    </message>
    <message>
        <source>Order accuracy</source>
        <translation>訂單正確率</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>訂單滿足率</translation>
    </message>
    <message>
        <source>Entry to confirmation</source>
        <translation>下單到確認</translation>
    </message>
    <message>
        <source>Confirmation to shipment</source>
        <translation>確認到出貨</translation>
    </message>
    <message>
        <source>Entry to delivery</source>
        <translation>下單到送達</translation>
    </message>
    <message>
        <source>Back-order lines</source>
        <translation>缺貨待補明細</translation>
    </message>
    <message>
        <source>Average days to pay</source>
        <translation>平均收款天數</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>逾期應收帳款</translation>
    </message>
    <message>
        <source>Complaint resolution</source>
        <translation>客訴處理時間</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 小時</translation>
    </message>
    <message>
        <source>Target ≥ {0}</source>
        <translation>目標 ≥ {0}</translation>
    </message>
    <message>
        <source>Target ≤ {0}</source>
        <translation>目標 ≤ {0}</translation>
    </message>
    <message>
        <source>{kpi} {value} is below its target of {target}</source>
        <translation>{kpi} 為 {value}，低於目標 {target}</translation>
    </message>
    <message>
        <source>{kpi} {value} is above its target of {target}</source>
        <translation>{kpi} 為 {value}，高於目標 {target}</translation>
    </message>
    <message>
        <source>Nothing to measure</source>
        <translation>無資料可計算</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>達成目標</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自訂日期</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>銷售管道</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>產品類別</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>&amp;Range</source>
        <translation>期間(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>細分依據(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>目標(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>總覽(&amp;O)</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>報表(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n KPI(s) miss their target: </source>
        <translation>
            <numerusform>⚠ %n 項 KPI 未達目標：</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rates by %1</source>
        <translation>依%1統計的比率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正確率</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>滿足率</translation>
    </message>
    <message>
        <source>On-time target</source>
        <translation>準時目標</translation>
    </message>
    <message>
        <source>On time and fill rate by %1</source>
        <translation>依%1統計的準時率與滿足率</translation>
    </message>
    <message>
        <source> (the %1 with most deliveries)</source>
        <translation>（送達筆數最多的 %1 個）</translation>
    </message>
</context>
<context>
    <name>DatabaseForm</name>
    <message>
        <source>&amp;This computer only (a local file, the simplest)</source>
        <translation>僅限這台電腦（本機檔案，最簡單）(&amp;T)</translation>
    </message>
    <message>
        <source>A &amp;shared PostgreSQL server (several desks work together)</source>
        <translation>共用的 PostgreSQL 伺服器（多台電腦共同作業）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主機(&amp;H)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>連接埠(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼(&amp;W)</translation>
    </message>
    <message>
        <source>server name or address, e.g. db.office.lan</source>
        <translation>伺服器名稱或位址，例如 db.office.lan</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>測試連線(&amp;E)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>請輸入伺服器名稱或位址。</translation>
    </message>
    <message>
        <source>Enter the database and the user name.</source>
        <translation>請輸入資料庫與使用者名稱。</translation>
    </message>
    <message>
        <source>Connected. This database is empty: OrderDesk will create its tables.</source>
        <translation>已連線。此資料庫是空的：OrderDesk 會建立所需的資料表。</translation>
    </message>
    <message>
        <source>Connected. This database has an older OrderDesk schema; it can be upgraded.</source>
        <translation>已連線。此資料庫的 OrderDesk 結構版本較舊，可以升級。</translation>
    </message>
    <message>
        <source>Connected. OrderDesk is set up there already: you will log in with your account.</source>
        <translation>已連線。OrderDesk 已在此資料庫設定完成：請以您的帳號登入。</translation>
    </message>
    <message>
        <source>Connected. OrderDesk&apos;s tables are there, without users yet.</source>
        <translation>已連線。OrderDesk 的資料表已存在，但還沒有使用者。</translation>
    </message>
    <message>
        <source>The server {0} refuses connections on port {1}. Is PostgreSQL running there, and is the port right?</source>
        <translation>伺服器 {0} 拒絕連接埠 {1} 的連線。請確認 PostgreSQL 是否正在執行，以及連接埠是否正確。</translation>
    </message>
    <message>
        <source>The server does not accept user {2} with this password.</source>
        <translation>伺服器不接受使用者 {2} 與此密碼。</translation>
    </message>
    <message>
        <source>There is no database {3} on {0}. Ask the server&apos;s administrator to create it (empty), then test again.</source>
        <translation>{0} 上沒有資料庫 {3}。請伺服器管理員建立（空的）資料庫後再測試一次。</translation>
    </message>
    <message>
        <source>No computer named {0} was found. Check the server&apos;s name.</source>
        <translation>找不到名為 {0} 的電腦。請檢查伺服器名稱。</translation>
    </message>
    <message>
        <source>{0} did not answer in time. Is it switched on and reachable from this computer?</source>
        <translation>{0} 未及時回應。請確認它已開機，且這台電腦可以連到它。</translation>
    </message>
    <message>
        <source>The server {0} does not let this computer connect (pg_hba.conf); ask its administrator.</source>
        <translation>伺服器 {0} 不允許這台電腦連線（pg_hba.conf），請洽詢伺服器管理員。</translation>
    </message>
    <message>
        <source>The connection to {0} failed.</source>
        <translation>無法連線到 {0}。</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where your data lives</source>
        <translation>資料存放位置</translation>
    </message>
    <message>
        <source>One computer: a local file. Several desks at once: a PostgreSQL server on your network.</source>
        <translation>單台電腦：使用本機檔案。多台電腦同時使用：使用網路上的 PostgreSQL 伺服器。</translation>
    </message>
    <message>
        <source>A b&amp;ranch office linked to head office (a local file that syncs with head office&apos;s server)</source>
        <translation>連線總公司的分公司(&amp;R)（本機檔案，與總公司伺服器同步）</translation>
    </message>
    <message>
        <source>The database {0} has no OrderDesk tables yet. Create them now?</source>
        <translation>資料庫 {0} 尚無 OrderDesk 資料表。要立即建立嗎？</translation>
    </message>
    <message>
        <source>The database {0} has an older OrderDesk schema. Upgrade it now? Every desk must then run this version.</source>
        <translation>資料庫 {0} 的 OrderDesk 結構版本較舊。要立即升級嗎？升級後每台電腦都必須使用此版本。</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Now open: {0}</source>
        <translation>目前開啟：{0}</translation>
    </message>
    <message>
        <source>A change applies when OrderDesk starts next time. The server&apos;s password is kept in this computer&apos;s keyring, never in a file. --db and ORDERDESK_DB_URL still win over this choice.</source>
        <translation>變更會在 OrderDesk 下次啟動時生效。伺服器密碼保存在這台電腦的金鑰圈中，絕不寫入檔案。--db 與 ORDERDESK_DB_URL 仍優先於此設定。</translation>
    </message>
    <message>
        <source>Use &amp;next time</source>
        <translation>下次啟動時使用(&amp;N)</translation>
    </message>
    <message>
        <source>That database has no current OrderDesk schema: run orderdesk migrate --db URL on it first.</source>
        <translation>該資料庫沒有目前版本的 OrderDesk 結構：請先對它執行 orderdesk migrate --db URL。</translation>
    </message>
    <message>
        <source>Saved. Restart OrderDesk to open it.</source>
        <translation>已儲存。請重新啟動 OrderDesk 以開啟它。</translation>
    </message>
</context>
<context>
    <name>DeliveryLines</name>
    <message>
        <source>Credit</source>
        <translation>折讓</translation>
    </message>
    <message>
        <source>Return to us</source>
        <translation>退回本公司</translation>
    </message>
    <message>
        <source>Send replacement</source>
        <translation>補寄</translation>
    </message>
    <message>
        <source>Photo of the damage</source>
        <translation>損壞照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
</context>
<context>
    <name>DeliveryLinesTable</name>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短少</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>問題說明</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>✓ Photo</source>
        <translation>✓ 照片</translation>
    </message>
</context>
<context>
    <name>DeliveryScreen</name>
    <message>
        <source>Scan the delivery note</source>
        <translation>掃描送貨單</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>出貨單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Anything else the customer or driver said</source>
        <translation>客戶或司機的其他說明</translation>
    </message>
    <message>
        <source>Sign here with a finger, pen or mouse</source>
        <translation>請用手指、觸控筆或滑鼠在此簽名</translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation>清除簽名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign off delivery  (Ctrl+Enter)</source>
        <translation>簽收完成(&amp;S)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Delivery note (PDF)</source>
        <translation>送貨單 (PDF)(&amp;D)</translation>
    </message>
    <message>
        <source>Signed by (&amp;name)</source>
        <translation>簽收人姓名(&amp;N)</translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation>到貨內容</translation>
    </message>
    <message>
        <source>Choose a shipment on the left, or scan its delivery note.</source>
        <translation>請從左側選擇出貨單，或掃描其送貨單。</translation>
    </message>
    <message>
        <source>{0} is not a shipment waiting for a signature</source>
        <translation>{0} 不是待簽收的出貨單</translation>
    </message>
    <message>
        <source>Shipment {0}</source>
        <translation>出貨單 {0}</translation>
    </message>
    <message>
        <source>Special requirements: {0}</source>
        <translation>特殊要求：{0}</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box.</source>
        <translation>請客戶在框內簽名。</translation>
    </message>
    <message>
        <source>{0} signed for</source>
        <translation>{0} 已簽收</translation>
    </message>
    <message>
        <source>{0} is signed for. Print its delivery note, or choose the next shipment.</source>
        <translation>{0} 已簽收。可列印送貨單，或選擇下一張出貨單。</translation>
    </message>
</context>
<context>
    <name>DevicesForm</name>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Keyboard wedge (USB, types like a keyboard)</source>
        <translation>鍵盤模擬（USB，如鍵盤般輸入）</translation>
    </message>
    <message>
        <source>Serial port (RS-232, USB virtual COM)</source>
        <translation>序列埠（RS-232、USB 虛擬 COM）</translation>
    </message>
    <message>
        <source>Simulated (demo)</source>
        <translation>模擬（示範用）</translation>
    </message>
    <message>
        <source>Network printer (raw TCP, port 9100)</source>
        <translation>網路印表機（raw TCP，連接埠 9100）</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>序列埠</translation>
    </message>
    <message>
        <source>System printer (CUPS / Windows)</source>
        <translation>系統印表機（CUPS／Windows）</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>檔案或資料夾</translation>
    </message>
    <message>
        <source>ZPL (Zebra and compatible label printers)</source>
        <translation>ZPL（Zebra 及相容的標籤印表機）</translation>
    </message>
    <message>
        <source>ESC/POS (receipt-style printers)</source>
        <translation>ESC/POS（收據型印表機）</translation>
    </message>
    <message>
        <source>PDF (any printer, through the system queue)</source>
        <translation>PDF（任何印表機，經由系統列印佇列）</translation>
    </message>
    <message>
        <source>60 × 40 mm</source>
        <translation>60 × 40 mm</translation>
    </message>
    <message>
        <source>75 × 25 mm</source>
        <translation>75 × 25 mm</translation>
    </message>
    <message>
        <source>100 × 50 mm</source>
        <translation>100 × 50 mm</translation>
    </message>
    <message>
        <source>4 × 6 in (shipping)</source>
        <translation>4 × 6 吋（出貨用）</translation>
    </message>
    <message>
        <source>Test label (one of each barcode)</source>
        <translation>測試標籤（每種條碼各一）</translation>
    </message>
    <message>
        <source>Product label, 60 × 40 mm</source>
        <translation>產品標籤，60 × 40 mm</translation>
    </message>
    <message>
        <source>Package label, 100 × 50 mm</source>
        <translation>包裹標籤，100 × 50 mm</translation>
    </message>
    <message>
        <source>Shipping label, 4 × 6 in</source>
        <translation>出貨標籤，4 × 6 吋</translation>
    </message>
    <message>
        <source>Pick bin label, 75 × 25 mm</source>
        <translation>揀貨儲位標籤，75 × 25 mm</translation>
    </message>
    <message>
        <source>SSCC label (GS1-128), 100 × 70 mm</source>
        <translation>SSCC 標籤（GS1-128），100 × 70 mm</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>條碼掃描器</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>掃描器(&amp;S)：</translation>
    </message>
    <message>
        <source>Keys that arrive at most this far apart, at least 4 of them and ending in Enter or Tab, are a scan; a person types slower (75 ms and more between keys).</source>
        <translation>按鍵間隔不超過此值、至少 4 個且以 Enter 或 Tab 結尾時，視為一次掃描；人工打字較慢（按鍵間隔 75 ms 以上）。</translation>
    </message>
    <message>
        <source>Key &amp;gap at most:</source>
        <translation>按鍵間隔上限(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>鮑率(&amp;B)：</translation>
    </message>
    <message>
        <source>Pre&amp;fix:</source>
        <translation>前綴(&amp;F)：</translation>
    </message>
    <message>
        <source>Suffi&amp;x:</source>
        <translation>後綴(&amp;X)：</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>標籤印表機</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>印表機(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>連接埠(&amp;R)：</translation>
    </message>
    <message>
        <source>Ba&amp;ud rate:</source>
        <translation>鮑率(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>列印佇列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Fi&amp;le or folder:</source>
        <translation>檔案或資料夾(&amp;L)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>語言(&amp;G)：</translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation>解析度(&amp;U)：</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Labels &amp;loaded:</source>
        <translation>已裝入的標籤(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>範本(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>&amp;Test print</source>
        <translation>測試列印(&amp;T)</translation>
    </message>
    <message>
        <source>Test s&amp;can</source>
        <translation>測試掃描(&amp;C)</translation>
    </message>
    <message>
        <source>Save for this &amp;desk</source>
        <translation>儲存為本機設定(&amp;D)</translation>
    </message>
    <message>
        <source>Test and errors</source>
        <translation>測試與錯誤</translation>
    </message>
    <message>
        <source>Press Test scan, then scan any barcode</source>
        <translation>請按「測試掃描」，然後掃描任一條碼</translation>
    </message>
    <message>
        <source>&amp;Retry waiting labels</source>
        <translation>重試待列印標籤(&amp;R)</translation>
    </message>
    <message>
        <source>Last device errors:</source>
        <translation>最近的裝置錯誤：</translation>
    </message>
    <message>
        <source>Labels waiting for the printer: {0}</source>
        <translation>等待印表機列印的標籤：{0}</translation>
    </message>
    <message>
        <source>Enter the scanner&apos;s port, for example /dev/ttyACM0 or COM3.</source>
        <translation>請輸入掃描器的連接埠，例如 /dev/ttyACM0 或 COM3。</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s host name or address.</source>
        <translation>請輸入印表機的主機名稱或位址。</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s port.</source>
        <translation>請輸入印表機的連接埠。</translation>
    </message>
    <message>
        <source>Choose the system printer.</source>
        <translation>請選擇系統印表機。</translation>
    </message>
    <message>
        <source>Enter the file or folder for the labels.</source>
        <translation>請輸入標籤要輸出的檔案或資料夾。</translation>
    </message>
    <message>
        <source>Sending a test label to {0}…</source>
        <translation>正在將測試標籤送至 {0}…</translation>
    </message>
    <message>
        <source>Test label not printed: {0}</source>
        <translation>測試標籤未列印：{0}</translation>
    </message>
    <message>
        <source>Test label sent to {0}, but the template is larger than the labels loaded: choose a matching template or size.</source>
        <translation>測試標籤已送至 {0}，但範本大於已裝入的標籤：請選擇相符的範本或尺寸。</translation>
    </message>
    <message>
        <source>Test label sent to {0}.</source>
        <translation>測試標籤已送至 {0}。</translation>
    </message>
    <message>
        <source>Scan a barcode now (keyboard wedge).</source>
        <translation>請立即掃描條碼（鍵盤模擬）。</translation>
    </message>
    <message>
        <source>Scan a barcode now.</source>
        <translation>請立即掃描條碼。</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在開啟 {0}…</translation>
    </message>
    <message>
        <source>Choose a scanner first.</source>
        <translation>請先選擇掃描器。</translation>
    </message>
    <message>
        <source>Scanner connected: scan a barcode now.</source>
        <translation>掃描器已連線：請立即掃描條碼。</translation>
    </message>
    <message>
        <source>Cannot open the scanner: {0}</source>
        <translation>無法開啟掃描器：{0}</translation>
    </message>
    <message>
        <source>EAN-13, check digit right</source>
        <translation>EAN-13，檢查碼正確</translation>
    </message>
    <message>
        <source>UPC-A, check digit right</source>
        <translation>UPC-A，檢查碼正確</translation>
    </message>
    <message>
        <source>GS1-128</source>
        <translation>GS1-128</translation>
    </message>
    <message>
        <source>text (Code 128, QR or another code)</source>
        <translation>文字（Code 128、QR 或其他條碼）</translation>
    </message>
    <message>
        <source>SSCC</source>
        <translation>SSCC</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批號</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>淨重</translation>
    </message>
    <message>
        <source>Scan received.</source>
        <translation>已收到掃描。</translation>
    </message>
    <message>
        <source>Waiting labels printed: {0}</source>
        <translation>已列印待印標籤：{0}</translation>
    </message>
    <message>
        <source>Saved for this desk ({0}).</source>
        <translation>已儲存為本機設定（{0}）。</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changed by the last amendment</source>
        <translation>上次變更的內容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>Version {0} → now · {1} · {2} · reason: {3}</source>
        <translation>版本 {0} → 目前 · {1} · {2} · 原因：{3}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Line {0} · {1}</source>
        <translation>第 {0} 行 · {1}</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>新增明細</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>刪除明細</translation>
    </message>
</context>
<context>
    <name>DunningPanel</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金額</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>發票數</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>已寄催款</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Send reminder by &amp;e-mail</source>
        <translation>以電子郵件寄催款(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print reminder</source>
        <translation>列印催款通知(&amp;P)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>逾期發票</translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{1} 起可寄{0}</translation>
    </message>
    <message>
        <source>Reminders sent: {0}</source>
        <translation>已寄催款：{0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&amp;What to export:</source>
        <translation>匯出內容(&amp;W)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV（UTF-8，可用 Excel 開啟）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 活頁簿 (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Where to write it; Enter exports</source>
        <translation>要寫入的位置；按 Enter 匯出</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where to save (Ctrl+S)</source>
        <translation>選擇儲存位置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>檔案欄位</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>The file has the same columns as an import file, so it can be imported again into another OrderDesk. Orders are written one row per line. Cells a spreadsheet would run as a formula are written as plain text.</source>
        <translation>匯出檔案的欄位與匯入檔案相同，因此可再匯入另一套 OrderDesk。訂單每一筆明細寫成一列。試算表可能當作公式執行的儲存格，會以純文字寫入。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>匯出{0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to {0}</source>
        <translation>
            <numerusform>已將 %Ln 列寫入 {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>Please confirm</source>
        <translation>請確認</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up OrderDesk</source>
        <translation>設定 OrderDesk</translation>
    </message>
    <message>
        <source>Check the company details (Back).</source>
        <translation>請檢查公司資料（上一步）。</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>This &amp;desk&apos;s language</source>
        <translation>本機介面語言(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save company details</source>
        <translation>儲存公司資料(&amp;S)</translation>
    </message>
    <message>
        <source>Saved: documents use these details from now on.</source>
        <translation>已儲存：之後的文件都會使用這些資料。</translation>
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
    <name>HeadOfficeTab</name>
    <message>
        <source>&amp;Save link</source>
        <translation>儲存連線(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>移除連線(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Not linked: this desk works alone on its file.</source>
        <translation>未連線：此工作站僅使用本機檔案獨立作業。</translation>
    </message>
    <message>
        <source>Linked to head office {0}</source>
        <translation>已連線至總公司 {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Last sync: {0} · {1} changes waiting</source>
        <translation>上次同步：{0} · {1} 筆變更待同步</translation>
    </message>
    <message>
        <source>Saved. The new link is used from the next start.</source>
        <translation>已儲存。新的連線將於下次啟動時使用。</translation>
    </message>
    <message>
        <source>Removed. From the next start this desk no longer syncs; its work stays in its file.</source>
        <translation>已移除。自下次啟動起此工作站不再同步；已做的作業仍保留在檔案中。</translation>
    </message>
    <message>
        <source>Syncing in the background…</source>
        <translation>正在背景同步…</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Customer: name, code or phone…</source>
        <translation>客戶：名稱、代碼或電話…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>Packaging, time window, labelling…</source>
        <translation>包裝、收貨時段、標示…</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>下單管道</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>需求日</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>送貨地址</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運送方式</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>特殊指示</translation>
    </message>
    <message>
        <source>details not verified yet</source>
        <translation>資料尚未驗證</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>&amp;Import / export…</source>
        <translation>匯入／匯出(&amp;I)…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>期初庫存</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>注意：{0}</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ImportExportDialog</name>
    <message>
        <source>Import and export</source>
        <translation>匯入與匯出</translation>
    </message>
    <message>
        <source>Import and export data</source>
        <translation>匯入與匯出資料</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>檔案內容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file; Enter shows the preview</source>
        <translation>.csv 或 .xlsx 檔案；按 Enter 顯示預覽</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+O)</source>
        <translation>選擇檔案 (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>檔案中的問題</translation>
    </message>
    <message>
        <source>Required columns: {0}. Optional: {1}. Import customers and products before stock and orders.</source>
        <translation>必要欄位：{0}。選填欄位：{1}。請先匯入客戶與產品，再匯入庫存與訂單。</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>匯入{0}</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose the file to see what would be imported. Nothing is written before you press Import.</source>
        <translation>選擇檔案即可預覽將匯入的內容。按下「匯入」之前不會寫入任何資料。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>新增 %Ln 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already present</source>
        <translation>
            <numerusform>已存在 %Ln 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>無效 %Ln 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read from {0} ({1})</source>
        <translation>
            <numerusform>已從 {0} 讀取 %Ln 列（{1}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed in the file before it can be imported; nothing will be imported until then.</source>
        <translation>
            <numerusform>檔案中有 %Ln 個問題必須先修正才能匯入；修正前不會匯入任何資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in OrderDesk: importing it creates nothing.</source>
        <translation>此檔案的所有資料都已存在於 OrderDesk：匯入不會建立任何資料。</translation>
    </message>
    <message>
        <source>No problems found. Import creates the new ones and leaves those already present as they are.</source>
        <translation>未發現問題。匯入時會建立新的資料，已存在的資料則保持不變。</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln created</source>
        <translation>
            <numerusform>已匯入：新建 %Ln 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already present and left as they were</source>
        <translation>
            <numerusform>%Ln 筆已存在，保持不變</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>共讀取 %Ln 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Function test</source>
        <translation>功能測試</translation>
    </message>
    <message>
        <source>Labelling and packing</source>
        <translation>標示與包裝</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Quality inspection — tick each check that passed</source>
        <translation>品質檢驗 — 請勾選每一項合格的檢查</translation>
    </message>
    <message>
        <source>In-process</source>
        <translation>製程中</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Another check: type its name, Enter</source>
        <translation>其他檢查項目：輸入名稱後按 Enter</translation>
    </message>
    <message>
        <source>Notes (what failed, what was reworked)</source>
        <translation>備註（哪些不合格、哪些已重工）</translation>
    </message>
    <message>
        <source>Record &amp;inspection (Ctrl+I)</source>
        <translation>記錄檢驗(&amp;I) (Ctrl+I)</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>階段：</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>抽樣數量：</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Placed and fixed in position</source>
        <translation>已就定位並固定</translation>
    </message>
    <message>
        <source>Connected (power, water, network)</source>
        <translation>已接線（電、水、網路）</translation>
    </message>
    <message>
        <source>Packaging removed and taken away</source>
        <translation>包材已拆除並帶走</translation>
    </message>
    <message>
        <source>Site left clean</source>
        <translation>現場已清理乾淨</translation>
    </message>
</context>
<context>
    <name>InstallationBox</name>
    <message>
        <source>&amp;Installation at delivery</source>
        <translation>送貨時安裝(&amp;I)</translation>
    </message>
    <message>
        <source>Function test:</source>
        <translation>功能測試：</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>Customer shown how to use it</source>
        <translation>已向客戶說明使用方式</translation>
    </message>
</context>
<context>
    <name>InventoryCount</name>
    <message>
        <source>Cycle count</source>
        <translation>循環盤點</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>盤盈</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>盤虧</translation>
    </message>
    <message>
        <source>Entry error</source>
        <translation>輸入錯誤</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <source>Filter by SKU, name or barcode (Ctrl+L)</source>
        <translation>依料號、品名或條碼篩選 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Below safety stock only</source>
        <translation>只顯示低於安全庫存(&amp;B)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>現有庫存</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已配貨</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>生產中</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全庫存</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不足量</translation>
    </message>
    <message>
        <source>&amp;Mail the list to replenishment (Ctrl+M)</source>
        <translation>將清單寄給補貨人員(&amp;M) (Ctrl+M)</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>保留給</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Customer / making</source>
        <translation>客戶／生產品項</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>據點</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>資料時間</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>其他據點</translation>
    </message>
    <message>
        <source>{0}  {1}: {2} held (orders and production orders: {3})</source>
        <translation>{0}  {1}：已保留 {2}（訂單與生產工單：{3}）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>保留起始</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who holds this stock</source>
        <translation>此庫存保留給誰</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>Below safety stock ({0})</source>
        <translation>低於安全庫存（{0}）</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>銷售訂單</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生產</translation>
    </message>
    <message>
        <source>now</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>The list is in the outbox; it goes out with the next mail round.</source>
        <translation>清單已放入寄件匣，會在下一輪寄信時送出。</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>No invoice chosen</source>
        <translation>未選擇發票</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>稅率 %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>未稅</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已折讓</translation>
    </message>
    <message>
        <source>qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存變更(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove lines</source>
        <translation>移除明細(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>刪除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Post invoice</source>
        <translation>過帳發票(&amp;P)</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Quantity of chosen line</source>
        <translation>所選明細數量</translation>
    </message>
    <message>
        <source>Print PD&amp;F</source>
        <translation>列印 PDF(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;E-mail…</source>
        <translation>電子郵件(&amp;E)…</translation>
    </message>
    <message>
        <source>Credi&amp;t note…</source>
        <translation>折讓單(&amp;T)…</translation>
    </message>
    <message>
        <source>Why re-issue? (e.g. wrong billing address)</source>
        <translation>為何重開？（例如帳單地址錯誤）</translation>
    </message>
    <message>
        <source>Re-&amp;issue</source>
        <translation>重開(&amp;I)</translation>
    </message>
    <message>
        <source>Invoice {0}</source>
        <translation>發票 {0}</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>發票草稿</translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>開立 {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>到期 {0}</translation>
    </message>
    <message>
        <source>not posted: no number yet, nothing is owed</source>
        <translation>尚未過帳：尚無編號，不構成應收</translation>
    </message>
    <message>
        <source>re-issue of an earlier invoice</source>
        <translation>為先前發票的重開</translation>
    </message>
    <message>
        <source>re-issued</source>
        <translation>已重開</translation>
    </message>
    <message>
        <source>Net {0}</source>
        <translation>未稅 {0}</translation>
    </message>
    <message>
        <source>Tax {0}</source>
        <translation>稅額 {0}</translation>
    </message>
    <message>
        <source>Freight {0}</source>
        <translation>運費 {0}</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>總額 {0}</translation>
    </message>
    <message>
        <source>Credited {0}</source>
        <translation>已折讓 {0}</translation>
    </message>
    <message>
        <source>Paid {0}</source>
        <translation>已收 {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>未收 {0}</translation>
    </message>
    <message>
        <source>Enter a number, like 1250.50.</source>
        <translation>請輸入數字，例如 1250.50。</translation>
    </message>
    <message>
        <source>Delete this draft invoice?</source>
        <translation>刪除此發票草稿？</translation>
    </message>
    <message>
        <source>Post this invoice of {0}? It gets its number now and cannot be changed afterwards.</source>
        <translation>過帳這張 {0} 的發票？現在會取得編號，之後不能再修改。</translation>
    </message>
    <message>
        <source>Say why the invoice is re-issued, then press Enter.</source>
        <translation>請說明重開原因，然後按 Enter。</translation>
    </message>
    <message>
        <source>Credit what is left of this invoice and open a corrected draft copy?</source>
        <translation>將此發票剩餘金額全數折讓，並開立更正後的草稿副本？</translation>
    </message>
</context>
<context>
    <name>InvoicingScreen</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細數</translation>
    </message>
    <message>
        <source>To bill</source>
        <translation>待開金額</translation>
    </message>
    <message>
        <source>Draft since</source>
        <translation>草稿建立於</translation>
    </message>
    <message>
        <source>Choose one customer&apos;s orders (Shift/Ctrl + click or Shift + arrows) to invoice them together.</source>
        <translation>選擇同一客戶的訂單（Shift/Ctrl + 點選，或 Shift + 方向鍵）合併開立一張發票。</translation>
    </message>
    <message>
        <source>&amp;Create invoice</source>
        <translation>建立發票(&amp;C)</translation>
    </message>
    <message>
        <source>Drafts and posted</source>
        <translation>草稿與已過帳</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已過帳</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>開立日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>Delivered, not invoiced</source>
        <translation>已送達、未開發票</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Choose delivered orders of one customer.</source>
        <translation>請選擇同一客戶已送達的訂單。</translation>
    </message>
    <message>
        <source>Chosen: {0} order(s), {1}</source>
        <translation>已選：{0} 張訂單，{1}</translation>
    </message>
    <message>
        <source>Orders of different customers are invoiced separately.</source>
        <translation>不同客戶的訂單須分開開立發票。</translation>
    </message>
    <message>
        <source>Enter a number, like 150 or 150.00.</source>
        <translation>請輸入數字，例如 150 或 150.00。</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Key</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>準時 %</translation>
    </message>
    <message>
        <source>No promised date</source>
        <translation>無承諾交期</translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation>正確率 %</translation>
    </message>
    <message>
        <source>First shipped</source>
        <translation>已首次出貨</translation>
    </message>
    <message>
        <source>Fill rate %</source>
        <translation>滿足率 %</translation>
    </message>
    <message>
        <source>Hours to confirm</source>
        <translation>確認時數</translation>
    </message>
    <message>
        <source>Hours to ship</source>
        <translation>出貨時數</translation>
    </message>
    <message>
        <source>Hours to deliver</source>
        <translation>送達時數</translation>
    </message>
    <message>
        <source>Back-order lines</source>
        <translation>缺貨待補明細</translation>
    </message>
    <message>
        <source>Back-order orders</source>
        <translation>缺貨待補訂單</translation>
    </message>
    <message>
        <source>Back-order age (d)</source>
        <translation>缺貨待補天數 (天)</translation>
    </message>
    <message>
        <source>Invoices paid</source>
        <translation>已收款發票</translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation>收款天數</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>逾期發票</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>逾期金額</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Hours to resolve</source>
        <translation>處理時數</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>KpiTargetsTab</name>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>筆明細</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>&amp;Save targets</source>
        <translation>儲存目標(&amp;S)</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>請輸入數字。</translation>
    </message>
    <message>
        <source>Targets saved.</source>
        <translation>目標已儲存。</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Scan or type a SKU or barcode, or search by name or specification…</source>
        <translation>掃描或輸入料號、條碼，或依品名、規格搜尋…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅額</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Enter adds · ↓ chooses a match · Delete removes the line · type in Qty, Unit price or Disc. % to change them</source>
        <translation>Enter 新增 · ↓ 選擇符合項目 · Delete 刪除明細 · 直接在數量、單價或折扣 % 欄輸入即可修改</translation>
    </message>
    <message>
        <source>Several products match “{0}”: choose one with ↓ and Enter.</source>
        <translation>有多項產品符合「{0}」：請用 ↓ 與 Enter 選擇一項。</translation>
    </message>
    <message>
        <source>The quantity must be above zero.</source>
        <translation>數量必須大於零。</translation>
    </message>
    <message>
        <source>Add at least one line to the order.</source>
        <translation>訂單至少須有一筆明細。</translation>
    </message>
    <message>
        <source>Line {0}: the quantity must be above zero.</source>
        <translation>第 {0} 行：數量必須大於零。</translation>
    </message>
    <message>
        <source>Line {0}: a price cannot be negative.</source>
        <translation>第 {0} 行：價格不可為負數。</translation>
    </message>
    <message>
        <source>Line {0}: a discount is between 0 and 100 %.</source>
        <translation>第 {0} 行：折扣須介於 0 到 100 % 之間。</translation>
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
    <name>MailBox</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待寄出</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>寄送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Failed: see the outbox</source>
        <translation>寄送失敗：請查看寄件匣</translation>
    </message>
    <message>
        <source>Confirmation sent to the customer</source>
        <translation>已寄給客戶的確認信</translation>
    </message>
    <message>
        <source>Open the &amp;PDF (Ctrl+P)</source>
        <translation>開啟 PDF(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <source>No email address on the order: nothing is sent. Print the PDF or call the customer.</source>
        <translation>訂單上沒有電子郵件地址，因此不會寄出。請列印 PDF 或致電客戶。</translation>
    </message>
    <message>
        <source>{0} (queued {1})</source>
        <translation>{0}（{1} 排入寄送）</translation>
    </message>
</context>
<context>
    <name>MailPreviewPanel</name>
    <message>
        <source>&amp;Queue mail</source>
        <translation>排入寄送(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>The server the outbox sends customer mails through. The password is kept in this computer&apos;s keyring, never in the database: enter it on each desk that sends mail.</source>
        <translation>寄件匣用來寄送客戶郵件的伺服器。密碼保存在這台電腦的金鑰圈中，絕不存入資料庫：請在每台需要寄信的電腦上輸入。</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>郵件伺服器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>連接埠(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>安全性(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼(&amp;W)</translation>
    </message>
    <message>
        <source>Send &amp;from</source>
        <translation>寄件者(&amp;F)</translation>
    </message>
    <message>
        <source>CA f&amp;ile (optional)</source>
        <translation>CA 憑證檔(&amp;I)（選填）</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常為連接埠 587）</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常為連接埠 465）</translation>
    </message>
    <message>
        <source>None: unencrypted (only inside the office)</source>
        <translation>無：不加密（僅限辦公室內部）</translation>
    </message>
    <message>
        <source>Leave empty for a server that needs no login.</source>
        <translation>伺服器不需登入時請留空。</translation>
    </message>
    <message>
        <source>Only for a company server with its own certificate; public ones are trusted.</source>
        <translation>僅適用於使用自有憑證的公司伺服器；公用伺服器已受信任。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Sa&amp;ve mail server</source>
        <translation>儲存郵件伺服器(&amp;V)</translation>
    </message>
    <message>
        <source>The mail server answered and accepted the login.</source>
        <translation>郵件伺服器已回應並接受登入。</translation>
    </message>
    <message>
        <source>Saved: the outbox sends through this server from now on.</source>
        <translation>已儲存：寄件匣之後會透過此伺服器寄信。</translation>
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
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
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
    <name>MoveKind</name>
    <message>
        <source>Goods in</source>
        <translation>進貨</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盤點</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>From production</source>
        <translation>生產入庫</translation>
    </message>
    <message>
        <source>Used in production</source>
        <translation>生產領用</translation>
    </message>
</context>
<context>
    <name>NewCustomerPanel</name>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>建立客戶(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>OrderEntryScreen</name>
    <message>
        <source>Save as draft (Ctrl+S)</source>
        <translation>儲存為草稿 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; confirm (Ctrl+Enter)</source>
        <translation>儲存並確認 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>新增 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>尚未儲存：請修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>尚未儲存任何資料。</translation>
    </message>
    <message>
        <source>Order {0} saved as a draft.</source>
        <translation>訂單 {0} 已儲存為草稿。</translation>
    </message>
    <message>
        <source>Order {0} was saved as a draft but not confirmed; it waits in To confirm.</source>
        <translation>訂單 {0} 已儲存為草稿但尚未確認，已列入「待確認」。</translation>
    </message>
    <message>
        <source>Order {0} confirmed, promised for {1}.</source>
        <translation>訂單 {0} 已確認，承諾交期 {1}。</translation>
    </message>
    <message>
        <source>{0} line(s) short: decide in To confirm.</source>
        <translation>{0} 筆明細缺貨：請在「待確認」中決定處理方式。</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Choose a customer for the order.</source>
        <translation>請為訂單選擇客戶。</translation>
    </message>
    <message>
        <source>Enter the delivery address.</source>
        <translation>請輸入送貨地址。</translation>
    </message>
    <message>
        <source>The requested date is in the past.</source>
        <translation>需求日已是過去的日期。</translation>
    </message>
    <message>
        <source>Give a phone number or email to contact.</source>
        <translation>請提供聯絡電話或電子郵件。</translation>
    </message>
    <message>
        <source>Freight is an amount of zero or more.</source>
        <translation>運費須為零或大於零的金額。</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>行動 App</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>臨櫃</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>預付</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>貨到付款</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>賒帳</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>庫存狀況</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小計</translation>
    </message>
</context>
<context>
    <name>OrderReview</name>
    <message>
        <source>In stock</source>
        <translation>有庫存</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分有貨</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>缺貨</translation>
    </message>
    <message>
        <source>Back-order</source>
        <translation>缺貨待補</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>新交期</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>已替代</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生產</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>partly allocated</source>
        <translation>部分配貨</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已配貨</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>已揀貨</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>partly shipped</source>
        <translation>部分出貨</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用量</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預計到貨</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理方式</translation>
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
    <name>Outbox</name>
    <message>
        <source>Queued</source>
        <translation>已排入</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>寄送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>寄送失敗</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次嘗試</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>等待重試</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>寄件匣(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <source>Outbox: mails to customers</source>
        <translation>寄件匣：寄給客戶的郵件</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>立即寄送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>開啟 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed, {2} sent</source>
        <translation>待寄 {0}，失敗 {1}，已寄出 {2}</translation>
    </message>
    <message>
        <source>No mail chosen.</source>
        <translation>尚未選擇郵件。</translation>
    </message>
    <message>
        <source>Sent {0}.</source>
        <translation>已於 {0} 寄出。</translation>
    </message>
    <message>
        <source>Refused by the mail server; correct the address, then Retry.</source>
        <translation>郵件伺服器拒收；請更正地址後按「重試」。</translation>
    </message>
    <message>
        <source>Not sent yet; next try {0}.</source>
        <translation>尚未寄出；下次嘗試 {0}。</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>等待寄出。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>寄送中…</translation>
    </message>
    <message>
        <source>{0} sent, {1} waiting for the server, {2} refused</source>
        <translation>已寄出 {0}，等待伺服器 {1}，被拒收 {2}</translation>
    </message>
    <message>
        <source>This mail has no PDF.</source>
        <translation>此郵件沒有 PDF。</translation>
    </message>
</context>
<context>
    <name>PackOrderView</name>
    <message>
        <source>Choose or scan an order</source>
        <translation>請選擇或掃描訂單</translation>
    </message>
    <message>
        <source>Scan an item to pack it</source>
        <translation>掃描商品以進行包裝</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品項</translation>
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
        <source>To pack</source>
        <translation>待包裝</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Weight kg</source>
        <translation>重量 kg</translation>
    </message>
    <message>
        <source>Size cm</source>
        <translation>尺寸 cm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>L</source>
        <translation>長</translation>
    </message>
    <message>
        <source>W</source>
        <translation>寬</translation>
    </message>
    <message>
        <source>H</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Length cm</source>
        <translation>長度 cm</translation>
    </message>
    <message>
        <source>Width cm</source>
        <translation>寬度 cm</translation>
    </message>
    <message>
        <source>Height cm</source>
        <translation>高度 cm</translation>
    </message>
    <message>
        <source>&amp;New package (F6)</source>
        <translation>新包裹(&amp;N) (F6)</translation>
    </message>
    <message>
        <source>&amp;Close package (F8)</source>
        <translation>封箱(&amp;C) (F8)</translation>
    </message>
    <message>
        <source>Print &amp;labels (F7)</source>
        <translation>列印標籤(&amp;L) (F7)</translation>
    </message>
    <message>
        <source>&amp;Packing list (Ctrl+P)</source>
        <translation>裝箱單(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>重量(&amp;W)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已封箱</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未封箱</translation>
    </message>
    <message>
        <source>Package {0}</source>
        <translation>包裹 {0}</translation>
    </message>
    <message>
        <source>No open package</source>
        <translation>沒有未封箱的包裹</translation>
    </message>
    <message>
        <source>Still to pack: {0}. Scan them (F6 opens another package)</source>
        <translation>尚待包裝：{0}。請掃描這些商品（按 F6 開新包裹）</translation>
    </message>
    <message>
        <source>Everything is packed: enter the weight and close the package (F8)</source>
        <translation>全部已包裝：請輸入重量並封箱 (F8)</translation>
    </message>
    <message>
        <source>Everything is packed and closed: print the labels (F7)</source>
        <translation>全部已包裝並封箱：請列印標籤 (F7)</translation>
    </message>
    <message>
        <source>{0} ✓ packed</source>
        <translation>{0} ✓ 已包裝</translation>
    </message>
    <message>
        <source>New package open: scan the items for it</source>
        <translation>已開新包裹：請掃描要放入的商品</translation>
    </message>
    <message>
        <source>Enter the weight (and size) as numbers.</source>
        <translation>請以數字輸入重量（及尺寸）。</translation>
    </message>
    <message>
        <source>Package closed</source>
        <translation>包裹已封箱</translation>
    </message>
    <message>
        <source>{0} labels printed</source>
        <translation>已列印 {0} 張標籤</translation>
    </message>
    <message>
        <source>Saved and opened {0}</source>
        <translation>已儲存並開啟 {0}</translation>
    </message>
</context>
<context>
    <name>PackingScreen</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未封箱</translation>
    </message>
    <message>
        <source>Scan an order number, or choose it and press Enter</source>
        <translation>掃描訂單號碼，或選擇訂單後按 Enter</translation>
    </message>
    <message>
        <source>Order {0}: scan its items</source>
        <translation>訂單 {0}：請掃描商品</translation>
    </message>
</context>
<context>
    <name>PaymentCondition</name>
    <message>
        <source>Prepayment</source>
        <translation>預付</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>貨到付款</translation>
    </message>
    <message>
        <source>On credit</source>
        <translation>賒帳</translation>
    </message>
</context>
<context>
    <name>PaymentHistory</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>剩餘抵用</translation>
    </message>
    <message>
        <source>Confirmation P&amp;DF</source>
        <translation>收款確認 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;E-mail confirmation…</source>
        <translation>寄送收款確認(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Apply credit</source>
        <translation>沖銷抵用額(&amp;A)</translation>
    </message>
    <message>
        <source>Apply credit to</source>
        <translation>抵用額沖銷至</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>已收款項</translation>
    </message>
    <message>
        <source>Paid: {0}</source>
        <translation>沖銷：{0}</translation>
    </message>
    <message>
        <source>credit left {0}</source>
        <translation>剩餘抵用 {0}</translation>
    </message>
    <message>
        <source>Enter a number, like 1250.50.</source>
        <translation>請輸入數字，例如 1250.50。</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <source>Customer name, code or phone, then Enter</source>
        <translation>客戶名稱、代碼或電話，然後按 Enter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Find the customer who paid.</source>
        <translation>請找出付款的客戶。</translation>
    </message>
    <message>
        <source>Owes {0}</source>
        <translation>應收 {0}</translation>
    </message>
    <message>
        <source>Credit {0}</source>
        <translation>抵用額 {0}</translation>
    </message>
</context>
<context>
    <name>PeriodClosePanel</name>
    <message>
        <source>&amp;Close the books up to this day</source>
        <translation>結帳至此日(&amp;C)</translation>
    </message>
    <message>
        <source>Closing a period stops anyone from posting or changing invoices, credit notes and payments dated on or before the closing day. Close a month once its figures are final.</source>
        <translation>結帳後，任何人都不能再過帳或修改結帳日（含）以前的發票、折讓單與收款。請在當月數字確定後結帳。</translation>
    </message>
    <message>
        <source>Close up to</source>
        <translation>結帳至</translation>
    </message>
    <message>
        <source>Period close</source>
        <translation>期間結帳</translation>
    </message>
    <message>
        <source>The books are closed up to and including {0}.</source>
        <translation>帳冊已結帳至 {0}（含）。</translation>
    </message>
    <message>
        <source>No period is closed yet.</source>
        <translation>尚未結帳任何期間。</translation>
    </message>
    <message>
        <source>Close the books up to {0}? Nothing dated on or before it can be posted afterwards.</source>
        <translation>結帳至 {0}？之後該日（含）以前的單據都不能再過帳。</translation>
    </message>
</context>
<context>
    <name>PickScanView</name>
    <message>
        <source>F2 short pick · F3 quantity · Esc back to the lists</source>
        <translation>F2 揀貨短缺 · F3 數量 · Esc 返回清單</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>Scan the bin, the item or the lot</source>
        <translation>掃描儲位、商品或批號</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Units per scan (F3); back to 1 after each pick</source>
        <translation>每次掃描的件數 (F3)；每次揀貨後恢復為 1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>待揀</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已揀</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次揀貨</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>揀貨單</translation>
    </message>
    <message>
        <source>{0} of {1} units</source>
        <translation>{0} / {1} 件</translation>
    </message>
    <message>
        <source>Everything on this list is picked.</source>
        <translation>此清單已全部揀貨完成。</translation>
    </message>
    <message>
        <source>Esc: back to the lists</source>
        <translation>Esc：返回清單</translation>
    </message>
    <message>
        <source>Pick {0}</source>
        <translation>揀貨 {0}</translation>
    </message>
    <message>
        <source>  (lot-tracked)</source>
        <translation>  （批號管理）</translation>
    </message>
    <message>
        <source>For order {0}</source>
        <translation>訂單 {0} 用</translation>
    </message>
    <message>
        <source>Scan the lot number</source>
        <translation>掃描批號</translation>
    </message>
    <message>
        <source>Bin confirmed: scan the item</source>
        <translation>儲位已確認：請掃描商品</translation>
    </message>
    <message>
        <source>Scan the bin or the item</source>
        <translation>掃描儲位或商品</translation>
    </message>
    <message>
        <source>Bin {0} ✓</source>
        <translation>儲位 {0} ✓</translation>
    </message>
    <message>
        <source>Wrong bin {0}: go to {1}.</source>
        <translation>儲位 {0} 錯誤：請前往 {1}。</translation>
    </message>
    <message>
        <source>{0}: now scan its lot</source>
        <translation>{0}：請掃描批號</translation>
    </message>
    <message>
        <source>{0} ✓ picked {1}</source>
        <translation>{0} ✓ 已揀 {1}</translation>
    </message>
    <message>
        <source>, {0} more here</source>
        <translation>，此儲位還需 {0}</translation>
    </message>
    <message>
        <source>Pick list {0} is complete.</source>
        <translation>揀貨單 {0} 已完成。</translation>
    </message>
    <message>
        <source>{0}: {1} reported short</source>
        <translation>{0}：已回報短缺 {1}</translation>
    </message>
</context>
<context>
    <name>PickingScreen</name>
    <message>
        <source>Scan a pick list&apos;s barcode to start picking it, or an order number to pick that order.</source>
        <translation>掃描揀貨單條碼開始揀貨，或掃描訂單號碼揀該張訂單。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細數</translation>
    </message>
    <message>
        <source>&amp;Create pick list (Ctrl+N)</source>
        <translation>建立揀貨單(&amp;C) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>揀貨單</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>揀貨員</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>&amp;Start picking (F9)</source>
        <translation>開始揀貨(&amp;S) (F9)</translation>
    </message>
    <message>
        <source>&amp;Print pick list (Ctrl+P)</source>
        <translation>列印揀貨單(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Orders waiting for a pick list</source>
        <translation>等待揀貨單的訂單</translation>
    </message>
    <message>
        <source>Open pick lists</source>
        <translation>未完成的揀貨單</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次揀貨</translation>
    </message>
    <message>
        <source>&amp;Create wave of {0} orders (Ctrl+N)</source>
        <translation>建立 {0} 張訂單的批次揀貨(&amp;C) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pick list {0} created: Ctrl+P prints it, Enter starts picking.</source>
        <translation>已建立揀貨單 {0}：按 Ctrl+P 列印，按 Enter 開始揀貨。</translation>
    </message>
    <message>
        <source>Saved and opened {0}</source>
        <translation>已儲存並開啟 {0}</translation>
    </message>
    <message>
        <source>{0} is neither an open pick list nor an order to pick.</source>
        <translation>{0} 既不是未完成的揀貨單，也不是待揀貨的訂單。</translation>
    </message>
</context>
<context>
    <name>PrintInvoices</name>
    <message>
        <source>&amp;Print invoices…</source>
        <translation>列印發票(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PrintInvoicesDialog</name>
    <message>
        <source>Print invoices</source>
        <translation>列印發票</translation>
    </message>
    <message>
        <source>Print posted invoices</source>
        <translation>列印已過帳發票</translation>
    </message>
    <message>
        <source>Issued &amp;from</source>
        <translation>開立日期自(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Fo&amp;lder</source>
        <translation>資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>列印(&amp;P)</translation>
    </message>
    <message>
        <source>{0} posted invoices in this range</source>
        <translation>此期間共 {0} 張已過帳發票</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDF 存放資料夾</translation>
    </message>
    <message>
        <source>Cancelled: {0} of {1} PDFs written to {2}.</source>
        <translation>已取消：{1} 份中已將 {0} 份 PDF 寫入 {2}。</translation>
    </message>
    <message>
        <source>Stopped: {0} of {1} PDFs written to {2}.</source>
        <translation>已中止：{1} 份中已將 {0} 份 PDF 寫入 {2}。</translation>
    </message>
    <message>
        <source>{0} of {1} PDFs written to {2}.</source>
        <translation>{1} 份中已將 {0} 份 PDF 寫入 {2}。</translation>
    </message>
</context>
<context>
    <name>ProductionDetail</name>
    <message>
        <source>In-process</source>
        <translation>製程中</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>No production order selected</source>
        <translation>尚未選擇生產工單</translation>
    </message>
    <message>
        <source>Make {0}, due {1}, progress {2} %.</source>
        <translation>生產 {0}，完工日 {1}，進度 {2} %。</translation>
    </message>
    <message>
        <source>For sales order {0}.</source>
        <translation>對應銷售訂單 {0}。</translation>
    </message>
    <message>
        <source>{0} accepted.</source>
        <translation>{0} 已入庫。</translation>
    </message>
    <message>
        <source>The last final inspection FAILED: acceptance is blocked until the goods are reworked and a final inspection passes.</source>
        <translation>最近一次最終檢驗不合格：在重工並通過最終檢驗之前，無法入庫。</translation>
    </message>
    <message>
        <source>Record a final inspection before accepting the goods.</source>
        <translation>入庫前請先記錄最終檢驗。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>零組件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需求量</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已領用</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>尚需數量</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
</context>
<context>
    <name>ProductionScreen</name>
    <message>
        <source>Open orders</source>
        <translation>未完成工單</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部工單</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
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
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完工日</translation>
    </message>
    <message>
        <source>For order</source>
        <translation>對應訂單</translation>
    </message>
    <message>
        <source>Scan or type the product to make (Ctrl+N)</source>
        <translation>掃描或輸入要生產的產品 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>New production order</source>
        <translation>新增生產工單</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完工日：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>零組件</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>尚需數量</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開工(&amp;S)</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>記錄進度(&amp;P)</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>完工(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel or&amp;der</source>
        <translation>取消工單(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Accept into stock</source>
        <translation>驗收入庫(&amp;A)</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>抽樣數</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>不合格項目</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Accept quantity:</source>
        <translation>入庫數量：</translation>
    </message>
    <message>
        <source>Started; components are held.</source>
        <translation>已開工；零組件已保留。</translation>
    </message>
    <message>
        <source>Progress recorded.</source>
        <translation>已記錄進度。</translation>
    </message>
    <message>
        <source>Finished; components used. Record the final inspection.</source>
        <translation>已完工；零組件已領用。請記錄最終檢驗。</translation>
    </message>
    <message>
        <source>Production order cancelled; held components released.</source>
        <translation>生產工單已取消；保留的零組件已釋出。</translation>
    </message>
    <message>
        <source>Inspection passed.</source>
        <translation>檢驗合格。</translation>
    </message>
    <message>
        <source>Inspection failed and recorded; rework, then inspect again.</source>
        <translation>檢驗不合格，已記錄；請重工後再檢驗一次。</translation>
    </message>
    <message>
        <source>Type the quantity to accept.</source>
        <translation>請輸入入庫數量。</translation>
    </message>
    <message>
        <source>{0} accepted into stock.</source>
        <translation>{0} 已驗收入庫。</translation>
    </message>
    <message>
        <source>{0} held at once for the waiting order.</source>
        <translation>{0} 已立即保留給等待中的訂單。</translation>
    </message>
    <message>
        <source>{0} waiting orders received the rest.</source>
        <translation>其餘數量已配給 {0} 張等待中的訂單。</translation>
    </message>
    <message>
        <source>Scan or type the product first.</source>
        <translation>請先掃描或輸入產品。</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>請輸入數字。</translation>
    </message>
    <message>
        <source>Production order created.</source>
        <translation>已建立生產工單。</translation>
    </message>
</context>
<context>
    <name>ProductionState</name>
    <message>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已開工</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已入庫</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ReceivablesScreen</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>抵用額</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>&amp;Statement PDF</source>
        <translation>對帳單 PDF(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Balances and aging</source>
        <translation>餘額與帳齡(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Overdue and reminders</source>
        <translation>逾期與催款(&amp;O)</translation>
    </message>
    <message>
        <source>Period c&amp;lose</source>
        <translation>期間結帳(&amp;L)</translation>
    </message>
    <message>
        <source>Report day</source>
        <translation>報表日</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>{0} customers · open {1} · overdue {2}</source>
        <translation>{0} 位客戶 · 未收 {1} · 逾期 {2}</translation>
    </message>
</context>
<context>
    <name>RecordPaymentForm</name>
    <message>
        <source>Bank reference, cheque or card slip number</source>
        <translation>銀行參考號、支票號或刷卡單號</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>開立日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>本次沖銷</translation>
    </message>
    <message>
        <source>Oldest &amp;first</source>
        <translation>最舊優先(&amp;F)</translation>
    </message>
    <message>
        <source>Spread the amount over the open invoices, the oldest due first</source>
        <translation>將金額依到期日由舊到新分配到未收發票</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>登錄收款(&amp;R)</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>收款金額</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收款日</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考號</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登錄收款</translation>
    </message>
    <message>
        <source>Enter numbers, like 1250.50.</source>
        <translation>請輸入數字，例如 1250.50。</translation>
    </message>
    <message>
        <source>Allocated {0} of {1}</source>
        <translation>已分配 {0}／{1}</translation>
    </message>
    <message>
        <source>{0} stays with the customer as credit</source>
        <translation>{0} 留作客戶抵用額</translation>
    </message>
    <message>
        <source>Allocated {0} more than was received</source>
        <translation>分配金額比收款多 {0}</translation>
    </message>
    <message>
        <source>Enter a number, like 1250.50.</source>
        <translation>請輸入數字，例如 1250.50。</translation>
    </message>
    <message>
        <source>Enter the amount received, like 1250.50.</source>
        <translation>請輸入收款金額，例如 1250.50。</translation>
    </message>
    <message>
        <source>Enter a number for invoice {0}.</source>
        <translation>請為發票 {0} 輸入數字。</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Currency and language</source>
        <translation>幣別與語言</translation>
    </message>
    <message>
        <source>The currency of your prices and invoices, the language of this desk and of the documents you send.</source>
        <translation>價格與發票使用的幣別、本機介面語言，以及寄出文件的語言。</translation>
    </message>
    <message>
        <source>This &amp;desk&apos;s language</source>
        <translation>本機介面語言(&amp;D)</translation>
    </message>
    <message>
        <source>Each person can switch the desk&apos;s language later in the Language menu; a customer can get documents in their own language.</source>
        <translation>每個人之後都可在「語言」選單切換介面語言；客戶也可以收到以其語言製作的文件。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>final notice sent</source>
        <translation>已寄最後催告</translation>
    </message>
    <message>
        <source>1st reminder</source>
        <translation>第一次催款</translation>
    </message>
    <message>
        <source>2nd reminder</source>
        <translation>第二次催款</translation>
    </message>
    <message>
        <source>Final notice</source>
        <translation>最後催告</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>匯出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>匯出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Monthly &amp;PDF</source>
        <translation>月報 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>各類別客訴</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>匯出報表</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 列寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Confirm (Ctrl+Enter)</source>
        <translation>確認(&amp;C) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Shortage… (Ctrl+D)</source>
        <translation>缺貨處理(&amp;S)… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Approve &amp;credit</source>
        <translation>核准信用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Amend (Ctrl+E)</source>
        <translation>變更(&amp;A) (Ctrl+E)</translation>
    </message>
    <message>
        <source>Choose an order on the left (↑ ↓, Enter).</source>
        <translation>請從左側選擇訂單（↑ ↓、Enter）。</translation>
    </message>
    <message>
        <source>Order {0} · {1}</source>
        <translation>訂單 {0} · {1}</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} days</source>
        <translation>{0}，{1}，{2} 天</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>狀態：{0}</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>總額 {0}</translation>
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
        <source>Deliver to {0} by {1}</source>
        <translation>送至 {0}，運送方式：{1}</translation>
    </message>
    <message>
        <source>Payment: {0}</source>
        <translation>付款條件：{0}</translation>
    </message>
    <message>
        <source>Contact: {0}</source>
        <translation>聯絡人：{0}</translation>
    </message>
    <message>
        <source>Credit check passed: {0} owed with this order, limit {1}.</source>
        <translation>信用檢查通過：含此訂單應付 {0}，信用額度 {1}。</translation>
    </message>
    <message>
        <source>Credit check passed: no credit terms, nothing overdue.</source>
        <translation>信用檢查通過：非賒帳交易，且無逾期款項。</translation>
    </message>
    <message>
        <source>Decide (Enter)</source>
        <translation>決定 (Enter)</translation>
    </message>
    <message>
        <source>Decide after confirming</source>
        <translation>確認後再決定</translation>
    </message>
    <message>
        <source>Credit approved by you: the order may be confirmed.</source>
        <translation>您已核准信用：此訂單可以確認。</translation>
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
        <translation>OrderDesk 發生未預期的問題。剛才的操作沒有儲存，但先前已儲存的資料都安全無虞。請再試一次；若問題再次發生，請將下方的詳細資訊傳給系統管理員。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>ScannerStatus</name>
    <message>
        <source>Scanner connected</source>
        <translation>掃描器已連線</translation>
    </message>
    <message>
        <source>Scanner disconnected – plug it back in; OrderDesk reconnects by itself</source>
        <translation>掃描器已中斷 – 請重新插上，OrderDesk 會自動重新連線</translation>
    </message>
    <message>
        <source>Scanner: connecting…</source>
        <translation>掃描器：連線中…</translation>
    </message>
    <message>
        <source>Scanner off</source>
        <translation>掃描器已關閉</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Company and language</source>
        <translation>公司與語言</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>使用者與角色</translation>
    </message>
    <message>
        <source>Backups and log</source>
        <translation>備份與記錄檔</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目標</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>總公司</translation>
    </message>
</context>
<context>
    <name>ShipCheckPanel</name>
    <message>
        <source>Own van</source>
        <translation>自有貨車</translation>
    </message>
    <message>
        <source>Black Cat (T-cat)</source>
        <translation>黑貓宅急便</translation>
    </message>
    <message>
        <source>HCT Logistics</source>
        <translation>新竹物流</translation>
    </message>
    <message>
        <source>Kerry TJ</source>
        <translation>嘉里大榮</translation>
    </message>
    <message>
        <source>Chunghwa Post</source>
        <translation>中華郵政</translation>
    </message>
    <message>
        <source>Customer pick-up</source>
        <translation>客戶自取</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>隔日到</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>當日到</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>棧板</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>自取</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料號</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已掃描</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Weight kg</source>
        <translation>重量 kg</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核對</translation>
    </message>
    <message>
        <source>Items and quantities verified by scan</source>
        <translation>品項與數量已掃描核對</translation>
    </message>
    <message>
        <source>Packages &amp;intact, sealed and dry</source>
        <translation>包裹完好、已封箱且乾燥(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Labels and documents attached</source>
        <translation>標籤與文件已附上(&amp;L)</translation>
    </message>
    <message>
        <source>Special &amp;requirements met</source>
        <translation>特殊要求已符合(&amp;R)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s label</source>
        <translation>輸入或掃描貨運標籤</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>貨運公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tracking no.</source>
        <translation>追蹤號碼(&amp;T)</translation>
    </message>
    <message>
        <source>Second person signs off</source>
        <translation>第二人覆核</translation>
    </message>
    <message>
        <source>A colleague checks the shipment and enters their own user name and password.</source>
        <translation>由另一位同事核對此批出貨，並輸入自己的使用者名稱與密碼。</translation>
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
        <source>Special requirements: {0}</source>
        <translation>特殊要求：{0}</translation>
    </message>
    <message>
        <source>Not ready to ship, still to pack or seal: {0}</source>
        <translation>尚不能出貨，仍待包裝或封箱：{0}</translation>
    </message>
    <message>
        <source>Package {0} checked</source>
        <translation>包裹 {0} 已核對</translation>
    </message>
    <message>
        <source>{0} is not in this shipment</source>
        <translation>{0} 不在此批出貨中</translation>
    </message>
    <message>
        <source>Too many {0}: only {1} packed</source>
        <translation>{0} 過多：只包裝了 {1}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}：{1} / {2}</translation>
    </message>
    <message>
        <source>Scan every item first: {0} still to scan.</source>
        <translation>請先掃描每件商品：尚有 {0} 件未掃描。</translation>
    </message>
    <message>
        <source>Confirm that the packages are intact.</source>
        <translation>請確認包裹完好。</translation>
    </message>
    <message>
        <source>Confirm that the labels and documents are attached.</source>
        <translation>請確認標籤與文件已附上。</translation>
    </message>
    <message>
        <source>Confirm that the special requirements are met.</source>
        <translation>請確認特殊要求已符合。</translation>
    </message>
</context>
<context>
    <name>ShippingScreen</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交期</translation>
    </message>
    <message>
        <source>Pkgs</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>出貨單</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>追蹤號碼</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>&amp;Loading list (PDF)</source>
        <translation>裝車清單 (PDF)(&amp;L)</translation>
    </message>
    <message>
        <source>Select the shipments one van or carrier takes away.</source>
        <translation>請選擇同一輛車或同一家貨運載走的出貨單。</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>可出貨</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>運送中</translation>
    </message>
    <message>
        <source>Scan an order number, each item, a package label</source>
        <translation>掃描訂單號碼、每件商品或包裹標籤</translation>
    </message>
    <message>
        <source>&amp;Ship  (Ctrl+Enter)</source>
        <translation>出貨(&amp;S)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose an order on the left, or scan its order number.</source>
        <translation>請從左側選擇訂單，或掃描訂單號碼。</translation>
    </message>
    <message>
        <source>Special requirements</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <source>Ready to ship ({0})</source>
        <translation>可出貨（{0}）</translation>
    </message>
    <message>
        <source>On the road ({0})</source>
        <translation>運送中（{0}）</translation>
    </message>
    <message>
        <source>Scan every item and each package label.</source>
        <translation>請掃描每件商品及每個包裹標籤。</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>訂單 {0}</translation>
    </message>
    <message>
        <source>{0} is not an order waiting to ship</source>
        <translation>{0} 不是待出貨的訂單</translation>
    </message>
    <message>
        <source>All items verified</source>
        <translation>全部商品已核對</translation>
    </message>
    <message>
        <source>{0} shipped. Choose the next order, or scan its number.</source>
        <translation>{0} 已出貨。請選擇下一張訂單，或掃描其號碼。</translation>
    </message>
    <message>
        <source>Select the shipments for the loading list first.</source>
        <translation>請先選擇要列入裝車清單的出貨單。</translation>
    </message>
</context>
<context>
    <name>ShortDecision</name>
    <message>
        <source>Back-order</source>
        <translation>缺貨待補</translation>
    </message>
    <message>
        <source>New promised date</source>
        <translation>新承諾交期</translation>
    </message>
    <message>
        <source>Substitute product</source>
        <translation>替代產品</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>安排生產</translation>
    </message>
</context>
<context>
    <name>ShortPickDialog</name>
    <message>
        <source>Bin empty</source>
        <translation>儲位已空</translation>
    </message>
    <message>
        <source>Fewer in the bin than listed</source>
        <translation>儲位數量少於清單</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <source>Wrong item in the bin</source>
        <translation>儲位內商品錯誤</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>揀貨短缺</translation>
    </message>
    <message>
        <source>{0} in bin {1}: {2} still to pick</source>
        <translation>{0}（儲位 {1}）：尚待揀 {2}</translation>
    </message>
    <message>
        <source>Cancel these units on the order (otherwise they are back-ordered)</source>
        <translation>從訂單取消這些數量（否則列為缺貨待補）</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>短缺數量(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Report short</source>
        <translation>回報短缺</translation>
    </message>
</context>
<context>
    <name>ShortageDialog</name>
    <message>
        <source>Short line</source>
        <translation>缺貨明細</translation>
    </message>
    <message>
        <source>Line {0} · {1} {2}: {3} wanted, {4} available — {5} short.</source>
        <translation>第 {0} 行 · {1} {2}：需求 {3}，可用 {4} — 短缺 {5}。</translation>
    </message>
    <message>
        <source>{0} coming from production{1}.</source>
        <translation>生產中將補入 {0}{1}。</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>（預計 {0} 完成）</translation>
    </message>
    <message>
        <source>&amp;Back-order: ship what is there, the rest later</source>
        <translation>缺貨待補：先出有貨的部分，其餘稍後出貨(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New promised date</source>
        <translation>新承諾交期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Substitute another product</source>
        <translation>以其他產品替代(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Production order, due</source>
        <translation>生產工單，完工日(&amp;P)</translation>
    </message>
    <message>
        <source>SKU or name of the substitute…</source>
        <translation>替代品的料號或品名…</translation>
    </message>
    <message>
        <source>The production order is due on the date above.</source>
        <translation>生產工單的完工日為上方日期。</translation>
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
    <message>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
</context>
<context>
    <name>SyncConflictsScreen</name>
    <message>
        <source>Site</source>
        <translation>據點</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Why (optional; kept in the audit trail)</source>
        <translation>原因（選填；記入稽核軌跡）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Keep &amp;head office&apos;s</source>
        <translation>保留總公司版本(&amp;H)</translation>
    </message>
    <message>
        <source>Take the &amp;branch&apos;s</source>
        <translation>採用分公司版本(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Acknowledged</source>
        <translation>已知悉(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>開啟該筆記錄(&amp;O)</translation>
    </message>
    <message>
        <source>{0} open conflicts</source>
        <translation>{0} 筆未處理衝突</translation>
    </message>
    <message>
        <source>No open conflicts: every sync went through.</source>
        <translation>沒有未處理的衝突：每次同步都已完成。</translation>
    </message>
    <message>
        <source>No conflict chosen</source>
        <translation>未選擇衝突</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>已決定：{0}</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>Customer edited at head office and at {site}</source>
        <translation>總公司與 {site} 都修改了此客戶</translation>
    </message>
    <message>
        <source>Order confirmed at {site} while the customer was on credit hold</source>
        <translation>{site} 在客戶信用凍結期間確認了訂單</translation>
    </message>
    <message>
        <source>Order of {site} with a product head office withdrew</source>
        <translation>{site} 的訂單含有總公司已停售的產品</translation>
    </message>
    <message>
        <source>New customer of {site} with a code head office already uses</source>
        <translation>{site} 新增的客戶代碼已被總公司使用</translation>
    </message>
    <message>
        <source>{site} changed stock at a location that is not its own</source>
        <translation>{site} 異動了不屬於自己的儲位庫存</translation>
    </message>
    <message>
        <source>Customer edited at both ends</source>
        <translation>客戶兩端皆有修改</translation>
    </message>
    <message>
        <source>Confirmed during credit hold</source>
        <translation>信用凍結期間確認</translation>
    </message>
    <message>
        <source>Product withdrawn</source>
        <translation>產品已停售</translation>
    </message>
    <message>
        <source>Customer code taken</source>
        <translation>客戶代碼已被使用</translation>
    </message>
    <message>
        <source>Another site&apos;s stock</source>
        <translation>其他據點的庫存</translation>
    </message>
    <message>
        <source>Keep head office&apos;s details, or take the branch&apos;s name, contact data, tax id, preferences and tier (credit terms and hold always stay head office&apos;s).</source>
        <translation>保留總公司的資料，或採用分公司的名稱、聯絡資料、統一編號、偏好與等級（信用條件與凍結一律以總公司為準）。</translation>
    </message>
    <message>
        <source>The order is stored: it happened. Keep it or cancel it on the order itself (Orders), then mark this conflict acknowledged.</source>
        <translation>訂單已儲存：它確實發生了。請在訂單本身（訂單）保留或取消，然後將此衝突標為已知悉。</translation>
    </message>
    <message>
        <source>The order is stored with the withdrawn product. Amend or cancel the order if the product cannot be supplied, then mark this acknowledged.</source>
        <translation>訂單已連同停售產品一併儲存。若無法供貨，請修改或取消訂單，然後標為已知悉。</translation>
    </message>
    <message>
        <source>The branch&apos;s customer was stored under {site}-code. Keep it so, or merge them by hand, then decide.</source>
        <translation>分公司的客戶已以 {site}-代碼 儲存。可維持如此，或手動合併，然後再決定。</translation>
    </message>
    <message>
        <source>Head office&apos;s stock was kept. Check the count at that location.</source>
        <translation>已保留總公司的庫存。請盤點該儲位。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目標</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>變更角色(&amp;R)</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation>重設密碼(&amp;W)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Add a user (Ctrl+N)</source>
        <translation>新增使用者 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>新增使用者(&amp;A)</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>使用者名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>尚未選擇使用者</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;ctivate again</source>
        <translation>重新啟用(&amp;C)</translation>
    </message>
    <message>
        <source>{0}: password reset</source>
        <translation>{0}：密碼已重設</translation>
    </message>
</context>
<context>
    <name>bridge</name>
    <message>
        <source>Scanned {0}, but this screen does not take scans.</source>
        <translation>已掃描 {0}，但此畫面不接受掃描。</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>A branch&apos;s site code is 1 to 6 letters or digits, like BR1.</source>
        <translation>分公司的據點代碼為 1 至 6 個英文字母或數字，例如 BR1。</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>盤點數量不可為負數。</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>信用額度不可為負數。</translation>
    </message>
    <message>
        <source>A credit of {credit} is more than the {open} still open on invoice {number} (the rest is paid or credited already). Credit at most {open}.</source>
        <translation>折讓金額 {credit} 超過發票 {number} 尚未收款的 {open}（其餘已收款或已折讓）。最多只能折讓 {open}。</translation>
    </message>
    <message>
        <source>A damaged or short line is not in this shipment.</source>
        <translation>損壞或短少的明細不在此批出貨中。</translation>
    </message>
    <message>
        <source>A delivered order needs its shipped date.</source>
        <translation>已送達的訂單需要出貨日期。</translation>
    </message>
    <message>
        <source>A draft is corrected by editing it, not re-issued.</source>
        <translation>草稿請直接編輯修正，不需要重開。</translation>
    </message>
    <message>
        <source>A line to credit is not on invoice {number}.</source>
        <translation>要折讓的明細不在發票 {number} 上。</translation>
    </message>
    <message>
        <source>A line you changed is not on this invoice any more; reload it.</source>
        <translation>您修改的明細已不在這張發票上，請重新載入。</translation>
    </message>
    <message>
        <source>A long change is still being saved on the server; the figures and the sync try again in a moment.</source>
        <translation>伺服器上仍有一筆較長的變更正在儲存；數據與同步稍後會再試一次。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密碼至少需要 8 個字元。</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future; check the date.</source>
        <translation>收款日期不能是未來的日期，請檢查日期。</translation>
    </message>
    <message>
        <source>A percentage target is at most 100.</source>
        <translation>百分比目標最多為 100。</translation>
    </message>
    <message>
        <source>A quantity must be above zero.</source>
        <translation>數量必須大於零。</translation>
    </message>
    <message>
        <source>A reference has at most {n} characters.</source>
        <translation>參考號最多 {n} 個字元。</translation>
    </message>
    <message>
        <source>A reminder cannot be sent in the future.</source>
        <translation>催款通知的寄送日期不能是未來的日期。</translation>
    </message>
    <message>
        <source>A second person must check and sign off this shipment.</source>
        <translation>此批出貨須由第二人核對並覆核。</translation>
    </message>
    <message>
        <source>A shipment on this loading list does not exist any more.</source>
        <translation>此裝車清單上有一張出貨單已不存在。</translation>
    </message>
    <message>
        <source>A short pick is between 1 and {remaining}.</source>
        <translation>揀貨短缺數量須介於 1 到 {remaining} 之間。</translation>
    </message>
    <message>
        <source>A site code is 1 to 6 capital letters or digits, like HQ or BR2.</source>
        <translation>據點代碼為 1 到 6 個大寫英文字母或數字，例如 HQ 或 BR2。</translation>
    </message>
    <message>
        <source>A target cannot be below zero.</source>
        <translation>目標不可小於零。</translation>
    </message>
    <message>
        <source>A tax rate is a fraction such as 0.05.</source>
        <translation>稅率請以小數表示，例如 0.05。</translation>
    </message>
    <message>
        <source>A user name is 1 to 60 characters without spaces.</source>
        <translation>使用者名稱為 1 到 60 個字元，不可包含空格。</translation>
    </message>
    <message>
        <source>Accept a quantity above zero, with at most three decimals.</source>
        <translation>入庫數量須大於零，最多三位小數。</translation>
    </message>
    <message>
        <source>Accept at most the {quantity} produced.</source>
        <translation>最多只能入庫已生產的 {quantity}。</translation>
    </message>
    <message>
        <source>Add at least one line to the order.</source>
        <translation>訂單至少須有一筆明細。</translation>
    </message>
    <message>
        <source>An adjustment must change the quantity.</source>
        <translation>調整必須改變數量。</translation>
    </message>
    <message>
        <source>An invoice needs at least one line; delete the draft instead.</source>
        <translation>發票至少須有一筆明細；如不需要，請改為刪除草稿。</translation>
    </message>
    <message>
        <source>Billing documents are changed one by one through their services, never in bulk ({table}).</source>
        <translation>帳務單據只能逐筆透過系統功能修改，不能大量修改（{table}）。</translation>
    </message>
    <message>
        <source>Cannot reach the mail server at {host}:{port} ({reason}).</source>
        <translation>無法連線到郵件伺服器 {host}:{port}（{reason}）。</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL/TLS or none.</source>
        <translation>請選擇 STARTTLS、SSL/TLS 或無。</translation>
    </message>
    <message>
        <source>Choose a carrier.</source>
        <translation>請選擇貨運公司。</translation>
    </message>
    <message>
        <source>Choose a customer for the order.</source>
        <translation>請為訂單選擇客戶。</translation>
    </message>
    <message>
        <source>Choose a different product as substitute.</source>
        <translation>請選擇另一項產品作為替代品。</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>請選擇備份資料夾。</translation>
    </message>
    <message>
        <source>Choose a language for documents.</source>
        <translation>請選擇文件語言。</translation>
    </message>
    <message>
        <source>Choose a new promised date from today on.</source>
        <translation>請選擇今天或之後的新承諾交期。</translation>
    </message>
    <message>
        <source>Choose an active user.</source>
        <translation>請選擇啟用中的使用者。</translation>
    </message>
    <message>
        <source>Choose an in-process or a final inspection.</source>
        <translation>請選擇製程中檢驗或最終檢驗。</translation>
    </message>
    <message>
        <source>Choose at least one delivered order to invoice.</source>
        <translation>請至少選擇一張已送達的訂單來開立發票。</translation>
    </message>
    <message>
        <source>Choose at least one order to pick.</source>
        <translation>請至少選擇一張要揀貨的訂單。</translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation>請選擇提出客訴的客戶。</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>請選擇付款的客戶。</translation>
    </message>
    <message>
        <source>Choose what to credit: a line or the freight.</source>
        <translation>請選擇要折讓的項目：明細或運費。</translation>
    </message>
    <message>
        <source>Close package {package} (weight) before labelling.</source>
        <translation>請先將包裹 {package} 封箱（輸入重量）再列印標籤。</translation>
    </message>
    <message>
        <source>Complaint {number} is another customer&apos;s; choose one of {customer}&apos;s complaints.</source>
        <translation>客訴 {number} 屬於其他客戶；請選擇 {customer} 的客訴。</translation>
    </message>
    <message>
        <source>Complaint {number} is {state}; it cannot {action} now.</source>
        <translation>客訴 {number} 目前狀態為 {state}，現在無法執行此操作（{action}）。</translation>
    </message>
    <message>
        <source>Component quantities must be above zero.</source>
        <translation>零組件數量必須大於零。</translation>
    </message>
    <message>
        <source>Credit days must be between 0 and 365.</source>
        <translation>信用天數須介於 0 到 365 之間。</translation>
    </message>
    <message>
        <source>Credit note {number} is already posted.</source>
        <translation>折讓單 {number} 已過帳。</translation>
    </message>
    <message>
        <source>Credit note {number} is posted and stays; it can no longer be deleted.</source>
        <translation>折讓單 {number} 已過帳並會保留，不能再刪除。</translation>
    </message>
    <message>
        <source>Credit terms need a number of credit days.</source>
        <translation>賒帳條件需要填寫信用天數。</translation>
    </message>
    <message>
        <source>Describe what the customer complains about.</source>
        <translation>請說明客戶投訴的內容。</translation>
    </message>
    <message>
        <source>Enter a phone number or an email address.</source>
        <translation>請輸入電話號碼或電子郵件地址。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>請輸入大於零的金額。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>請輸入地址。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>請輸入公司名稱。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>請輸入聯絡人姓名。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>請輸入客戶名稱。</translation>
    </message>
    <message>
        <source>Enter the delivery address.</source>
        <translation>請輸入送貨地址。</translation>
    </message>
    <message>
        <source>Enter the mail server first.</source>
        <translation>請先輸入郵件伺服器。</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name or address, like mail.example.com.</source>
        <translation>請輸入郵件伺服器的名稱或位址，例如 mail.example.com。</translation>
    </message>
    <message>
        <source>Enter the name of the person who signed.</source>
        <translation>請輸入簽收人的姓名。</translation>
    </message>
    <message>
        <source>Enter the package weight in kg (above 0, at most 1000).</source>
        <translation>請輸入包裹重量，單位 kg（大於 0，最多 1000）。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>請輸入產品名稱。</translation>
    </message>
    <message>
        <source>Everything allocated is already on a pick list.</source>
        <translation>所有已配貨的項目都已列入揀貨單。</translation>
    </message>
    <message>
        <source>Export as csv or xlsx, not {format}.</source>
        <translation>請匯出為 csv 或 xlsx，不支援 {format}。</translation>
    </message>
    <message>
        <source>Freight cannot be negative.</source>
        <translation>運費不可為負數。</translation>
    </message>
    <message>
        <source>Give a phone number or email to contact.</source>
        <translation>請提供聯絡電話或電子郵件。</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>請填寫調整原因。</translation>
    </message>
    <message>
        <source>Give a reason for the cancellation.</source>
        <translation>請填寫取消原因。</translation>
    </message>
    <message>
        <source>Give a reason for the count.</source>
        <translation>請填寫盤點原因。</translation>
    </message>
    <message>
        <source>Give every check a name.</source>
        <translation>請為每個檢查項目命名。</translation>
    </message>
    <message>
        <source>Give the customer a code.</source>
        <translation>請為客戶設定代碼。</translation>
    </message>
    <message>
        <source>Give the product a SKU.</source>
        <translation>請為產品設定料號。</translation>
    </message>
    <message>
        <source>Head office already has changes of {site} up to {done}, but this database only knows {newest}: was it restored from an old backup? Syncing stopped so that nothing is overwritten.</source>
        <translation>總公司已有 {site} 至 {done} 的異動，但此資料庫只到 {newest}：是否從舊備份還原過？為避免覆寫任何資料，同步已停止。</translation>
    </message>
    <message>
        <source>Head office already knows a site {code}: give this branch a code of its own. (A branch replacing a lost file restores its backup instead.)</source>
        <translation>總公司已有據點 {code}：請為這個分公司另取代碼。（分公司檔案遺失時，請改為還原備份。）</translation>
    </message>
    <message>
        <source>Head office cannot be reached; work goes on here and syncs later.</source>
        <translation>目前無法連線到總公司；您可繼續在此作業，稍後會自動同步。</translation>
    </message>
    <message>
        <source>Head office expected changes of {site} from {expected}, not from {first}; the sync starts again from there.</source>
        <translation>總公司預期收到 {site} 從 {expected} 開始的異動，而不是從 {first}；同步將從該處重新開始。</translation>
    </message>
    <message>
        <source>Head office has no users yet: set head office up first, then its branches.</source>
        <translation>總公司尚無使用者：請先設定總公司，再設定分公司。</translation>
    </message>
    <message>
        <source>Inspect a sample of at least one unit.</source>
        <translation>抽樣數量至少須為 1。</translation>
    </message>
    <message>
        <source>Invoice line {n} ({what}): {qty} cannot be credited, only {left} of the {invoiced} invoiced are not credited yet.</source>
        <translation>發票第 {n} 行（{what}）：無法折讓 {qty}，已開票的 {invoiced} 中只剩 {left} 尚未折讓。</translation>
    </message>
    <message>
        <source>Invoice {number} belongs to site {site}: record payments and credit notes against it there.</source>
        <translation>發票 {number} 屬於據點 {site}：請在該據點登記收款與折讓。</translation>
    </message>
    <message>
        <source>Invoice {number} is already posted.</source>
        <translation>發票 {number} 已過帳。</translation>
    </message>
    <message>
        <source>Invoice {number} is another customer&apos;s; allocate only to {customer}&apos;s invoices.</source>
        <translation>發票 {number} 屬於其他客戶；只能沖銷 {customer} 的發票。</translation>
    </message>
    <message>
        <source>Invoice {number} is credited in full already; there is nothing left to re-issue.</source>
        <translation>發票 {number} 已全額折讓，沒有可重開的金額。</translation>
    </message>
    <message>
        <source>Invoice {number} is in {currency}.</source>
        <translation>發票 {number} 的幣別為 {currency}。</translation>
    </message>
    <message>
        <source>Invoice {number} is partly paid ({paid}), so it cannot be credited in full. Correct what is wrong with a credit note instead.</source>
        <translation>發票 {number} 已部分收款（{paid}），因此無法全額折讓。請改以折讓單更正錯誤的部分。</translation>
    </message>
    <message>
        <source>Invoice {number} is posted and cannot {action}. Correct it with a credit note or a re-issue.</source>
        <translation>發票 {number} 已過帳，無法執行此操作（{action}）。請以折讓單或重開發票更正。</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 copies.</source>
        <translation>保留份數須介於 1 到 365 之間。</translation>
    </message>
    <message>
        <source>Line {n} ({sku}) bills {qty}, but only {waiting} delivered are still to invoice: another invoice was posted for the rest. Lower the quantity, take the line off or delete this draft.</source>
        <translation>第 {n} 行（{sku}）開票數量為 {qty}，但已送達待開票的只剩 {waiting}：其餘已由另一張發票過帳。請減少數量、移除此明細，或刪除此草稿。</translation>
    </message>
    <message>
        <source>Line {n} can only go down from {qty}: an invoice bills what was delivered.</source>
        <translation>第 {n} 行只能從 {qty} 往下調整：發票只能開立已送達的數量。</translation>
    </message>
    <message>
        <source>Line {n} cannot go below {qty}: that much is already picked or shipped.</source>
        <translation>第 {n} 行不能少於 {qty}：已有這麼多數量揀貨或出貨。</translation>
    </message>
    <message>
        <source>Line {n} has been picked and cannot be removed.</source>
        <translation>第 {n} 行已揀貨，無法移除。</translation>
    </message>
    <message>
        <source>Line {n} of {number} is not short.</source>
        <translation>{number} 的第 {n} 行沒有缺貨。</translation>
    </message>
    <message>
        <source>Line {n}: a discount is between 0 and 100 %.</source>
        <translation>第 {n} 行：折扣須介於 0 到 100 % 之間。</translation>
    </message>
    <message>
        <source>Line {n}: a price cannot be negative.</source>
        <translation>第 {n} 行：價格不可為負數。</translation>
    </message>
    <message>
        <source>Line {n}: that product is not for sale.</source>
        <translation>第 {n} 行：該產品不供銷售。</translation>
    </message>
    <message>
        <source>Line {n}: the quantity must be above zero.</source>
        <translation>第 {n} 行：數量必須大於零。</translation>
    </message>
    <message>
        <source>Line {n}: {qty} is not a plausible quantity.</source>
        <translation>第 {n} 行：{qty} 不是合理的數量。</translation>
    </message>
    <message>
        <source>Line {row} of the file is not valid CSV ({reason}).</source>
        <translation>檔案第 {row} 行不是有效的 CSV（{reason}）。</translation>
    </message>
    <message>
        <source>Location {location} belongs to site {site}: its stock changes only there.</source>
        <translation>儲位 {location} 屬於據點 {site}：其庫存只能在該據點異動。</translation>
    </message>
    <message>
        <source>Name each invoice line once.</source>
        <translation>每筆發票明細只能列出一次。</translation>
    </message>
    <message>
        <source>Name each invoice once.</source>
        <translation>每張發票只能列出一次。</translation>
    </message>
    <message>
        <source>Name the supplier who makes {sku}.</source>
        <translation>請填寫生產 {sku} 的供應商。</translation>
    </message>
    <message>
        <source>No customer has the code {code}.</source>
        <translation>沒有代碼為 {code} 的客戶。</translation>
    </message>
    <message>
        <source>No mail server is set up yet; the mails wait in the outbox until one is.</source>
        <translation>尚未設定郵件伺服器；郵件會留在寄件匣，直到設定完成。</translation>
    </message>
    <message>
        <source>No product has the SKU {sku}.</source>
        <translation>沒有料號為 {sku} 的產品。</translation>
    </message>
    <message>
        <source>No product has the code {code}.</source>
        <translation>沒有代碼為 {code} 的產品。</translation>
    </message>
    <message>
        <source>No product is below its safety stock.</source>
        <translation>沒有產品低於安全庫存。</translation>
    </message>
    <message>
        <source>No replenishment mail address is set. Ask a manager to set replenishment_email in the settings.</source>
        <translation>尚未設定補貨通知的電子郵件地址。請主管在設定中設定 replenishment_email。</translation>
    </message>
    <message>
        <source>No stock location has the code {code}.</source>
        <translation>沒有代碼為 {code} 的儲位。</translation>
    </message>
    <message>
        <source>Not every picked item of {number} is packed yet: no label until it is.</source>
        <translation>{number} 的已揀貨商品尚未全部包裝：全部包裝後才能列印標籤。</translation>
    </message>
    <message>
        <source>Nothing delivered on {orders} is waiting for an invoice.</source>
        <translation>{orders} 沒有已送達且待開發票的項目。</translation>
    </message>
    <message>
        <source>Only a customer&apos;s details can be taken from the branch; decide this one on the order or product itself.</source>
        <translation>只有客戶資料可以採用分公司的版本；此項請在訂單或產品本身決定。</translation>
    </message>
    <message>
        <source>Only a failed mail can be sent again.</source>
        <translation>只有寄送失敗的郵件才能重新寄送。</translation>
    </message>
    <message>
        <source>Only a posted invoice can be credited; change the draft instead.</source>
        <translation>只有已過帳的發票才能折讓；草稿請直接修改。</translation>
    </message>
    <message>
        <source>Only days before today can be closed; choose {yesterday} or earlier.</source>
        <translation>只能結帳到今天以前的日期；請選擇 {yesterday} 或更早的日期。</translation>
    </message>
    <message>
        <source>Only posted invoices can be paid; post the draft first.</source>
        <translation>只有已過帳的發票才能收款；請先將草稿過帳。</translation>
    </message>
    <message>
        <source>Only {available} of {sku} are available, {wanted} were asked for. Allocate what is there and back-order the rest, or choose another option.</source>
        <translation>{sku} 只有 {available} 可用，需求為 {wanted}。請先配現有數量、其餘列為缺貨待補，或選擇其他處理方式。</translation>
    </message>
    <message>
        <source>Only {left} of the freight on invoice {number} is left to credit.</source>
        <translation>發票 {number} 的運費只剩 {left} 可折讓。</translation>
    </message>
    <message>
        <source>Only {on_hand} are booked here; the adjustment would go below zero.</source>
        <translation>此處帳上只有 {on_hand}；這項調整會使庫存低於零。</translation>
    </message>
    <message>
        <source>Only {open} is open on invoice {number}; allocate at most that, the rest stays with the customer as credit.</source>
        <translation>發票 {number} 只剩 {open} 未收；最多只能沖銷此金額，其餘留作客戶抵用額。</translation>
    </message>
    <message>
        <source>Order {number} belongs to another customer; choose one of {customer}&apos;s orders.</source>
        <translation>訂單 {number} 屬於其他客戶；請選擇 {customer} 的訂單。</translation>
    </message>
    <message>
        <source>Order {number} belongs to site {site}: change it there. Its changes reach this database when {site} syncs.</source>
        <translation>訂單 {number} 屬於據點 {site}：請在該據點修改。{site} 同步時，修改會傳到這裡。</translation>
    </message>
    <message>
        <source>Order {number} has line {n} twice (rows {first} and {row}).</source>
        <translation>訂單 {number} 的第 {n} 行重複出現（第 {first} 列與第 {row} 列）。</translation>
    </message>
    <message>
        <source>Order {number} has no picked goods waiting to be packed.</source>
        <translation>訂單 {number} 沒有已揀貨待包裝的商品。</translation>
    </message>
    <message>
        <source>Order {number} has no sealed packages to ship.</source>
        <translation>訂單 {number} 沒有已封箱可出貨的包裹。</translation>
    </message>
    <message>
        <source>Order {number} has nothing allocated to pick.</source>
        <translation>訂單 {number} 沒有已配貨可揀的項目。</translation>
    </message>
    <message>
        <source>Order {number} is already cancelled.</source>
        <translation>訂單 {number} 已取消。</translation>
    </message>
    <message>
        <source>Order {number} is already {state}.</source>
        <translation>訂單 {number} 已是「{state}」狀態。</translation>
    </message>
    <message>
        <source>Order {number} is imported history, invoiced in the previous system.</source>
        <translation>訂單 {number} 是匯入的歷史資料，已在先前的系統開立發票。</translation>
    </message>
    <message>
        <source>Order {number} is {state} and can no longer change.</source>
        <translation>訂單 {number} 狀態為「{state}」，不能再修改。</translation>
    </message>
    <message>
        <source>Order {number}: {column} differs from row {first}; the order&apos;s header must be the same on each of its rows.</source>
        <translation>訂單 {number}：{column} 與第 {first} 列不同；同一訂單每一列的表頭資料必須相同。</translation>
    </message>
    <message>
        <source>Orders {first} and {other} are in different currencies; invoice them separately.</source>
        <translation>訂單 {first} 與 {other} 幣別不同，請分開開立發票。</translation>
    </message>
    <message>
        <source>Orders {first} and {other} belong to different customers; invoice each customer separately.</source>
        <translation>訂單 {first} 與 {other} 屬於不同客戶，請為各客戶分開開立發票。</translation>
    </message>
    <message>
        <source>Pack a quantity above zero.</source>
        <translation>包裝數量必須大於零。</translation>
    </message>
    <message>
        <source>Package dimensions must be above zero.</source>
        <translation>包裹尺寸必須大於零。</translation>
    </message>
    <message>
        <source>Package {number} has been shipped.</source>
        <translation>包裹 {number} 已出貨。</translation>
    </message>
    <message>
        <source>Package {number} is empty.</source>
        <translation>包裹 {number} 是空的。</translation>
    </message>
    <message>
        <source>Package {number} is sealed; open a new package.</source>
        <translation>包裹 {number} 已封箱；請開新包裹。</translation>
    </message>
    <message>
        <source>Payment {number} has only {left} left to allocate.</source>
        <translation>收款 {number} 只剩 {left} 可沖銷。</translation>
    </message>
    <message>
        <source>Pick a quantity above zero.</source>
        <translation>揀貨數量必須大於零。</translation>
    </message>
    <message>
        <source>Pick list {number} is already done.</source>
        <translation>揀貨單 {number} 已完成。</translation>
    </message>
    <message>
        <source>Pick list {number} is being picked by someone else.</source>
        <translation>揀貨單 {number} 正由其他人揀貨中。</translation>
    </message>
    <message>
        <source>Post the invoice before sending it: a draft has no number yet.</source>
        <translation>請先過帳發票再寄出：草稿還沒有編號。</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>價格不可為負數。</translation>
    </message>
    <message>
        <source>Produce a quantity above zero, with at most three decimals.</source>
        <translation>生產數量須大於零，最多三位小數。</translation>
    </message>
    <message>
        <source>Production order {number} is {state}; it cannot {action} now.</source>
        <translation>生產工單 {number} 目前狀態為 {state}，現在無法執行此操作（{action}）。</translation>
    </message>
    <message>
        <source>Progress is a percentage between 0 and 100.</source>
        <translation>進度為 0 到 100 之間的百分比。</translation>
    </message>
    <message>
        <source>Quantities have at most three decimals.</source>
        <translation>數量最多三位小數。</translation>
    </message>
    <message>
        <source>Receive a quantity above zero.</source>
        <translation>進貨數量必須大於零。</translation>
    </message>
    <message>
        <source>Record a final inspection of production order {number} before accepting it.</source>
        <translation>入庫前請先記錄生產工單 {number} 的最終檢驗。</translation>
    </message>
    <message>
        <source>Record at least one check.</source>
        <translation>請至少記錄一個檢查項目。</translation>
    </message>
    <message>
        <source>Record the root cause, so it can be analysed.</source>
        <translation>請記錄根本原因，以便日後分析。</translation>
    </message>
    <message>
        <source>Record whether the installation test passed.</source>
        <translation>請記錄安裝測試是否通過。</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>請說明客訴的處理結果。</translation>
    </message>
    <message>
        <source>Say what the file holds: {kinds}.</source>
        <translation>請指定檔案內容類型：{kinds}。</translation>
    </message>
    <message>
        <source>Say why the closed period is reopened.</source>
        <translation>請說明重新開啟已結帳期間的原因。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>請說明重新開啟客訴的原因。</translation>
    </message>
    <message>
        <source>Say why the confirmed order changes.</source>
        <translation>請說明已確認訂單變更的原因。</translation>
    </message>
    <message>
        <source>Say why the customer is credited.</source>
        <translation>請說明給客戶折讓的原因。</translation>
    </message>
    <message>
        <source>Say why the invoice is re-issued.</source>
        <translation>請說明重開發票的原因。</translation>
    </message>
    <message>
        <source>Say why the pick is short (empty bin, damaged...).</source>
        <translation>請說明揀貨短缺的原因（儲位已空、損壞…）。</translation>
    </message>
    <message>
        <source>Shipment {number} has already been signed for.</source>
        <translation>出貨單 {number} 已簽收。</translation>
    </message>
    <message>
        <source>Someone else changed order {number}. Reload it first.</source>
        <translation>訂單 {number} 已被其他人修改，請先重新載入。</translation>
    </message>
    <message>
        <source>Someone else changed this customer. Reload and retry.</source>
        <translation>此客戶資料已被其他人修改，請重新載入後再試一次。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were working on it. Reload it and make your change again.</source>
        <translation>您編輯期間，此筆資料已被其他人修改。請重新載入後再修改一次。</translation>
    </message>
    <message>
        <source>Table {table} refers to rows in a cycle; it cannot be copied.</source>
        <translation>資料表 {table} 的資料列互相循環參照，無法複製。</translation>
    </message>
    <message>
        <source>That address does not exist any more.</source>
        <translation>該地址已不存在。</translation>
    </message>
    <message>
        <source>That complaint does not exist any more.</source>
        <translation>該客訴已不存在。</translation>
    </message>
    <message>
        <source>That contact does not exist any more.</source>
        <translation>該聯絡人已不存在。</translation>
    </message>
    <message>
        <source>That credit note does not exist any more.</source>
        <translation>該折讓單已不存在。</translation>
    </message>
    <message>
        <source>That customer does not exist any more.</source>
        <translation>該客戶已不存在。</translation>
    </message>
    <message>
        <source>That invoice does not exist any more.</source>
        <translation>該發票已不存在。</translation>
    </message>
    <message>
        <source>That line is not on order {number}; choose one of its lines.</source>
        <translation>該明細不在訂單 {number} 上；請選擇此訂單的明細。</translation>
    </message>
    <message>
        <source>That mail is no longer in the outbox.</source>
        <translation>該郵件已不在寄件匣中。</translation>
    </message>
    <message>
        <source>That order does not exist any more.</source>
        <translation>該訂單已不存在。</translation>
    </message>
    <message>
        <source>That order line does not exist any more.</source>
        <translation>該訂單明細已不存在。</translation>
    </message>
    <message>
        <source>That package does not exist any more.</source>
        <translation>該包裹已不存在。</translation>
    </message>
    <message>
        <source>That payment does not exist any more.</source>
        <translation>該筆收款已不存在。</translation>
    </message>
    <message>
        <source>That pick list does not exist any more.</source>
        <translation>該揀貨單已不存在。</translation>
    </message>
    <message>
        <source>That pick list line does not exist any more.</source>
        <translation>該揀貨單明細已不存在。</translation>
    </message>
    <message>
        <source>That product does not exist any more.</source>
        <translation>該產品已不存在。</translation>
    </message>
    <message>
        <source>That production order does not exist any more.</source>
        <translation>該生產工單已不存在。</translation>
    </message>
    <message>
        <source>That shipment does not exist any more.</source>
        <translation>該出貨單已不存在。</translation>
    </message>
    <message>
        <source>That stock location does not exist any more.</source>
        <translation>該儲位已不存在。</translation>
    </message>
    <message>
        <source>That would not reopen anything; to close more days use period close.</source>
        <translation>這樣不會重新開啟任何期間；若要結帳更多天數，請使用期間結帳。</translation>
    </message>
    <message>
        <source>The EAN-13 {code} has a wrong check digit.</source>
        <translation>EAN-13 條碼 {code} 的檢查碼錯誤。</translation>
    </message>
    <message>
        <source>The allocations add up to more than the {amount} received.</source>
        <translation>沖銷金額合計超過收款金額 {amount}。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>無法將備份寫入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The barcode {code} already belongs to {sku}.</source>
        <translation>條碼 {code} 已屬於 {sku}。</translation>
    </message>
    <message>
        <source>The books are already closed up to {closed}. Reopen the period first to move the date back.</source>
        <translation>帳冊已結帳至 {closed}。若要將日期往前移，請先重新開啟該期間。</translation>
    </message>
    <message>
        <source>The books are closed up to {closed}, so a {document} dated {day} cannot be posted. Date it after {closed}, or ask a manager to reopen the period.</source>
        <translation>帳冊已結帳至 {closed}，因此日期為 {day} 的 {document} 無法過帳。請將日期設在 {closed} 之後，或請主管重新開啟該期間。</translation>
    </message>
    <message>
        <source>The change was refused by a database rule ({rule}); nothing was saved.</source>
        <translation>此變更違反資料庫規則（{rule}），已被拒絕；沒有儲存任何資料。</translation>
    </message>
    <message>
        <source>The column {column} appears twice.</source>
        <translation>欄位 {column} 重複出現。</translation>
    </message>
    <message>
        <source>The column {column} is not used and will be ignored.</source>
        <translation>欄位 {column} 不會使用，將被忽略。</translation>
    </message>
    <message>
        <source>The copy could not be put back: {reason}. Nothing was changed; close other OrderDesk windows and try again.</source>
        <translation>無法還原備份：{reason}。資料沒有任何變更；請關閉其他 OrderDesk 視窗後再試一次。</translation>
    </message>
    <message>
        <source>The customer code {code} is already taken.</source>
        <translation>客戶代碼 {code} 已被使用。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>該客戶已不存在。</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved; check the connection and try again.</source>
        <translation>無法連線到資料庫，沒有儲存任何資料；請檢查連線後再試一次。</translation>
    </message>
    <message>
        <source>The database to copy from must be a local SQLite file.</source>
        <translation>複製來源資料庫必須是本機 SQLite 檔案。</translation>
    </message>
    <message>
        <source>The database to copy to must be a PostgreSQL database.</source>
        <translation>複製目的資料庫必須是 PostgreSQL 資料庫。</translation>
    </message>
    <message>
        <source>The delivered date is before the shipped date.</source>
        <translation>送達日期早於出貨日期。</translation>
    </message>
    <message>
        <source>The delivered date {value} is in the future.</source>
        <translation>送達日期 {value} 是未來的日期。</translation>
    </message>
    <message>
        <source>The email address {email} does not look right.</source>
        <translation>電子郵件地址 {email} 格式似乎不正確。</translation>
    </message>
    <message>
        <source>The encrypted connection failed ({reason}). Check the security choice, the port and the CA file.</source>
        <translation>加密連線失敗（{reason}）。請檢查安全性設定、連接埠與 CA 憑證檔。</translation>
    </message>
    <message>
        <source>The file has {count} error(s); nothing was imported. Fix them and import it again.</source>
        <translation>檔案有 {count} 個錯誤，沒有匯入任何資料。請修正後再匯入一次。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <translation>檔案是空的：需要一列標示欄位名稱的標題列。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>無法讀取檔案 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>The file {name} cannot be written ({reason}).</source>
        <translation>無法寫入檔案 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not recognised. Save it as CSV UTF-8 (or Big5 / GB18030) and try again.</source>
        <translation>無法辨識檔案的文字編碼。請另存為 CSV UTF-8（或 Big5／GB18030）後再試一次。</translation>
    </message>
    <message>
        <source>The final notice to {customer} went out on {day}; the account is for collection now, not for another reminder.</source>
        <translation>給 {customer} 的最後催告已於 {day} 寄出；此帳戶應轉入催收，不再寄催款通知。</translation>
    </message>
    <message>
        <source>The import was refused by a database rule ({rule}); nothing was imported.</source>
        <translation>匯入違反資料庫規則（{rule}），已被拒絕；沒有匯入任何資料。</translation>
    </message>
    <message>
        <source>The last final inspection of production order {number} failed. Rework the goods and record a passing inspection before accepting them.</source>
        <translation>生產工單 {number} 最近一次最終檢驗不合格。請重工並記錄合格的檢驗後再入庫。</translation>
    </message>
    <message>
        <source>The last reminder to {customer} went out on {day}; give them until {next} to pay before the next one.</source>
        <translation>上次寄給 {customer} 的催款通知已於 {day} 寄出；寄下一次催款前，請給客戶到 {next} 的付款時間。</translation>
    </message>
    <message>
        <source>The local file is not at this version&apos;s schema; open it with OrderDesk (or run `orderdesk migrate`) first.</source>
        <translation>本機檔案的結構不是此版本；請先用 OrderDesk 開啟（或執行 `orderdesk migrate`）。</translation>
    </message>
    <message>
        <source>The location {code} does not exist yet and will be created.</source>
        <translation>儲位 {code} 尚不存在，將會建立。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>標誌必須是 PNG 或 JPEG 圖片。</translation>
    </message>
    <message>
        <source>The mail server does not offer this security or a login; check the security choice.</source>
        <translation>郵件伺服器不支援此安全性設定或登入；請檢查安全性設定。</translation>
    </message>
    <message>
        <source>The mail server refused this user name and password.</source>
        <translation>郵件伺服器拒絕此使用者名稱與密碼。</translation>
    </message>
    <message>
        <source>The order date {value} is in the future.</source>
        <translation>訂單日期 {value} 是未來的日期。</translation>
    </message>
    <message>
        <source>The order line is for {line_sku}, not {sku}.</source>
        <translation>此訂單明細的料號是 {line_sku}，不是 {sku}。</translation>
    </message>
    <message>
        <source>The person signing off is not a user.</source>
        <translation>覆核人不是系統使用者。</translation>
    </message>
    <message>
        <source>The phone number {phone} does not look right.</source>
        <translation>電話號碼 {phone} 格式似乎不正確。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 587, 465 or 25).</source>
        <translation>連接埠須為 1 到 65535 之間的數字（通常為 587、465 或 25）。</translation>
    </message>
    <message>
        <source>The requested date is in the past.</source>
        <translation>需求日已是過去的日期。</translation>
    </message>
    <message>
        <source>The required column {column} is missing.</source>
        <translation>缺少必要欄位 {column}。</translation>
    </message>
    <message>
        <source>The sample cannot be larger than the {quantity} produced.</source>
        <translation>抽樣數量不能大於已生產的 {quantity}。</translation>
    </message>
    <message>
        <source>The scanned goods do not match the packages (scanned/packed): {diff}. Check the packages before shipping.</source>
        <translation>掃描的商品與包裹內容不符（已掃描／已包裝）：{diff}。出貨前請檢查包裹。</translation>
    </message>
    <message>
        <source>The shipped date is before the order date.</source>
        <translation>出貨日期早於訂單日期。</translation>
    </message>
    <message>
        <source>The shipped date {value} is in the future.</source>
        <translation>出貨日期 {value} 是未來的日期。</translation>
    </message>
    <message>
        <source>The sign-off must be a second person.</source>
        <translation>覆核者必須是另一個人。</translation>
    </message>
    <message>
        <source>The stock for {sku} on {number} is no longer held; ask the office to allocate again.</source>
        <translation>{number} 的 {sku} 庫存已不再保留；請通知辦公室重新配貨。</translation>
    </message>
    <message>
        <source>The target database already has OrderDesk tables but no schema version; copy into a new, empty database.</source>
        <translation>目的資料庫已有 OrderDesk 資料表，但沒有結構版本；請複製到新的空白資料庫。</translation>
    </message>
    <message>
        <source>The target database has another schema version; copy into a new, empty database.</source>
        <translation>目的資料庫的結構版本不同；請複製到新的空白資料庫。</translation>
    </message>
    <message>
        <source>The target database is not empty (table {table} has rows); copy into a new, empty database.</source>
        <translation>目的資料庫不是空的（資料表 {table} 已有資料）；請複製到新的空白資料庫。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>使用者名稱 {name} 已被使用。</translation>
    </message>
    <message>
        <source>There is no KPI target called {key}.</source>
        <translation>沒有名為 {key} 的 KPI 目標。</translation>
    </message>
    <message>
        <source>There is no database file at {path} to back up.</source>
        <translation>{path} 沒有可備份的資料庫檔案。</translation>
    </message>
    <message>
        <source>There is no picture at {path}.</source>
        <translation>{path} 沒有圖片。</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此衝突已不存在。</translation>
    </message>
    <message>
        <source>This conflict was already resolved ({resolution}).</source>
        <translation>此衝突已處理（{resolution}）。</translation>
    </message>
    <message>
        <source>This customer has nothing overdue on {day}; there is nothing to remind.</source>
        <translation>此客戶在 {day} 沒有逾期款項，無須催款。</translation>
    </message>
    <message>
        <source>This database already has users; log in instead.</source>
        <translation>此資料庫已有使用者，請直接登入。</translation>
    </message>
    <message>
        <source>This database is in use already; a branch is set up on a new, empty file.</source>
        <translation>此資料庫已在使用中；分公司須建立在新的空白檔案上。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>此使用者已不存在。</translation>
    </message>
    <message>
        <source>To allocate order {number}, confirm it first.</source>
        <translation>訂單 {number} 須先確認才能配貨。</translation>
    </message>
    <message>
        <source>To confirm {number}, finance must approve it: the customer would owe {exposure}, over the credit limit of {limit}.</source>
        <translation>{number} 須經財務核准才能確認：客戶應付金額將達 {exposure}，超過信用額度 {limit}。</translation>
    </message>
    <message>
        <source>To confirm {number}, the customer&apos;s credit hold must be lifted or overridden by finance.</source>
        <translation>要確認 {number}，須由財務解除或核准略過此客戶的信用凍結。</translation>
    </message>
    <message>
        <source>To produce {sku}, give it a bill of materials first.</source>
        <translation>要生產 {sku}，請先建立其物料清單（BOM）。</translation>
    </message>
    <message>
        <source>To sell on credit, first verify the customer&apos;s details.</source>
        <translation>要以賒帳方式銷售，請先驗證客戶資料。</translation>
    </message>
    <message>
        <source>To ship {number}, pack and seal every picked item first.</source>
        <translation>要出貨 {number}，請先將所有已揀貨的商品包裝並封箱。</translation>
    </message>
    <message>
        <source>Too many: every {sku} on this list is already picked.</source>
        <translation>數量過多：此清單上的 {sku} 已全部揀貨。</translation>
    </message>
    <message>
        <source>Too many: only {remaining} more of {sku} to pick here.</source>
        <translation>數量過多：此處 {sku} 只需再揀 {remaining}。</translation>
    </message>
    <message>
        <source>Too many: only {waiting} picked {sku} wait to be packed.</source>
        <translation>數量過多：已揀貨待包裝的 {sku} 只有 {waiting}。</translation>
    </message>
    <message>
        <source>Unknown code {code}: scan the product&apos;s barcode again.</source>
        <translation>無法辨識代碼 {code}：請重新掃描產品條碼。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>使用者名稱不存在或密碼錯誤。</translation>
    </message>
    <message>
        <source>Unpack order {number} before cancelling it.</source>
        <translation>取消訂單 {number} 前，請先拆箱取出商品。</translation>
    </message>
    <message>
        <source>Wrong item: {sku} is not on order {number}.</source>
        <translation>商品錯誤：{sku} 不在訂單 {number} 上。</translation>
    </message>
    <message>
        <source>Wrong item: {sku} is not on this pick list.</source>
        <translation>商品錯誤：{sku} 不在此揀貨單上。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己的帳號。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({action}). Ask a manager.</source>
        <translation>您的角色（{role}）沒有執行此操作的權限（{action}）。請洽詢主管。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not see a customer&apos;s invoices.</source>
        <translation>您的角色（{role}）無權檢視客戶的發票。</translation>
    </message>
    <message>
        <source>{address} is not a mail address (like orders@example.com).</source>
        <translation>{address} 不是電子郵件地址（例如 orders@example.com）。</translation>
    </message>
    <message>
        <source>{amount} has more decimals than {currency} uses.</source>
        <translation>{amount} 的小數位數超過 {currency} 使用的位數。</translation>
    </message>
    <message>
        <source>{code} is head office&apos;s own site code; give the branch a code of its own, like BR1.</source>
        <translation>{code} 是總公司自己的據點代碼；請給分公司另一個代碼，例如 BR1。</translation>
    </message>
    <message>
        <source>{code} is not a currency code (like TWD, USD or EUR).</source>
        <translation>{code} 不是幣別代碼（例如 TWD、USD 或 EUR）。</translation>
    </message>
    <message>
        <source>{column} cannot be negative ({value}).</source>
        <translation>{column} 不可為負數（{value}）。</translation>
    </message>
    <message>
        <source>{column} is empty; it is required.</source>
        <translation>{column} 是必填欄位，不可空白。</translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} 超過 {limit} 個字元。</translation>
    </message>
    <message>
        <source>{column} must be above zero, not {value}.</source>
        <translation>{column} 必須大於零，目前為 {value}。</translation>
    </message>
    <message>
        <source>{column} must be between {low} and {high}.</source>
        <translation>{column} 須介於 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <source>{copy} is damaged and was not restored: {problem}</source>
        <translation>{copy} 已損壞，未進行還原：{problem}</translation>
    </message>
    <message>
        <source>{customer} has no e-mail address; add one on the Customers screen, or print the document instead.</source>
        <translation>{customer} 沒有電子郵件地址；請在客戶畫面新增，或改為列印文件。</translation>
    </message>
    <message>
        <source>{key} appears again (first on row {first}).</source>
        <translation>{key} 重複出現（第一次出現在第 {first} 列）。</translation>
    </message>
    <message>
        <source>{kind} is not something that can be imported; choose one of {kinds}.</source>
        <translation>{kind} 不是可匯入的類型；請從 {kinds} 中選擇。</translation>
    </message>
    <message>
        <source>{kind} {number} is posted and can no longer change. Correct it with a new document: a credit note, a re-issue or a new payment.</source>
        <translation>{kind} {number} 已過帳，不能再修改。請以新的單據更正：折讓單、重開發票或新的收款。</translation>
    </message>
    <message>
        <source>{kpi} cannot be broken down by {breakdown}.</source>
        <translation>{kpi} 無法依 {breakdown} 細分。</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook.</source>
        <translation>{name} 不是可讀取的 XLSX 活頁簿。</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook. Save it as XLSX or CSV (UTF-8) and try again.</source>
        <translation>{name} 不是 XLSX 活頁簿。請另存為 XLSX 或 CSV（UTF-8）後再試一次。</translation>
    </message>
    <message>
        <source>{name} is the last active administrator; make someone else an administrator first.</source>
        <translation>{name} 是最後一位啟用中的系統管理員；請先將其他人設為系統管理員。</translation>
    </message>
    <message>
        <source>{name} may not resolve complaints; choose someone from customer service.</source>
        <translation>{name} 無權處理客訴；請選擇客服人員。</translation>
    </message>
    <message>
        <source>{number} belongs to site {site}: change it there. Its changes reach this database when {site} syncs.</source>
        <translation>{number} 屬於據點 {site}：請在該據點修改。{site} 同步時，修改會傳到這裡。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{qty} has more than 3 decimals.</source>
        <translation>{qty} 超過 3 位小數。</translation>
    </message>
    <message>
        <source>{sku} at {code}: {allocated} are allocated to orders; the level cannot be set below that.</source>
        <translation>{sku}（儲位 {code}）：已有 {allocated} 配貨給訂單，庫存量不能設得比這更低。</translation>
    </message>
    <message>
        <source>{sku} for production order {number} is no longer held in full; cancel the production order and plan it again.</source>
        <translation>生產工單 {number} 所需的 {sku} 已未全數保留；請取消此生產工單後重新規劃。</translation>
    </message>
    <message>
        <source>{sku} is lot-tracked: scan the lot too.</source>
        <translation>{sku} 採批號管理：請同時掃描批號。</translation>
    </message>
    <message>
        <source>{sku} is packed but no longer held in stock; ask the office to allocate it again.</source>
        <translation>{sku} 已包裝，但庫存已不再保留；請通知辦公室重新配貨。</translation>
    </message>
    <message>
        <source>{sku}: choose credit, return or replacement for the damaged or short goods.</source>
        <translation>{sku}：請為損壞或短少的商品選擇折讓、退貨或補寄。</translation>
    </message>
    <message>
        <source>{sku}: damaged and short cannot exceed the {shipped} shipped.</source>
        <translation>{sku}：損壞與短少的數量合計不能超過已出貨的 {shipped}。</translation>
    </message>
    <message>
        <source>{user} may not sign off shipments.</source>
        <translation>{user} 無權覆核出貨。</translation>
    </message>
    <message>
        <source>{value} has more than {places} decimal places.</source>
        <translation>{value} 超過 {places} 位小數。</translation>
    </message>
    <message>
        <source>{value} is above the largest allowed {limit}.</source>
        <translation>{value} 超過允許的上限 {limit}。</translation>
    </message>
    <message>
        <source>{value} is not a date; write dates as 2025-03-01.</source>
        <translation>{value} 不是日期；日期請寫成 2025-03-01 的格式。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} 不是數字。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整數。</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} 不是下列選項之一：{choices}。</translation>
    </message>
    <message>
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是「是」或「否」。</translation>
    </message>
    <message>
        <source>Someone has just sent {customer} a reminder; look at the list again before sending another.</source>
        <translation>剛剛已有人寄催款通知給 {customer}；請重新查看清單後再寄。</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
</context>
</TS>
