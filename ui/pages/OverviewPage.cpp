// SPDX-License-Identifier: MIT
#include "ui/pages/OverviewPage.h"

#include "ui/analytics/AnalyticsTasks.h"
#include "ui/analytics/PageTools.h"
#include "ui/charts/RevenueChart.h"
#include "ui/pages/ForecastTableModel.h"
#include "ui/pages/KpiCard.h"
#include "ui/tasks/ModelSnapshot.h"
#include "ui/tasks/ProjectData.h"
#include "ui/text/Format.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"overviewPage"_s);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createToolbar());
    contentLayout->addWidget(createCards());
    contentLayout->addWidget(createCharts(), 1);
    std::tie(m_stack, m_empty) = PageTools::makeEmptyOrContent(this, u"overviewEmptyState"_s, content);
    clear();
}

OverviewPage::~OverviewPage() = default;

QWidget* OverviewPage::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const clv::SimpleClvOptions stored = analytics::storedSimpleClvOptions();
    auto* marginLabel = new QLabel(tr("Gross &margin"), bar);
    m_margin = new QDoubleSpinBox(bar);
    m_margin->setObjectName(u"overviewMargin"_s);
    m_margin->setRange(1.0, 100.0);
    m_margin->setDecimals(0);
    m_margin->setSuffix(u" %"_s);
    m_margin->setValue(stored.grossMargin * 100.0);
    m_margin->setToolTip(tr("Share of revenue kept after the cost of goods, used by the simple CLV formulas, LTV:CAC "
                            "and payback (the model CLV uses the model settings)"));
    marginLabel->setBuddy(m_margin);
    auto* cacLabel = new QLabel(tr("&CAC"), bar);
    m_cac = new QDoubleSpinBox(bar);
    m_cac->setObjectName(u"overviewCac"_s);
    m_cac->setRange(0.0, 1e9);
    m_cac->setDecimals(2);
    m_cac->setSpecialValueText(tr("not set"));
    m_cac->setValue(stored.cac.value_or(0.0));
    m_cac->setToolTip(tr("Customer acquisition cost: marketing and sales spend per new customer, in the currency of "
                         "the orders. Enables LTV:CAC and payback; 0 = not set"));
    cacLabel->setBuddy(m_cac);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, [this] { saveOptions(); });
    connect(m_cac, &QDoubleSpinBox::valueChanged, this, [this] { saveOptions(); });
    m_status = new QLabel(bar);
    m_status->setObjectName(u"overviewStatus"_s);

    m_export = new QToolButton(bar);
    m_export->setObjectName(u"overviewExport"_s);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    const auto baseName = [this](const QString& what) {
        return m_path.isEmpty() ? what : QFileInfo(m_path).completeBaseName() + u'-' + what;
    };
    menu->addAction(tr("Forecast Chart as PDF, PNG or SVG…"), this, [this, baseName] {
        const ForecastChart* chart = m_forecastChart;
        PageTools::chooseChartExport(this, baseName(u"forecast"_s),
                                     {ForecastChart::chartTitle(), PageTools::exportSubtitle(m_info.get()),
                                      [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }});
    });
    menu->addAction(tr("Revenue Chart as PDF, PNG or SVG…"), this, [this, baseName] {
        const RevenueChart* chart = m_chart;
        PageTools::chooseChartExport(this, baseName(u"revenue"_s),
                                     {RevenueChart::chartTitle(), PageTools::exportSubtitle(m_info.get()),
                                      [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }});
    });
    menu->addAction(tr("Revenue and Forecast Table as CSV…"), this, [this, baseName] {
        PageTools::chooseCsvExport(this, baseName(u"forecast"_s), *m_forecastModel);
    });
    m_export->setMenu(menu);

    row->addWidget(marginLabel);
    row->addWidget(m_margin);
    row->addSpacing(12);
    row->addWidget(cacLabel);
    row->addWidget(m_cac);
    row->addSpacing(12);
    row->addWidget(m_status, 1);
    row->addWidget(m_export);
    return bar;
}

QWidget* OverviewPage::createCards()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setSpacing(8);
    const auto add = [this, grid, box](int row, int column, int span, const QString& name, const QString& caption,
                                       const QString& definition) {
        auto* card = new KpiCard(name, caption, definition, box);
        m_cards.push_back(card);
        grid->addWidget(card, row, column, 1, span);
        return card;
    };
    m_customers = add(0, 0, 2, u"kpiCustomers"_s, tr("Customers"), tr("Customers with at least one order"));
    m_orders = add(0, 2, 2, u"kpiOrders"_s, tr("Orders"), tr("Orders stored in the project, refunds included"));
    m_revenue = add(0, 4, 2, u"kpiRevenue"_s, tr("Net revenue"), tr("Sum of all orders minus refunds"));
    m_aov = add(0, 6, 2, u"kpiAov"_s, tr("Average order value"),
                tr("AOV = net revenue / orders with an amount of 0 or more, over the 365 days up to the last order"));
    m_repeat = add(0, 8, 2, u"kpiRepeatRate"_s, tr("Repeat rate"),
                   tr("Share of customers with at least one repeat purchase (frequency > 0: purchases on two or more "
                      "different days)"));
    m_active = add(0, 10, 2, u"kpiActiveShare"_s, tr("Active share"),
                   tr("Share of customers with a purchase in the 365 days up to the last order"));
    m_churn = add(0, 12, 2, u"kpiChurn"_s, tr("Annual churn"),
                  tr("1 − (customers active in the previous 365 days who bought again in the last 365 days) / "
                     "(customers active in the previous 365 days); needs two years of data"));
    m_clvSimple = add(1, 0, 3, u"clvSimple"_s, tr("CLV · simple formula"),
                      tr("ARPU per month × gross margin / monthly churn, with ARPU = net revenue of the last 365 days "
                         "/ active customers / 12 and monthly churn = 1 − (1 − annual churn)^(1/12)"));
    m_clvCohort = add(1, 3, 3, u"clvCohort"_s, tr("CLV · cohort cumulative"),
                      tr("Cumulative net revenue per customer of the monthly acquisition cohorts through month 12 "
                         "after acquisition (cohorts that completed month 12, weighted by size)"));
    m_clvModel = add(1, 6, 3, u"clvModel"_s, tr("CLV · model"),
                     tr("Mean expected CLV per customer from the fitted models: discounted gross margin over the "
                        "horizon = Σ months P(alive) × expected purchases × expected spend (Gamma-Gamma) × margin / "
                        "(1 + monthly discount rate)^k"));
    m_ltvCac = add(1, 9, 3, u"clvLtvCac"_s, tr("LTV : CAC"),
                   tr("(ARPU per month × gross margin / monthly churn) / CAC; 3 or more is the usual rule of thumb"));
    m_payback = add(1, 12, 2, u"clvPayback"_s, tr("CAC payback"),
                    tr("CAC / (ARPU per month × gross margin): months until a new customer's margin repays CAC"));
    for (int c = 0; c < 14; ++c)
        grid->setColumnStretch(c, 1);
    return box;
}

QWidget* OverviewPage::createCharts()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"overviewTabs"_s);
    m_forecastModel = new ForecastTableModel(this);
    m_forecastModel->setObjectName(u"forecastTableModel"_s);

    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    m_forecastChart = new ForecastChart(split);
    m_forecastView = PageTools::makeTableView(split, u"forecastTable"_s, m_forecastModel);
    m_forecastView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->addWidget(m_forecastChart);
    split->addWidget(m_forecastView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_tabs->addTab(split, tr("Revenue Forecast"));

    auto* revenueSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_chart = new RevenueChart(revenueSplit);
    auto* revenueView = PageTools::makeTableView(revenueSplit, u"revenueTable"_s, m_forecastModel);
    revenueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    revenueSplit->addWidget(m_chart);
    revenueSplit->addWidget(revenueView);
    revenueSplit->setStretchFactor(0, 3);
    revenueSplit->setStretchFactor(1, 2);
    revenueSplit->setChildrenCollapsible(false);
    m_tabs->addTab(revenueSplit, tr("Revenue per Month"));
    return m_tabs;
}

KpiCard* OverviewPage::card(const QString& objectName) const
{
    for (KpiCard* card : m_cards)
        if (card->valueLabel()->objectName() == objectName)
            return card;
    return nullptr;
}

void OverviewPage::setEmptyState(bool noProject)
{
    if (noProject)
        PageTools::setEmptyText(m_empty, tr("No project open"),
                                tr("Open a project (File ▸ Open Project…) or import an orders CSV (File ▸ Import "
                                   "CSV…) to see its key figures, CLV and revenue forecast."));
    else
        PageTools::setEmptyText(m_empty, tr("No orders yet"),
                                tr("This project has no orders. Import an orders CSV (File ▸ Import CSV…) to see "
                                   "key figures, CLV three ways and the revenue forecast."));
    m_stack->setCurrentIndex(0);
}

void OverviewPage::setData(const ProjectData& project)
{
    m_runner.invalidate();
    m_path = project.path;
    auto info = std::make_shared<ProjectData>();
    info->path = project.path;
    info->counts = project.counts;
    m_info = std::move(info);
    m_snapshot.reset();
    m_model.reset();
    m_customerCount = project.counts.customers;
    m_inputs = project.overview.inputs;
    m_cohorts = project.cohorts;
    m_report = project.overview.simpleClv;
    m_reportError = project.overview.inputsError ? QString::fromStdString(project.overview.inputsError->detail)
                                                 : QString();
    m_chart->setRevenue(project.revenue);
    m_forecast = ForecastData{};
    m_forecast.history = project.revenue;
    updateForecast();
    if (project.revenue.empty() || !project.summary || project.summary->rows.empty()) {
        for (KpiCard* card : m_cards)
            card->clearValue();
        m_hasFigures = false;
        setEmptyState(false);
        return;
    }
    m_stack->setCurrentIndex(1);
    showKpis(project);
    // The report was computed with the stored options; recompute when the spin boxes differ.
    if (project.overview.options.grossMargin * 100.0 != m_margin->value() ||
        project.overview.options.cac.value_or(0.0) != m_cac->value())
        recomputeSimpleClv();
    else
        showSimpleClv();
    showModelClv();
    m_hasFigures = true;
}

void OverviewPage::showKpis(const ProjectData& project)
{
    const OverviewFigures& f = project.overview;
    m_customers->setValue(formatCount(project.counts.customers));
    m_orders->setValue(formatCount(project.counts.orders));
    const MonthlyRevenue& first = project.revenue.front();
    const MonthlyRevenue& last = project.revenue.back();
    m_revenue->setValue(formatMoney(project.counts.netRevenue),
                        tr("%1 – %2").arg(formatMonth(first.year, first.month), formatMonth(last.year, last.month)));
    m_repeat->setValue(tr("%1 %").arg(formatDecimal(f.repeatRate * 100.0, 1)), tr("of all customers"));
    if (!f.inputs) {
        const QString why = f.inputsError ? QString::fromStdString(f.inputsError->detail) : QString();
        for (KpiCard* card : {m_aov, m_active, m_churn}) {
            card->clearValue(tr("no purchases in the last year"));
            card->setExplanation(why);
        }
        return;
    }
    const ClvDataInputs& in = *f.inputs;
    const QString window = tr("%1 days to %2").arg(in.windowDays).arg(formatDate(in.end));
    m_aov->setValue(formatMoney(in.averageOrderValue), window);
    m_active->setValue(tr("%1 %").arg(formatDecimal(f.activeShare * 100.0, 1)),
                       tr("%1 active customers").arg(formatCount(in.activeCustomers)));
    if (in.annualChurn)
        m_churn->setValue(tr("%1 %").arg(formatDecimal(*in.annualChurn * 100.0, 1)), tr("per year"));
    else
        m_churn->clearValue(tr("needs two years of orders"));
}

void OverviewPage::clear()
{
    m_runner.invalidate();
    m_path.clear();
    m_info.reset();
    m_snapshot.reset();
    m_model.reset();
    m_inputs.reset();
    m_cohorts.reset();
    m_report.reset();
    m_hasFigures = false;
    for (KpiCard* card : m_cards)
        card->clearValue();
    m_chart->setRevenue({});
    m_forecast = ForecastData{};
    updateForecast();
    m_status->clear();
    setEmptyState(true);
}

bool OverviewPage::exportForecastChart(const QString& path, QString* error) const
{
    const ForecastChart* chart = m_forecastChart;
    return PageTools::writeChart(path,
                                 {ForecastChart::chartTitle(), PageTools::exportSubtitle(m_info.get()),
                                  [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }},
                                 error);
}

bool OverviewPage::exportForecastCsv(const QString& path, QString* error) const
{
    return PageTools::writeCsv(*m_forecastModel, path, error);
}

}  // namespace clv::ui
