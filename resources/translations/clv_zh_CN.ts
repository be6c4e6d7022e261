<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Could not draw the chart into “%1”.</source>
        <translation>无法将图表绘制到“%1”。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>A setting is not valid: %1.</source>
        <translation>设置无效：%1。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file “%1” could not be read. Check that it exists and that you may read it.</source>
        <translation>无法读取文件“%1”。请确认文件存在且您有读取权限。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check the folder's permissions and free disk space.</source>
        <translation>无法写入文件“%1”。请检查文件夹权限和磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>“%1” could not be read at %2: %3.</source>
        <translation>无法读取“%1”（%2）：%3。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>The input could not be read: %1.</source>
        <translation>无法读取输入：%1。</translation>
    </message>
    <message>
        <source>“%1” contains no usable orders.</source>
        <translation>“%1”中没有可用的订单。</translation>
    </message>
    <message>
        <source>There are no orders to analyse yet.</source>
        <translation>还没有可分析的订单。</translation>
    </message>
    <message>
        <source>“%1” is not a CLV Workbench project.</source>
        <translation>“%1”不是 CLV 工作台项目。</translation>
    </message>
    <message>
        <source>The file is not a CLV Workbench project.</source>
        <translation>该文件不是 CLV 工作台项目。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of CLV Workbench. Update the application to open it.</source>
        <translation>“%1”由更新版本的 CLV 工作台保存。请更新本程序后再打开。</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the database integrity check failed. Restore it from a backup.</source>
        <translation>项目“%1”已损坏：数据库完整性检查失败。请从备份恢复。</translation>
    </message>
    <message>
        <source>The project “%1” could not be read or written (database error).</source>
        <translation>无法读写项目“%1”（数据库错误）。</translation>
    </message>
    <message>
        <source>A database error occurred.</source>
        <translation>发生数据库错误。</translation>
    </message>
    <message>
        <source>The operation was cancelled. Nothing was changed.</source>
        <translation>操作已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>An internal error occurred. This is a bug in CLV Workbench; please report it with the details below.</source>
        <translation>发生内部错误。这是 CLV 工作台的缺陷，请附上以下详细信息报告。</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>not a valid amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <source>customer id is empty</source>
        <translation>客户编号为空</translation>
    </message>
    <message>
        <source>wrong number of fields</source>
        <translation>字段数量不对</translation>
    </message>
    <message>
        <source>quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>CLV Workbench projects (*.clvw)</source>
        <translation>CLV 工作台项目 (*.clvw)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Orders CSV</source>
        <translation>导入订单 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>clv::ui::CustomerTableModel</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Recency (%1)</source>
        <translation>最近度（%1）</translation>
    </message>
    <message>
        <source>T (%1)</source>
        <translation>T（%1）</translation>
    </message>
    <message>
        <source>Monetary value</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Customer id as imported from the orders file</source>
        <translation>订单文件中导入的客户编号</translation>
    </message>
    <message>
        <source>Date of the customer's first purchase</source>
        <translation>客户首次购买的日期</translation>
    </message>
    <message>
        <source>frequency = number of repeat purchase periods (purchases after the first); same-day orders count once</source>
        <translation>频次 = 重复购买的期数（首次之后的购买）；同一天的订单只计一次</translation>
    </message>
    <message>
        <source>recency = time from the first to the last purchase, in %1; 0 without repeat purchases</source>
        <translation>最近度 = 从首次到最后一次购买的时间（%1）；无重复购买时为 0</translation>
    </message>
    <message>
        <source>T = customer age: time from the first purchase to the end of the observation period, in %1</source>
        <translation>T = 客户年龄：从首次购买到观察期结束的时间（%1）</translation>
    </message>
    <message>
        <source>monetary value = average net value of the repeat purchases (first purchase excluded, refunds netted); 0 without repeat purchases</source>
        <translation>消费金额 = 重复购买的平均净额（不含首次购买，已扣除退款）；无重复购买时为 0</translation>
    </message>
</context>
<context>
    <name>clv::ui::CustomersPage</name>
    <message>
        <source>Filter by customer id…</source>
        <translation>按客户编号筛选…</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>客户筛选</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Observed until %1. Same-day orders count as one purchase; refunds are netted. Hover over a column header for its definition.</source>
        <translation>观察截止 %1。同一天的订单计为一次购买；退款已冲减。将鼠标悬停在列标题上可查看定义。</translation>
    </message>
    <message>
        <source>No customers yet: import an orders CSV (File ▸ Import CSV…).</source>
        <translation>尚无客户：请导入订单 CSV（文件 ▸ 导入 CSV…）。</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 位客户</translation>
    </message>
</context>
<context>
    <name>clv::ui::EmptyStatePage</name>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Open a CLV Workbench project, import an orders CSV into a new project, or explore the bundled demo store.</source>
        <translation>打开一个 CLV 工作台项目，将订单 CSV 导入新项目，或浏览内置的演示商店。</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>Creates a project from the bundled demo orders and opens it</source>
        <translation>用内置的演示订单创建项目并打开</translation>
    </message>
    <message>
        <source>The demo data is not installed</source>
        <translation>未安装演示数据</translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: every row was rejected.</source>
        <translation>“%1”未导入任何内容：所有行均被拒绝。</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n rejected row(s).</source>
        <translation><numerusform>已导入“%1”，其中 %n 行被拒绝。</numerusform></translation>
    </message>
    <message>
        <source>Rows read: %1    Imported: %2    Rejected: %3    New customers: %4</source>
        <translation>读取行数：%1    已导入：%2    已拒绝：%3    新客户：%4</translation>
    </message>
    <message>
        <source>Columns used: customer “%1”, date “%2”, amount “%3”</source>
        <translation>使用的列：客户“%1”，日期“%2”，金额“%3”</translation>
    </message>
    <message>
        <source>, order id “%1”</source>
        <translation>，订单编号“%1”</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>First %1 of %2 rejected rows:</source>
        <translation>被拒绝的 %2 行中的前 %1 行：</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
</context>
<context>
    <name>clv::ui::MainWindow</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>创建空项目文件</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CLV Workbench project</source>
        <translation>打开 CLV 工作台项目</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import orders from a CSV file into the project</source>
        <translation>将 CSV 文件中的订单导入项目</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the revenue chart as PDF, PNG or SVG</source>
        <translation>将收入图表保存为 PDF、PNG 或 SVG</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About CLV Workbench</source>
        <translation>关于 CLV 工作台(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Key figures and revenue per month (Ctrl+1)</source>
        <translation>关键指标和每月收入（Ctrl+1）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Per-customer frequency, recency, T and monetary value (Ctrl+2)</source>
        <translation>每位客户的频次、最近度、T 和消费金额（Ctrl+2）</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running task; nothing is changed</source>
        <translation>停止正在运行的任务；不做任何更改</translation>
    </message>
    <message>
        <source>Stopping the running task…</source>
        <translation>正在停止任务…</translation>
    </message>
    <message>
        <source>About CLV Workbench</source>
        <translation>关于 CLV 工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CLV Workbench %1&lt;/h3&gt;&lt;p&gt;An offline workbench for customer lifetime value: import orders, summarise customers (frequency, recency, T, monetary value) and review revenue, all on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CLV 工作台 %1&lt;/h3&gt;&lt;p&gt;离线的客户终身价值工作台：导入订单，汇总客户（频次、最近度、T、消费金额），查看收入，全部在您自己的电脑上完成。&lt;/p&gt;&lt;p&gt;以 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Please wait for the running task to finish, or cancel it.</source>
        <translation>请等待当前任务完成，或将其取消。</translation>
    </message>
    <message>
        <source>Open or create a project before importing.</source>
        <translation>导入前请先打开或创建项目。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Create a Project for the Imported Orders</source>
        <translation>为导入的订单创建项目</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>The demo data is not installed.</source>
        <translation>未安装演示数据。</translation>
    </message>
    <message>
        <source>-revenue</source>
        <translation>-收入</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>图表已导出到 %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .png or .svg.</source>
        <translation>请选择以 .pdf、.png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>Project %1 · %2 customers · %3 orders · exported %4</source>
        <translation>项目 %1 · %2 位客户 · %3 个订单 · 导出于 %4</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Could Not Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Could Not Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>已导入 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <source>%1 — CLV Workbench</source>
        <translation>%1 — CLV 工作台</translation>
    </message>
    <message>
        <source>%1 · %2 customers · %3 orders</source>
        <translation>%1 · %2 位客户 · %3 个订单</translation>
    </message>
    <message>
        <source>CLV Workbench</source>
        <translation>CLV 工作台</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
</context>
<context>
    <name>clv::ui::OverviewPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers with at least one order</source>
        <translation>至少有一个订单的客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Orders stored in the project, refunds included</source>
        <translation>项目中存储的订单（含退款）</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Sum of all orders minus refunds</source>
        <translation>所有订单之和减去退款</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>First and last month with orders</source>
        <translation>有订单的第一个月和最后一个月</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) from the first to the last order</source>
        <translation><numerusform>从第一笔到最后一笔订单共 %n 个月</numerusform></translation>
    </message>
</context>
<context>
    <name>clv::ui::ProjectLoader</name>
    <message>
        <source>Opening project…</source>
        <translation>正在打开项目…</translation>
    </message>
    <message>
        <source>Creating project…</source>
        <translation>正在创建项目…</translation>
    </message>
    <message>
        <source>Importing orders…</source>
        <translation>正在导入订单…</translation>
    </message>
    <message>
        <source>Summarising customers…</source>
        <translation>正在汇总客户…</translation>
    </message>
    <message>
        <source>Computing monthly revenue…</source>
        <translation>正在计算每月收入…</translation>
    </message>
</context>
<context>
    <name>clv::ui::RevenueChart</name>
    <message>
        <source>Net revenue per month</source>
        <translation>每月净收入</translation>
    </message>
    <message>
        <source>Net revenue per month — no orders yet</source>
        <translation>每月净收入 — 尚无订单</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1
Net revenue: %2
Orders: %3
Customers: %4</source>
        <translation>%1
净收入：%2
订单：%3
客户：%4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CLV Workbench: offline customer lifetime value analysis.</source>
        <translation>CLV 工作台：离线客户终身价值分析。</translation>
    </message>
    <message>
        <source>Project file (.clvw) to open.</source>
        <translation>要打开的项目文件（.clvw）。</translation>
    </message>
    <message>
        <source>Import the orders CSV &lt;file&gt; into &lt;project&gt; (created if missing; without &lt;project&gt;: &lt;file&gt;.clvw next to the CSV).</source>
        <translation>将订单 CSV &lt;file&gt; 导入 &lt;project&gt;（不存在则创建；未指定 &lt;project&gt; 时在 CSV 旁创建 &lt;file&gt;.clvw）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
</TS>