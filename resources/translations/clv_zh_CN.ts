<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>CohortViews</name>
    <message>
        <source>Active customers (% of cohort)</source>
        <translation>活跃客户（占同期群的 %）</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Revenue (% of period 0)</source>
        <translation>收入（占第 0 期的 %）</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>每位客户的累计收入</translation>
    </message>
    <message>
        <source>Logo retention: cohort members with at least one purchase in the period / cohort size.</source>
        <translation>客户留存：当期至少购买一次的同期群成员数 / 同期群规模。</translation>
    </message>
    <message>
        <source>Logo retention: cohort members with at least one purchase in the period.</source>
        <translation>客户留存：当期至少购买一次的同期群成员数。</translation>
    </message>
    <message>
        <source>Revenue retention: the cohort&apos;s net revenue in the period / its revenue in period 0.</source>
        <translation>收入留存：同期群当期的净收入 / 其第 0 期的收入。</translation>
    </message>
    <message>
        <source>Net revenue of the cohort&apos;s members in the period, refunds subtracted.</source>
        <translation>同期群成员当期的净收入（已扣除退款）。</translation>
    </message>
    <message>
        <source>Cohort LTV at k: the cohort&apos;s net revenue in periods 0..k / cohort size.</source>
        <translation>第 k 期的同期群 LTV：同期群第 0..k 期的净收入 / 同期群规模。</translation>
    </message>
    <message>
        <source>Weeks since acquisition</source>
        <translation>获客后的周数</translation>
    </message>
    <message>
        <source>Months since acquisition</source>
        <translation>获客后的月数</translation>
    </message>
    <message>
        <source>Quarters since acquisition</source>
        <translation>获客后的季度数</translation>
    </message>
    <message>
        <source>Acquisition cohort</source>
        <translation>获客同期群</translation>
    </message>
    <message>
        <source>Cohort %1 (%2 customers), period %3
%4: %5
%6%7</source>
        <translation>同期群 %1（%2 位客户），第 %3 期
%4：%5
%6%7</translation>
    </message>
    <message>
        <source>
The period was still running at the end date.</source>
        <translation>
截止日期时该期尚未结束。</translation>
    </message>
    <message>
        <source>Retention per cohort: %1</source>
        <translation>各同期群的留存：%1</translation>
    </message>
    <message>
        <source> Complete periods only.</source>
        <translation> 仅含完整的期。</translation>
    </message>
    <message>
        <source>Cumulative net revenue per customer, per cohort</source>
        <translation>各同期群每位客户的累计净收入</translation>
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
        <source>The file “%1” could not be written. Check the folder&apos;s permissions and free disk space.</source>
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
    <name>ImportReportCsv</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ImportRoleText</name>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer (fallback)</source>
        <translation>客户（备用）</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>refund date</source>
        <translation>退款日期</translation>
    </message>
    <message>
        <source>subscription id</source>
        <translation>订阅编号</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>cancel date</source>
        <translation>取消日期</translation>
    </message>
    <message>
        <source>No value in the date column looks like a date. Check the column mapping.</source>
        <translation>日期列中没有任何值像是日期。请检查列映射。</translation>
    </message>
    <message>
        <source>Every date is written year first (ISO): nothing to decide.</source>
        <translation>所有日期均为年在前（ISO）：无需选择。</translation>
    </message>
    <message>
        <source>The dates are day first (line %1 has a day above 12).</source>
        <translation>日期为日在前（第 %1 行的日大于 12）。</translation>
    </message>
    <message>
        <source>The dates are month first (line %1 has a day above 12 in second place).</source>
        <translation>日期为月在前（第 %1 行第二位的日大于 12）。</translation>
    </message>
    <message>
        <source>The dates could be day first or month first: no day is above 12 (for example line %1). Choose the order they were written in.</source>
        <translation>日期可能是日在前，也可能是月在前：没有大于 12 的日（例如第 %1 行）。请选择日期的书写顺序。</translation>
    </message>
    <message>
        <source>Some dates only make sense day first and others only month first (see line %1). Choose the order; dates that do not fit it are reported.</source>
        <translation>有些日期只能按日在前解读，另一些只能按月在前解读（见第 %1 行）。请选择顺序；不符合该顺序的日期将被报告。</translation>
    </message>
    <message>
        <source>The amounts are whole numbers: the decimal separator does not matter.</source>
        <translation>金额均为整数：小数分隔符无关紧要。</translation>
    </message>
    <message>
        <source>The amounts use a decimal point (1,234.50).</source>
        <translation>金额使用小数点（1,234.50）。</translation>
    </message>
    <message>
        <source>The amounts use a decimal comma (1.234,50).</source>
        <translation>金额使用小数逗号（1.234,50）。</translation>
    </message>
    <message>
        <source>Amounts like “1,234” could be thousands or decimals (for example line %1). Choose the decimal separator.</source>
        <translation>像“1,234”这样的金额可能表示千位，也可能表示小数（例如第 %1 行）。请选择小数分隔符。</translation>
    </message>
    <message>
        <source>Some amounts need a decimal point and others a decimal comma (see line %1). Choose one; amounts that do not fit it are reported.</source>
        <translation>有些金额需要小数点，另一些需要小数逗号（见第 %1 行）。请选择其一；不符合的金额将被报告。</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .png or .svg.</source>
        <translation>请选择以 .pdf、.png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Project %1 · %2 customers · %3 orders · exported %4</source>
        <translation>项目 %1 · %2 位客户 · %3 个订单 · 导出于 %4</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>RfmHeatmapData</name>
    <message>
        <source>Customers per recency x frequency cell</source>
        <translation>每个最近购买 × 购买频次单元格的客户数</translation>
    </message>
    <message>
        <source>Recency score R (5 = most recent)</source>
        <translation>最近购买得分 R（5 = 最近）</translation>
    </message>
    <message>
        <source>Frequency score F (5 = most purchases)</source>
        <translation>购买频次得分 F（5 = 购买最多）</translation>
    </message>
    <message>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>R %1 · F %2%3
Customers: %4 (%5 % of all)
Revenue: %6
R and F are quantile scores of days since the last purchase and of purchase days; revenue is the customers&apos; total net purchase value.%7</source>
        <translation>R %1 · F %2%3
客户：%4（占全部的 %5 %）
收入：%6
R 和 F 分别是距最后一次购买天数和购买天数的分位数得分；收入是这些客户的购买净值总额。%7</translation>
    </message>
    <message>
        <source> · segment %1</source>
        <translation> · 细分 %1</translation>
    </message>
    <message>
        <source>
Right-click to move the cell to another segment.</source>
        <translation>
右键单击可将该单元格移到其他细分。</translation>
    </message>
    <message>
        <source>0 customers</source>
        <translation>0 位客户</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
</context>
<context>
    <name>clv::ui::AnalyticsPages</name>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>RFM grid, segments and their customers; edit which cell is which segment</source>
        <translation>RFM 网格、细分及其客户；可编辑各单元格所属的细分</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Retention and revenue per customer by acquisition cohort</source>
        <translation>按获客同期群查看留存和每位客户收入</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Survival curves: how long customers keep buying or subscriptions last</source>
        <translation>生存曲线：客户持续购买多久，或订阅持续多久</translation>
    </message>
</context>
<context>
    <name>clv::ui::ChurnPage</name>
    <message>
        <source>Orders: Still Active</source>
        <translation>订单：仍活跃</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>无订阅</translation>
    </message>
    <message>
        <source>This project holds orders only. The Kaplan-Meier curve of subscription lifetimes appears here when the project has subscriptions.</source>
        <translation>此项目只包含订单。项目中有订阅时，此处将显示订阅生命周期的 Kaplan-Meier 曲线。</translation>
    </message>
    <message>
        <source>Subscriptions: Kaplan-Meier</source>
        <translation>订阅：Kaplan-Meier</translation>
    </message>
    <message>
        <source>A customer has &amp;lapsed after</source>
        <translation>客户流失判定(&amp;L)：</translation>
    </message>
    <message>
        <source>Periods without a purchase after which a customer counts as lapsed (churned)</source>
        <translation>客户连续多长时间未购买即视为流失</translation>
    </message>
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
        <source>without a purchase</source>
        <translation>未购买</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Current Chart as PDF, PNG or SVG…</source>
        <translation>当前图表导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Current Table as CSV…</source>
        <translation>当前表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>No churn curves yet</source>
        <translation>尚无流失曲线</translation>
    </message>
    <message>
        <source>This project has no orders. Import an orders CSV (File ▸ Import CSV…) to see how long customers keep buying before they lapse.</source>
        <translation>此项目没有订单。请导入订单 CSV（文件 ▸ 导入 CSV…），查看客户在流失前持续购买多久。</translation>
    </message>
    <message>
        <source>Computing the lapse curve…</source>
        <translation>正在计算流失曲线…</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Customers still active after their first purchase</source>
        <translation>首次购买后仍活跃的客户</translation>
    </message>
    <message>
        <source>%1 since the first purchase</source>
        <translation>自首次购买起的时间（%1）</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>仍活跃</translation>
    </message>
    <message>
        <source>Kaplan-Meier share of customers who have not lapsed: a customer lapses %1 %2 after a purchase without another one.</source>
        <translation>未流失客户的 Kaplan-Meier 占比：客户在一次购买后 %1 %2 内未再次购买即视为流失。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>median lifetime %1 %2</source>
        <translation>生命周期中位数 %1 %2</translation>
    </message>
    <message>
        <source>more than half still active</source>
        <translation>超过一半仍活跃</translation>
    </message>
    <message>
        <source>%1 customers: %2 lapsed, %3 still active at %4 (censored); %5. The band is the 95 % confidence interval.</source>
        <translation>%1 位客户：%2 位已流失，%3 位在 %4 时仍活跃（删失）；%5。阴影带为 95 % 置信区间。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Subscriptions still active (Kaplan-Meier)</source>
        <translation>仍有效的订阅（Kaplan-Meier）</translation>
    </message>
    <message>
        <source>Months since the subscription start</source>
        <translation>自订阅开始以来的月数</translation>
    </message>
    <message>
        <source>Still subscribed</source>
        <translation>仍在订阅</translation>
    </message>
    <message>
        <source>Kaplan-Meier share of subscriptions not cancelled yet; active ones are censored at the end date.</source>
        <translation>尚未取消的订阅的 Kaplan-Meier 占比；有效订阅在截止日期处删失。</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>%1 subscriptions, %2 cancelled; %3. The band is the 95 % confidence interval.</source>
        <translation>%1 个订阅，%2 个已取消；%3。阴影带为 95 % 置信区间。</translation>
    </message>
    <message>
        <source>median lifetime %1 months</source>
        <translation>生命周期中位数 %1 个月</translation>
    </message>
</context>
<context>
    <name>clv::ui::CohortTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This period was still running at the end date</source>
        <translation>截止日期时该期尚未结束</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Calendar period of the customers&apos; first purchase</source>
        <translation>客户首次购买所在的日历期间</translation>
    </message>
    <message>
        <source>Customers acquired in the period</source>
        <translation>该期间获得的客户数</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) after acquisition (P0 = the acquisition period)</source>
        <translation>
            <numerusform>获客后第 %n 期（P0 = 获客期）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clv::ui::CohortViews</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>clv::ui::CohortsPage</name>
    <message>
        <source>Retention Heat Map</source>
        <translation>留存热力图</translation>
    </message>
    <message>
        <source>Retention Curves</source>
        <translation>留存曲线</translation>
    </message>
    <message>
        <source>Revenue per Customer</source>
        <translation>每位客户收入</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Cohorts (first purchase period) against periods since acquisition</source>
        <translation>同期群（首次购买期间）与获客后期数的对照</translation>
    </message>
    <message>
        <source>The heat map&apos;s rows as curves, one per cohort</source>
        <translation>以曲线显示热力图的各行，每个同期群一条</translation>
    </message>
    <message>
        <source>Cohort LTV at k: net revenue of periods 0..k per acquired customer</source>
        <translation>第 k 期的同期群 LTV：每位获得客户在第 0..k 期的净收入</translation>
    </message>
    <message>
        <source>The heat map&apos;s numbers as a table</source>
        <translation>以表格显示热力图的数值</translation>
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
        <translation>季度</translation>
    </message>
    <message>
        <source>Calendar period of cohorts and of the periods since acquisition (ISO weeks)</source>
        <translation>同期群及获客后各期所用的日历周期（ISO 周）</translation>
    </message>
    <message>
        <source>Customers (logo retention)</source>
        <translation>客户（客户留存）</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>收入留存</translation>
    </message>
    <message>
        <source>Logo: members who bought in the period. Revenue: the cohort&apos;s net revenue in the period</source>
        <translation>客户：当期有购买的成员。收入：同期群当期的净收入</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>Percent of the cohort (logo) or of period 0 (revenue), or the absolute numbers</source>
        <translation>占同期群（客户）或第 0 期（收入）的百分比，或绝对数值</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Current Chart as PDF, PNG or SVG…</source>
        <translation>当前图表导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Cohort Table as CSV…</source>
        <translation>同期群表格导出为 CSV…</translation>
    </message>
    <message>
        <source>&amp;Grain:</source>
        <translation>粒度(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>留存(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>No cohorts yet</source>
        <translation>尚无同期群</translation>
    </message>
    <message>
        <source>This project has no orders. Import an orders CSV (File ▸ Import CSV…) to group customers by the month of their first purchase and follow their retention.</source>
        <translation>此项目没有订单。请导入订单 CSV（文件 ▸ 导入 CSV…），按首次购买月份对客户分组并跟踪其留存。</translation>
    </message>
    <message>
        <source>Computing cohorts…</source>
        <translation>正在计算同期群…</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s), %1 customers</source>
        <translation>
            <numerusform>%n 个同期群，%1 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clv::ui::CurveChart</name>
    <message>
        <source>%1 (confidence band)</source>
        <translation>%1（置信带）</translation>
    </message>
    <message>
        <source>%1
%2
%3: %4
Value: %5%6</source>
        <translation>%1
%2
%3：%4
值：%5%6</translation>
    </message>
    <message>
        <source>
Band: %1 – %2%3</source>
        <translation>
置信带：%1 – %2%3</translation>
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
        <source>Date of the customer&apos;s first purchase</source>
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
    <name>clv::ui::ImportDialectPage</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Encoding and layout</source>
        <translation>编码和布局</translation>
    </message>
    <message>
        <source>Check that the preview shows the columns correctly. Change a setting if it does not.</source>
        <translation>请检查预览中的列是否正确。如不正确，请更改设置。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线 ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>双引号 ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>单引号 ( &apos; )</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>第一行为列名</translation>
    </message>
    <message>
        <source>Lines above the table to ignore, such as a title or notes</source>
        <translation>表格上方要忽略的行，例如标题或备注</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>引号(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Lines to skip:</source>
        <translation>跳过行数(&amp;L)：</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>文件预览</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Detect (not UTF-8)</source>
        <translation>自动检测（非 UTF-8）</translation>
    </message>
    <message>
        <source>Detect (found %1)</source>
        <translation>自动检测（检测到 %1）</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 (%2). Choose the encoding it was saved in.</source>
        <translation>“%1”不是有效的 UTF-8（%2）。请选择该文件保存时使用的编码。</translation>
    </message>
    <message>
        <source>It reads cleanly as: %1.</source>
        <translation>可按以下编码正常读取：%1。</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, delimiter %3, %4 column(s). The first %n record(s) are shown.</source>
        <translation>
            <numerusform>“%1”：%2，分隔符 %3，%4 列。显示前 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportFilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Choose one or more orders exports (CSV). Several files are read with the same settings.</source>
        <translation>选择一个或多个订单导出文件（CSV）。多个文件将使用相同的设置读取。</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Tip: you can also drop CSV files here or onto the main window.</source>
        <translation>提示：也可以将 CSV 文件拖放到此处或主窗口中。</translation>
    </message>
    <message>
        <source>The orders are added to the project “%1”.</source>
        <translation>订单将添加到项目“%1”。</translation>
    </message>
    <message>
        <source>A new project “%1” is created for the orders.</source>
        <translation>将为这些订单创建新项目“%1”。</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>此文件不存在。</translation>
    </message>
    <message>
        <source>Add Orders Files</source>
        <translation>添加订单文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportFormatsPage</name>
    <message>
        <source>Dates and amounts</source>
        <translation>日期和金额</translation>
    </message>
    <message>
        <source>How the dates and amounts are written, checked over every row of the file.</source>
        <translation>日期和金额的书写格式，已针对文件的每一行进行检查。</translation>
    </message>
    <message>
        <source>Choose the date order…</source>
        <translation>选择日期顺序…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>按检测结果</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>日在前（31/12/2024）</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>月在前（12/31/2024）</translation>
    </message>
    <message>
        <source>Year first, ISO (2024-12-31)</source>
        <translation>年在前，ISO（2024-12-31）</translation>
    </message>
    <message>
        <source>Choose the decimal separator…</source>
        <translation>选择小数分隔符…</translation>
    </message>
    <message>
        <source>Decimal point (1,234.50)</source>
        <translation>小数点（1,234.50）</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,50)</source>
        <translation>小数逗号（1.234,50）</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>日期顺序(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;ecimal separator:</source>
        <translation>小数分隔符(&amp;E)：</translation>
    </message>
    <message>
        <source>Reading every row of “%1”…</source>
        <translation>正在读取“%1”的每一行…</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) checked.</source>
        <translation>
            <numerusform>已检查 %n 个数据行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportIssueModel</name>
    <message>
        <source>(row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
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
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Say which column holds what. The preset that fits the header is proposed.</source>
        <translation>指定每一列包含的内容。系统会推荐与表头匹配的预设。</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer id:</source>
        <translation>客户编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Order date:</source>
        <translation>订单日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Order &amp;id (optional):</source>
        <translation>订单编号（可选）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Save this mapping in the project as:</source>
        <translation>将此映射保存到项目中，名称为(&amp;S)：</translation>
    </message>
    <message>
        <source>Preset name, e.g. “Shop export”</source>
        <translation>预设名称，例如“商店导出”</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（选择一列）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (saved in this project)</source>
        <translation>%1（保存在此项目中）</translation>
    </message>
    <message>
        <source>Proposed from the header: %1</source>
        <translation>根据表头推荐：%1</translation>
    </message>
    <message>
        <source>No preset fits the header: choose the columns by hand.</source>
        <translation>没有与表头匹配的预设：请手动选择列。</translation>
    </message>
    <message>
        <source>%1 ← “%2”</source>
        <translation>%1 ← “%2”</translation>
    </message>
    <message>
        <source>The preset also reads: %1.</source>
        <translation>该预设还会读取：%1。</translation>
    </message>
    <message>
        <source>Choose the column with the customer id.</source>
        <translation>请选择包含客户编号的列。</translation>
    </message>
    <message>
        <source>Choose the column with the order date.</source>
        <translation>请选择包含订单日期的列。</translation>
    </message>
    <message>
        <source>Choose the column with the amount (or a preset that multiplies quantity by unit price).</source>
        <translation>请选择包含金额的列（或选择用数量乘以单价计算金额的预设）。</translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportPreviewModel</name>
    <message>
        <source>(extra)</source>
        <translation>（多余）</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Column %1: %2 (used as %3)</source>
        <translation>第 %1 列：%2（用作 %3）</translation>
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
        <translation>
            <numerusform>已导入“%1”，其中 %n 行被拒绝。</numerusform>
        </translation>
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
    <name>clv::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The orders are written in one step: if you cancel, nothing is changed.</source>
        <translation>订单将一次性写入：如果取消，不会做任何更改。</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into “%1”…</source>
        <translation>
            <numerusform>正在将 %n 个文件导入“%1”…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the import is being rolled back…</source>
        <translation>正在取消：正在回滚导入…</translation>
    </message>
    <message>
        <source>The import was cancelled. The project is exactly as it was before.</source>
        <translation>导入已取消。项目与导入前完全相同。</translation>
    </message>
    <message>
        <source>The import failed. The project is unchanged.</source>
        <translation>导入失败。项目未做更改。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows. Already in the project: %3. Rejected or excluded: %4.</source>
        <translation>已导入 %2 行中的 %1 行。项目中已存在：%3。已拒绝或排除：%4。</translation>
    </message>
    <message>
        <source>The mapping could not be saved as a preset: %1</source>
        <translation>无法将映射保存为预设：%1</translation>
    </message>
    <message>
        <source>The mapping was saved as the preset “%1”.</source>
        <translation>映射已保存为预设“%1”。</translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportValidationPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>A trial run on a copy of the project: this is exactly what the import will do.</source>
        <translation>在项目副本上试运行：结果与实际导入完全一致。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation>将报告保存为 CSV(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1. Would be imported: %2. Already in the project: %3. Rejected: %4. Excluded by the preset&apos;s rules: %5. New customers: %6.</source>
        <translation>读取行数：%1。将导入：%2。项目中已存在：%3。已拒绝：%4。被预设规则排除：%5。新客户：%6。</translation>
    </message>
    <message>
        <source>Nothing new would be imported.</source>
        <translation>没有可导入的新内容。</translation>
    </message>
    <message>
        <source>Rows without a customer id: %1 (%2 % of the rows read). They cannot be attributed to a customer and are not imported.</source>
        <translation>没有客户编号的行：%1（占读取行数的 %2 %）。这些行无法归属到客户，不会被导入。</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有行被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected or excluded:</source>
        <translation>
            <numerusform>%n 行被拒绝或排除：</numerusform>
        </translation>
    </message>
    <message>
        <source>-import-report</source>
        <translation>-导入报告</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportWizard</name>
    <message>
        <source>Import Orders</source>
        <translation>导入订单</translation>
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
    <message>
        <source>Import committed. Loading the project…</source>
        <translation>导入已提交。正在加载项目…</translation>
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
        <translation>
            <numerusform>从第一笔到最后一笔订单共 %n 个月</numerusform>
        </translation>
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
    <message>
        <source>Computing segments, cohorts and churn…</source>
        <translation>正在计算细分、同期群和流失…</translation>
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
    <name>clv::ui::SegmentChart</name>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>各细分的客户和收入</translation>
    </message>
    <message>
        <source>Customers (% of all)</source>
        <translation>客户（占全部的 %）</translation>
    </message>
    <message>
        <source>Revenue (% of all)</source>
        <translation>收入（占全部的 %）</translation>
    </message>
    <message>
        <source>% of all</source>
        <translation>占全部的 %</translation>
    </message>
    <message>
        <source>%1
Customers: %2 (%3 % of all customers)
Revenue: %4 (%5 % of all net revenue)
Revenue is the members&apos; total net purchase value, refunds subtracted. Click to list the customers.</source>
        <translation>%1
客户：%2（占全部客户的 %3 %）
收入：%4（占全部净收入的 %5 %）
收入是成员的购买净值总额（已扣除退款）。单击可列出这些客户。</translation>
    </message>
</context>
<context>
    <name>clv::ui::SegmentCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近购买（天）</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Customer id as imported</source>
        <translation>导入时的客户编号</translation>
    </message>
    <message>
        <source>Recency score: 5 = bought most recently (quantile bins)</source>
        <translation>最近购买得分：5 = 最近购买过（分位数分箱）</translation>
    </message>
    <message>
        <source>Frequency score: 5 = most purchases (quantile bins)</source>
        <translation>购买频次得分：5 = 购买最多（分位数分箱）</translation>
    </message>
    <message>
        <source>Monetary score: 5 = highest total net value (quantile bins)</source>
        <translation>消费金额得分：5 = 净值总额最高（分位数分箱）</translation>
    </message>
    <message>
        <source>100 R + 10 F + M</source>
        <translation>100 R + 10 F + M</translation>
    </message>
    <message>
        <source>Days from the last purchase to the end date</source>
        <translation>从最后一次购买到截止日期的天数</translation>
    </message>
    <message>
        <source>Purchase days, the first included</source>
        <translation>购买天数（含首次）</translation>
    </message>
    <message>
        <source>Total net value of all purchases, refunds subtracted</source>
        <translation>所有购买的净值总额（已扣除退款）</translation>
    </message>
</context>
<context>
    <name>clv::ui::SegmentTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer share</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Avg recency (days)</source>
        <translation>平均最近购买（天）</translation>
    </message>
    <message>
        <source>Avg purchases</source>
        <translation>平均购买次数</translation>
    </message>
    <message>
        <source>Avg monetary</source>
        <translation>平均消费金额</translation>
    </message>
    <message>
        <source>Segment of the RFM map: each recency x frequency cell belongs to one segment</source>
        <translation>RFM 映射中的细分：每个最近购买 × 购买频次单元格属于一个细分</translation>
    </message>
    <message>
        <source>Customers in the segment</source>
        <translation>该细分中的客户数</translation>
    </message>
    <message>
        <source>Customers in the segment / all customers</source>
        <translation>该细分中的客户数 / 全部客户数</translation>
    </message>
    <message>
        <source>Total net value of the members&apos; purchases, refunds subtracted</source>
        <translation>成员购买的净值总额（已扣除退款）</translation>
    </message>
    <message>
        <source>Segment revenue / all revenue</source>
        <translation>细分收入 / 全部收入</translation>
    </message>
    <message>
        <source>Mean days from the member&apos;s last purchase to the end date</source>
        <translation>成员从最后一次购买到截止日期的平均天数</translation>
    </message>
    <message>
        <source>Mean number of purchase days per member, the first included</source>
        <translation>每位成员的平均购买天数（含首次）</translation>
    </message>
    <message>
        <source>Mean M value: total net purchase value per member</source>
        <translation>平均 M 值：每位成员的购买净值总额</translation>
    </message>
</context>
<context>
    <name>clv::ui::SegmentsPage</name>
    <message>
        <source>Segment &amp;map:</source>
        <translation>细分映射(&amp;M)：</translation>
    </message>
    <message>
        <source>Editable grid (10 segments)</source>
        <translation>可编辑网格（10 个细分）</translation>
    </message>
    <message>
        <source>Quartile codes (PyMC-Marketing)</source>
        <translation>四分位代码（PyMC-Marketing）</translation>
    </message>
    <message>
        <source>R rfm package rules</source>
        <translation>R rfm 包规则</translation>
    </message>
    <message>
        <source>Which segment map assigns customers to segments. Only the grid can be edited and saved in the project.</source>
        <translation>选择将客户分配到细分的细分映射。只有网格可以编辑并保存到项目中。</translation>
    </message>
    <message>
        <source>&amp;Save Grid</source>
        <translation>保存网格(&amp;S)</translation>
    </message>
    <message>
        <source>Store the edited grid in the project; it is used the next time the project opens</source>
        <translation>将编辑后的网格存储到项目中；下次打开项目时将使用它</translation>
    </message>
    <message>
        <source>&amp;Reset Grid</source>
        <translation>重置网格(&amp;R)</translation>
    </message>
    <message>
        <source>Go back to the default 10-segment grid (save to keep it)</source>
        <translation>恢复为默认的 10 细分网格（保存后才会保留）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Heat Map as PDF, PNG or SVG…</source>
        <translation>热力图导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Segment Chart as PDF, PNG or SVG…</source>
        <translation>细分图表导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Segment Table as CSV…</source>
        <translation>细分表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Segment Customers as CSV…</source>
        <translation>细分客户导出为 CSV…</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>尚无细分</translation>
    </message>
    <message>
        <source>RFM segments rank customers against each other, so they need at least two customers. Import more orders to see them.</source>
        <translation>RFM 细分会对客户进行相互排名，因此至少需要两位客户。请导入更多订单以查看细分。</translation>
    </message>
    <message>
        <source>This project has no orders. Import an orders CSV (File ▸ Import CSV…) to score customers by recency, frequency and monetary value.</source>
        <translation>此项目没有订单。请导入订单 CSV（文件 ▸ 导入 CSV…），按最近购买、购买频次和消费金额为客户评分。</translation>
    </message>
    <message>
        <source>Saving the grid…</source>
        <translation>正在保存网格…</translation>
    </message>
    <message>
        <source>Computing segments…</source>
        <translation>正在计算细分…</translation>
    </message>
    <message>
        <source>The grid was not saved: %1</source>
        <translation>网格未保存：%1</translation>
    </message>
    <message>
        <source>Grid saved in the project.</source>
        <translation>网格已保存到项目中。</translation>
    </message>
    <message>
        <source>Grid edited, not saved yet.</source>
        <translation>网格已编辑，尚未保存。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Cell R%1 F%2&lt;/b&gt;: %n customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;单元格 R%1 F%2&lt;/b&gt;：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cell R%1 F%2 to segment</source>
        <translation>将单元格 R%1 F%2 移到细分</translation>
    </message>
</context>
<context>
    <name>clv::ui::SurvivalTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>风险集</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Censored</source>
        <translation>删失数</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>生存率</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Time since the start (first purchase or subscription start)</source>
        <translation>自起点（首次购买或订阅开始）以来的时间</translation>
    </message>
    <message>
        <source>Subjects still observed (not yet ended or censored) at this time</source>
        <translation>此时仍在观察中（尚未结束或删失）的对象数</translation>
    </message>
    <message>
        <source>Subjects whose lifetime ended at this time</source>
        <translation>生命周期在此时结束的对象数</translation>
    </message>
    <message>
        <source>Subjects still active at the end date, last observed at this time</source>
        <translation>截止日期时仍活跃、最后观察时间为此时的对象数</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate S(t): share still active at this time</source>
        <translation>Kaplan-Meier 估计值 S(t)：此时仍活跃的占比</translation>
    </message>
    <message>
        <source>Lower end of the 95 % confidence band (Greenwood, log-log)</source>
        <translation>95 % 置信带的下限（Greenwood，log-log）</translation>
    </message>
    <message>
        <source>Upper end of the 95 % confidence band (Greenwood, log-log)</source>
        <translation>95 % 置信带的上限（Greenwood，log-log）</translation>
    </message>
</context>
</TS>
