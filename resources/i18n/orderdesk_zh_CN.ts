<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>第一位系统管理员</translation>
    </message>
    <message>
        <source>The administrator adds the other users and gives them their roles (File &gt; Settings &gt; Users).</source>
        <translation>系统管理员可添加其他用户并指派角色（文件 &gt; 设置 &gt; 用户）。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>This server is in use already: OrderDesk will remember it on this computer and you log in with the account your administrator gave you. Nothing on the server is changed.</source>
        <translation>此服务器已在使用中：OrderDesk 会在这台电脑记住它，请以系统管理员提供的账号登录。服务器上的数据不会有任何变更。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AllocationScreen</name>
    <message>
        <source>&amp;Allocate order (Ctrl+Enter)</source>
        <translation>订单配货(&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Allocate all &amp;waiting by tier (Ctrl+Shift+A)</source>
        <translation>依等级配货所有待处理订单(&amp;W) (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Short lines</source>
        <translation>缺货明细</translation>
    </message>
    <message>
        <source>Short units</source>
        <translation>缺货数量</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短少</translation>
    </message>
    <message>
        <source>Free now</source>
        <translation>目前可用</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Production order</source>
        <translation>生产工单</translation>
    </message>
    <message>
        <source>Scan or type the substitute's SKU</source>
        <translation>扫描或输入替代品的料号</translation>
    </message>
    <message>
        <source>&amp;Resolve line (Ctrl+R)</source>
        <translation>处理此明细(&amp;R) (Ctrl+R)</translation>
    </message>
    <message>
        <source>What happens to the selected short line</source>
        <translation>所选缺货明细的处理方式</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处理方式：</translation>
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
        <translation>待配货</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完工日：</translation>
    </message>
    <message>
        <source>No order waiting for stock.</source>
        <translation>没有等待库存的订单。</translation>
    </message>
    <message>
        <source>Short lines of {0}</source>
        <translation>{0} 的缺货明细</translation>
    </message>
    <message>
        <source>{0} is fully allocated.</source>
        <translation>{0} 已全数配货。</translation>
    </message>
    <message>
        <source>{0}: {1} units still short; decide below what happens to them.</source>
        <translation>{0}：仍缺 {1} 件，请在下方决定如何处理。</translation>
    </message>
    <message>
        <source>{0} orders received stock ({1} products shared out, tier A first).</source>
        <translation>{0} 张订单已配到库存（分配了 {1} 项产品，A 级客户优先）。</translation>
    </message>
    <message>
        <source>No product has the code {0}.</source>
        <translation>没有代码为 {0} 的产品。</translation>
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
        <translation>订单为何变更？（客户来电、议定价格…）</translation>
    </message>
    <message>
        <source>&amp;Save amendment (Ctrl+S)</source>
        <translation>保存变更(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back without saving (Esc)</source>
        <translation>不保存返回 (Esc)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amend order {0}</source>
        <translation>变更订单 {0}</translation>
    </message>
    <message>
        <source>Say why the confirmed order changes.</source>
        <translation>请说明已确认订单变更的原因。</translation>
    </message>
</context>
<context>
    <name>AmendmentDiff</name>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>需求日期</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>运送方式</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>特殊指示</translation>
    </message>
    <message>
        <source>Payment condition</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>信用天数</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backups of this computer's database</source>
        <translation>本机数据库的备份</translation>
    </message>
    <message>
        <source>The data is on a shared PostgreSQL server: its administrator backs it up there (for example every night with pg_dump). Nothing to set here.</source>
        <translation>数据存放在共用的 PostgreSQL 服务器上，由服务器管理员在那里备份（例如每晚以 pg_dump 备份）。这里不需要设置。</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>copies, the oldest are deleted</source>
        <translation>份，超过时删除最旧的备份</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>A copy is taken automatically once a day and before every upgrade, while OrderDesk runs.</source>
        <translation>OrderDesk 运行期间，每天及每次升级前都会自动备份一份。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>大小 (KB)</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>还原(&amp;R)…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>还原前</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Copy written: {0}</source>
        <translation>已写入备份：{0}</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>请先在清单中选择一份备份。</translation>
    </message>
    <message>
        <source>Put the copy of {0} back? Everything entered since then is replaced. A copy of the database as it is now is taken first.</source>
        <translation>要还原 {0} 的备份吗？之后输入的所有数据都会被取代。还原前会先备份目前的数据库。</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as {0}.</source>
        <translation>已还原。还原前的数据库已保存为 {0}。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>OrderDesk must start again to work with the restored data. Restart now?</source>
        <translation>OrderDesk 必须重新启动才能使用还原后的数据。要立即重新启动吗？</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing</source>
        <translation>打印中</translation>
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
        <source>Head office's PostgreSQL server, and this branch's own site code: it starts every document number made here.</source>
        <translation>总公司的 PostgreSQL 服务器，以及本分公司自己的据点代码：在此产生的每个单据号码都以它开头。</translation>
    </message>
    <message>
        <source>Branch's &amp;site code</source>
        <translation>分公司据点代码(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. BR1</source>
        <translation>例如 BR1</translation>
    </message>
    <message>
        <source>This branch keeps its data in a local file and works on when head office cannot be reached; it syncs in the background. Users, products, customers and the company details come from head office: you log in with your head-office account.</source>
        <translation>本分公司的数据存在本机文件中，无法连接总公司时仍可继续作业，并在背景同步。用户、产品、客户与公司数据来自总公司：请以您的总公司账号登录。</translation>
    </message>
    <message>
        <source>Head office's database is not ready for branches: set head office up (its schema current, its users created) first.</source>
        <translation>总公司的数据库尚未准备好供分公司使用：请先完成总公司设置（数据表结构为最新、已创建用户）。</translation>
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
        <translation>已连接</translation>
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
        <translation>同步已停止：请看提示说明</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>脱机</translation>
    </message>
    <message>
        <source>last synced {0}</source>
        <translation>上次同步 {0}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 笔变更待同步</translation>
    </message>
    <message>
        <source>{0} changes waiting</source>
        <translation>{0} 笔变更待同步</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 笔冲突</translation>
    </message>
    <message>
        <source>{0} conflicts</source>
        <translation>{0} 笔冲突</translation>
    </message>
    <message>
        <source>Head office: {0}</source>
        <translation>总公司：{0}</translation>
    </message>
    <message>
        <source>S&amp;ync with head office now</source>
        <translation>立即与总公司同步(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Nothing to show in this range</source>
        <translation>此期间没有可显示的数据</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company &amp;name</source>
        <translation>公司名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>税号(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>单据语言(&amp;D)</translation>
    </message>
    <message>
        <source>PNG or JPEG, printed on every document</source>
        <translation>PNG 或 JPEG，会印在每份单据上</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>as printed on invoices</source>
        <translation>与发票上印的相同</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Welcome to OrderDesk</source>
        <translation>欢迎使用 OrderDesk</translation>
    </message>
    <message>
        <source>Your company, as it appears on quotations, invoices and delivery notes.</source>
        <translation>贵公司信息，会显示在报价单、发票与送货单上。</translation>
    </message>
    <message>
        <source>Only the name is needed now; everything here can be changed later under File &gt; Settings.</source>
        <translation>现在只需填写公司名称；这里的所有信息之后都可在「文件 &gt; 设置」中修改。</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>请输入公司名称。</translation>
    </message>
</context>
<context>
    <name>ComplaintAction</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <source>Quality</source>
        <translation>品质</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
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
        <translation>为客户做了哪些处理</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>发生原因</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose complaint</source>
        <translation>客诉结案(&amp;L)</translation>
    </message>
    <message>
        <source>Why the customer is not satisfied</source>
        <translation>客户不满意的原因</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Not satisfied?</source>
        <translation>不满意？</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历程</translation>
    </message>
    <message>
        <source>No complaint chosen</source>
        <translation>尚未选择客诉</translation>
    </message>
    <message>
        <source>Category: {0}</source>
        <translation>类别：{0}</translation>
    </message>
    <message>
        <source>Registered {0}</source>
        <translation>登记于 {0}</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>订单 {0}</translation>
    </message>
    <message>
        <source>Assigned to {0}</source>
        <translation>指派给 {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;What was done:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Root cause:&lt;/b&gt; {2}</source>
        <translation>&lt;b&gt;处理结果：&lt;/b&gt;{0}&lt;br&gt;&lt;b&gt;处理内容：&lt;/b&gt;{1}&lt;br&gt;&lt;b&gt;根本原因：&lt;/b&gt;{2}</translation>
    </message>
    <message>
        <source>Choose who resolves it.</source>
        <translation>请选择负责处理的人员。</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记客诉</translation>
    </message>
    <message>
        <source>Customer name, code or phone</source>
        <translation>客户名称、代码或电话</translation>
    </message>
    <message>
        <source>What does the customer complain about?</source>
        <translation>客户投诉的内容是什么？</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation>登记 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complains</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>About order</source>
        <translation>相关订单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>（请选择客户）</translation>
    </message>
    <message>
        <source>(no particular order)</source>
        <translation>（无特定订单）</translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation>请选择提出客诉的客户。</translation>
    </message>
</context>
<context>
    <name>ComplaintState</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>Open and assigned</source>
        <translation>待处理与已指派</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Register complaint</source>
        <translation>登记客诉(&amp;R)</translation>
    </message>
    <message>
        <source>Register a complaint (Ctrl+N)</source>
        <translation>登记客诉 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日</translation>
    </message>
    <message>
        <source>{0} complaints</source>
        <translation>{0} 笔客诉</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>To confirm (drafts)</source>
        <translation>待确认（草稿）</translation>
    </message>
    <message>
        <source>Confirmed, open (to amend)</source>
        <translation>已确认、未结（可变更）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
</context>
<context>
    <name>ConflictVersions</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>统一编号</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好与要求</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>信用天数</translation>
    </message>
    <message>
        <source>Payment condition</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>帐单地址</translation>
    </message>
    <message>
        <source>Default delivery</source>
        <translation>默认送货地址</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Order revision</source>
        <translation>订单修订</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>库存量</translation>
    </message>
    <message>
        <source>Stock move</source>
        <translation>库存异动</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配货</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>储位</translation>
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
        <translation>字段</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总公司</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Label, e.g. site 2</source>
        <translation>名称，例如：二厂</translation>
    </message>
    <message>
        <source>Default delivery</source>
        <translation>默认送货地址</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
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
        <translation>保存联系人</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>Scan a location label or a product barcode</source>
        <translation>扫描库位标签或产品条码</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <source>Adjust by (+/-)</source>
        <translation>调整数量 (+/-)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>库位：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Count or adjust by scanning</source>
        <translation>扫描盘点或调整</translation>
    </message>
    <message>
        <source>1 · Scan the location</source>
        <translation>1 · 扫描库位</translation>
    </message>
    <message>
        <source>2 · Scan the product</source>
        <translation>2 · 扫描产品</translation>
    </message>
    <message>
        <source>Location {0}: scan a product.</source>
        <translation>库位 {0}：请扫描产品。</translation>
    </message>
    <message>
        <source>Scan a location label first (like {0}).</source>
        <translation>请先扫描库位标签（例如 {0}）。</translation>
    </message>
    <message>
        <source>No product has the code {0}.</source>
        <translation>没有代码为 {0} 的产品。</translation>
    </message>
    <message>
        <source>{0}  {1} — booked here: {2}</source>
        <translation>{0}  {1} — 账上数量：{2}</translation>
    </message>
    <message>
        <source>3 · Type the quantity, Enter</source>
        <translation>3 · 输入数量后按 Enter</translation>
    </message>
    <message>
        <source>{0}: type the counted quantity.</source>
        <translation>{0}：请输入盘点数量。</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>{0}: count matches the books ({1}); nothing to record.</source>
        <translation>{0}：盘点数与账上相符（{1}），无须记录。</translation>
    </message>
    <message>
        <source>{0}: {1} recorded; now {2} on hand.</source>
        <translation>{0}：已记录 {1}；目前库存 {2}。</translation>
    </message>
    <message>
        <source>2 · Scan the next product</source>
        <translation>2 · 扫描下一项产品</translation>
    </message>
</context>
<context>
    <name>CreditBanner</name>
    <message>
        <source>finance has put the customer on hold</source>
        <translation>财务已将此客户设为信用冻结</translation>
    </message>
    <message>
        <source>{0} owed with this order, over the limit of {1}</source>
        <translation>含此订单应付 {0}，超过信用额度 {1}</translation>
    </message>
    <message>
        <source>{0} invoice(s) overdue more than {1} days ({2} open, the oldest {3} days)</source>
        <translation>{0} 张发票逾期超过 {1} 天（未收 {2}，最久 {3} 天）</translation>
    </message>
    <message>
        <source>CREDIT HOLD: {0}. Finance must approve before this order is confirmed.</source>
        <translation>信用冻结：{0}。此订单须经财务核准才能确认。</translation>
    </message>
    <message>
        <source>CREDIT HOLD: {0}. Check with finance before confirming.</source>
        <translation>信用冻结：{0}。确认前请先与财务确认。</translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Damaged delivery</source>
        <translation>到货损坏</translation>
    </message>
    <message>
        <source>Price error</source>
        <translation>价格错误</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>折让单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>P&amp;ost credit note</source>
        <translation>过账折让单(&amp;O)</translation>
    </message>
    <message>
        <source>Delete draft note</source>
        <translation>删除折让草稿</translation>
    </message>
    <message>
        <source>Credit note PDF</source>
        <translation>折让单 PDF</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>折让单</translation>
    </message>
    <message>
        <source>What happened (printed on the credit note)</source>
        <translation>发生了什么（会印在折让单上）</translation>
    </message>
    <message>
        <source>Create credit &amp;note</source>
        <translation>创建折让单(&amp;N)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>No complaint</source>
        <translation>无客诉</translation>
    </message>
    <message>
        <source>No line chosen: credit freight only, or choose lines in the table above.</source>
        <translation>未选明细：只折让运费，或在上表选择明细。</translation>
    </message>
    <message>
        <source>line {0}: {1} of {2} left to credit</source>
        <translation>第 {0} 行：{2} 中尚可折让 {1}</translation>
    </message>
    <message>
        <source>Credit </source>
        <translation>折让 </translation>
    </message>
    <message>
        <source>Enter a number, like 2 or 1.5.</source>
        <translation>请输入数字，例如 2 或 1.5。</translation>
    </message>
    <message>
        <source>Post this credit note? It gets its number and lowers what is owed.</source>
        <translation>过账此折让单？过账后取得编号并减少应收金额。</translation>
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
        <translation>收货时段、包装、客户需要的单据…</translation>
    </message>
    <message>
        <source>Payment terms and the credit limit are set by finance.</source>
        <translation>付款条件与信用额度由财务设置。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Credit days</source>
        <translation>信用天数</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好与要求</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
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
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <source>Enter the credit limit as a number.</source>
        <translation>请以数字输入信用额度。</translation>
    </message>
</context>
<context>
    <name>CustomerProfileView</name>
    <message>
        <source>No customer chosen</source>
        <translation>尚未选择客户</translation>
    </message>
    <message>
        <source>Contact details and credit figures are hidden for your role.</source>
        <translation>您的角色无法查看联系信息与信用数字。</translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation>编辑客户(&amp;E)</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>编辑 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Preferences and special requirements</source>
        <translation>偏好与特殊要求</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日</translation>
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
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日</translation>
    </message>
    <message>
        <source>Register &amp;complaint</source>
        <translation>登记客诉(&amp;C)</translation>
    </message>
    <message>
        <source>Register a complaint; on the Orders tab, about the chosen order (Ctrl+K)</source>
        <translation>登记客诉；在「订单」分页时，针对所选订单 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; &amp;addresses</source>
        <translation>联系人与地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>客诉(&amp;P)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>往来起始日</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>已用额度</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Tier {0}</source>
        <translation>等级：{0}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>CREDIT HOLD</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <source>, {0} days</source>
        <translation>，{0} 天</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>尚无纪录。</translation>
    </message>
</context>
<context>
    <name>CustomerTier</name>
    <message>
        <source>A – key account</source>
        <translation>A – 重要客户</translation>
    </message>
    <message>
        <source>B – regular</source>
        <translation>B – 一般客户</translation>
    </message>
    <message>
        <source>C – occasional</source>
        <translation>C – 偶尔往来</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>On hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Search name, code or phone</source>
        <translation>搜索名称、代码或电话</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>{0} 位客户</translation>
    </message>
</context>
<context>
    <name>DamageResolution</name>
    <message>
        <source>No compensation</source>
        <translation>不予补偿</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>补寄</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>折让单</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>On-time delivery</source>
        <translation>准时交货率</translation>
    </message>
    <message>
        <source>Order accuracy</source>
        <translation>订单正确率</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>订单满足率</translation>
    </message>
    <message>
        <source>Entry to confirmation</source>
        <translation>下单到确认</translation>
    </message>
    <message>
        <source>Confirmation to shipment</source>
        <translation>确认到发货</translation>
    </message>
    <message>
        <source>Entry to delivery</source>
        <translation>下单到送达</translation>
    </message>
    <message>
        <source>Back-order lines</source>
        <translation>缺货待补明细</translation>
    </message>
    <message>
        <source>Average days to pay</source>
        <translation>平均收款天数</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>逾期应收账款</translation>
    </message>
    <message>
        <source>Complaint resolution</source>
        <translation>客诉处理时间</translation>
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
        <translation>{0} 小时</translation>
    </message>
    <message>
        <source>Target ≥ {0}</source>
        <translation>目标 ≥ {0}</translation>
    </message>
    <message>
        <source>Target ≤ {0}</source>
        <translation>目标 ≤ {0}</translation>
    </message>
    <message>
        <source>{kpi} {value} is below its target of {target}</source>
        <translation>{kpi} 为 {value}，低于目标 {target}</translation>
    </message>
    <message>
        <source>{kpi} {value} is above its target of {target}</source>
        <translation>{kpi} 为 {value}，高于目标 {target}</translation>
    </message>
    <message>
        <source>Nothing to measure</source>
        <translation>无数据可计算</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达成目标</translation>
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
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自订日期</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
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
        <translation>期间(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>细分依据(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>目标(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>报表(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n KPI(s) miss their target: </source>
        <translation>
            <numerusform>⚠ %n 项 KPI 未达目标：</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rates by %1</source>
        <translation>依%1统计的比率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>满足率</translation>
    </message>
    <message>
        <source>On-time target</source>
        <translation>准时目标</translation>
    </message>
    <message>
        <source>On time and fill rate by %1</source>
        <translation>依%1统计的准时率与满足率</translation>
    </message>
    <message>
        <source> (the %1 with most deliveries)</source>
        <translation>（送达笔数最多的 %1 个）</translation>
    </message>
</context>
<context>
    <name>DatabaseForm</name>
    <message>
        <source>&amp;This computer only (a local file, the simplest)</source>
        <translation>仅限这台电脑（本机文件，最简单）(&amp;T)</translation>
    </message>
    <message>
        <source>A &amp;shared PostgreSQL server (several desks work together)</source>
        <translation>共用的 PostgreSQL 服务器（多台电脑共同作业）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>server name or address, e.g. db.office.lan</source>
        <translation>服务器名称或地址，例如 db.office.lan</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>测试连接(&amp;E)</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
    <message>
        <source>Enter the database and the user name.</source>
        <translation>请输入数据库与用户名。</translation>
    </message>
    <message>
        <source>Connected. This database is empty: OrderDesk will create its tables.</source>
        <translation>已连接。此数据库是空的：OrderDesk 会创建所需的数据表。</translation>
    </message>
    <message>
        <source>Connected. This database has an older OrderDesk schema; it can be upgraded.</source>
        <translation>已连接。此数据库的 OrderDesk 结构版本较旧，可以升级。</translation>
    </message>
    <message>
        <source>Connected. OrderDesk is set up there already: you will log in with your account.</source>
        <translation>已连接。OrderDesk 已在此数据库设置完成：请以您的账号登录。</translation>
    </message>
    <message>
        <source>Connected. OrderDesk's tables are there, without users yet.</source>
        <translation>已连接。OrderDesk 的数据表已存在，但还没有用户。</translation>
    </message>
    <message>
        <source>The server {0} refuses connections on port {1}. Is PostgreSQL running there, and is the port right?</source>
        <translation>服务器 {0} 拒绝端口 {1} 上的连接。请确认 PostgreSQL 是否正在运行，以及端口是否正确。</translation>
    </message>
    <message>
        <source>The server does not accept user {2} with this password.</source>
        <translation>服务器不接受用户 {2} 与此密码。</translation>
    </message>
    <message>
        <source>There is no database {3} on {0}. Ask the server's administrator to create it (empty), then test again.</source>
        <translation>{0} 上没有数据库 {3}。请服务器管理员创建（空的）数据库后再测试一次。</translation>
    </message>
    <message>
        <source>No computer named {0} was found. Check the server's name.</source>
        <translation>找不到名为 {0} 的电脑。请检查服务器名称。</translation>
    </message>
    <message>
        <source>{0} did not answer in time. Is it switched on and reachable from this computer?</source>
        <translation>{0} 未及时回应。请确认它已开机，且这台电脑可以连到它。</translation>
    </message>
    <message>
        <source>The server {0} does not let this computer connect (pg_hba.conf); ask its administrator.</source>
        <translation>服务器 {0} 不允许这台电脑连接（pg_hba.conf），请联系服务器管理员。</translation>
    </message>
    <message>
        <source>The connection to {0} failed.</source>
        <translation>无法连接到 {0}。</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where your data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>One computer: a local file. Several desks at once: a PostgreSQL server on your network.</source>
        <translation>单台电脑：使用本机文件。多台电脑同时使用：使用网络上的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>A b&amp;ranch office linked to head office (a local file that syncs with head office's server)</source>
        <translation>连接总公司的分公司(&amp;R)（本机文件，与总公司服务器同步）</translation>
    </message>
    <message>
        <source>The database {0} has no OrderDesk tables yet. Create them now?</source>
        <translation>数据库 {0} 尚无 OrderDesk 数据表。要立即创建吗？</translation>
    </message>
    <message>
        <source>The database {0} has an older OrderDesk schema. Upgrade it now? Every desk must then run this version.</source>
        <translation>数据库 {0} 的 OrderDesk 结构版本较旧。要立即升级吗？升级后每台电脑都必须使用此版本。</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Now open: {0}</source>
        <translation>目前打开：{0}</translation>
    </message>
    <message>
        <source>A change applies when OrderDesk starts next time. The server's password is kept in this computer's keyring, never in a file. --db and ORDERDESK_DB_URL still win over this choice.</source>
        <translation>变更会在 OrderDesk 下次启动时生效。服务器密码保存在这台电脑的密钥圈中，绝不写入文件。--db 与 ORDERDESK_DB_URL 仍优先于此设置。</translation>
    </message>
    <message>
        <source>Use &amp;next time</source>
        <translation>下次启动时使用(&amp;N)</translation>
    </message>
    <message>
        <source>That database has no current OrderDesk schema: run orderdesk migrate --db URL on it first.</source>
        <translation>该数据库没有目前版本的 OrderDesk 结构：请先对它运行 orderdesk migrate --db URL。</translation>
    </message>
    <message>
        <source>Saved. Restart OrderDesk to open it.</source>
        <translation>已保存。请重新启动 OrderDesk 以打开它。</translation>
    </message>
</context>
<context>
    <name>DeliveryLines</name>
    <message>
        <source>Credit</source>
        <translation>折让</translation>
    </message>
    <message>
        <source>Return to us</source>
        <translation>退回本公司</translation>
    </message>
    <message>
        <source>Send replacement</source>
        <translation>补寄</translation>
    </message>
    <message>
        <source>Photo of the damage</source>
        <translation>损坏照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
</context>
<context>
    <name>DeliveryLinesTable</name>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短少</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
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
        <translation>扫描送货单</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Anything else the customer or driver said</source>
        <translation>客户或司机的其他说明</translation>
    </message>
    <message>
        <source>Sign here with a finger, pen or mouse</source>
        <translation>请用手指、触摸笔或鼠标在此签名</translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation>清除签名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign off delivery  (Ctrl+Enter)</source>
        <translation>签收完成(&amp;S)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Delivery note (PDF)</source>
        <translation>送货单 (PDF)(&amp;D)</translation>
    </message>
    <message>
        <source>Signed by (&amp;name)</source>
        <translation>签收人姓名(&amp;N)</translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation>到货内容</translation>
    </message>
    <message>
        <source>Choose a shipment on the left, or scan its delivery note.</source>
        <translation>请从左侧选择发货单，或扫描其送货单。</translation>
    </message>
    <message>
        <source>{0} is not a shipment waiting for a signature</source>
        <translation>{0} 不是待签收的发货单</translation>
    </message>
    <message>
        <source>Shipment {0}</source>
        <translation>发货单 {0}</translation>
    </message>
    <message>
        <source>Special requirements: {0}</source>
        <translation>特殊要求：{0}</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box.</source>
        <translation>请客户在框内签名。</translation>
    </message>
    <message>
        <source>{0} signed for</source>
        <translation>{0} 已签收</translation>
    </message>
    <message>
        <source>{0} is signed for. Print its delivery note, or choose the next shipment.</source>
        <translation>{0} 已签收。可打印送货单，或选择下一张发货单。</translation>
    </message>
</context>
<context>
    <name>DevicesForm</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Keyboard wedge (USB, types like a keyboard)</source>
        <translation>键盘模拟（USB，如键盘般输入）</translation>
    </message>
    <message>
        <source>Serial port (RS-232, USB virtual COM)</source>
        <translation>串口（RS-232、USB 虚拟 COM）</translation>
    </message>
    <message>
        <source>Simulated (demo)</source>
        <translation>模拟（演示用）</translation>
    </message>
    <message>
        <source>Network printer (raw TCP, port 9100)</source>
        <translation>网络打印机（raw TCP，端口 9100）</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>System printer (CUPS / Windows)</source>
        <translation>系统打印机（CUPS／Windows）</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <source>ZPL (Zebra and compatible label printers)</source>
        <translation>ZPL（Zebra 及兼容的标签打印机）</translation>
    </message>
    <message>
        <source>ESC/POS (receipt-style printers)</source>
        <translation>ESC/POS（收据型打印机）</translation>
    </message>
    <message>
        <source>PDF (any printer, through the system queue)</source>
        <translation>PDF（任何打印机，经由系统打印队列）</translation>
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
        <translation>4 × 6 英寸（发货用）</translation>
    </message>
    <message>
        <source>Test label (one of each barcode)</source>
        <translation>测试标签（每种条码各一）</translation>
    </message>
    <message>
        <source>Product label, 60 × 40 mm</source>
        <translation>产品标签，60 × 40 mm</translation>
    </message>
    <message>
        <source>Package label, 100 × 50 mm</source>
        <translation>包裹标签，100 × 50 mm</translation>
    </message>
    <message>
        <source>Shipping label, 4 × 6 in</source>
        <translation>发货标签，4 × 6 英寸</translation>
    </message>
    <message>
        <source>Pick bin label, 75 × 25 mm</source>
        <translation>拣货库位标签，75 × 25 mm</translation>
    </message>
    <message>
        <source>SSCC label (GS1-128), 100 × 70 mm</source>
        <translation>SSCC 标签（GS1-128），100 × 70 mm</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>条码扫描仪</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>扫描仪(&amp;S)：</translation>
    </message>
    <message>
        <source>Keys that arrive at most this far apart, at least 4 of them and ending in Enter or Tab, are a scan; a person types slower (75 ms and more between keys).</source>
        <translation>按键间隔不超过此值、至少 4 个且以 Enter 或 Tab 结尾时，视为一次扫描；人工打字较慢（按键间隔 75 ms 以上）。</translation>
    </message>
    <message>
        <source>Key &amp;gap at most:</source>
        <translation>按键间隔上限(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>波特率(&amp;B)：</translation>
    </message>
    <message>
        <source>Pre&amp;fix:</source>
        <translation>前缀(&amp;F)：</translation>
    </message>
    <message>
        <source>Suffi&amp;x:</source>
        <translation>后缀(&amp;X)：</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>打印机(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>Ba&amp;ud rate:</source>
        <translation>波特率(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>打印队列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Fi&amp;le or folder:</source>
        <translation>文件或文件夹(&amp;L)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation>分辨率(&amp;U)：</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labels &amp;loaded:</source>
        <translation>已装入的标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>&amp;Test print</source>
        <translation>测试打印(&amp;T)</translation>
    </message>
    <message>
        <source>Test s&amp;can</source>
        <translation>测试扫描(&amp;C)</translation>
    </message>
    <message>
        <source>Save for this &amp;desk</source>
        <translation>保存为本机设置(&amp;D)</translation>
    </message>
    <message>
        <source>Test and errors</source>
        <translation>测试与错误</translation>
    </message>
    <message>
        <source>Press Test scan, then scan any barcode</source>
        <translation>请按「测试扫描」，然后扫描任一条码</translation>
    </message>
    <message>
        <source>&amp;Retry waiting labels</source>
        <translation>重试待打印标签(&amp;R)</translation>
    </message>
    <message>
        <source>Last device errors:</source>
        <translation>最近的设备错误：</translation>
    </message>
    <message>
        <source>Labels waiting for the printer: {0}</source>
        <translation>等待打印机打印的标签：{0}</translation>
    </message>
    <message>
        <source>Enter the scanner's port, for example /dev/ttyACM0 or COM3.</source>
        <translation>请输入扫描仪的端口，例如 /dev/ttyACM0 或 COM3。</translation>
    </message>
    <message>
        <source>Enter the printer's host name or address.</source>
        <translation>请输入打印机的主机名称或地址。</translation>
    </message>
    <message>
        <source>Enter the printer's port.</source>
        <translation>请输入打印机的端口。</translation>
    </message>
    <message>
        <source>Choose the system printer.</source>
        <translation>请选择系统打印机。</translation>
    </message>
    <message>
        <source>Enter the file or folder for the labels.</source>
        <translation>请输入标签要输出的文件或文件夹。</translation>
    </message>
    <message>
        <source>Sending a test label to {0}…</source>
        <translation>正在将测试标签送至 {0}…</translation>
    </message>
    <message>
        <source>Test label not printed: {0}</source>
        <translation>测试标签未打印：{0}</translation>
    </message>
    <message>
        <source>Test label sent to {0}, but the template is larger than the labels loaded: choose a matching template or size.</source>
        <translation>测试标签已送至 {0}，但模板大于已装入的标签：请选择相符的模板或尺寸。</translation>
    </message>
    <message>
        <source>Test label sent to {0}.</source>
        <translation>测试标签已送至 {0}。</translation>
    </message>
    <message>
        <source>Scan a barcode now (keyboard wedge).</source>
        <translation>请立即扫描条码（键盘模拟）。</translation>
    </message>
    <message>
        <source>Scan a barcode now.</source>
        <translation>请立即扫描条码。</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Choose a scanner first.</source>
        <translation>请先选择扫描仪。</translation>
    </message>
    <message>
        <source>Scanner connected: scan a barcode now.</source>
        <translation>扫描仪已连接：请立即扫描条码。</translation>
    </message>
    <message>
        <source>Cannot open the scanner: {0}</source>
        <translation>无法打开扫描仪：{0}</translation>
    </message>
    <message>
        <source>EAN-13, check digit right</source>
        <translation>EAN-13，校验码正确</translation>
    </message>
    <message>
        <source>UPC-A, check digit right</source>
        <translation>UPC-A，校验码正确</translation>
    </message>
    <message>
        <source>GS1-128</source>
        <translation>GS1-128</translation>
    </message>
    <message>
        <source>text (Code 128, QR or another code)</source>
        <translation>文本（Code 128、QR 或其他条码）</translation>
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
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>净重</translation>
    </message>
    <message>
        <source>Scan received.</source>
        <translation>已收到扫描。</translation>
    </message>
    <message>
        <source>Waiting labels printed: {0}</source>
        <translation>已打印待印标签：{0}</translation>
    </message>
    <message>
        <source>Saved for this desk ({0}).</source>
        <translation>已保存为本机设置（{0}）。</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changed by the last amendment</source>
        <translation>上次变更的内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Version {0} → now · {1} · {2} · reason: {3}</source>
        <translation>版本 {0} → 目前 · {1} · {2} · 原因：{3}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Line {0} · {1}</source>
        <translation>第 {0} 行 · {1}</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>删除明细</translation>
    </message>
</context>
<context>
    <name>DunningPanel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票数</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
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
        <translation>以电子邮件寄催款(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print reminder</source>
        <translation>打印催款通知(&amp;P)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>逾期发票</translation>
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
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&amp;What to export:</source>
        <translation>导出内容(&amp;W)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV（UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Where to write it; Enter exports</source>
        <translation>要写入的位置；按 Enter 导出</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where to save (Ctrl+S)</source>
        <translation>选择保存位置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>文件字段</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>The file has the same columns as an import file, so it can be imported again into another OrderDesk. Orders are written one row per line. Cells a spreadsheet would run as a formula are written as plain text.</source>
        <translation>导出文件的字段与导入文件相同，因此可再导入另一套 OrderDesk。订单每一笔明细写成一行。电子表格可能当作公式执行的单元格，会以纯文本写入。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>导出{0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to {0}</source>
        <translation>
            <numerusform>已将 %Ln 行写入 {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up OrderDesk</source>
        <translation>设置 OrderDesk</translation>
    </message>
    <message>
        <source>Check the company details (Back).</source>
        <translation>请检查公司信息（上一步）。</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>This &amp;desk's language</source>
        <translation>本机界面语言(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save company details</source>
        <translation>保存公司信息(&amp;S)</translation>
    </message>
    <message>
        <source>Saved: documents use these details from now on.</source>
        <translation>已保存：之后的单据都会使用这些信息。</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Find an order, customer or product (Ctrl+F)</source>
        <translation>搜索订单、客户或产品 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>HeadOfficeTab</name>
    <message>
        <source>&amp;Save link</source>
        <translation>保存连接(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>移除连接(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Not linked: this desk works alone on its file.</source>
        <translation>未连接：此工作站仅使用本机文件独立作业。</translation>
    </message>
    <message>
        <source>Linked to head office {0}</source>
        <translation>已连接至总公司 {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last sync: {0} · {1} changes waiting</source>
        <translation>上次同步：{0} · {1} 笔变更待同步</translation>
    </message>
    <message>
        <source>Saved. The new link is used from the next start.</source>
        <translation>已保存。新的连接将于下次启动时使用。</translation>
    </message>
    <message>
        <source>Removed. From the next start this desk no longer syncs; its work stays in its file.</source>
        <translation>已移除。自下次启动起此工作站不再同步；已做的作业仍保留在文件中。</translation>
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
        <translation>客户：名称、代码或电话…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Packaging, time window, labelling…</source>
        <translation>包装、收货时段、标示…</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>下单管道</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>需求日</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运送方式</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>特殊指示</translation>
    </message>
    <message>
        <source>details not verified yet</source>
        <translation>资料尚未验证</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>&amp;Import / export…</source>
        <translation>导入／导出(&amp;I)…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
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
        <translation>无效</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>注意：{0}</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportExportDialog</name>
    <message>
        <source>Import and export</source>
        <translation>导入与导出</translation>
    </message>
    <message>
        <source>Import and export data</source>
        <translation>导入与导出数据</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>文件内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file; Enter shows the preview</source>
        <translation>.csv 或 .xlsx 文件；按 Enter 显示预览</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+O)</source>
        <translation>选择文件 (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>Required columns: {0}. Optional: {1}. Import customers and products before stock and orders.</source>
        <translation>必要字段：{0}。选填字段：{1}。请先导入客户与产品，再导入库存与订单。</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入{0}</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the file to see what would be imported. Nothing is written before you press Import.</source>
        <translation>选择文件即可预览将导入的内容。按下「导入」之前不会写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>新增 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already present</source>
        <translation>
            <numerusform>已存在 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>无效 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read from {0} ({1})</source>
        <translation>
            <numerusform>已从 {0} 读取 %Ln 行（{1}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed in the file before it can be imported; nothing will be imported until then.</source>
        <translation>
            <numerusform>文件中有 %Ln 个问题必须先修正才能导入；修正前不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in OrderDesk: importing it creates nothing.</source>
        <translation>此文件的所有数据都已存在于 OrderDesk：导入不会创建任何数据。</translation>
    </message>
    <message>
        <source>No problems found. Import creates the new ones and leaves those already present as they are.</source>
        <translation>未发现问题。导入时会创建新的数据，已存在的数据则保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln created</source>
        <translation>
            <numerusform>已导入：新建 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already present and left as they were</source>
        <translation>
            <numerusform>%Ln 条已存在，保持不变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>共读取 %Ln 行。</numerusform>
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
        <translation>外观</translation>
    </message>
    <message>
        <source>Function test</source>
        <translation>功能测试</translation>
    </message>
    <message>
        <source>Labelling and packing</source>
        <translation>标示与包装</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Quality inspection — tick each check that passed</source>
        <translation>品质检验 — 请勾选每一项合格的检查</translation>
    </message>
    <message>
        <source>In-process</source>
        <translation>制程中</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>Another check: type its name, Enter</source>
        <translation>其他检查项目：输入名称后按 Enter</translation>
    </message>
    <message>
        <source>Notes (what failed, what was reworked)</source>
        <translation>备注（哪些不合格、哪些已返工）</translation>
    </message>
    <message>
        <source>Record &amp;inspection (Ctrl+I)</source>
        <translation>记录检验(&amp;I) (Ctrl+I)</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>抽样数量：</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Placed and fixed in position</source>
        <translation>已就定位并固定</translation>
    </message>
    <message>
        <source>Connected (power, water, network)</source>
        <translation>已接线（电、水、网络）</translation>
    </message>
    <message>
        <source>Packaging removed and taken away</source>
        <translation>包装材料已拆除并带走</translation>
    </message>
    <message>
        <source>Site left clean</source>
        <translation>现场已清理干净</translation>
    </message>
</context>
<context>
    <name>InstallationBox</name>
    <message>
        <source>&amp;Installation at delivery</source>
        <translation>送货时安装(&amp;I)</translation>
    </message>
    <message>
        <source>Function test:</source>
        <translation>功能测试：</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Customer shown how to use it</source>
        <translation>已向客户说明使用方式</translation>
    </message>
</context>
<context>
    <name>InventoryCount</name>
    <message>
        <source>Cycle count</source>
        <translation>循环盘点</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>盘盈</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <source>Entry error</source>
        <translation>输入错误</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <source>Filter by SKU, name or barcode (Ctrl+L)</source>
        <translation>依料号、品名或条码筛选 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Below safety stock only</source>
        <translation>只显示低于安全库存(&amp;B)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已配货</translation>
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
        <translation>生产中</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不足量</translation>
    </message>
    <message>
        <source>&amp;Mail the list to replenishment (Ctrl+M)</source>
        <translation>将清单寄给补货人员(&amp;M) (Ctrl+M)</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>保留给</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer / making</source>
        <translation>客户／生产商品</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>据点</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据时间</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>其他据点</translation>
    </message>
    <message>
        <source>{0}  {1}: {2} held (orders and production orders: {3})</source>
        <translation>{0}  {1}：已保留 {2}（订单与生产工单：{3}）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>保留起始</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who holds this stock</source>
        <translation>此库存保留给谁</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>异动</translation>
    </message>
    <message>
        <source>Below safety stock ({0})</source>
        <translation>低于安全库存（{0}）</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>now</source>
        <translation>即时</translation>
    </message>
    <message>
        <source>The list is in the outbox; it goes out with the next mail round.</source>
        <translation>清单已放入发件箱，会在下一轮寄信时送出。</translation>
    </message>
</context>
<context>
    <name>InvoicePanel</name>
    <message>
        <source>No invoice chosen</source>
        <translation>未选择发票</translation>
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
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已折让</translation>
    </message>
    <message>
        <source>qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存变更(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove lines</source>
        <translation>移除明细(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Post invoice</source>
        <translation>过账发票(&amp;P)</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Quantity of chosen line</source>
        <translation>所选明细数量</translation>
    </message>
    <message>
        <source>Print PD&amp;F</source>
        <translation>打印 PDF(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;E-mail…</source>
        <translation>电子邮件(&amp;E)…</translation>
    </message>
    <message>
        <source>Credi&amp;t note…</source>
        <translation>折让单(&amp;T)…</translation>
    </message>
    <message>
        <source>Why re-issue? (e.g. wrong billing address)</source>
        <translation>为何重开？（例如账单地址错误）</translation>
    </message>
    <message>
        <source>Re-&amp;issue</source>
        <translation>重开(&amp;I)</translation>
    </message>
    <message>
        <source>Invoice {0}</source>
        <translation>发票 {0}</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>发票草稿</translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>开具 {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>到期 {0}</translation>
    </message>
    <message>
        <source>not posted: no number yet, nothing is owed</source>
        <translation>尚未过账：尚无编号，不构成应收</translation>
    </message>
    <message>
        <source>re-issue of an earlier invoice</source>
        <translation>为先前发票的重开</translation>
    </message>
    <message>
        <source>re-issued</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>Net {0}</source>
        <translation>不含税 {0}</translation>
    </message>
    <message>
        <source>Tax {0}</source>
        <translation>税额 {0}</translation>
    </message>
    <message>
        <source>Freight {0}</source>
        <translation>运费 {0}</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>总额 {0}</translation>
    </message>
    <message>
        <source>Credited {0}</source>
        <translation>已折让 {0}</translation>
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
        <translation>请输入数字，例如 1250.50。</translation>
    </message>
    <message>
        <source>Delete this draft invoice?</source>
        <translation>删除此发票草稿？</translation>
    </message>
    <message>
        <source>Post this invoice of {0}? It gets its number now and cannot be changed afterwards.</source>
        <translation>过账这张 {0} 的发票？现在会取得编号，之后不能再修改。</translation>
    </message>
    <message>
        <source>Say why the invoice is re-issued, then press Enter.</source>
        <translation>请说明重开原因，然后按 Enter。</translation>
    </message>
    <message>
        <source>Credit what is left of this invoice and open a corrected draft copy?</source>
        <translation>将此发票剩余金额全数折让，并开具更正后的草稿副本？</translation>
    </message>
</context>
<context>
    <name>InvoicingScreen</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细数</translation>
    </message>
    <message>
        <source>To bill</source>
        <translation>待开金额</translation>
    </message>
    <message>
        <source>Draft since</source>
        <translation>草稿创建于</translation>
    </message>
    <message>
        <source>Choose one customer's orders (Shift/Ctrl + click or Shift + arrows) to invoice them together.</source>
        <translation>选择同一客户的订单（Shift/Ctrl + 点击，或 Shift + 方向键）合并开具一张发票。</translation>
    </message>
    <message>
        <source>&amp;Create invoice</source>
        <translation>创建发票(&amp;C)</translation>
    </message>
    <message>
        <source>Drafts and posted</source>
        <translation>草稿与已过账</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Delivered, not invoiced</source>
        <translation>已送达、未开发票</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Choose delivered orders of one customer.</source>
        <translation>请选择同一客户已送达的订单。</translation>
    </message>
    <message>
        <source>Chosen: {0} order(s), {1}</source>
        <translation>已选：{0} 张订单，{1}</translation>
    </message>
    <message>
        <source>Orders of different customers are invoiced separately.</source>
        <translation>不同客户的订单须分开开具发票。</translation>
    </message>
    <message>
        <source>Enter a number, like 150 or 150.00.</source>
        <translation>请输入数字，例如 150 或 150.00。</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Key</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>准时 %</translation>
    </message>
    <message>
        <source>No promised date</source>
        <translation>无承诺交期</translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation>正确率 %</translation>
    </message>
    <message>
        <source>First shipped</source>
        <translation>已首次发货</translation>
    </message>
    <message>
        <source>Fill rate %</source>
        <translation>满足率 %</translation>
    </message>
    <message>
        <source>Hours to confirm</source>
        <translation>确认时数</translation>
    </message>
    <message>
        <source>Hours to ship</source>
        <translation>发货时数</translation>
    </message>
    <message>
        <source>Hours to deliver</source>
        <translation>送达时数</translation>
    </message>
    <message>
        <source>Back-order lines</source>
        <translation>缺货待补明细</translation>
    </message>
    <message>
        <source>Back-order orders</source>
        <translation>缺货待补订单</translation>
    </message>
    <message>
        <source>Back-order age (d)</source>
        <translation>缺货待补天数 (天)</translation>
    </message>
    <message>
        <source>Invoices paid</source>
        <translation>已收款发票</translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation>收款天数</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>逾期发票</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Hours to resolve</source>
        <translation>处理时数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
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
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>笔明细</translation>
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
        <translation>保存目标(&amp;S)</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Targets saved.</source>
        <translation>目标已保存。</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Scan or type a SKU or barcode, or search by name or specification…</source>
        <translation>扫描或输入料号、条码，或依品名、规格搜索…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Enter adds · ↓ chooses a match · Delete removes the line · type in Qty, Unit price or Disc. % to change them</source>
        <translation>Enter 添加 · ↓ 选择符合项目 · Delete 删除明细 · 直接在数量、单价或折扣 % 栏输入即可修改</translation>
    </message>
    <message>
        <source>Several products match “{0}”: choose one with ↓ and Enter.</source>
        <translation>有多项产品符合「{0}」：请用 ↓ 与 Enter 选择一项。</translation>
    </message>
    <message>
        <source>The quantity must be above zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>Add at least one line to the order.</source>
        <translation>订单至少须有一笔明细。</translation>
    </message>
    <message>
        <source>Line {0}: the quantity must be above zero.</source>
        <translation>第 {0} 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>Line {0}: a price cannot be negative.</source>
        <translation>第 {0} 行：价格不可为负数。</translation>
    </message>
    <message>
        <source>Line {0}: a discount is between 0 and 100 %.</source>
        <translation>第 {0} 行：折扣须介于 0 到 100 % 之间。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to OrderDesk</source>
        <translation>登录 OrderDesk</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
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
        <translation>寄送失败：请查看发件箱</translation>
    </message>
    <message>
        <source>Confirmation sent to the customer</source>
        <translation>已寄给客户的确认信</translation>
    </message>
    <message>
        <source>Open the &amp;PDF (Ctrl+P)</source>
        <translation>打开 PDF(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>No email address on the order: nothing is sent. Print the PDF or call the customer.</source>
        <translation>订单上没有电子邮件地址，因此不会寄出。请打印 PDF 或致电客户。</translation>
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
        <translation>主题</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>The server the outbox sends customer mails through. The password is kept in this computer's keyring, never in the database: enter it on each desk that sends mail.</source>
        <translation>发件箱用来寄送客户邮件的服务器。密码保存在这台电脑的密钥圈中，绝不存入数据库：请在每台需要寄信的电脑上输入。</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>邮件服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>安全性(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Send &amp;from</source>
        <translation>寄件者(&amp;F)</translation>
    </message>
    <message>
        <source>CA f&amp;ile (optional)</source>
        <translation>CA 凭证档(&amp;I)（选填）</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常为端口 587）</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常为端口 465）</translation>
    </message>
    <message>
        <source>None: unencrypted (only inside the office)</source>
        <translation>无：不加密（仅限办公室内部）</translation>
    </message>
    <message>
        <source>Leave empty for a server that needs no login.</source>
        <translation>服务器不需登录时请留空。</translation>
    </message>
    <message>
        <source>Only for a company server with its own certificate; public ones are trusted.</source>
        <translation>仅适用于使用自有凭证的公司服务器；公用服务器已受信任。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Sa&amp;ve mail server</source>
        <translation>保存邮件服务器(&amp;V)</translation>
    </message>
    <message>
        <source>The mail server answered and accepted the login.</source>
        <translation>邮件服务器已回应并接受登录。</translation>
    </message>
    <message>
        <source>Saved: the outbox sends through this server from now on.</source>
        <translation>已保存：发件箱之后会通过此服务器寄信。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk 订单管理</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find order, customer or product</source>
        <translation>搜索订单、客户或产品(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>结束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OrderDesk</source>
        <translation>关于 OrderDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Site {0}</source>
        <translation>站点 {0}</translation>
    </message>
    <message>
        <source>{0}, {1} waiting</source>
        <translation>{0}，{1} 笔待处理</translation>
    </message>
    <message>
        <source>This screen is not part of this version yet.</source>
        <translation>此版本尚未提供这个页面。</translation>
    </message>
    <message>
        <source>This screen could not be opened.</source>
        <translation>无法打开这个页面。</translation>
    </message>
    <message>
        <source>No screen of yours shows this record.</source>
        <translation>您可使用的页面中没有能显示此纪录的页面。</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>本机文件</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>服务器连接正常</translation>
    </message>
    <message>
        <source>Server unreachable: nothing can be saved</source>
        <translation>无法连接服务器：目前无法保存任何数据</translation>
    </message>
    <message>
        <source>About OrderDesk</source>
        <translation>关于 OrderDesk</translation>
    </message>
    <message>
        <source>OrderDesk {0}
Order to cash for small firms.</source>
        <translation>OrderDesk {0}
小型企业的订单到收款管理。</translation>
    </message>
</context>
<context>
    <name>MoveKind</name>
    <message>
        <source>Goods in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>From production</source>
        <translation>生产入库</translation>
    </message>
    <message>
        <source>Used in production</source>
        <translation>生产领用</translation>
    </message>
</context>
<context>
    <name>NewCustomerPanel</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>创建客户(&amp;C)</translation>
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
        <translation>料号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已配货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>尚未选择订单</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>总额 {0}</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>创建于 {0}</translation>
    </message>
    <message>
        <source>Requested {0}</source>
        <translation>需求日 {0}</translation>
    </message>
    <message>
        <source>Promised {0}</source>
        <translation>承诺交期 {0}</translation>
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
        <translation>保存为草稿 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; confirm (Ctrl+Enter)</source>
        <translation>保存并确认 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>新建 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>尚未保存：请修正标示为红色的字段。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>尚未保存任何数据。</translation>
    </message>
    <message>
        <source>Order {0} saved as a draft.</source>
        <translation>订单 {0} 已保存为草稿。</translation>
    </message>
    <message>
        <source>Order {0} was saved as a draft but not confirmed; it waits in To confirm.</source>
        <translation>订单 {0} 已保存为草稿但尚未确认，已列入「待确认」。</translation>
    </message>
    <message>
        <source>Order {0} confirmed, promised for {1}.</source>
        <translation>订单 {0} 已确认，承诺交期 {1}。</translation>
    </message>
    <message>
        <source>{0} line(s) short: decide in To confirm.</source>
        <translation>{0} 笔明细缺货：请在「待确认」中决定处理方式。</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Choose a customer for the order.</source>
        <translation>请为订单选择客户。</translation>
    </message>
    <message>
        <source>Enter the delivery address.</source>
        <translation>请输入送货地址。</translation>
    </message>
    <message>
        <source>The requested date is in the past.</source>
        <translation>需求日已是过去的日期。</translation>
    </message>
    <message>
        <source>Give a phone number or email to contact.</source>
        <translation>请提供联系电话或电子邮件。</translation>
    </message>
    <message>
        <source>Freight is an amount of zero or more.</source>
        <translation>运费须为零或大于零的金额。</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>行动 App</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>临柜</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>预付</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>赊帐</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转帐</translation>
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
        <translation>现金</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>库存状况</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>OrderReview</name>
    <message>
        <source>In stock</source>
        <translation>有库存</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分有货</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>Back-order</source>
        <translation>缺货待补</translation>
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
        <translation>生产</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>partly allocated</source>
        <translation>部分配货</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已配货</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>partly shipped</source>
        <translation>部分出货</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用量</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
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
        <translation>已确认</translation>
    </message>
    <message>
        <source>Partly allocated</source>
        <translation>部分配货</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已配货</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开发票</translation>
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
        <translation>订单编号、客户名称、代码或电话</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} 笔订单</translation>
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
        <translation>寄送失败</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>等待重试</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Outbox: mails to customers</source>
        <translation>发件箱：寄给客户的邮件</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>立即寄送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>打开 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed, {2} sent</source>
        <translation>待寄 {0}，失败 {1}，已寄出 {2}</translation>
    </message>
    <message>
        <source>No mail chosen.</source>
        <translation>尚未选择邮件。</translation>
    </message>
    <message>
        <source>Sent {0}.</source>
        <translation>已于 {0} 寄出。</translation>
    </message>
    <message>
        <source>Refused by the mail server; correct the address, then Retry.</source>
        <translation>邮件服务器拒收；请更正地址后按「重试」。</translation>
    </message>
    <message>
        <source>Not sent yet; next try {0}.</source>
        <translation>尚未寄出；下次尝试 {0}。</translation>
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
        <translation>已寄出 {0}，等待服务器 {1}，被拒收 {2}</translation>
    </message>
    <message>
        <source>This mail has no PDF.</source>
        <translation>此邮件没有 PDF。</translation>
    </message>
</context>
<context>
    <name>PackOrderView</name>
    <message>
        <source>Choose or scan an order</source>
        <translation>请选择或扫描订单</translation>
    </message>
    <message>
        <source>Scan an item to pack it</source>
        <translation>扫描商品以进行包装</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待包装</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>L</source>
        <translation>长</translation>
    </message>
    <message>
        <source>W</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>H</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Length cm</source>
        <translation>长度 cm</translation>
    </message>
    <message>
        <source>Width cm</source>
        <translation>宽度 cm</translation>
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
        <translation>打印标签(&amp;L) (F7)</translation>
    </message>
    <message>
        <source>&amp;Packing list (Ctrl+P)</source>
        <translation>装箱单(&amp;P) (Ctrl+P)</translation>
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
        <translation>没有未封箱的包裹</translation>
    </message>
    <message>
        <source>Still to pack: {0}. Scan them (F6 opens another package)</source>
        <translation>尚待包装：{0}。请扫描这些商品（按 F6 开新包裹）</translation>
    </message>
    <message>
        <source>Everything is packed: enter the weight and close the package (F8)</source>
        <translation>全部已包装：请输入重量并封箱 (F8)</translation>
    </message>
    <message>
        <source>Everything is packed and closed: print the labels (F7)</source>
        <translation>全部已包装并封箱：请打印标签 (F7)</translation>
    </message>
    <message>
        <source>{0} ✓ packed</source>
        <translation>{0} ✓ 已包装</translation>
    </message>
    <message>
        <source>New package open: scan the items for it</source>
        <translation>已开新包裹：请扫描要放入的商品</translation>
    </message>
    <message>
        <source>Enter the weight (and size) as numbers.</source>
        <translation>请以数字输入重量（及尺寸）。</translation>
    </message>
    <message>
        <source>Package closed</source>
        <translation>包裹已封箱</translation>
    </message>
    <message>
        <source>{0} labels printed</source>
        <translation>已打印 {0} 张标签</translation>
    </message>
    <message>
        <source>Saved and opened {0}</source>
        <translation>已保存并打开 {0}</translation>
    </message>
</context>
<context>
    <name>PackingScreen</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未封箱</translation>
    </message>
    <message>
        <source>Scan an order number, or choose it and press Enter</source>
        <translation>扫描订单号码，或选择订单后按 Enter</translation>
    </message>
    <message>
        <source>Order {0}: scan its items</source>
        <translation>订单 {0}：请扫描商品</translation>
    </message>
</context>
<context>
    <name>PaymentCondition</name>
    <message>
        <source>Prepayment</source>
        <translation>预付</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>On credit</source>
        <translation>赊账</translation>
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
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>剩余抵用</translation>
    </message>
    <message>
        <source>Confirmation P&amp;DF</source>
        <translation>收款确认 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;E-mail confirmation…</source>
        <translation>寄送收款确认(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Apply credit</source>
        <translation>核销抵用额(&amp;A)</translation>
    </message>
    <message>
        <source>Apply credit to</source>
        <translation>抵用额核销至</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>已收款项</translation>
    </message>
    <message>
        <source>Paid: {0}</source>
        <translation>核销：{0}</translation>
    </message>
    <message>
        <source>credit left {0}</source>
        <translation>剩余抵用 {0}</translation>
    </message>
    <message>
        <source>Enter a number, like 1250.50.</source>
        <translation>请输入数字，例如 1250.50。</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
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
        <translation>现金</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
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
        <translation>现金</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <source>Customer name, code or phone, then Enter</source>
        <translation>客户名称、代码或电话，然后按 Enter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Find the customer who paid.</source>
        <translation>请找出付款的客户。</translation>
    </message>
    <message>
        <source>Owes {0}</source>
        <translation>应收 {0}</translation>
    </message>
    <message>
        <source>Credit {0}</source>
        <translation>抵用额 {0}</translation>
    </message>
</context>
<context>
    <name>PeriodClosePanel</name>
    <message>
        <source>&amp;Close the books up to this day</source>
        <translation>结账至此日(&amp;C)</translation>
    </message>
    <message>
        <source>Closing a period stops anyone from posting or changing invoices, credit notes and payments dated on or before the closing day. Close a month once its figures are final.</source>
        <translation>结账后，任何人都不能再过账或修改结账日（含）以前的发票、折让单与收款。请在当月数字确定后结账。</translation>
    </message>
    <message>
        <source>Close up to</source>
        <translation>结账至</translation>
    </message>
    <message>
        <source>Period close</source>
        <translation>期间结账</translation>
    </message>
    <message>
        <source>The books are closed up to and including {0}.</source>
        <translation>账册已结账至 {0}（含）。</translation>
    </message>
    <message>
        <source>No period is closed yet.</source>
        <translation>尚未结账任何期间。</translation>
    </message>
    <message>
        <source>Close the books up to {0}? Nothing dated on or before it can be posted afterwards.</source>
        <translation>结账至 {0}？之后该日（含）以前的单据都不能再过账。</translation>
    </message>
</context>
<context>
    <name>PickScanView</name>
    <message>
        <source>F2 short pick · F3 quantity · Esc back to the lists</source>
        <translation>F2 拣货短缺 · F3 数量 · Esc 返回清单</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Scan the bin, the item or the lot</source>
        <translation>扫描库位、商品或批号</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Units per scan (F3); back to 1 after each pick</source>
        <translation>每次扫描的件数 (F3)；每次拣货后恢复为 1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>待拣</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短少</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批量拣货</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>{0} of {1} units</source>
        <translation>{0} / {1} 件</translation>
    </message>
    <message>
        <source>Everything on this list is picked.</source>
        <translation>此清单已全部拣货完成。</translation>
    </message>
    <message>
        <source>Esc: back to the lists</source>
        <translation>Esc：返回清单</translation>
    </message>
    <message>
        <source>Pick {0}</source>
        <translation>拣货 {0}</translation>
    </message>
    <message>
        <source>  (lot-tracked)</source>
        <translation>  （批号管理）</translation>
    </message>
    <message>
        <source>For order {0}</source>
        <translation>订单 {0} 用</translation>
    </message>
    <message>
        <source>Scan the lot number</source>
        <translation>扫描批号</translation>
    </message>
    <message>
        <source>Bin confirmed: scan the item</source>
        <translation>库位已确认：请扫描商品</translation>
    </message>
    <message>
        <source>Scan the bin or the item</source>
        <translation>扫描库位或商品</translation>
    </message>
    <message>
        <source>Bin {0} ✓</source>
        <translation>库位 {0} ✓</translation>
    </message>
    <message>
        <source>Wrong bin {0}: go to {1}.</source>
        <translation>库位 {0} 错误：请前往 {1}。</translation>
    </message>
    <message>
        <source>{0}: now scan its lot</source>
        <translation>{0}：请扫描批号</translation>
    </message>
    <message>
        <source>{0} ✓ picked {1}</source>
        <translation>{0} ✓ 已拣 {1}</translation>
    </message>
    <message>
        <source>, {0} more here</source>
        <translation>，此库位还需 {0}</translation>
    </message>
    <message>
        <source>Pick list {0} is complete.</source>
        <translation>拣货单 {0} 已完成。</translation>
    </message>
    <message>
        <source>{0}: {1} reported short</source>
        <translation>{0}：已上报短缺 {1}</translation>
    </message>
</context>
<context>
    <name>PickingScreen</name>
    <message>
        <source>Scan a pick list's barcode to start picking it, or an order number to pick that order.</source>
        <translation>扫描拣货单条码开始拣货，或扫描订单号码拣该张订单。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细数</translation>
    </message>
    <message>
        <source>&amp;Create pick list (Ctrl+N)</source>
        <translation>创建拣货单(&amp;C) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>拣货员</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;Start picking (F9)</source>
        <translation>开始拣货(&amp;S) (F9)</translation>
    </message>
    <message>
        <source>&amp;Print pick list (Ctrl+P)</source>
        <translation>打印拣货单(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Orders waiting for a pick list</source>
        <translation>等待拣货单的订单</translation>
    </message>
    <message>
        <source>Open pick lists</source>
        <translation>未完成的拣货单</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批量拣货</translation>
    </message>
    <message>
        <source>&amp;Create wave of {0} orders (Ctrl+N)</source>
        <translation>创建 {0} 张订单的批量拣货(&amp;C) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pick list {0} created: Ctrl+P prints it, Enter starts picking.</source>
        <translation>已创建拣货单 {0}：按 Ctrl+P 打印，按 Enter 开始拣货。</translation>
    </message>
    <message>
        <source>Saved and opened {0}</source>
        <translation>已保存并打开 {0}</translation>
    </message>
    <message>
        <source>{0} is neither an open pick list nor an order to pick.</source>
        <translation>{0} 既不是未完成的拣货单，也不是待拣货的订单。</translation>
    </message>
</context>
<context>
    <name>PrintInvoices</name>
    <message>
        <source>&amp;Print invoices…</source>
        <translation>打印发票(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PrintInvoicesDialog</name>
    <message>
        <source>Print invoices</source>
        <translation>打印发票</translation>
    </message>
    <message>
        <source>Print posted invoices</source>
        <translation>打印已过账发票</translation>
    </message>
    <message>
        <source>Issued &amp;from</source>
        <translation>开票日期自(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Fo&amp;lder</source>
        <translation>文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>{0} posted invoices in this range</source>
        <translation>此期间共 {0} 张已过账发票</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDF 存放文件夹</translation>
    </message>
    <message>
        <source>Cancelled: {0} of {1} PDFs written to {2}.</source>
        <translation>已取消：{1} 份中已将 {0} 份 PDF 写入 {2}。</translation>
    </message>
    <message>
        <source>Stopped: {0} of {1} PDFs written to {2}.</source>
        <translation>已中止：{1} 份中已将 {0} 份 PDF 写入 {2}。</translation>
    </message>
    <message>
        <source>{0} of {1} PDFs written to {2}.</source>
        <translation>{1} 份中已将 {0} 份 PDF 写入 {2}。</translation>
    </message>
</context>
<context>
    <name>ProductionDetail</name>
    <message>
        <source>In-process</source>
        <translation>制程中</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>No production order selected</source>
        <translation>尚未选择生产工单</translation>
    </message>
    <message>
        <source>Make {0}, due {1}, progress {2} %.</source>
        <translation>生产 {0}，完工日 {1}，进度 {2} %。</translation>
    </message>
    <message>
        <source>For sales order {0}.</source>
        <translation>对应销售订单 {0}。</translation>
    </message>
    <message>
        <source>{0} accepted.</source>
        <translation>{0} 已入库。</translation>
    </message>
    <message>
        <source>The last final inspection FAILED: acceptance is blocked until the goods are reworked and a final inspection passes.</source>
        <translation>最近一次最终检验不合格：在返工并通过最终检验之前，无法入库。</translation>
    </message>
    <message>
        <source>Record a final inspection before accepting the goods.</source>
        <translation>入库前请先记录最终检验。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>零部件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需求量</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已领用</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>尚需数量</translation>
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
        <translation>未完成工单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完工日</translation>
    </message>
    <message>
        <source>For order</source>
        <translation>对应订单</translation>
    </message>
    <message>
        <source>Scan or type the product to make (Ctrl+N)</source>
        <translation>扫描或输入要生产的产品 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>New production order</source>
        <translation>新建生产工单</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完工日：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>零部件</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>尚需数量</translation>
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
        <translation>开工(&amp;S)</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>记录进度(&amp;P)</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>完工(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel or&amp;der</source>
        <translation>取消工单(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Accept into stock</source>
        <translation>验收入库(&amp;A)</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>抽样数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Accept quantity:</source>
        <translation>入库数量：</translation>
    </message>
    <message>
        <source>Started; components are held.</source>
        <translation>已开工；零部件已保留。</translation>
    </message>
    <message>
        <source>Progress recorded.</source>
        <translation>已记录进度。</translation>
    </message>
    <message>
        <source>Finished; components used. Record the final inspection.</source>
        <translation>已完工；零部件已领用。请记录最终检验。</translation>
    </message>
    <message>
        <source>Production order cancelled; held components released.</source>
        <translation>生产工单已取消；保留的零部件已释放。</translation>
    </message>
    <message>
        <source>Inspection passed.</source>
        <translation>检验合格。</translation>
    </message>
    <message>
        <source>Inspection failed and recorded; rework, then inspect again.</source>
        <translation>检验不合格，已记录；请返工后再检验一次。</translation>
    </message>
    <message>
        <source>Type the quantity to accept.</source>
        <translation>请输入入库数量。</translation>
    </message>
    <message>
        <source>{0} accepted into stock.</source>
        <translation>{0} 已验收入库。</translation>
    </message>
    <message>
        <source>{0} held at once for the waiting order.</source>
        <translation>{0} 已立即保留给等待中的订单。</translation>
    </message>
    <message>
        <source>{0} waiting orders received the rest.</source>
        <translation>其余数量已配给 {0} 张等待中的订单。</translation>
    </message>
    <message>
        <source>Scan or type the product first.</source>
        <translation>请先扫描或输入产品。</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Production order created.</source>
        <translation>已创建生产工单。</translation>
    </message>
</context>
<context>
    <name>ProductionState</name>
    <message>
        <source>Planned</source>
        <translation>已规划</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已入库</translation>
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
        <translation>客户</translation>
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
        <translation>抵用额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>&amp;Statement PDF</source>
        <translation>对账单 PDF(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Balances and aging</source>
        <translation>余额与账龄(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Overdue and reminders</source>
        <translation>逾期与催款(&amp;O)</translation>
    </message>
    <message>
        <source>Period c&amp;lose</source>
        <translation>期间结账(&amp;L)</translation>
    </message>
    <message>
        <source>Report day</source>
        <translation>报表日</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>{0} customers · open {1} · overdue {2}</source>
        <translation>{0} 位客户 · 未收 {1} · 逾期 {2}</translation>
    </message>
</context>
<context>
    <name>RecordPaymentForm</name>
    <message>
        <source>Bank reference, cheque or card slip number</source>
        <translation>银行参考号、支票号或刷卡单号</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>本次核销</translation>
    </message>
    <message>
        <source>Oldest &amp;first</source>
        <translation>最旧优先(&amp;F)</translation>
    </message>
    <message>
        <source>Spread the amount over the open invoices, the oldest due first</source>
        <translation>将金额依到期日由旧到新分配到未收发票</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>登记收款(&amp;R)</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>收款金额</translation>
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
        <translation>参考号</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>Enter numbers, like 1250.50.</source>
        <translation>请输入数字，例如 1250.50。</translation>
    </message>
    <message>
        <source>Allocated {0} of {1}</source>
        <translation>已分配 {0}／{1}</translation>
    </message>
    <message>
        <source>{0} stays with the customer as credit</source>
        <translation>{0} 留作客户抵用额</translation>
    </message>
    <message>
        <source>Allocated {0} more than was received</source>
        <translation>分配金额比收款多 {0}</translation>
    </message>
    <message>
        <source>Enter a number, like 1250.50.</source>
        <translation>请输入数字，例如 1250.50。</translation>
    </message>
    <message>
        <source>Enter the amount received, like 1250.50.</source>
        <translation>请输入收款金额，例如 1250.50。</translation>
    </message>
    <message>
        <source>Enter a number for invoice {0}.</source>
        <translation>请为发票 {0} 输入数字。</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Currency and language</source>
        <translation>币种与语言</translation>
    </message>
    <message>
        <source>The currency of your prices and invoices, the language of this desk and of the documents you send.</source>
        <translation>价格与发票使用的币种、本机界面语言，以及寄出单据的语言。</translation>
    </message>
    <message>
        <source>This &amp;desk's language</source>
        <translation>本机界面语言(&amp;D)</translation>
    </message>
    <message>
        <source>Each person can switch the desk's language later in the Language menu; a customer can get documents in their own language.</source>
        <translation>每个人之后都可在「语言」菜单切换界面语言；客户也可以收到以其语言制作的单据。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>final notice sent</source>
        <translation>已寄最后催告</translation>
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
        <translation>最后催告</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Monthly &amp;PDF</source>
        <translation>月报 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>各类别客诉</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Confirm (Ctrl+Enter)</source>
        <translation>确认(&amp;C) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Shortage… (Ctrl+D)</source>
        <translation>缺货处理(&amp;S)… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Approve &amp;credit</source>
        <translation>核准信用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Amend (Ctrl+E)</source>
        <translation>变更(&amp;A) (Ctrl+E)</translation>
    </message>
    <message>
        <source>Choose an order on the left (↑ ↓, Enter).</source>
        <translation>请从左侧选择订单（↑ ↓、Enter）。</translation>
    </message>
    <message>
        <source>Order {0} · {1}</source>
        <translation>订单 {0} · {1}</translation>
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
        <translation>状态：{0}</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>总额 {0}</translation>
    </message>
    <message>
        <source>Requested {0}</source>
        <translation>需求日 {0}</translation>
    </message>
    <message>
        <source>Promised {0}</source>
        <translation>承诺交期 {0}</translation>
    </message>
    <message>
        <source>Deliver to {0} by {1}</source>
        <translation>送至 {0}，运送方式：{1}</translation>
    </message>
    <message>
        <source>Payment: {0}</source>
        <translation>付款条件：{0}</translation>
    </message>
    <message>
        <source>Contact: {0}</source>
        <translation>联系人：{0}</translation>
    </message>
    <message>
        <source>Credit check passed: {0} owed with this order, limit {1}.</source>
        <translation>信用检查通过：含此订单应付 {0}，信用额度 {1}。</translation>
    </message>
    <message>
        <source>Credit check passed: no credit terms, nothing overdue.</source>
        <translation>信用检查通过：非赊账交易，且无逾期款项。</translation>
    </message>
    <message>
        <source>Decide (Enter)</source>
        <translation>决定 (Enter)</translation>
    </message>
    <message>
        <source>Decide after confirming</source>
        <translation>确认后再决定</translation>
    </message>
    <message>
        <source>Credit approved by you: the order may be confirmed.</source>
        <translation>您已核准信用：此订单可以确认。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Sales</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓管</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>系统管理员</translation>
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
        <translation>发生错误</translation>
    </message>
    <message>
        <source>OrderDesk ran into an unexpected problem. What you were doing was not saved; everything saved before is safe. Please try again, and if it happens again send the details below to your administrator.</source>
        <translation>OrderDesk 发生未预期的问题。刚才的操作没有保存，但先前已保存的数据都安全无虞。请再试一次；若问题再次发生，请将下方的详细信息传给系统管理员。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>ScannerStatus</name>
    <message>
        <source>Scanner connected</source>
        <translation>扫描仪已连接</translation>
    </message>
    <message>
        <source>Scanner disconnected – plug it back in; OrderDesk reconnects by itself</source>
        <translation>扫描仪已中断 – 请重新插上，OrderDesk 会自动重新连接</translation>
    </message>
    <message>
        <source>Scanner: connecting…</source>
        <translation>扫描仪：连接中…</translation>
    </message>
    <message>
        <source>Scanner off</source>
        <translation>扫描仪已关闭</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Company and language</source>
        <translation>公司与语言</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Backups and log</source>
        <translation>备份与日志</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目标</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总公司</translation>
    </message>
</context>
<context>
    <name>ShipCheckPanel</name>
    <message>
        <source>Own van</source>
        <translation>自有货车</translation>
    </message>
    <message>
        <source>Black Cat (T-cat)</source>
        <translation>黑猫宅急便</translation>
    </message>
    <message>
        <source>HCT Logistics</source>
        <translation>新竹物流</translation>
    </message>
    <message>
        <source>Kerry TJ</source>
        <translation>嘉里大荣</translation>
    </message>
    <message>
        <source>Chunghwa Post</source>
        <translation>中华邮政</translation>
    </message>
    <message>
        <source>Customer pick-up</source>
        <translation>客户自取</translation>
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
        <translation>当日到</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>托盘</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>自取</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
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
        <translation>件数</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>Items and quantities verified by scan</source>
        <translation>商品与数量已扫描核对</translation>
    </message>
    <message>
        <source>Packages &amp;intact, sealed and dry</source>
        <translation>包裹完好、已封箱且干燥(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Labels and documents attached</source>
        <translation>标签与单据已附上(&amp;L)</translation>
    </message>
    <message>
        <source>Special &amp;requirements met</source>
        <translation>特殊要求已符合(&amp;R)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Type or scan the carrier's label</source>
        <translation>输入或扫描货运标签</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>货运公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tracking no.</source>
        <translation>运单号(&amp;T)</translation>
    </message>
    <message>
        <source>Second person signs off</source>
        <translation>第二人复核</translation>
    </message>
    <message>
        <source>A colleague checks the shipment and enters their own user name and password.</source>
        <translation>由另一位同事核对此批发货，并输入自己的用户名与密码。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Special requirements: {0}</source>
        <translation>特殊要求：{0}</translation>
    </message>
    <message>
        <source>Not ready to ship, still to pack or seal: {0}</source>
        <translation>尚不能发货，仍待包装或封箱：{0}</translation>
    </message>
    <message>
        <source>Package {0} checked</source>
        <translation>包裹 {0} 已核对</translation>
    </message>
    <message>
        <source>{0} is not in this shipment</source>
        <translation>{0} 不在此批发货中</translation>
    </message>
    <message>
        <source>Too many {0}: only {1} packed</source>
        <translation>{0} 过多：只包装了 {1}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}：{1} / {2}</translation>
    </message>
    <message>
        <source>Scan every item first: {0} still to scan.</source>
        <translation>请先扫描每件商品：尚有 {0} 件未扫描。</translation>
    </message>
    <message>
        <source>Confirm that the packages are intact.</source>
        <translation>请确认包裹完好。</translation>
    </message>
    <message>
        <source>Confirm that the labels and documents are attached.</source>
        <translation>请确认标签与单据已附上。</translation>
    </message>
    <message>
        <source>Confirm that the special requirements are met.</source>
        <translation>请确认特殊要求已符合。</translation>
    </message>
</context>
<context>
    <name>ShippingScreen</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
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
        <translation>发货单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>&amp;Loading list (PDF)</source>
        <translation>装车清单 (PDF)(&amp;L)</translation>
    </message>
    <message>
        <source>Select the shipments one van or carrier takes away.</source>
        <translation>请选择同一辆车或同一家货运载走的发货单。</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>可发货</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>运送中</translation>
    </message>
    <message>
        <source>Scan an order number, each item, a package label</source>
        <translation>扫描订单号码、每件商品或包裹标签</translation>
    </message>
    <message>
        <source>&amp;Ship  (Ctrl+Enter)</source>
        <translation>发货(&amp;S)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose an order on the left, or scan its order number.</source>
        <translation>请从左侧选择订单，或扫描订单号码。</translation>
    </message>
    <message>
        <source>Special requirements</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <source>Ready to ship ({0})</source>
        <translation>可发货（{0}）</translation>
    </message>
    <message>
        <source>On the road ({0})</source>
        <translation>运送中（{0}）</translation>
    </message>
    <message>
        <source>Scan every item and each package label.</source>
        <translation>请扫描每件商品及每个包裹标签。</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>订单 {0}</translation>
    </message>
    <message>
        <source>{0} is not an order waiting to ship</source>
        <translation>{0} 不是待发货的订单</translation>
    </message>
    <message>
        <source>All items verified</source>
        <translation>全部商品已核对</translation>
    </message>
    <message>
        <source>{0} shipped. Choose the next order, or scan its number.</source>
        <translation>{0} 已发货。请选择下一张订单，或扫描其号码。</translation>
    </message>
    <message>
        <source>Select the shipments for the loading list first.</source>
        <translation>请先选择要列入装车清单的发货单。</translation>
    </message>
</context>
<context>
    <name>ShortDecision</name>
    <message>
        <source>Back-order</source>
        <translation>缺货待补</translation>
    </message>
    <message>
        <source>New promised date</source>
        <translation>新承诺交期</translation>
    </message>
    <message>
        <source>Substitute product</source>
        <translation>替代产品</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>安排生产</translation>
    </message>
</context>
<context>
    <name>ShortPickDialog</name>
    <message>
        <source>Bin empty</source>
        <translation>库位已空</translation>
    </message>
    <message>
        <source>Fewer in the bin than listed</source>
        <translation>库位数量少于清单</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Wrong item in the bin</source>
        <translation>库位内商品错误</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>拣货短缺</translation>
    </message>
    <message>
        <source>{0} in bin {1}: {2} still to pick</source>
        <translation>{0}（库位 {1}）：尚待拣 {2}</translation>
    </message>
    <message>
        <source>Cancel these units on the order (otherwise they are back-ordered)</source>
        <translation>从订单取消这些数量（否则列为缺货待补）</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>短缺数量(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Report short</source>
        <translation>上报短缺</translation>
    </message>
</context>
<context>
    <name>ShortageDialog</name>
    <message>
        <source>Short line</source>
        <translation>缺货明细</translation>
    </message>
    <message>
        <source>Line {0} · {1} {2}: {3} wanted, {4} available — {5} short.</source>
        <translation>第 {0} 行 · {1} {2}：需求 {3}，可用 {4} — 短缺 {5}。</translation>
    </message>
    <message>
        <source>{0} coming from production{1}.</source>
        <translation>生产中将补入 {0}{1}。</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>（预计 {0} 完成）</translation>
    </message>
    <message>
        <source>&amp;Back-order: ship what is there, the rest later</source>
        <translation>缺货待补：先出有货的部分，其余稍后发货(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New promised date</source>
        <translation>新承诺交期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Substitute another product</source>
        <translation>以其他产品替代(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Production order, due</source>
        <translation>生产工单，完工日(&amp;P)</translation>
    </message>
    <message>
        <source>SKU or name of the substitute…</source>
        <translation>替代品的料号或品名…</translation>
    </message>
    <message>
        <source>The production order is due on the date above.</source>
        <translation>生产工单的完工日为上方日期。</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>To allocate</source>
        <translation>待配货</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>待拣货</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待包装</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Delivery sign-off</source>
        <translation>到货签收</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>待开发票</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>管理仪表盘</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
</context>
<context>
    <name>SyncConflictsScreen</name>
    <message>
        <source>Site</source>
        <translation>据点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why (optional; kept in the audit trail)</source>
        <translation>原因（选填；记入稽核轨迹）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Keep &amp;head office's</source>
        <translation>保留总公司版本(&amp;H)</translation>
    </message>
    <message>
        <source>Take the &amp;branch's</source>
        <translation>采用分公司版本(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Acknowledged</source>
        <translation>已知悉(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>打开该笔记录(&amp;O)</translation>
    </message>
    <message>
        <source>{0} open conflicts</source>
        <translation>{0} 笔未处理冲突</translation>
    </message>
    <message>
        <source>No open conflicts: every sync went through.</source>
        <translation>没有未处理的冲突：每次同步都已完成。</translation>
    </message>
    <message>
        <source>No conflict chosen</source>
        <translation>未选择冲突</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>已决定：{0}</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>Customer edited at head office and at {site}</source>
        <translation>总公司与 {site} 都修改了此客户</translation>
    </message>
    <message>
        <source>Order confirmed at {site} while the customer was on credit hold</source>
        <translation>{site} 在客户信用冻结期间确认了订单</translation>
    </message>
    <message>
        <source>Order of {site} with a product head office withdrew</source>
        <translation>{site} 的订单含有总公司已停售的产品</translation>
    </message>
    <message>
        <source>New customer of {site} with a code head office already uses</source>
        <translation>{site} 添加的客户代码已被总公司使用</translation>
    </message>
    <message>
        <source>{site} changed stock at a location that is not its own</source>
        <translation>{site} 异动了不属于自己的储位库存</translation>
    </message>
    <message>
        <source>Customer edited at both ends</source>
        <translation>客户两端皆有修改</translation>
    </message>
    <message>
        <source>Confirmed during credit hold</source>
        <translation>信用冻结期间确认</translation>
    </message>
    <message>
        <source>Product withdrawn</source>
        <translation>产品已停售</translation>
    </message>
    <message>
        <source>Customer code taken</source>
        <translation>客户代码已被使用</translation>
    </message>
    <message>
        <source>Another site's stock</source>
        <translation>其他据点的库存</translation>
    </message>
    <message>
        <source>Keep head office's details, or take the branch's name, contact data, tax id, preferences and tier (credit terms and hold always stay head office's).</source>
        <translation>保留总公司的数据，或采用分公司的名称、联系数据、统一编号、偏好与等级（信用条件与冻结一律以总公司为准）。</translation>
    </message>
    <message>
        <source>The order is stored: it happened. Keep it or cancel it on the order itself (Orders), then mark this conflict acknowledged.</source>
        <translation>订单已保存：它确实发生了。请在订单本身（订单）保留或取消，然后将此冲突标为已知悉。</translation>
    </message>
    <message>
        <source>The order is stored with the withdrawn product. Amend or cancel the order if the product cannot be supplied, then mark this acknowledged.</source>
        <translation>订单已连同停售产品一并保存。若无法供货，请修改或取消订单，然后标为已知悉。</translation>
    </message>
    <message>
        <source>The branch's customer was stored under {site}-code. Keep it so, or merge them by hand, then decide.</source>
        <translation>分公司的客户已以 {site}-代码 保存。可维持如此，或手动合并，然后再决定。</translation>
    </message>
    <message>
        <source>Head office's stock was kept. Check the count at that location.</source>
        <translation>已保留总公司的库存。请盘点该储位。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目标</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>变更角色(&amp;R)</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation>重设密码(&amp;W)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add a user (Ctrl+N)</source>
        <translation>添加用户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>用户名(&amp;N)</translation>
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
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>尚未选择用户</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;ctivate again</source>
        <translation>重新激活(&amp;C)</translation>
    </message>
    <message>
        <source>{0}: password reset</source>
        <translation>{0}：密码已重设</translation>
    </message>
</context>
<context>
    <name>bridge</name>
    <message>
        <source>Scanned {0}, but this screen does not take scans.</source>
        <translation>已扫描 {0}，但此页面不接受扫描。</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>A branch's site code is 1 to 6 letters or digits, like BR1.</source>
        <translation>分公司的据点代码为 1 至 6 个英文本母或数字，例如 BR1。</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>盘点数量不可为负数。</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>信用额度不可为负数。</translation>
    </message>
    <message>
        <source>A credit of {credit} is more than the {open} still open on invoice {number} (the rest is paid or credited already). Credit at most {open}.</source>
        <translation>折让金额 {credit} 超过发票 {number} 尚未收款的 {open}（其余已收款或已折让）。最多只能折让 {open}。</translation>
    </message>
    <message>
        <source>A damaged or short line is not in this shipment.</source>
        <translation>损坏或短少的明细不在此批发货中。</translation>
    </message>
    <message>
        <source>A delivered order needs its shipped date.</source>
        <translation>已送达的订单需要发货日期。</translation>
    </message>
    <message>
        <source>A draft is corrected by editing it, not re-issued.</source>
        <translation>草稿请直接编辑修正，不需要重开。</translation>
    </message>
    <message>
        <source>A line to credit is not on invoice {number}.</source>
        <translation>要折让的明细不在发票 {number} 上。</translation>
    </message>
    <message>
        <source>A line you changed is not on this invoice any more; reload it.</source>
        <translation>您修改的明细已不在这张发票上，请重新加载。</translation>
    </message>
    <message>
        <source>A long change is still being saved on the server; the figures and the sync try again in a moment.</source>
        <translation>服务器上仍有一笔较长的变更正在保存；数据与同步稍后会再试一次。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future; check the date.</source>
        <translation>收款日期不能是未来的日期，请检查日期。</translation>
    </message>
    <message>
        <source>A percentage target is at most 100.</source>
        <translation>百分比目标最多为 100。</translation>
    </message>
    <message>
        <source>A quantity must be above zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>A reference has at most {n} characters.</source>
        <translation>参考号最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>A reminder cannot be sent in the future.</source>
        <translation>催款通知的寄送日期不能是未来的日期。</translation>
    </message>
    <message>
        <source>A second person must check and sign off this shipment.</source>
        <translation>此批发货须由第二人核对并复核。</translation>
    </message>
    <message>
        <source>A shipment on this loading list does not exist any more.</source>
        <translation>此装车清单上有一张发货单已不存在。</translation>
    </message>
    <message>
        <source>A short pick is between 1 and {remaining}.</source>
        <translation>拣货短缺数量须介于 1 到 {remaining} 之间。</translation>
    </message>
    <message>
        <source>A site code is 1 to 6 capital letters or digits, like HQ or BR2.</source>
        <translation>站点代码为 1 到 6 个大写英文字母或数字，例如 HQ 或 BR2。</translation>
    </message>
    <message>
        <source>A target cannot be below zero.</source>
        <translation>目标不可小于零。</translation>
    </message>
    <message>
        <source>A tax rate is a fraction such as 0.05.</source>
        <translation>税率请以小数表示，例如 0.05。</translation>
    </message>
    <message>
        <source>A user name is 1 to 60 characters without spaces.</source>
        <translation>用户名为 1 到 60 个字符，不可包含空格。</translation>
    </message>
    <message>
        <source>Accept a quantity above zero, with at most three decimals.</source>
        <translation>入库数量须大于零，最多三位小数。</translation>
    </message>
    <message>
        <source>Accept at most the {quantity} produced.</source>
        <translation>最多只能入库已生产的 {quantity}。</translation>
    </message>
    <message>
        <source>Add at least one line to the order.</source>
        <translation>订单至少须有一笔明细。</translation>
    </message>
    <message>
        <source>An adjustment must change the quantity.</source>
        <translation>调整必须改变量量。</translation>
    </message>
    <message>
        <source>An invoice needs at least one line; delete the draft instead.</source>
        <translation>发票至少须有一笔明细；如不需要，请改为删除草稿。</translation>
    </message>
    <message>
        <source>Billing documents are changed one by one through their services, never in bulk ({table}).</source>
        <translation>账务单据只能逐笔通过系统功能修改，不能大量修改（{table}）。</translation>
    </message>
    <message>
        <source>Cannot reach the mail server at {host}:{port} ({reason}).</source>
        <translation>无法连接到邮件服务器 {host}:{port}（{reason}）。</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL/TLS or none.</source>
        <translation>请选择 STARTTLS、SSL/TLS 或无。</translation>
    </message>
    <message>
        <source>Choose a carrier.</source>
        <translation>请选择货运公司。</translation>
    </message>
    <message>
        <source>Choose a customer for the order.</source>
        <translation>请为订单选择客户。</translation>
    </message>
    <message>
        <source>Choose a different product as substitute.</source>
        <translation>请选择另一项产品作为替代品。</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>请选择备份文件夹。</translation>
    </message>
    <message>
        <source>Choose a language for documents.</source>
        <translation>请选择单据语言。</translation>
    </message>
    <message>
        <source>Choose a new promised date from today on.</source>
        <translation>请选择今天或之后的新承诺交期。</translation>
    </message>
    <message>
        <source>Choose an active user.</source>
        <translation>请选择激活中的用户。</translation>
    </message>
    <message>
        <source>Choose an in-process or a final inspection.</source>
        <translation>请选择制程中检验或最终检验。</translation>
    </message>
    <message>
        <source>Choose at least one delivered order to invoice.</source>
        <translation>请至少选择一张已送达的订单来开具发票。</translation>
    </message>
    <message>
        <source>Choose at least one order to pick.</source>
        <translation>请至少选择一张要拣货的订单。</translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation>请选择提出客诉的客户。</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>请选择付款的客户。</translation>
    </message>
    <message>
        <source>Choose what to credit: a line or the freight.</source>
        <translation>请选择要折让的项目：明细或运费。</translation>
    </message>
    <message>
        <source>Close package {package} (weight) before labelling.</source>
        <translation>请先将包裹 {package} 封箱（输入重量）再打印标签。</translation>
    </message>
    <message>
        <source>Complaint {number} is another customer's; choose one of {customer}'s complaints.</source>
        <translation>客诉 {number} 属于其他客户；请选择 {customer} 的客诉。</translation>
    </message>
    <message>
        <source>Complaint {number} is {state}; it cannot {action} now.</source>
        <translation>客诉 {number} 目前状态为 {state}，现在无法执行此操作（{action}）。</translation>
    </message>
    <message>
        <source>Component quantities must be above zero.</source>
        <translation>零部件数量必须大于零。</translation>
    </message>
    <message>
        <source>Credit days must be between 0 and 365.</source>
        <translation>信用天数须介于 0 到 365 之间。</translation>
    </message>
    <message>
        <source>Credit note {number} is already posted.</source>
        <translation>折让单 {number} 已过账。</translation>
    </message>
    <message>
        <source>Credit note {number} is posted and stays; it can no longer be deleted.</source>
        <translation>折让单 {number} 已过账并会保留，不能再删除。</translation>
    </message>
    <message>
        <source>Credit terms need a number of credit days.</source>
        <translation>赊账条件需要填写信用天数。</translation>
    </message>
    <message>
        <source>Describe what the customer complains about.</source>
        <translation>请说明客户投诉的内容。</translation>
    </message>
    <message>
        <source>Enter a phone number or an email address.</source>
        <translation>请输入电话号码或电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>请输入地址。</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>Enter the contact's name.</source>
        <translation>请输入联系人姓名。</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>Enter the delivery address.</source>
        <translation>请输入送货地址。</translation>
    </message>
    <message>
        <source>Enter the mail server first.</source>
        <translation>请先输入邮件服务器。</translation>
    </message>
    <message>
        <source>Enter the mail server's name or address, like mail.example.com.</source>
        <translation>请输入邮件服务器的名称或地址，例如 mail.example.com。</translation>
    </message>
    <message>
        <source>Enter the name of the person who signed.</source>
        <translation>请输入签收人的姓名。</translation>
    </message>
    <message>
        <source>Enter the package weight in kg (above 0, at most 1000).</source>
        <translation>请输入包裹重量，单位 kg（大于 0，最多 1000）。</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>请输入产品名称。</translation>
    </message>
    <message>
        <source>Everything allocated is already on a pick list.</source>
        <translation>所有已配货的项目都已列入拣货单。</translation>
    </message>
    <message>
        <source>Export as csv or xlsx, not {format}.</source>
        <translation>请导出为 csv 或 xlsx，不支持 {format}。</translation>
    </message>
    <message>
        <source>Freight cannot be negative.</source>
        <translation>运费不可为负数。</translation>
    </message>
    <message>
        <source>Give a phone number or email to contact.</source>
        <translation>请提供联系电话或电子邮件。</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <source>Give a reason for the cancellation.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>Give a reason for the count.</source>
        <translation>请填写盘点原因。</translation>
    </message>
    <message>
        <source>Give every check a name.</source>
        <translation>请为每个检查项目命名。</translation>
    </message>
    <message>
        <source>Give the customer a code.</source>
        <translation>请为客户设置代码。</translation>
    </message>
    <message>
        <source>Give the product a SKU.</source>
        <translation>请为产品设置料号。</translation>
    </message>
    <message>
        <source>Head office already has changes of {site} up to {done}, but this database only knows {newest}: was it restored from an old backup? Syncing stopped so that nothing is overwritten.</source>
        <translation>总公司已有 {site} 至 {done} 的异动，但此数据库只到 {newest}：是否从旧备份还原过？为避免覆写任何数据，同步已停止。</translation>
    </message>
    <message>
        <source>Head office already knows a site {code}: give this branch a code of its own. (A branch replacing a lost file restores its backup instead.)</source>
        <translation>总公司已有据点 {code}：请为这个分公司另取代码。（分公司文件遗失时，请改为还原备份。）</translation>
    </message>
    <message>
        <source>Head office cannot be reached; work goes on here and syncs later.</source>
        <translation>目前无法连接到总公司；您可继续在此作业，稍后会自动同步。</translation>
    </message>
    <message>
        <source>Head office expected changes of {site} from {expected}, not from {first}; the sync starts again from there.</source>
        <translation>总公司预期收到 {site} 从 {expected} 开始的异动，而不是从 {first}；同步将从该处重新开始。</translation>
    </message>
    <message>
        <source>Head office has no users yet: set head office up first, then its branches.</source>
        <translation>总公司尚无用户：请先设置总公司，再设置分公司。</translation>
    </message>
    <message>
        <source>Inspect a sample of at least one unit.</source>
        <translation>抽样数量至少须为 1。</translation>
    </message>
    <message>
        <source>Invoice line {n} ({what}): {qty} cannot be credited, only {left} of the {invoiced} invoiced are not credited yet.</source>
        <translation>发票第 {n} 行（{what}）：无法折让 {qty}，已开票的 {invoiced} 中只剩 {left} 尚未折让。</translation>
    </message>
    <message>
        <source>Invoice {number} belongs to site {site}: record payments and credit notes against it there.</source>
        <translation>发票 {number} 属于据点 {site}：请在该据点登记收款与折让。</translation>
    </message>
    <message>
        <source>Invoice {number} is already posted.</source>
        <translation>发票 {number} 已过账。</translation>
    </message>
    <message>
        <source>Invoice {number} is another customer's; allocate only to {customer}'s invoices.</source>
        <translation>发票 {number} 属于其他客户；只能核销 {customer} 的发票。</translation>
    </message>
    <message>
        <source>Invoice {number} is credited in full already; there is nothing left to re-issue.</source>
        <translation>发票 {number} 已全额折让，没有可重开的金额。</translation>
    </message>
    <message>
        <source>Invoice {number} is in {currency}.</source>
        <translation>发票 {number} 的币种为 {currency}。</translation>
    </message>
    <message>
        <source>Invoice {number} is partly paid ({paid}), so it cannot be credited in full. Correct what is wrong with a credit note instead.</source>
        <translation>发票 {number} 已部分收款（{paid}），因此无法全额折让。请改以折让单更正错误的部分。</translation>
    </message>
    <message>
        <source>Invoice {number} is posted and cannot {action}. Correct it with a credit note or a re-issue.</source>
        <translation>发票 {number} 已过账，无法执行此操作（{action}）。请以折让单或重开发票更正。</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 copies.</source>
        <translation>保留份数须介于 1 到 365 之间。</translation>
    </message>
    <message>
        <source>Line {n} ({sku}) bills {qty}, but only {waiting} delivered are still to invoice: another invoice was posted for the rest. Lower the quantity, take the line off or delete this draft.</source>
        <translation>第 {n} 行（{sku}）开票数量为 {qty}，但已送达待开票的只剩 {waiting}：其余已由另一张发票过账。请减少数量、移除此明细，或删除此草稿。</translation>
    </message>
    <message>
        <source>Line {n} can only go down from {qty}: an invoice bills what was delivered.</source>
        <translation>第 {n} 行只能从 {qty} 往下调整：发票只能开具已送达的数量。</translation>
    </message>
    <message>
        <source>Line {n} cannot go below {qty}: that much is already picked or shipped.</source>
        <translation>第 {n} 行不能少于 {qty}：已有这么多数量拣货或发货。</translation>
    </message>
    <message>
        <source>Line {n} has been picked and cannot be removed.</source>
        <translation>第 {n} 行已拣货，无法移除。</translation>
    </message>
    <message>
        <source>Line {n} of {number} is not short.</source>
        <translation>{number} 的第 {n} 行没有缺货。</translation>
    </message>
    <message>
        <source>Line {n}: a discount is between 0 and 100 %.</source>
        <translation>第 {n} 行：折扣须介于 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>Line {n}: a price cannot be negative.</source>
        <translation>第 {n} 行：价格不可为负数。</translation>
    </message>
    <message>
        <source>Line {n}: that product is not for sale.</source>
        <translation>第 {n} 行：该产品不供销售。</translation>
    </message>
    <message>
        <source>Line {n}: the quantity must be above zero.</source>
        <translation>第 {n} 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>Line {n}: {qty} is not a plausible quantity.</source>
        <translation>第 {n} 行：{qty} 不是合理的数量。</translation>
    </message>
    <message>
        <source>Line {row} of the file is not valid CSV ({reason}).</source>
        <translation>文件第 {row} 行不是有效的 CSV（{reason}）。</translation>
    </message>
    <message>
        <source>Location {location} belongs to site {site}: its stock changes only there.</source>
        <translation>储位 {location} 属于据点 {site}：其库存只能在该据点异动。</translation>
    </message>
    <message>
        <source>Name each invoice line once.</source>
        <translation>每笔发票明细只能列出一次。</translation>
    </message>
    <message>
        <source>Name each invoice once.</source>
        <translation>每张发票只能列出一次。</translation>
    </message>
    <message>
        <source>Name the supplier who makes {sku}.</source>
        <translation>请填写生产 {sku} 的供应商。</translation>
    </message>
    <message>
        <source>No customer has the code {code}.</source>
        <translation>没有代码为 {code} 的客户。</translation>
    </message>
    <message>
        <source>No mail server is set up yet; the mails wait in the outbox until one is.</source>
        <translation>尚未设置邮件服务器；邮件会留在发件箱，直到设置完成。</translation>
    </message>
    <message>
        <source>No product has the SKU {sku}.</source>
        <translation>没有料号为 {sku} 的产品。</translation>
    </message>
    <message>
        <source>No product has the code {code}.</source>
        <translation>没有代码为 {code} 的产品。</translation>
    </message>
    <message>
        <source>No product is below its safety stock.</source>
        <translation>没有产品低于安全库存。</translation>
    </message>
    <message>
        <source>No replenishment mail address is set. Ask a manager to set replenishment_email in the settings.</source>
        <translation>尚未设置补货通知的电子邮件地址。请主管在设置中设置 replenishment_email。</translation>
    </message>
    <message>
        <source>No stock location has the code {code}.</source>
        <translation>没有代码为 {code} 的库位。</translation>
    </message>
    <message>
        <source>Not every picked item of {number} is packed yet: no label until it is.</source>
        <translation>{number} 的已拣货商品尚未全部包装：全部包装后才能打印标签。</translation>
    </message>
    <message>
        <source>Nothing delivered on {orders} is waiting for an invoice.</source>
        <translation>{orders} 没有已送达且待开发票的项目。</translation>
    </message>
    <message>
        <source>Only a customer's details can be taken from the branch; decide this one on the order or product itself.</source>
        <translation>只有客户资料可以采用分公司的版本；此项请在订单或产品本身决定。</translation>
    </message>
    <message>
        <source>Only a failed mail can be sent again.</source>
        <translation>只有寄送失败的邮件才能重新寄送。</translation>
    </message>
    <message>
        <source>Only a posted invoice can be credited; change the draft instead.</source>
        <translation>只有已过账的发票才能折让；草稿请直接修改。</translation>
    </message>
    <message>
        <source>Only days before today can be closed; choose {yesterday} or earlier.</source>
        <translation>只能结账到今天以前的日期；请选择 {yesterday} 或更早的日期。</translation>
    </message>
    <message>
        <source>Only posted invoices can be paid; post the draft first.</source>
        <translation>只有已过账的发票才能收款；请先将草稿过账。</translation>
    </message>
    <message>
        <source>Only {available} of {sku} are available, {wanted} were asked for. Allocate what is there and back-order the rest, or choose another option.</source>
        <translation>{sku} 只有 {available} 可用，需求为 {wanted}。请先配现有数量、其余列为缺货待补，或选择其他处理方式。</translation>
    </message>
    <message>
        <source>Only {left} of the freight on invoice {number} is left to credit.</source>
        <translation>发票 {number} 的运费只剩 {left} 可折让。</translation>
    </message>
    <message>
        <source>Only {on_hand} are booked here; the adjustment would go below zero.</source>
        <translation>此处账上只有 {on_hand}；这项调整会使库存低于零。</translation>
    </message>
    <message>
        <source>Only {open} is open on invoice {number}; allocate at most that, the rest stays with the customer as credit.</source>
        <translation>发票 {number} 只剩 {open} 未收；最多只能核销此金额，其余留作客户抵用额。</translation>
    </message>
    <message>
        <source>Order {number} belongs to another customer; choose one of {customer}'s orders.</source>
        <translation>订单 {number} 属于其他客户；请选择 {customer} 的订单。</translation>
    </message>
    <message>
        <source>Order {number} belongs to site {site}: change it there. Its changes reach this database when {site} syncs.</source>
        <translation>订单 {number} 属于据点 {site}：请在该据点修改。{site} 同步时，修改会传到这里。</translation>
    </message>
    <message>
        <source>Order {number} has line {n} twice (rows {first} and {row}).</source>
        <translation>订单 {number} 的明细 {n} 重复出现（第 {first} 行与第 {row} 行）。</translation>
    </message>
    <message>
        <source>Order {number} has no picked goods waiting to be packed.</source>
        <translation>订单 {number} 没有已拣货待包装的商品。</translation>
    </message>
    <message>
        <source>Order {number} has no sealed packages to ship.</source>
        <translation>订单 {number} 没有已封箱可发货的包裹。</translation>
    </message>
    <message>
        <source>Order {number} has nothing allocated to pick.</source>
        <translation>订单 {number} 没有已配货可拣的项目。</translation>
    </message>
    <message>
        <source>Order {number} is already cancelled.</source>
        <translation>订单 {number} 已取消。</translation>
    </message>
    <message>
        <source>Order {number} is already {state}.</source>
        <translation>订单 {number} 已是「{state}」状态。</translation>
    </message>
    <message>
        <source>Order {number} is imported history, invoiced in the previous system.</source>
        <translation>订单 {number} 是导入的历史数据，已在先前的系统开具发票。</translation>
    </message>
    <message>
        <source>Order {number} is {state} and can no longer change.</source>
        <translation>订单 {number} 状态为「{state}」，不能再修改。</translation>
    </message>
    <message>
        <source>Order {number}: {column} differs from row {first}; the order's header must be the same on each of its rows.</source>
        <translation>订单 {number}：{column} 与第 {first} 行不同；同一订单每一行的表头数据必须相同。</translation>
    </message>
    <message>
        <source>Orders {first} and {other} are in different currencies; invoice them separately.</source>
        <translation>订单 {first} 与 {other} 币种不同，请分开开具发票。</translation>
    </message>
    <message>
        <source>Orders {first} and {other} belong to different customers; invoice each customer separately.</source>
        <translation>订单 {first} 与 {other} 属于不同客户，请为各客户分开开具发票。</translation>
    </message>
    <message>
        <source>Pack a quantity above zero.</source>
        <translation>包装数量必须大于零。</translation>
    </message>
    <message>
        <source>Package dimensions must be above zero.</source>
        <translation>包裹尺寸必须大于零。</translation>
    </message>
    <message>
        <source>Package {number} has been shipped.</source>
        <translation>包裹 {number} 已发货。</translation>
    </message>
    <message>
        <source>Package {number} is empty.</source>
        <translation>包裹 {number} 是空的。</translation>
    </message>
    <message>
        <source>Package {number} is sealed; open a new package.</source>
        <translation>包裹 {number} 已封箱；请开新包裹。</translation>
    </message>
    <message>
        <source>Payment {number} has only {left} left to allocate.</source>
        <translation>收款 {number} 只剩 {left} 可核销。</translation>
    </message>
    <message>
        <source>Pick a quantity above zero.</source>
        <translation>拣货数量必须大于零。</translation>
    </message>
    <message>
        <source>Pick list {number} is already done.</source>
        <translation>拣货单 {number} 已完成。</translation>
    </message>
    <message>
        <source>Pick list {number} is being picked by someone else.</source>
        <translation>拣货单 {number} 正由其他人拣货中。</translation>
    </message>
    <message>
        <source>Post the invoice before sending it: a draft has no number yet.</source>
        <translation>请先过账发票再寄出：草稿还没有编号。</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>价格不可为负数。</translation>
    </message>
    <message>
        <source>Produce a quantity above zero, with at most three decimals.</source>
        <translation>生产数量须大于零，最多三位小数。</translation>
    </message>
    <message>
        <source>Production order {number} is {state}; it cannot {action} now.</source>
        <translation>生产工单 {number} 目前状态为 {state}，现在无法执行此操作（{action}）。</translation>
    </message>
    <message>
        <source>Progress is a percentage between 0 and 100.</source>
        <translation>进度为 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Quantities have at most three decimals.</source>
        <translation>数量最多三位小数。</translation>
    </message>
    <message>
        <source>Receive a quantity above zero.</source>
        <translation>进货数量必须大于零。</translation>
    </message>
    <message>
        <source>Record a final inspection of production order {number} before accepting it.</source>
        <translation>入库前请先记录生产工单 {number} 的最终检验。</translation>
    </message>
    <message>
        <source>Record at least one check.</source>
        <translation>请至少记录一个检查项目。</translation>
    </message>
    <message>
        <source>Record the root cause, so it can be analysed.</source>
        <translation>请记录根本原因，以便日后分析。</translation>
    </message>
    <message>
        <source>Record whether the installation test passed.</source>
        <translation>请记录安装测试是否通过。</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>请说明客诉的处理结果。</translation>
    </message>
    <message>
        <source>Say what the file holds: {kinds}.</source>
        <translation>请指定文件内容类型：{kinds}。</translation>
    </message>
    <message>
        <source>Say why the closed period is reopened.</source>
        <translation>请说明重新打开已结账期间的原因。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>请说明重新打开客诉的原因。</translation>
    </message>
    <message>
        <source>Say why the confirmed order changes.</source>
        <translation>请说明已确认订单变更的原因。</translation>
    </message>
    <message>
        <source>Say why the customer is credited.</source>
        <translation>请说明给客户折让的原因。</translation>
    </message>
    <message>
        <source>Say why the invoice is re-issued.</source>
        <translation>请说明重开发票的原因。</translation>
    </message>
    <message>
        <source>Say why the pick is short (empty bin, damaged...).</source>
        <translation>请说明拣货短缺的原因（库位已空、损坏…）。</translation>
    </message>
    <message>
        <source>Shipment {number} has already been signed for.</source>
        <translation>发货单 {number} 已签收。</translation>
    </message>
    <message>
        <source>Someone else changed order {number}. Reload it first.</source>
        <translation>订单 {number} 已被其他人修改，请先重新加载。</translation>
    </message>
    <message>
        <source>Someone else changed this customer. Reload and retry.</source>
        <translation>此客户资料已被其他人修改，请重新加载后再试一次。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were working on it. Reload it and make your change again.</source>
        <translation>您编辑期间，此笔数据已被其他人修改。请重新加载后再修改一次。</translation>
    </message>
    <message>
        <source>Table {table} refers to rows in a cycle; it cannot be copied.</source>
        <translation>数据表 {table} 的数据行互相循环参照，无法复制。</translation>
    </message>
    <message>
        <source>That address does not exist any more.</source>
        <translation>该地址已不存在。</translation>
    </message>
    <message>
        <source>That complaint does not exist any more.</source>
        <translation>该客诉已不存在。</translation>
    </message>
    <message>
        <source>That contact does not exist any more.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>That credit note does not exist any more.</source>
        <translation>该折让单已不存在。</translation>
    </message>
    <message>
        <source>That customer does not exist any more.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>That invoice does not exist any more.</source>
        <translation>该发票已不存在。</translation>
    </message>
    <message>
        <source>That line is not on order {number}; choose one of its lines.</source>
        <translation>该明细不在订单 {number} 上；请选择此订单的明细。</translation>
    </message>
    <message>
        <source>That mail is no longer in the outbox.</source>
        <translation>该邮件已不在发件箱中。</translation>
    </message>
    <message>
        <source>That order does not exist any more.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>That order line does not exist any more.</source>
        <translation>该订单明细已不存在。</translation>
    </message>
    <message>
        <source>That package does not exist any more.</source>
        <translation>该包裹已不存在。</translation>
    </message>
    <message>
        <source>That payment does not exist any more.</source>
        <translation>该笔收款已不存在。</translation>
    </message>
    <message>
        <source>That pick list does not exist any more.</source>
        <translation>该拣货单已不存在。</translation>
    </message>
    <message>
        <source>That pick list line does not exist any more.</source>
        <translation>该拣货单明细已不存在。</translation>
    </message>
    <message>
        <source>That product does not exist any more.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <source>That production order does not exist any more.</source>
        <translation>该生产工单已不存在。</translation>
    </message>
    <message>
        <source>That shipment does not exist any more.</source>
        <translation>该发货单已不存在。</translation>
    </message>
    <message>
        <source>That stock location does not exist any more.</source>
        <translation>该库位已不存在。</translation>
    </message>
    <message>
        <source>That would not reopen anything; to close more days use period close.</source>
        <translation>这样不会重新打开任何期间；若要结账更多天数，请使用期间结账。</translation>
    </message>
    <message>
        <source>The EAN-13 {code} has a wrong check digit.</source>
        <translation>EAN-13 条码 {code} 的校验码错误。</translation>
    </message>
    <message>
        <source>The allocations add up to more than the {amount} received.</source>
        <translation>核销金额合计超过收款金额 {amount}。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>无法将备份写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The barcode {code} already belongs to {sku}.</source>
        <translation>条码 {code} 已属于 {sku}。</translation>
    </message>
    <message>
        <source>The books are already closed up to {closed}. Reopen the period first to move the date back.</source>
        <translation>账册已结账至 {closed}。若要将日期往前移，请先重新打开该期间。</translation>
    </message>
    <message>
        <source>The books are closed up to {closed}, so a {document} dated {day} cannot be posted. Date it after {closed}, or ask a manager to reopen the period.</source>
        <translation>账册已结账至 {closed}，因此日期为 {day} 的 {document} 无法过账。请将日期设在 {closed} 之后，或请主管重新打开该期间。</translation>
    </message>
    <message>
        <source>The change was refused by a database rule ({rule}); nothing was saved.</source>
        <translation>此变更违反数据库规则（{rule}），已被拒绝；没有保存任何数据。</translation>
    </message>
    <message>
        <source>The column {column} appears twice.</source>
        <translation>字段 {column} 重复出现。</translation>
    </message>
    <message>
        <source>The column {column} is not used and will be ignored.</source>
        <translation>字段 {column} 不会使用，将被忽略。</translation>
    </message>
    <message>
        <source>The copy could not be put back: {reason}. Nothing was changed; close other OrderDesk windows and try again.</source>
        <translation>无法还原备份：{reason}。数据没有任何变更；请关闭其他 OrderDesk 窗口后再试一次。</translation>
    </message>
    <message>
        <source>The customer code {code} is already taken.</source>
        <translation>客户代码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved; check the connection and try again.</source>
        <translation>无法连接到数据库，没有保存任何数据；请检查连接后再试一次。</translation>
    </message>
    <message>
        <source>The database to copy from must be a local SQLite file.</source>
        <translation>复制来源数据库必须是本机 SQLite 文件。</translation>
    </message>
    <message>
        <source>The database to copy to must be a PostgreSQL database.</source>
        <translation>复制目的数据库必须是 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>The delivered date is before the shipped date.</source>
        <translation>送达日期早于发货日期。</translation>
    </message>
    <message>
        <source>The delivered date {value} is in the future.</source>
        <translation>送达日期 {value} 是未来的日期。</translation>
    </message>
    <message>
        <source>The email address {email} does not look right.</source>
        <translation>电子邮件地址 {email} 格式似乎不正确。</translation>
    </message>
    <message>
        <source>The encrypted connection failed ({reason}). Check the security choice, the port and the CA file.</source>
        <translation>加密连接失败（{reason}）。请检查安全性设置、端口与 CA 凭证档。</translation>
    </message>
    <message>
        <source>The file has {count} error(s); nothing was imported. Fix them and import it again.</source>
        <translation>文件有 {count} 个错误，没有导入任何数据。请修正后再导入一次。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <translation>文件是空的：需要一行标示字段名称的标题行。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>无法读取文件 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>The file {name} cannot be written ({reason}).</source>
        <translation>无法写入文件 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>The file's text encoding is not recognised. Save it as CSV UTF-8 (or Big5 / GB18030) and try again.</source>
        <translation>无法辨识文件的文本编码。请另存为 CSV UTF-8（或 Big5／GB18030）后再试一次。</translation>
    </message>
    <message>
        <source>The final notice to {customer} went out on {day}; the account is for collection now, not for another reminder.</source>
        <translation>给 {customer} 的最后催告已于 {day} 寄出；此账户应转入催收，不再寄催款通知。</translation>
    </message>
    <message>
        <source>The import was refused by a database rule ({rule}); nothing was imported.</source>
        <translation>导入违反数据库规则（{rule}），已被拒绝；没有导入任何数据。</translation>
    </message>
    <message>
        <source>The last final inspection of production order {number} failed. Rework the goods and record a passing inspection before accepting them.</source>
        <translation>生产工单 {number} 最近一次最终检验不合格。请返工并记录合格的检验后再入库。</translation>
    </message>
    <message>
        <source>The last reminder to {customer} went out on {day}; give them until {next} to pay before the next one.</source>
        <translation>上次寄给 {customer} 的催款通知已于 {day} 寄出；寄下一次催款前，请给客户到 {next} 的付款时间。</translation>
    </message>
    <message>
        <source>The local file is not at this version's schema; open it with OrderDesk (or run `orderdesk migrate`) first.</source>
        <translation>本机文件的结构不是此版本；请先用 OrderDesk 打开（或运行 `orderdesk migrate`）。</translation>
    </message>
    <message>
        <source>The location {code} does not exist yet and will be created.</source>
        <translation>库位 {code} 尚不存在，将会创建。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The mail server does not offer this security or a login; check the security choice.</source>
        <translation>邮件服务器不支持此安全性设置或登录；请检查安全性设置。</translation>
    </message>
    <message>
        <source>The mail server refused this user name and password.</source>
        <translation>邮件服务器拒绝此用户名与密码。</translation>
    </message>
    <message>
        <source>The order date {value} is in the future.</source>
        <translation>订单日期 {value} 是未来的日期。</translation>
    </message>
    <message>
        <source>The order line is for {line_sku}, not {sku}.</source>
        <translation>此订单明细的料号是 {line_sku}，不是 {sku}。</translation>
    </message>
    <message>
        <source>The person signing off is not a user.</source>
        <translation>复核人不是系统用户。</translation>
    </message>
    <message>
        <source>The phone number {phone} does not look right.</source>
        <translation>电话号码 {phone} 格式似乎不正确。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 587, 465 or 25).</source>
        <translation>端口须为 1 到 65535 之间的数字（通常为 587、465 或 25）。</translation>
    </message>
    <message>
        <source>The requested date is in the past.</source>
        <translation>需求日已是过去的日期。</translation>
    </message>
    <message>
        <source>The required column {column} is missing.</source>
        <translation>缺少必要字段 {column}。</translation>
    </message>
    <message>
        <source>The sample cannot be larger than the {quantity} produced.</source>
        <translation>抽样数量不能大于已生产的 {quantity}。</translation>
    </message>
    <message>
        <source>The scanned goods do not match the packages (scanned/packed): {diff}. Check the packages before shipping.</source>
        <translation>扫描的商品与包裹内容不符（已扫描／已包装）：{diff}。发货前请检查包裹。</translation>
    </message>
    <message>
        <source>The shipped date is before the order date.</source>
        <translation>发货日期早于订单日期。</translation>
    </message>
    <message>
        <source>The shipped date {value} is in the future.</source>
        <translation>发货日期 {value} 是未来的日期。</translation>
    </message>
    <message>
        <source>The sign-off must be a second person.</source>
        <translation>复核者必须是另一个人。</translation>
    </message>
    <message>
        <source>The stock for {sku} on {number} is no longer held; ask the office to allocate again.</source>
        <translation>{number} 的 {sku} 库存已不再保留；请通知办公室重新配货。</translation>
    </message>
    <message>
        <source>The target database already has OrderDesk tables but no schema version; copy into a new, empty database.</source>
        <translation>目的数据库已有 OrderDesk 数据表，但没有结构版本；请复制到新的空白数据库。</translation>
    </message>
    <message>
        <source>The target database has another schema version; copy into a new, empty database.</source>
        <translation>目的数据库的结构版本不同；请复制到新的空白数据库。</translation>
    </message>
    <message>
        <source>The target database is not empty (table {table} has rows); copy into a new, empty database.</source>
        <translation>目的数据库不是空的（数据表 {table} 已有数据）；请复制到新的空白数据库。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>There is no KPI target called {key}.</source>
        <translation>没有名为 {key} 的 KPI 目标。</translation>
    </message>
    <message>
        <source>There is no database file at {path} to back up.</source>
        <translation>{path} 没有可备份的数据库文件。</translation>
    </message>
    <message>
        <source>There is no picture at {path}.</source>
        <translation>{path} 没有图片。</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此冲突已不存在。</translation>
    </message>
    <message>
        <source>This conflict was already resolved ({resolution}).</source>
        <translation>此冲突已处理（{resolution}）。</translation>
    </message>
    <message>
        <source>This customer has nothing overdue on {day}; there is nothing to remind.</source>
        <translation>此客户在 {day} 没有逾期款项，无须催款。</translation>
    </message>
    <message>
        <source>This database already has users; log in instead.</source>
        <translation>此数据库已有用户，请直接登录。</translation>
    </message>
    <message>
        <source>This database is in use already; a branch is set up on a new, empty file.</source>
        <translation>此数据库已在使用中；分公司须创建在新的空白文件上。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>此用户已不存在。</translation>
    </message>
    <message>
        <source>To allocate order {number}, confirm it first.</source>
        <translation>订单 {number} 须先确认才能配货。</translation>
    </message>
    <message>
        <source>To confirm {number}, finance must approve it: the customer would owe {exposure}, over the credit limit of {limit}.</source>
        <translation>{number} 须经财务核准才能确认：客户应付金额将达 {exposure}，超过信用额度 {limit}。</translation>
    </message>
    <message>
        <source>To confirm {number}, the customer's credit hold must be lifted or overridden by finance.</source>
        <translation>要确认 {number}，须由财务解除或核准略过此客户的信用冻结。</translation>
    </message>
    <message>
        <source>To produce {sku}, give it a bill of materials first.</source>
        <translation>要生产 {sku}，请先创建其物料清单（BOM）。</translation>
    </message>
    <message>
        <source>To sell on credit, first verify the customer's details.</source>
        <translation>要以赊账方式销售，请先验证客户资料。</translation>
    </message>
    <message>
        <source>To ship {number}, pack and seal every picked item first.</source>
        <translation>要发货 {number}，请先将所有已拣货的商品包装并封箱。</translation>
    </message>
    <message>
        <source>Too many: every {sku} on this list is already picked.</source>
        <translation>数量过多：此清单上的 {sku} 已全部拣货。</translation>
    </message>
    <message>
        <source>Too many: only {remaining} more of {sku} to pick here.</source>
        <translation>数量过多：此处 {sku} 只需再拣 {remaining}。</translation>
    </message>
    <message>
        <source>Too many: only {waiting} picked {sku} wait to be packed.</source>
        <translation>数量过多：已拣货待包装的 {sku} 只有 {waiting}。</translation>
    </message>
    <message>
        <source>Unknown code {code}: scan the product's barcode again.</source>
        <translation>无法辨识代码 {code}：请重新扫描产品条码。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>Unpack order {number} before cancelling it.</source>
        <translation>取消订单 {number} 前，请先拆箱取出商品。</translation>
    </message>
    <message>
        <source>Wrong item: {sku} is not on order {number}.</source>
        <translation>商品错误：{sku} 不在订单 {number} 上。</translation>
    </message>
    <message>
        <source>Wrong item: {sku} is not on this pick list.</source>
        <translation>商品错误：{sku} 不在此拣货单上。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({action}). Ask a manager.</source>
        <translation>您的角色（{role}）没有执行此操作的权限（{action}）。请联系主管。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not see a customer's invoices.</source>
        <translation>您的角色（{role}）无权查看客户的发票。</translation>
    </message>
    <message>
        <source>{address} is not a mail address (like orders@example.com).</source>
        <translation>{address} 不是电子邮件地址（例如 orders@example.com）。</translation>
    </message>
    <message>
        <source>{amount} has more decimals than {currency} uses.</source>
        <translation>{amount} 的小数字数超过 {currency} 使用的位数。</translation>
    </message>
    <message>
        <source>{code} is head office's own site code; give the branch a code of its own, like BR1.</source>
        <translation>{code} 是总公司自己的据点代码；请给分公司另一个代码，例如 BR1。</translation>
    </message>
    <message>
        <source>{code} is not a currency code (like TWD, USD or EUR).</source>
        <translation>{code} 不是币种代码（例如 TWD、USD 或 EUR）。</translation>
    </message>
    <message>
        <source>{column} cannot be negative ({value}).</source>
        <translation>{column} 不可为负数（{value}）。</translation>
    </message>
    <message>
        <source>{column} is empty; it is required.</source>
        <translation>{column} 是必填字段，不可空白。</translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} 超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{column} must be above zero, not {value}.</source>
        <translation>{column} 必须大于零，目前为 {value}。</translation>
    </message>
    <message>
        <source>{column} must be between {low} and {high}.</source>
        <translation>{column} 须介于 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>{copy} is damaged and was not restored: {problem}</source>
        <translation>{copy} 已损坏，未进行还原：{problem}</translation>
    </message>
    <message>
        <source>{customer} has no e-mail address; add one on the Customers screen, or print the document instead.</source>
        <translation>{customer} 没有电子邮件地址；请在客户页面添加，或改为打印单据。</translation>
    </message>
    <message>
        <source>{key} appears again (first on row {first}).</source>
        <translation>{key} 重复出现（第一次出现在第 {first} 行）。</translation>
    </message>
    <message>
        <source>{kind} is not something that can be imported; choose one of {kinds}.</source>
        <translation>{kind} 不是可导入的类型；请从 {kinds} 中选择。</translation>
    </message>
    <message>
        <source>{kind} {number} is posted and can no longer change. Correct it with a new document: a credit note, a re-issue or a new payment.</source>
        <translation>{kind} {number} 已过账，不能再修改。请以新的单据更正：折让单、重开发票或新的收款。</translation>
    </message>
    <message>
        <source>{kpi} cannot be broken down by {breakdown}.</source>
        <translation>{kpi} 无法依 {breakdown} 细分。</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook.</source>
        <translation>{name} 不是可读取的 XLSX 工作簿。</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook. Save it as XLSX or CSV (UTF-8) and try again.</source>
        <translation>{name} 不是 XLSX 工作簿。请另存为 XLSX 或 CSV（UTF-8）后再试一次。</translation>
    </message>
    <message>
        <source>{name} is the last active administrator; make someone else an administrator first.</source>
        <translation>{name} 是最后一位激活中的系统管理员；请先将其他人设为系统管理员。</translation>
    </message>
    <message>
        <source>{name} may not resolve complaints; choose someone from customer service.</source>
        <translation>{name} 无权处理客诉；请选择客服人员。</translation>
    </message>
    <message>
        <source>{number} belongs to site {site}: change it there. Its changes reach this database when {site} syncs.</source>
        <translation>{number} 属于据点 {site}：请在该据点修改。{site} 同步时，修改会传到这里。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{qty} has more than 3 decimals.</source>
        <translation>{qty} 超过 3 位小数。</translation>
    </message>
    <message>
        <source>{sku} at {code}: {allocated} are allocated to orders; the level cannot be set below that.</source>
        <translation>{sku}（库位 {code}）：已有 {allocated} 配货给订单，库存量不能设得比这更低。</translation>
    </message>
    <message>
        <source>{sku} for production order {number} is no longer held in full; cancel the production order and plan it again.</source>
        <translation>生产工单 {number} 所需的 {sku} 已未全数保留；请取消此生产工单后重新规划。</translation>
    </message>
    <message>
        <source>{sku} is lot-tracked: scan the lot too.</source>
        <translation>{sku} 采批号管理：请同时扫描批号。</translation>
    </message>
    <message>
        <source>{sku} is packed but no longer held in stock; ask the office to allocate it again.</source>
        <translation>{sku} 已包装，但库存已不再保留；请通知办公室重新配货。</translation>
    </message>
    <message>
        <source>{sku}: choose credit, return or replacement for the damaged or short goods.</source>
        <translation>{sku}：请为损坏或短少的商品选择折让、退货或补寄。</translation>
    </message>
    <message>
        <source>{sku}: damaged and short cannot exceed the {shipped} shipped.</source>
        <translation>{sku}：损坏与短少的数量合计不能超过已发货的 {shipped}。</translation>
    </message>
    <message>
        <source>{user} may not sign off shipments.</source>
        <translation>{user} 无权复核发货。</translation>
    </message>
    <message>
        <source>{value} has more than {places} decimal places.</source>
        <translation>{value} 超过 {places} 位小数。</translation>
    </message>
    <message>
        <source>{value} is above the largest allowed {limit}.</source>
        <translation>{value} 超过允许的上限 {limit}。</translation>
    </message>
    <message>
        <source>{value} is not a date; write dates as 2025-03-01.</source>
        <translation>{value} 不是日期；日期请写成 2025-03-01 的格式。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} 不是下列选项之一：{choices}。</translation>
    </message>
    <message>
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是「是」或「否」。</translation>
    </message>
    <message>
        <source>Someone has just sent {customer} a reminder; look at the list again before sending another.</source>
        <translation>刚刚已有人寄催款通知给 {customer}；请重新查看清单后再寄。</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
</TS>