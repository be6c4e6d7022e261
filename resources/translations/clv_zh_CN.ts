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
    <message>
        <source>excluded by the preset (status)</source>
        <translation>被预设排除（状态）</translation>
    </message>
    <message>
        <source>not a valid cancel date</source>
        <translation>取消日期无效</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <source>not a valid quantity</source>
        <translation>数量无效</translation>
    </message>
    <message>
        <source>not a valid unit price</source>
        <translation>单价无效</translation>
    </message>
    <message>
        <source>not a valid refund amount</source>
        <translation>退款金额无效</translation>
    </message>
    <message>
        <source>not a valid refund date</source>
        <translation>退款日期无效</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>another row of this order was rejected</source>
        <translation>此订单的另一行已被拒绝</translation>
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
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
</context>
<context>
    <name>ImportMappingRoles</name>
    <message>
        <source>C&amp;ustomer id:</source>
        <translation>客户编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Order date:</source>
        <translation>订单日期(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>价格(&amp;R)：</translation>
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
        <source>Subscription i&amp;d (optional):</source>
        <translation>订阅编号（可选）(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;lan (optional):</source>
        <translation>套餐（可选）(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Cancel or &amp;end date (optional):</source>
        <translation>取消或结束日期（可选）(&amp;E)：</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
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
        <source>Choose the column with the subscription’s price.</source>
        <translation>请选择包含订阅价格的列。</translation>
    </message>
    <message>
        <source>Choose the column with the amount (or a preset that multiplies quantity by unit price).</source>
        <translation>请选择包含金额的列（或选择用数量乘以单价计算金额的预设）。</translation>
    </message>
    <message>
        <source>Choose the column with the day the subscription started.</source>
        <translation>请选择包含订阅开始日期的列。</translation>
    </message>
    <message>
        <source>This preset reads subscriptions: one row per subscription with its price, start and end. The Churn page shows how long they last.</source>
        <translation>此预设读取订阅：每行一个订阅，包括其价格、开始和结束日期。“流失”页面会显示订阅的持续时长。</translation>
    </message>
    <message>
        <source>This preset reads orders: one row per order or order line.</source>
        <translation>此预设读取订单：每行一个订单或订单明细。</translation>
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
    <name>ModelTables</name>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>MBG/NBD</source>
        <translation>MBG/NBD</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
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
        <source>r: shape of the Gamma distribution of purchase rates across customers. With alpha, the mean rate of an active customer is r/alpha purchases per unit of time.</source>
        <translation>r：客户间购买率所服从 Gamma 分布的形状参数。与 alpha 一起，活跃客户的平均购买率为每单位时间 r/alpha 次。</translation>
    </message>
    <message>
        <source>alpha: scale of the Gamma distribution of purchase rates, in %1. Larger alpha means slower buying (mean rate r/alpha per unit).</source>
        <translation>alpha：购买率 Gamma 分布的尺度参数，单位为%1。alpha 越大，购买越慢（每单位时间平均 r/alpha 次）。</translation>
    </message>
    <message>
        <source>at the first purchase and after each repeat purchase</source>
        <translation>在首次购买时及每次重复购买后</translation>
    </message>
    <message>
        <source>after each repeat purchase</source>
        <translation>在每次重复购买后</translation>
    </message>
    <message>
        <source>%1: shape parameter of the Beta distribution of the probability that a customer drops out %2; the mean dropout probability is a/(a+b).</source>
        <translation>%1：客户%2的流失概率所服从 Beta 分布的形状参数；平均流失概率为 a/(a+b)。</translation>
    </message>
    <message>
        <source>s: shape of the Gamma distribution of dropout rates across customers (Pareto/NBD lifetimes are exponential). With beta, the mean dropout rate is s/beta per unit of time.</source>
        <translation>s：客户间流失率所服从 Gamma 分布的形状参数（Pareto/NBD 的生命周期服从指数分布）。与 beta 一起，平均流失率为每单位时间 s/beta。</translation>
    </message>
    <message>
        <source>beta: scale of the Gamma distribution of dropout rates, in %1. Larger beta means longer lifetimes.</source>
        <translation>beta：流失率 Gamma 分布的尺度参数，单位为%1。beta 越大，生命周期越长。</translation>
    </message>
    <message>
        <source>p: shape of the Gamma distribution of a customer&apos;s transaction values (Gamma-Gamma spend model).</source>
        <translation>p：单个客户交易金额所服从 Gamma 分布的形状参数（Gamma-Gamma 消费模型）。</translation>
    </message>
    <message>
        <source>q: shape of the Gamma distribution of the scale of transaction values across customers; the mean spend exists only when q &gt; 1.</source>
        <translation>q：客户间交易金额尺度所服从 Gamma 分布的形状参数；仅当 q &gt; 1 时平均消费才存在。</translation>
    </message>
    <message>
        <source>gamma: scale of the spend distribution across customers, in currency units; the population mean spend per transaction is p·gamma/(q−1).</source>
        <translation>gamma：客户间消费分布的尺度参数，以货币单位计；总体每笔交易的平均消费为 p·gamma/(q−1)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The purchase model, fitted by maximum likelihood on every customer&apos;s history</source>
        <translation>购买模型，基于每位客户的历史通过最大似然法拟合</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>Total log-likelihood of all customers&apos; purchase histories at the fitted parameters (higher is better)</source>
        <translation>在拟合参数下所有客户购买历史的总对数似然（越高越好）</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>Akaike information criterion, 2k − 2·LL with k parameters (lower is better)</source>
        <translation>赤池信息准则，2k − 2·LL，k 为参数个数（越低越好）</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bayesian information criterion, k·ln(n) − 2·LL with n customers (lower is better)</source>
        <translation>贝叶斯信息准则，k·ln(n) − 2·LL，n 为客户数（越低越好）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Fitted parameter values; rate scales are in %1</source>
        <translation>拟合的参数值；速率尺度的单位为%1</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>Whether the optimiser met the gradient tolerance at its best starting point</source>
        <translation>优化器在其最佳起始点是否达到梯度容差</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>BFGS iterations of the best starting point</source>
        <translation>最佳起始点的 BFGS 迭代次数</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Non-fatal problems reported by the fit (e.g. parameters at a bound, no standard errors)</source>
        <translation>拟合报告的非致命问题（例如参数位于边界、无标准误）</translation>
    </message>
    <message>
        <source>fit failed</source>
        <translation>拟合失败</translation>
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
        <source>Gradient norm at the optimum: %1</source>
        <translation>最优点处的梯度范数：%1</translation>
    </message>
    <message>
        <source>The model the parameter belongs to</source>
        <translation>参数所属的模型</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Hover a parameter for its meaning</source>
        <translation>将鼠标悬停在参数上可查看其含义</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Maximum-likelihood estimate</source>
        <translation>最大似然估计值</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>标准误</translation>
    </message>
    <message>
        <source>From the inverse Hessian of the log-likelihood (delta method); n/a when the Hessian is not positive definite</source>
        <translation>由对数似然 Hessian 矩阵的逆计算（delta 方法）；Hessian 矩阵非正定时为“不适用”</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>What the parameter describes</source>
        <translation>参数描述的内容</translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重复购买次数</translation>
    </message>
    <message>
        <source>Number of repeat purchase periods in the customer&apos;s observation period</source>
        <translation>客户观察期内的重复购买期数</translation>
    </message>
    <message>
        <source>Actual customers</source>
        <translation>实际客户数</translation>
    </message>
    <message>
        <source>Customers with this many repeat purchases in the data</source>
        <translation>数据中具有该重复购买次数的客户数</translation>
    </message>
    <message>
        <source>Expected customers</source>
        <translation>预期客户数</translation>
    </message>
    <message>
        <source>Sum over customers of the model&apos;s probability of this many repeat purchases in the customer&apos;s own observation period</source>
        <translation>模型给出的各客户在其自身观察期内发生该次数重复购买的概率之和</translation>
    </message>
    <message>
        <source>Calibration purchases</source>
        <translation>校准期购买次数</translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period (customers grouped by it)</source>
        <translation>校准期内的重复购买次数（按此对客户分组）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers acquired by the calibration end with this many calibration repeat purchases</source>
        <translation>校准期结束前获得、且校准期重复购买次数为该值的客户数</translation>
    </message>
    <message>
        <source>Actual (holdout)</source>
        <translation>实际（验证期）</translation>
    </message>
    <message>
        <source>Mean repeat purchases per customer in the holdout period, as observed</source>
        <translation>观察到的验证期内每位客户的平均重复购买次数</translation>
    </message>
    <message>
        <source>Expected (holdout)</source>
        <translation>预期（验证期）</translation>
    </message>
    <message>
        <source>Mean of the model&apos;s conditional expected purchases per customer over the holdout period, given the calibration history</source>
        <translation>给定校准期历史时，模型对每位客户验证期购买次数的条件期望的平均值</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>%1 since the first order day</source>
        <translation>自首个订单日起的时间（%1）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>First order day plus the step</source>
        <translation>首个订单日加上步数</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Calibration (the model was fitted on it) or holdout (predicted)</source>
        <translation>校准期（用于拟合模型）或验证期（预测）</translation>
    </message>
    <message>
        <source>Actual cumulative</source>
        <translation>实际累计</translation>
    </message>
    <message>
        <source>Repeat purchases of the customers acquired by the calibration end, dated before the date</source>
        <translation>校准期结束前获得的客户在该日期之前的重复购买次数</translation>
    </message>
    <message>
        <source>Expected cumulative</source>
        <translation>预期累计</translation>
    </message>
    <message>
        <source>Sum over those customers of the model&apos;s expected repeat purchases since their first purchase</source>
        <translation>模型对这些客户自首次购买以来预期重复购买次数的总和</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校准期</translation>
    </message>
    <message>
        <source>holdout</source>
        <translation>验证期</translation>
    </message>
    <message>
        <source>Customers by number of repeat purchases: actual vs %1</source>
        <translation>按重复购买次数统计的客户数：实际与 %1 对比</translation>
    </message>
    <message>
        <source>Customers with this many repeat purchases in their observation period; the model&apos;s number is the sum of each customer&apos;s probability.</source>
        <translation>在各自观察期内具有该重复购买次数的客户数；模型值为各客户概率之和。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Holdout purchases per customer: actual vs %1</source>
        <translation>每位客户的验证期购买次数：实际与 %1 对比</translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation>校准期内的重复购买次数</translation>
    </message>
    <message>
        <source>Mean holdout purchases</source>
        <translation>验证期平均购买次数</translation>
    </message>
    <message>
        <source>Mean repeat purchases per customer in the holdout period, for customers grouped by their calibration purchases; the model&apos;s value is its conditional expectation.</source>
        <translation>按校准期购买次数分组后，每位客户在验证期内的平均重复购买次数；模型值为其条件期望。</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases: actual vs %1</source>
        <translation>累计重复购买次数：实际与 %1 对比</translation>
    </message>
    <message>
        <source>%1 since the first order</source>
        <translation>自首个订单起的时间（%1）</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases of the customers acquired by the calibration end; the model curve sums each customer&apos;s expected purchases since the first purchase.</source>
        <translation>校准期结束前获得的客户的累计重复购买次数；模型曲线为各客户自首次购买以来预期购买次数之和。</translation>
    </message>
    <message>
        <source>Calibration end (%1)</source>
        <translation>校准期结束（%1）</translation>
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
    <name>ScenarioFigures</name>
    <message>
        <source>Total CLV (existing customers)</source>
        <translation>总 CLV（现有客户）</translation>
    </message>
    <message>
        <source>CLV per segment: baseline vs scenario</source>
        <translation>各细分的 CLV：基线与情景对比</translation>
    </message>
    <message>
        <source>Effect of each input on total CLV</source>
        <translation>各输入对总 CLV 的影响</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>衡量的内容</translation>
    </message>
    <message>
        <source>With the baseline settings and the fitted behaviour</source>
        <translation>采用基线设置和拟合的客户行为</translation>
    </message>
    <message>
        <source>With the inputs on the left</source>
        <translation>采用左侧的输入</translation>
    </message>
    <message>
        <source>Scenario minus baseline</source>
        <translation>情景减去基线</translation>
    </message>
    <message>
        <source>Change relative to the baseline</source>
        <translation>相对于基线的变化</translation>
    </message>
    <message>
        <source>Sum over existing customers of the expected gross margin over the horizon, discounted monthly.</source>
        <translation>现有客户在预测期内预期毛利的总和，按月折现。</translation>
    </message>
    <message>
        <source>Mean CLV per customer</source>
        <translation>每位客户的平均 CLV</translation>
    </message>
    <message>
        <source>Total CLV divided by the number of customers.</source>
        <translation>总 CLV 除以客户数。</translation>
    </message>
    <message>
        <source>CLV: %1</source>
        <translation>CLV：%1</translation>
    </message>
    <message>
        <source>Total CLV of the customers in this RFM segment.</source>
        <translation>该 RFM 细分中客户的总 CLV。</translation>
    </message>
    <message>
        <source>New-customer LTV</source>
        <translation>新客户 LTV</translation>
    </message>
    <message>
        <source>Discounted gross margin of a newly acquired customer over the horizon: the first purchase plus the expected repeat purchases, at the average order value.</source>
        <translation>新获客户在预测期内的折现毛利：首次购买加上预期的重复购买，按平均订单金额计算。</translation>
    </message>
    <message>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <source>New-customer LTV divided by the acquisition cost (CAC); empty while no CAC is given.</source>
        <translation>新客户 LTV 除以获客成本（CAC）；未填写 CAC 时为空。</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>回本周期（月）</translation>
    </message>
    <message>
        <source>First month in which a new customer&apos;s cumulative discounted margin reaches the CAC; empty when no CAC is given or it is not reached within the horizon.</source>
        <translation>新客户累计折现毛利首次达到 CAC 的月份；未填写 CAC 或在预测期内未达到时为空。</translation>
    </message>
    <message>
        <source>CLV of a segment: its customers&apos; expected gross margin over the horizon, discounted monthly.</source>
        <translation>细分的 CLV：其客户在预测期内的预期毛利，按月折现。</translation>
    </message>
    <message>
        <source>Baseline %1, scenario %2 (%3)</source>
        <translation>基线 %1，情景 %2（%3）</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Baseline CLV</source>
        <translation>基线 CLV</translation>
    </message>
    <message>
        <source>Scenario CLV</source>
        <translation>情景 CLV</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expected revenue of the existing customers in that month (before margin, not discounted)</source>
        <translation>现有客户在该月的预期收入（未计毛利率，未折现）</translation>
    </message>
    <message>
        <source>Baseline revenue</source>
        <translation>基线收入</translation>
    </message>
    <message>
        <source>Scenario revenue</source>
        <translation>情景收入</translation>
    </message>
    <message>
        <source>Baseline purchases</source>
        <translation>基线购买次数</translation>
    </message>
    <message>
        <source>Scenario purchases</source>
        <translation>情景购买次数</translation>
    </message>
    <message>
        <source>Expected revenue (before margin, not discounted) and purchases of the existing customers in month %1 from now.</source>
        <translation>现有客户在此后第 %1 个月的预期收入（未计毛利率，未折现）和购买次数。</translation>
    </message>
    <message>
        <source>Change of total CLV</source>
        <translation>总 CLV 的变化</translation>
    </message>
    <message>
        <source>Input lowered</source>
        <translation>输入调低</translation>
    </message>
    <message>
        <source>Input raised</source>
        <translation>输入调高</translation>
    </message>
    <message>
        <source>Change of total CLV when only this input moves from the current scenario.</source>
        <translation>仅该输入在当前情景基础上变动时总 CLV 的变化。</translation>
    </message>
    <message>
        <source>%1
%2 at %3: total CLV %4 (%5)</source>
        <translation>%1
%2 为 %3 时：总 CLV %4（%5）</translation>
    </message>
    <message>
        <source>%1
%2 at %3: outside the model&apos;s valid range</source>
        <translation>%1
%2 为 %3 时：超出模型的有效范围</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Lowered to</source>
        <translation>调低至</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>总 CLV</translation>
    </message>
    <message>
        <source>Raised to</source>
        <translation>调高至</translation>
    </message>
    <message>
        <source>Total CLV with only this input moved down and up around the current scenario (total CLV there: %1).</source>
        <translation>仅将该输入在当前情景附近调低和调高时的总 CLV（当前情景总 CLV：%1）。</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>Revenue forecast: baseline vs scenario</source>
        <translation>收入预测：基线与情景对比</translation>
    </message>
</context>
<context>
    <name>SegmentNames</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>高端客户</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <source>Top Spender</source>
        <translation>高消费客户</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>不活跃</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>Loyal Customers</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About To Sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
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
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Fit BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma; parameters, diagnostics, holdout test, comparison</source>
        <translation>拟合 BG/NBD、MBG/NBD、Pareto/NBD 和 Gamma-Gamma；参数、诊断、验证期检验、模型比较</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Move retention, price, frequency, margin, discount rate and CAC against the baseline</source>
        <translation>相对于基线调整留存、价格、频次、毛利率、折现率和获客成本</translation>
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
    <name>clv::ui::CustomerDetailDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Export Orders as CSV…</source>
        <translation>订单导出为 CSV…</translation>
    </message>
    <message>
        <source>customer-%1-orders</source>
        <translation>客户-%1-订单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>The orders of this customer are not loaded.</source>
        <translation>未加载该客户的订单。</translation>
    </message>
    <message>
        <source>Reading order ids…</source>
        <translation>正在读取订单编号…</translation>
    </message>
    <message>
        <source>Order ids could not be read: %1</source>
        <translation>无法读取订单编号：%1</translation>
    </message>
    <message>
        <source>the project changed</source>
        <translation>项目已更改</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer id as imported</source>
        <translation>导入时的客户编号</translation>
    </message>
    <message>
        <source>Orders of this customer in the project, refunds included</source>
        <translation>项目中该客户的订单（含退款）</translation>
    </message>
    <message>
        <source>First – last purchase</source>
        <translation>首次 – 最后一次购买</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Dates of the first and the latest purchase</source>
        <translation>首次和最近一次购买的日期</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Repeat purchase periods (purchases after the first; same-day orders count once)</source>
        <translation>重复购买的期数（首次之后的购买；同一天的订单只计一次）</translation>
    </message>
    <message>
        <source>Recency / T</source>
        <translation>最近度 / T</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>Recency: time from the first to the last purchase; T: from the first purchase to the end of the observation</source>
        <translation>最近度：从首次到最后一次购买的时间；T：从首次购买到观察期结束的时间</translation>
    </message>
    <message>
        <source>Monetary value</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Average net value of the repeat purchases (first purchase excluded)</source>
        <translation>重复购买的平均净额（不含首次购买）</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Net value of all purchases, the first included</source>
        <translation>所有购买的净额（含首次）</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 细分</translation>
    </message>
    <message>
        <source>Segment from the recency and frequency scores and the project&apos;s segment grid</source>
        <translation>根据最近购买和购买频次得分以及项目的细分网格确定的细分</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>The model could not value this customer.</source>
        <translation>模型无法评估该客户的价值。</translation>
    </message>
    <message>
        <source>No model yet: predictions appear once the model is fitted (it needs customers with repeat purchases).</source>
        <translation>尚无模型：模型拟合后将显示预测（需要有重复购买的客户）。</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率 P(alive)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Probability that the customer is still active at the end of the observation (fitted model)</source>
        <translation>观察期结束时客户仍活跃的概率（拟合模型）</translation>
    </message>
    <message>
        <source>Purchases, next %1 mo</source>
        <translation>未来 %1 个月购买次数</translation>
    </message>
    <message numerus="yes">
        <source>Expected number of purchases in the next %n month(s) given this customer&apos;s history (conditional expectation of the purchase model)</source>
        <translation>
            <numerusform>根据该客户的历史，未来 %n 个月的预期购买次数（购买模型的条件期望）</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected spend per purchase</source>
        <translation>每次购买的预期消费</translation>
    </message>
    <message>
        <source>Gamma-Gamma expected spend per purchase given this customer&apos;s repeat purchases</source>
        <translation>根据该客户的重复购买，由 Gamma-Gamma 得出的每次购买预期消费</translation>
    </message>
    <message>
        <source>CLV (next %1 mo)</source>
        <translation>CLV（未来 %1 个月）</translation>
    </message>
    <message>
        <source>Discounted expected gross margin over the horizon: P(alive) × expected purchases × expected spend × margin, discounted %1 % per month</source>
        <translation>预测期内的折现预期毛利：P(alive) × 预期购买次数 × 预期消费 × 毛利率，按每月 %1 % 折现</translation>
    </message>
</context>
<context>
    <name>clv::ui::CustomerOrdersModel</name>
    <message>
        <source>Refund or cancellation (negative amount)</source>
        <translation>退款或取消（负金额）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Order amount in the currency of the imported file; negative = refund</source>
        <translation>订单金额，以导入文件的货币计；负数 = 退款</translation>
    </message>
    <message>
        <source>Order id as imported (empty when the file had no order id column)</source>
        <translation>导入时的订单编号（文件没有订单编号列时为空）</translation>
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
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message numerus="yes">
        <source>Purchases (%n mo)</source>
        <translation>
            <numerusform>购买次数（%n 个月）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CLV (%n mo)</source>
        <translation>
            <numerusform>CLV（%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>RFM segment from the recency and frequency scores (quintiles) and the project&apos;s segment grid</source>
        <translation>根据最近购买和购买频次得分（五分位）以及项目的细分网格确定的 RFM 细分</translation>
    </message>
    <message>
        <source>P(alive) = probability that the customer is still active at the end of the observation, from the fitted purchase model; – before the model is fitted</source>
        <translation>P(alive) = 存活概率：根据拟合的购买模型，观察期结束时客户仍活跃的概率；模型拟合前显示 –</translation>
    </message>
    <message numerus="yes">
        <source>Expected purchases in the next %n month(s), from the fitted purchase model</source>
        <translation>
            <numerusform>根据拟合的购买模型，未来 %n 个月的预期购买次数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CLV = discounted expected gross margin over the next %n month(s): P(alive) × expected purchases × expected spend per purchase (Gamma-Gamma)</source>
        <translation>
            <numerusform>CLV = 未来 %n 个月的折现预期毛利：P(alive) × 预期购买次数 × 每次购买预期消费（Gamma-Gamma）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clv::ui::CustomersPage</name>
    <message>
        <source>Customer filter</source>
        <translation>客户筛选</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
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
    <message>
        <source>Double-click a customer for the orders and predictions</source>
        <translation>双击客户可查看其订单和预测</translation>
    </message>
    <message>
        <source>Search customer id…</source>
        <translation>搜索客户编号…</translation>
    </message>
    <message>
        <source>Show the customers of one RFM segment</source>
        <translation>显示某个 RFM 细分的客户</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Show customers whose model CLV is at least this amount (needs the fitted model)</source>
        <translation>显示模型 CLV 不低于此金额的客户（需要已拟合的模型）</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>Lowest P(alive) shown: probability that the customer is still active</source>
        <translation>显示的最低 P(alive)：客户仍活跃的概率</translation>
    </message>
    <message>
        <source>Highest P(alive) shown</source>
        <translation>显示的最高 P(alive)</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Writes the rows shown (filters and order applied) as CSV</source>
        <translation>将显示的行（已应用筛选和排序）写入 CSV</translation>
    </message>
    <message>
        <source>CLV ≥</source>
        <translation>CLV ≥</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Observed until %1. Same-day orders count as one purchase; refunds are netted. Hover over a column header for its definition; double-click a customer for details.</source>
        <translation>观察截止 %1。同一天的订单计为一次购买；退款已冲减。将鼠标悬停在列标题上可查看定义；双击客户可查看详情。</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
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
    <name>clv::ui::ForecastChart</name>
    <message>
        <source>Revenue per month: history and model forecast</source>
        <translation>每月收入：历史与模型预测</translation>
    </message>
    <message>
        <source>Revenue forecast — no orders yet</source>
        <translation>收入预测 — 尚无订单</translation>
    </message>
    <message>
        <source>Observed net revenue</source>
        <translation>实际净收入</translation>
    </message>
    <message>
        <source>%1 % interval (model parameters)</source>
        <translation>%1 % 区间（模型参数）</translation>
    </message>
    <message>
        <source>Model forecast</source>
        <translation>模型预测</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>%1
Observed net revenue: %2
(sum of the month&apos;s orders minus refunds)</source>
        <translation>%1
实际净收入：%2
（当月订单之和减去退款）</translation>
    </message>
    <message>
        <source>Month +%1 after the observation end
Expected revenue: %2
(sum over customers of P(alive) × expected purchases in the month × expected spend per purchase)</source>
        <translation>观察期结束后第 +%1 个月
预期收入：%2
（各客户 P(alive) × 当月预期购买次数 × 每次购买预期消费之和）</translation>
    </message>
    <message>
        <source>
%1 % interval: %2 – %3 (delta method on the fitted parameters)</source>
        <translation>
%1 % 区间：%2 – %3（基于拟合参数的 delta 方法）</translation>
    </message>
</context>
<context>
    <name>clv::ui::ForecastTableModel</name>
    <message>
        <source>observed</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Calendar month of the orders, or +k: the k-th period of 30.4375 days after the observation end</source>
        <translation>订单所在的日历月，或 +k：观察期结束后的第 k 个 30.4375 天周期</translation>
    </message>
    <message>
        <source>observed = from the orders; forecast = from the fitted model</source>
        <translation>实际 = 来自订单；预测 = 来自拟合模型</translation>
    </message>
    <message>
        <source>Observed: net revenue of the month (orders minus refunds). Forecast: expected revenue = sum over customers of P(alive) × expected purchases in the month × expected spend per purchase (undiscounted, before margin)</source>
        <translation>实际：当月净收入（订单减去退款）。预测：预期收入 = 各客户 P(alive) × 当月预期购买次数 × 每次购买预期消费之和（未折现，未计毛利率）</translation>
    </message>
    <message>
        <source>%1 % interval of the forecast from the uncertainty of the fitted parameters (delta method, log scale); it does not include the randomness of individual purchases</source>
        <translation>根据拟合参数的不确定性得出的预测 %1 % 区间（delta 方法，对数尺度）；不包含单次购买的随机性</translation>
    </message>
    <message>
        <source>Orders of the month with an amount of 0 or more (refunds not counted)</source>
        <translation>当月金额为 0 或以上的订单（不计退款）</translation>
    </message>
    <message>
        <source>Customers with an order in the month</source>
        <translation>当月有订单的客户</translation>
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
        <source>Subscriptions are read by column names: go back and choose a file layout with a header row.</source>
        <translation>订阅按列名读取：请返回并选择带有表头行的文件格式。</translation>
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
    <message>
        <source>The subscriptions are written in one step: if you cancel, nothing is changed.</source>
        <translation>订阅将一次性写入：如果取消，不会做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Importing subscriptions from %n file(s) into “%1”…</source>
        <translation>
            <numerusform>正在从 %n 个文件向“%1”导入订阅…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n subscription(s) from %1 rows (new customers: %2). Already in the project: %3. Rejected or excluded: %4. The Churn page shows how long the subscriptions last.</source>
        <translation>
            <numerusform>已从 %1 行中导入 %n 个订阅（新客户：%2）。项目中已存在：%3。已拒绝或排除：%4。“流失”页面会显示订阅的持续时长。</numerusform>
        </translation>
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
    <message>
        <source>Rows read: %1. Subscriptions that would be imported: %2. Already in the project: %3. Rejected: %4. Excluded by the preset&apos;s rules (e.g. incomplete subscriptions): %5. New customers: %6.</source>
        <translation>读取行数：%1。将导入的订阅：%2。项目中已存在：%3。已拒绝：%4。被预设规则排除（例如未完成的订阅）：%5。新客户：%6。</translation>
    </message>
</context>
<context>
    <name>clv::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
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
        <source>Customers</source>
        <translation>客户</translation>
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
    <message>
        <source>Key figures, CLV three ways (formula, cohorts, model), LTV:CAC and the revenue forecast (Ctrl+1)</source>
        <translation>关键指标、三种 CLV（公式、同期群、模型）、LTV:CAC 和收入预测（Ctrl+1）</translation>
    </message>
    <message>
        <source>Every customer: frequency, recency, T, monetary value, segment, P(alive) and CLV; double-click for orders and predictions (Ctrl+2)</source>
        <translation>所有客户：频次、最近度、T、消费金额、细分、P(alive) 和 CLV；双击可查看订单和预测（Ctrl+2）</translation>
    </message>
    <message>
        <source>The purchase and spend models behind the model CLV, the forecast and the what-if page; fitted in the background after every import or open</source>
        <translation>模型 CLV、收入预测和假设分析页所依据的购买模型与消费模型；每次导入或打开后在后台拟合</translation>
    </message>
    <message>
        <source>Fitting models…</source>
        <translation>正在拟合模型…</translation>
    </message>
    <message>
        <source>Fitting models… %1%</source>
        <translation>正在拟合模型… %1%</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>MBG/NBD</source>
        <translation>MBG/NBD</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
    </message>
    <message>
        <source>Model: %1 + Gamma-Gamma  ·</source>
        <translation>模型：%1 + Gamma-Gamma  ·</translation>
    </message>
    <message>
        <source>The models could not be fitted: %1</source>
        <translation>无法拟合模型：%1</translation>
    </message>
    <message>
        <source>No model  ·</source>
        <translation>无模型  ·</translation>
    </message>
</context>
<context>
    <name>clv::ui::ModelResultsView</name>
    <message>
        <source>Parameters &amp;&amp; Comparison</source>
        <translation>参数与比较</translation>
    </message>
    <message>
        <source>Frequency: Actual vs Model</source>
        <translation>频次：实际与模型</translation>
    </message>
    <message>
        <source>Holdout Test</source>
        <translation>验证期检验</translation>
    </message>
    <message>
        <source>Tracking Plot</source>
        <translation>跟踪图</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model comparison&lt;/b&gt; (all three purchase models on the same customers; lower AIC and BIC fit better)</source>
        <translation>&lt;b&gt;模型比较&lt;/b&gt;（三种购买模型基于相同客户；AIC 和 BIC 越低拟合越好）</translation>
    </message>
    <message>
        <source>No fit yet</source>
        <translation>尚未拟合</translation>
    </message>
    <message>
        <source>Press Fit to fit the models and see the diagnostics.</source>
        <translation>请按“拟合”拟合模型并查看诊断结果。</translation>
    </message>
    <message>
        <source>%1 fitted on %2 customers, times in %3.</source>
        <translation>%1 基于 %2 位客户拟合，时间单位为%3。</translation>
    </message>
    <message>
        <source>Gamma-Gamma could not be fitted: %1</source>
        <translation>无法拟合 Gamma-Gamma：%1</translation>
    </message>
    <message>
        <source>Hover a parameter or column header for its definition.</source>
        <translation>将鼠标悬停在参数或列标题上可查看定义。</translation>
    </message>
    <message>
        <source>No frequency diagnostics</source>
        <translation>无频次诊断</translation>
    </message>
    <message>
        <source>The chosen model could not be fitted.</source>
        <translation>无法拟合所选模型。</translation>
    </message>
    <message>
        <source>How many customers made 0, 1, 2, … repeat purchases, against the number the fitted model expects over each customer&apos;s own observation period. Pearson χ² = %1 over %2 bins (smaller is closer).</source>
        <translation>重复购买 0、1、2… 次的客户数，与拟合模型在各客户自身观察期内的预期数对比。Pearson χ² = %1，共 %2 个分组（越小越接近）。</translation>
    </message>
    <message>
        <source>The holdout test failed</source>
        <translation>验证期检验失败</translation>
    </message>
    <message>
        <source>No holdout test</source>
        <translation>无验证期检验</translation>
    </message>
    <message>
        <source>Choose an earlier calibration end so that both periods hold purchases.</source>
        <translation>请选择更早的校准期结束日期，使两个期间都有购买。</translation>
    </message>
    <message>
        <source>Turn on the holdout test and choose a calibration end to compare the model&apos;s predictions with what customers did afterwards.</source>
        <translation>开启验证期检验并选择校准期结束日期，即可将模型的预测与客户之后的实际行为进行比较。</translation>
    </message>
    <message>
        <source>Fitted on %1 customers up to %2, predicted for the %3 %4 to %5: %6 repeat purchases expected, %7 happened (%8 %). Mean absolute error %9 per customer.</source>
        <translation>基于截至 %2 的 %1 位客户拟合，预测截至 %5 的 %3 %4：预期重复购买 %6 次，实际发生 %7 次（%8 %）。每位客户的平均绝对误差为 %9。</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases of the customers acquired by %1, actual against the model fitted on the calibration period; the vertical line marks the calibration end.</source>
        <translation>%1 前获得的客户的累计重复购买次数，实际值与基于校准期拟合的模型对比；竖线标示校准期结束。</translation>
    </message>
</context>
<context>
    <name>clv::ui::ModelService</name>
    <message>
        <source>the models need customers with at least one repeat purchase</source>
        <translation>模型需要至少有一次重复购买的客户</translation>
    </message>
</context>
<context>
    <name>clv::ui::ModelsPage</name>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>BG/NBD: customers buy at a steady individual rate and may drop out after each repeat purchase</source>
        <translation>BG/NBD：客户以稳定的个人购买率购买，并可能在每次重复购买后流失</translation>
    </message>
    <message>
        <source>MBG/NBD: like BG/NBD, but customers may also drop out right after their first purchase</source>
        <translation>MBG/NBD：与 BG/NBD 类似，但客户也可能在首次购买后立即流失</translation>
    </message>
    <message>
        <source>Pareto/NBD: customers buy at a steady individual rate and drop out at any time (exponential lifetimes)</source>
        <translation>Pareto/NBD：客户以稳定的个人购买率购买，并可能在任意时间流失（生命周期服从指数分布）</translation>
    </message>
    <message>
        <source>The purchase model whose parameters and diagnostics are shown; all three are fitted for the comparison table</source>
        <translation>显示其参数和诊断结果的购买模型；三种模型都会拟合以用于比较表</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>时间单位(&amp;T)：</translation>
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
        <source>Unit of recency, customer age and the rate parameters (alpha, beta) of the fit</source>
        <translation>最近度、客户年龄以及拟合中速率参数（alpha、beta）的单位</translation>
    </message>
    <message>
        <source>&amp;Holdout test, calibration until</source>
        <translation>验证期检验，校准期截至(&amp;H)</translation>
    </message>
    <message>
        <source>Refit the chosen model on the orders up to this date and compare its predictions with the purchases after it</source>
        <translation>用截至该日期的订单重新拟合所选模型，并将其预测与之后的购买进行比较</translation>
    </message>
    <message>
        <source>Last day of the calibration period (inclusive); the holdout runs from the next day to the last order</source>
        <translation>校准期的最后一天（含当天）；验证期从次日持续到最后一笔订单</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>拟合(&amp;F)</translation>
    </message>
    <message>
        <source>Fit BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma in the background</source>
        <translation>在后台拟合 BG/NBD、MBG/NBD、Pareto/NBD 和 Gamma-Gamma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Model Comparison as CSV…</source>
        <translation>模型比较导出为 CSV…</translation>
    </message>
    <message>
        <source>The options changed: press Fit to refit with them (the results below are for %1 in %2).</source>
        <translation>选项已更改：请按“拟合”按新选项重新拟合（下方结果对应 %1，时间单位为%2）。</translation>
    </message>
    <message>
        <source>The model behind Overview, Customers and What-if (fitted on the project&apos;s customer summary)</source>
        <translation>概览、客户和假设分析页所使用的模型（基于项目的客户汇总拟合）</translation>
    </message>
    <message>
        <source>&amp;Use as Active Model</source>
        <translation>设为当前模型(&amp;U)</translation>
    </message>
    <message>
        <source>Make the fitted model the one Overview, Customers and What-if use</source>
        <translation>将拟合的模型设为概览、客户和假设分析页使用的模型</translation>
    </message>
    <message>
        <source>Only one customer</source>
        <translation>只有一位客户</translation>
    </message>
    <message>
        <source>The purchase models learn how buying rates and lifetimes vary across customers, so they need many customers (ideally hundreds). Import more orders (File ▸ Import CSV…) to fit them.</source>
        <translation>购买模型需要学习购买率和生命周期在客户间的差异，因此需要大量客户（最好数百位）。请导入更多订单（文件 ▸ 导入 CSV…）后再拟合。</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>尚无模型</translation>
    </message>
    <message>
        <source>This project has no orders. Import an orders CSV (File ▸ Import CSV…) to fit BG/NBD, MBG/NBD and Pareto/NBD and compare them.</source>
        <translation>此项目没有订单。请导入订单 CSV（文件 ▸ 导入 CSV…），以拟合并比较 BG/NBD、MBG/NBD 和 Pareto/NBD。</translation>
    </message>
    <message>
        <source>Fitting BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma…</source>
        <translation>正在拟合 BG/NBD、MBG/NBD、Pareto/NBD 和 Gamma-Gamma…</translation>
    </message>
    <message>
        <source>Fit cancelled; the results below are from the previous fit.</source>
        <translation>拟合已取消；下方结果来自上一次拟合。</translation>
    </message>
    <message>
        <source>Fit cancelled. Press Fit to start again.</source>
        <translation>拟合已取消。请按“拟合”重新开始。</translation>
    </message>
    <message>
        <source>No fit yet</source>
        <translation>尚未拟合</translation>
    </message>
    <message>
        <source>Choose a model, a time unit and (optionally) a calibration end for the holdout test, then press Fit.</source>
        <translation>请选择模型、时间单位以及（可选的）验证期检验的校准期结束日期，然后按“拟合”。</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>正在拟合…</translation>
    </message>
    <message>
        <source>The models are fitted in the background; the results appear here.</source>
        <translation>模型正在后台拟合；结果将显示在此处。</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>拟合失败：%1</translation>
    </message>
    <message>
        <source>The fit failed</source>
        <translation>拟合失败</translation>
    </message>
    <message>
        <source>Try another time unit, or check the imported orders.</source>
        <translation>请尝试其他时间单位，或检查导入的订单。</translation>
    </message>
    <message>
        <source>%1 fitted on %2 customers.</source>
        <translation>%1 已基于 %2 位客户拟合。</translation>
    </message>
    <message>
        <source>%1 fitted, but the optimiser did not converge: treat the numbers with care.</source>
        <translation>%1 已拟合，但优化器未收敛：请谨慎对待这些数值。</translation>
    </message>
    <message>
        <source>%1 could not be fitted: %2 See the comparison table for the other models.</source>
        <translation>无法拟合 %1：%2 其他模型请参见比较表。</translation>
    </message>
    <message>
        <source>No active model</source>
        <translation>无当前模型</translation>
    </message>
    <message>
        <source> (fitting…)</source>
        <translation>（正在拟合…）</translation>
    </message>
    <message>
        <source> (failed: %1)</source>
        <translation>（失败：%1）</translation>
    </message>
    <message>
        <source> (none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>Active model: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>当前模型：&lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>This tab has no chart: open Frequency, Holdout Test or Tracking Plot to export one.</source>
        <translation>此标签页没有图表：请打开“频次”、“验证期检验”或“跟踪图”标签页导出图表。</translation>
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
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Gross &amp;margin</source>
        <translation>毛利率(&amp;M)</translation>
    </message>
    <message>
        <source>Share of revenue kept after the cost of goods, used by the simple CLV formulas, LTV:CAC and payback (the model CLV uses the model settings)</source>
        <translation>扣除商品成本后保留的收入占比，用于简单 CLV 公式、LTV:CAC 和回本周期（模型 CLV 使用模型设置）</translation>
    </message>
    <message>
        <source>&amp;CAC</source>
        <translation>获客成本(&amp;C)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Customer acquisition cost: marketing and sales spend per new customer, in the currency of the orders. Enables LTV:CAC and payback; 0 = not set</source>
        <translation>获客成本（CAC）：每位新客户的营销和销售支出，以订单货币计。用于计算 LTV:CAC 和回本周期；0 = 未设置</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Forecast Chart as PDF, PNG or SVG…</source>
        <translation>预测图表导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Revenue Chart as PDF, PNG or SVG…</source>
        <translation>收入图表导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Revenue and Forecast Table as CSV…</source>
        <translation>收入和预测表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>AOV = net revenue / orders with an amount of 0 or more, over the 365 days up to the last order</source>
        <translation>AOV = 净收入 / 金额为 0 或以上的订单数，统计截至最后一笔订单的 365 天</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Share of customers with at least one repeat purchase (frequency &gt; 0: purchases on two or more different days)</source>
        <translation>至少有一次重复购买的客户占比（频次 &gt; 0：在两个或更多不同日期有购买）</translation>
    </message>
    <message>
        <source>Active share</source>
        <translation>活跃客户占比</translation>
    </message>
    <message>
        <source>Share of customers with a purchase in the 365 days up to the last order</source>
        <translation>截至最后一笔订单的 365 天内有购买的客户占比</translation>
    </message>
    <message>
        <source>Annual churn</source>
        <translation>年流失率</translation>
    </message>
    <message>
        <source>1 − (customers active in the previous 365 days who bought again in the last 365 days) / (customers active in the previous 365 days); needs two years of data</source>
        <translation>1 − （前一个 365 天内活跃且在最近 365 天内再次购买的客户数）/（前一个 365 天内活跃的客户数）；需要两年的数据</translation>
    </message>
    <message>
        <source>CLV · simple formula</source>
        <translation>CLV · 简单公式</translation>
    </message>
    <message>
        <source>ARPU per month × gross margin / monthly churn, with ARPU = net revenue of the last 365 days / active customers / 12 and monthly churn = 1 − (1 − annual churn)^(1/12)</source>
        <translation>每月 ARPU × 毛利率 / 月流失率，其中 ARPU = 最近 365 天净收入 / 活跃客户数 / 12，月流失率 = 1 − (1 − 年流失率)^(1/12)</translation>
    </message>
    <message>
        <source>CLV · cohort cumulative</source>
        <translation>CLV · 同期群累计</translation>
    </message>
    <message>
        <source>Cumulative net revenue per customer of the monthly acquisition cohorts through month 12 after acquisition (cohorts that completed month 12, weighted by size)</source>
        <translation>按月获客同期群在获客后第 12 个月末的每位客户累计净收入（仅含已满 12 个月的同期群，按规模加权）</translation>
    </message>
    <message>
        <source>CLV · model</source>
        <translation>CLV · 模型</translation>
    </message>
    <message>
        <source>Mean expected CLV per customer from the fitted models: discounted gross margin over the horizon = Σ months P(alive) × expected purchases × expected spend (Gamma-Gamma) × margin / (1 + monthly discount rate)^k</source>
        <translation>拟合模型给出的每位客户平均预期 CLV：预测期内的折现毛利 = Σ 各月 P(alive) × 预期购买次数 × 预期消费（Gamma-Gamma）× 毛利率 / (1 + 月折现率)^k</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>(ARPU per month × gross margin / monthly churn) / CAC; 3 or more is the usual rule of thumb</source>
        <translation>（每月 ARPU × 毛利率 / 月流失率）/ CAC；通常的经验法则是 3 或以上</translation>
    </message>
    <message>
        <source>CAC payback</source>
        <translation>CAC 回本周期</translation>
    </message>
    <message>
        <source>CAC / (ARPU per month × gross margin): months until a new customer&apos;s margin repays CAC</source>
        <translation>CAC /（每月 ARPU × 毛利率）：新客户的毛利收回 CAC 所需的月数</translation>
    </message>
    <message>
        <source>Revenue Forecast</source>
        <translation>收入预测</translation>
    </message>
    <message>
        <source>Revenue per Month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Open a project (File ▸ Open Project…) or import an orders CSV (File ▸ Import CSV…) to see its key figures, CLV and revenue forecast.</source>
        <translation>请打开项目（文件 ▸ 打开项目…）或导入订单 CSV（文件 ▸ 导入 CSV…），以查看关键指标、CLV 和收入预测。</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>尚无订单</translation>
    </message>
    <message>
        <source>This project has no orders. Import an orders CSV (File ▸ Import CSV…) to see key figures, CLV three ways and the revenue forecast.</source>
        <translation>此项目没有订单。请导入订单 CSV（文件 ▸ 导入 CSV…），以查看关键指标、三种 CLV 和收入预测。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>of all customers</source>
        <translation>占全部客户</translation>
    </message>
    <message>
        <source>no purchases in the last year</source>
        <translation>最近一年无购买</translation>
    </message>
    <message>
        <source>%1 days to %2</source>
        <translation>%2 前 %1 天</translation>
    </message>
    <message>
        <source>%1 active customers</source>
        <translation>%1 位活跃客户</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>needs two years of orders</source>
        <translation>需要两年的订单</translation>
    </message>
    <message>
        <source>Recomputing the formulas…</source>
        <translation>正在重新计算公式…</translation>
    </message>
    <message>
        <source>• %1 = %2
    %3</source>
        <translation>• %1 = %2
    %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>All textbook formulas:
%1</source>
        <translation>所有教科书公式：
%1</translation>
    </message>
    <message>
        <source>ARPU %1/mo · churn %2 %/yr</source>
        <translation>ARPU %1/月 · 流失率 %2 %/年</translation>
    </message>
    <message>
        <source>churn unknown: needs two years of orders</source>
        <translation>流失率未知：需要两年的订单</translation>
    </message>
    <message>
        <source>revenue per customer, month 12</source>
        <translation>每位客户收入，第 12 个月</translation>
    </message>
    <message>
        <source>no cohort has completed month 12</source>
        <translation>尚无同期群满 12 个月</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>healthy (≥ 3)</source>
        <translation>健康（≥ 3）</translation>
    </message>
    <message>
        <source>below the rule of thumb of 3</source>
        <translation>低于经验值 3</translation>
    </message>
    <message>
        <source>needs a known churn rate</source>
        <translation>需要已知的流失率</translation>
    </message>
    <message>
        <source>set the CAC above</source>
        <translation>请在上方设置获客成本</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>at %1 % margin</source>
        <translation>毛利率 %1 %</translation>
    </message>
    <message>
        <source>No forecast interval: %1</source>
        <translation>无预测区间：%1</translation>
    </message>
    <message>
        <source>waiting for the model (needs customers with repeat purchases)</source>
        <translation>等待模型（需要有重复购买的客户）</translation>
    </message>
    <message>
        <source>%1 · next %2 mo · total %3</source>
        <translation>%1 · %2 个月 · 合计 %3</translation>
    </message>
    <message>
        <source>Model %1, horizon %2 months, discount %3 % per month, gross margin %4 %, %5 customers.</source>
        <translation>模型 %1，预测期 %2 个月，每月折现率 %3 %，毛利率 %4 %，%5 位客户。</translation>
    </message>
    <message>
        <source>%1 % interval on the total CLV (parameter uncertainty): %2 – %3</source>
        <translation>总 CLV 的 %1 % 区间（参数不确定性）：%2 – %3</translation>
    </message>
    <message>
        <source>No interval: %1</source>
        <translation>无区间：%1</translation>
    </message>
    <message>
        <source>no model: %1</source>
        <translation>无模型：%1</translation>
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
    <name>clv::ui::ScenarioTableModel</name>
    <message>
        <source>%1
(Being recomputed for the latest inputs…)</source>
        <translation>%1
（正在按最新输入重新计算…）</translation>
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
<context>
    <name>clv::ui::WhatIfControls</name>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> %/month</source>
        <translation> %/月</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>%1
Baseline: %2</source>
        <translation>%1
基线：%2</translation>
    </message>
    <message>
        <source>Retention change</source>
        <translation>留存变化</translation>
    </message>
    <message>
        <source>Price / order value change</source>
        <translation>价格/订单金额变化</translation>
    </message>
    <message>
        <source>Purchase frequency change</source>
        <translation>购买频次变化</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Percentage points added to the model&apos;s per-period retention (BG/NBD and MBG/NBD: the chance a customer stays after each purchase; Pareto/NBD: the monthly retention of an active customer).</source>
        <translation>在模型的每期留存率上增加的百分点（BG/NBD 和 MBG/NBD：客户每次购买后留存的概率；Pareto/NBD：活跃客户的月留存率）。</translation>
    </message>
    <message>
        <source>Percent change of the average order value: every expected order is worth this much more or less.</source>
        <translation>平均订单金额的百分比变化：每笔预期订单的金额相应增加或减少。</translation>
    </message>
    <message>
        <source>Percent change of how often an active customer buys (the fitted purchase rate).</source>
        <translation>活跃客户购买频率（拟合的购买率）的百分比变化。</translation>
    </message>
    <message>
        <source>Share of revenue kept as gross margin; CLV is margin, not revenue.</source>
        <translation>收入中作为毛利保留的占比；CLV 以毛利而非收入计算。</translation>
    </message>
    <message>
        <source>Monthly rate at which future margin is discounted to today&apos;s value.</source>
        <translation>将未来毛利折现为当前价值所用的月折现率。</translation>
    </message>
    <message>
        <source>Number of months ahead that CLV and the forecast cover.</source>
        <translation>CLV 和预测所覆盖的未来月数。</translation>
    </message>
    <message>
        <source>Acquisition cost per new customer, in the currency of the orders; 0 means not given. Used for LTV:CAC and payback of a newly acquired customer, in the baseline and the scenario alike.</source>
        <translation>每位新客户的获客成本，以订单货币计；0 表示未填写。用于计算新获客户的 LTV:CAC 和回本周期，基线和情景均适用。</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %/month</source>
        <translation>%1 %/月</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折现率</translation>
    </message>
</context>
<context>
    <name>clv::ui::WhatIfPage</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>情景名称</translation>
    </message>
    <message>
        <source>Name to save as</source>
        <translation>保存名称</translation>
    </message>
    <message>
        <source>Type a name and press Save to store the inputs in the project; pick a saved scenario to load its inputs</source>
        <translation>输入名称并按“保存”可将输入存储到项目中；选择已保存的情景可载入其输入</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the current inputs in the project under this name (replacing a scenario of the same name)</source>
        <translation>以此名称将当前输入存储到项目中（替换同名情景）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the saved scenario of this name from the project</source>
        <translation>从项目中删除此名称的已保存情景</translation>
    </message>
    <message>
        <source>&amp;Reset to Baseline</source>
        <translation>重置为基线(&amp;R)</translation>
    </message>
    <message>
        <source>Set every input back to the baseline: the model&apos;s settings and no behaviour change (the CAC is kept)</source>
        <translation>将所有输入恢复为基线：采用模型设置且无行为变化（保留获客成本）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>正在保存“%1”…</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>正在载入“%1”…</translation>
    </message>
    <message>
        <source>Saved %1, changed %2 (UTC)</source>
        <translation>保存于 %1，修改于 %2（UTC）</translation>
    </message>
    <message>
        <source>Saved scenarios: %1</source>
        <translation>已保存的情景：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n saved scenario(s) in this project</source>
        <translation>
            <numerusform>此项目中有 %n 个已保存的情景</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be loaded: %2</source>
        <translation>无法载入“%1”：%2</translation>
    </message>
    <message>
        <source>There is no saved scenario “%1”.</source>
        <translation>没有名为“%1”的已保存情景。</translation>
    </message>
    <message>
        <source>Showing the saved scenario “%1”.</source>
        <translation>正在显示已保存的情景“%1”。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save a chart as PDF, PNG or SVG, or a table as CSV</source>
        <translation>将图表保存为 PDF、PNG 或 SVG，或将表格保存为 CSV</translation>
    </message>
    <message>
        <source>CLV per Segment Chart as PDF, PNG or SVG…</source>
        <translation>各细分 CLV 图表导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Revenue Forecast Chart as PDF, PNG or SVG…</source>
        <translation>收入预测图表导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Tornado Chart as PDF, PNG or SVG…</source>
        <translation>龙卷风图导出为 PDF、PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Delta Table as CSV…</source>
        <translation>差异表导出为 CSV…</translation>
    </message>
    <message>
        <source>CLV per Segment Table as CSV…</source>
        <translation>各细分 CLV 表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Revenue Forecast Table as CSV…</source>
        <translation>收入预测表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Tornado Table as CSV…</source>
        <translation>龙卷风图表格导出为 CSV…</translation>
    </message>
    <message>
        <source>The delta table has no chart; export it as CSV.</source>
        <translation>差异表没有图表；请将其导出为 CSV。</translation>
    </message>
    <message>
        <source>Computing… the scenario figures (greyed) are for the previous inputs.</source>
        <translation>正在计算…（灰色显示的）情景数值对应上一次的输入。</translation>
    </message>
    <message>
        <source>These inputs cannot be evaluated (%1); the figures shown are for the last valid inputs.</source>
        <translation>无法评估这些输入（%1）；显示的数值对应最后一次有效的输入。</translation>
    </message>
    <message>
        <source>Computing the tornado…</source>
        <translation>正在计算龙卷风图…</translation>
    </message>
    <message>
        <source>What-if is not available for this model</source>
        <translation>此模型不支持假设分析</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>尚无模型</translation>
    </message>
    <message>
        <source>Open a project to try what-if scenarios on its fitted model.</source>
        <translation>请打开项目，基于其拟合模型尝试假设情景。</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>尚无客户</translation>
    </message>
    <message>
        <source>This project has no orders. Import an orders CSV (File ▸ Import CSV…); the what-if page then works on the fitted model.</source>
        <translation>此项目没有订单。请导入订单 CSV（文件 ▸ 导入 CSV…）；假设分析页随后将基于拟合模型运行。</translation>
    </message>
    <message>
        <source>Fitting the models…</source>
        <translation>正在拟合模型…</translation>
    </message>
    <message>
        <source>The what-if scenarios start from the fitted purchase and spend models. They appear here as soon as the fit in the background is done.</source>
        <translation>假设情景以拟合的购买模型和消费模型为起点。后台拟合完成后将立即显示在此处。</translation>
    </message>
    <message>
        <source>The models could not be fitted</source>
        <translation>无法拟合模型</translation>
    </message>
    <message>
        <source>%1
What-if needs a fitted model; try another model on the Models page or import more orders.</source>
        <translation>%1
假设分析需要已拟合的模型；请在“模型”页尝试其他模型，或导入更多订单。</translation>
    </message>
    <message>
        <source>Open a project with orders: the what-if page works on its fitted model.</source>
        <translation>请打开有订单的项目：假设分析页将基于其拟合模型运行。</translation>
    </message>
</context>
</TS>
