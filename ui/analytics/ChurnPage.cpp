// SPDX-License-Identifier: MIT
#include "ui/analytics/ChurnPage.h"

#include "ui/analytics/AnalyticsTasks.h"
#include "ui/analytics/PageTools.h"
#include "ui/charts/CurveChart.h"
#include "ui/models/SurvivalTableModel.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

/// S(t) in percent as a step curve starting at 100 % at time 0, with the band.
Curve survivalCurve(const KaplanMeierCurve& km, const QString& name)
{
    Curve curve;
    curve.name = name;
    curve.step = true;
    curve.points.append(QPointF(0.0, 100.0));
    curve.lower.append(QPointF(0.0, 100.0));
    curve.upper.append(QPointF(0.0, 100.0));
    for (const KaplanMeierStep& step : km.steps) {
        if (step.time <= 0.0 && step.events == 0)
            continue;
        curve.points.append(QPointF(step.time, step.survival * 100.0));
        curve.lower.append(QPointF(step.time, step.lower * 100.0));
        curve.upper.append(QPointF(step.time, step.upper * 100.0));
    }
    return curve;
}

}  // namespace

ChurnPage::ChurnPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"churnPage"_s);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createToolbar());
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(u"churnTabs"_s);

    m_lapseChart = new CurveChart(this);
    m_lapseChart->setObjectName(u"lapseChart"_s);
    m_lapseModel = new SurvivalTableModel(this);
    m_lapseView = PageTools::makeTableView(this, u"lapseTable"_s, m_lapseModel);
    m_lapseNote = new QLabel(this);
    m_lapseNote->setObjectName(u"lapseNote"_s);
    m_tabs->addTab(createCurveTab(m_lapseChart, m_lapseView, m_lapseNote), tr("Orders: Still Active"));

    m_subscriptionChart = new CurveChart(this);
    m_subscriptionChart->setObjectName(u"subscriptionChart"_s);
    m_subscriptionModel = new SurvivalTableModel(this);
    m_subscriptionView = PageTools::makeTableView(this, u"subscriptionTable"_s, m_subscriptionModel);
    m_subscriptionNote = new QLabel(this);
    m_subscriptionStack = new QStackedWidget(this);
    m_subscriptionEmpty = PageTools::makeEmptyState(this, u"subscriptionEmptyState"_s);
    PageTools::setEmptyText(m_subscriptionEmpty, tr("No subscriptions"),
                            tr("This project holds orders only. The Kaplan-Meier curve of subscription lifetimes "
                               "appears here when the project has subscriptions."));
    m_subscriptionStack->addWidget(m_subscriptionEmpty);
    m_subscriptionStack->addWidget(createCurveTab(m_subscriptionChart, m_subscriptionView, m_subscriptionNote));
    m_tabs->addTab(m_subscriptionStack, tr("Subscriptions: Kaplan-Meier"));
    contentLayout->addWidget(m_tabs, 1);
    std::tie(m_stack, m_empty) = PageTools::makeEmptyOrContent(this, u"churnEmptyState"_s, content);
    clear();
}

QWidget* ChurnPage::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("A customer has &lapsed after"), bar);
    m_threshold = new QSpinBox(bar);
    m_threshold->setObjectName(u"lapseThreshold"_s);
    m_threshold->setRange(1, 104);
    m_threshold->setValue(static_cast<int>(analytics::kDefaultLapseThreshold));
    m_threshold->setToolTip(tr("Periods without a purchase after which a customer counts as lapsed (churned)"));
    label->setBuddy(m_threshold);
    m_unit = new QComboBox(bar);
    m_unit->setObjectName(u"lapseUnit"_s);
    m_unit->addItem(tr("days"), static_cast<int>(TimeUnit::Day));
    m_unit->addItem(tr("weeks"), static_cast<int>(TimeUnit::Week));
    m_unit->addItem(tr("months"), static_cast<int>(TimeUnit::Month));
    m_unit->setCurrentIndex(2);
    auto* suffix = new QLabel(tr("without a purchase"), bar);
    connect(m_threshold, &QSpinBox::valueChanged, this, &ChurnPage::recompute);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ChurnPage::recompute);
    m_status = new QLabel(bar);
    m_status->setObjectName(u"churnStatus"_s);
    m_export = new QToolButton(bar);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    const auto baseName = [this](const QString& what) {
        return m_data ? QFileInfo(m_data->path).completeBaseName() + u'-' + what : what;
    };
    menu->addAction(tr("Current Chart as PDF, PNG or SVG…"), this, [this, baseName] {
        const bool lapse = m_tabs->currentIndex() == 0;
        const CurveChart* chart = lapse ? m_lapseChart : m_subscriptionChart;
        PageTools::chooseChartExport(this, baseName(lapse ? u"lapse"_s : u"subscriptions"_s),
                                     {chart->curveData().title, PageTools::exportSubtitle(m_data.get()),
                                      [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }});
    });
    menu->addAction(tr("Current Table as CSV…"), this, [this, baseName] {
        const bool lapse = m_tabs->currentIndex() == 0;
        PageTools::chooseCsvExport(this, baseName(lapse ? u"lapse"_s : u"subscriptions"_s),
                                   lapse ? *m_lapseModel : *m_subscriptionModel);
    });
    m_export->setMenu(menu);
    row->addWidget(label);
    row->addWidget(m_threshold);
    row->addWidget(m_unit);
    row->addWidget(suffix);
    row->addWidget(m_status, 1);
    row->addWidget(m_export);
    return bar;
}

QWidget* ChurnPage::createCurveTab(CurveChart* chart, QTableView* table, QLabel* note)
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(chart);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    return tab;
}

QString ChurnPage::unitName(TimeUnit unit) const
{
    switch (unit) {
    case TimeUnit::Day: return tr("Days");
    case TimeUnit::Week: return tr("Weeks");
    case TimeUnit::Month: return tr("Months");
    }
    return {};
}

void ChurnPage::setData(std::shared_ptr<const ProjectData> snapshot)
{
    m_runner.invalidate();
    m_data = std::move(snapshot);
    m_status->clear();
    showSubscriptions();
    if (!m_data || !m_data->orders || !m_data->lapse) {
        m_lapse.reset();
        m_lapseModel->setCurve(nullptr, {}, {});
        m_lapseChart->setCurveData({});
        PageTools::setEmptyText(m_empty, tr("No churn curves yet"),
                                tr("This project has no orders. Import an orders CSV (File ▸ Import CSV…) to see how "
                                   "long customers keep buying before they lapse."));
        const bool subscriptionsOnly = m_data && m_data->subscriptions;
        m_stack->setCurrentIndex(subscriptionsOnly ? 1 : 0);
        if (subscriptionsOnly)
            m_tabs->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (lapseThreshold() == static_cast<int>(analytics::kDefaultLapseThreshold) &&
        lapseUnit() == analytics::kDefaultLapseUnit) {
        Computed<LapseCurve> loaded;
        loaded.value = m_data->lapse;
        applyLapse(loaded);
    } else {
        recompute();
    }
}

void ChurnPage::clear()
{
    setData(nullptr);
}

void ChurnPage::setLapse(int threshold, clv::TimeUnit unit)
{
    const QSignalBlocker block(m_unit);
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(unit)));
    if (m_threshold->value() == threshold)
        recompute();
    else
        m_threshold->setValue(threshold);
}

int ChurnPage::lapseThreshold() const
{
    return m_threshold->value();
}

clv::TimeUnit ChurnPage::lapseUnit() const
{
    return static_cast<TimeUnit>(m_unit->currentData().toInt());
}

bool ChurnPage::hasSubscriptionCurve() const
{
    return m_data && m_data->subscriptions;
}

void ChurnPage::recompute()
{
    if (!m_data || !m_data->orders)
        return;
    m_status->setText(tr("Computing the lapse curve…"));
    auto orders = m_data->orders;
    const TimeUnit unit = lapseUnit();
    const double threshold = lapseThreshold();
    m_runner.run<Computed<LapseCurve>>(
        [orders, unit, threshold] { return toComputed(analytics::computeLapse(*orders, unit, threshold)); },
        [this](Computed<LapseCurve> computed) { applyLapse(computed); });
}

void ChurnPage::applyLapse(const Computed<clv::LapseCurve>& computed)
{
    if (computed.error) {
        m_status->setText(ErrorText::message(*computed.error));
        return;
    }
    m_status->clear();
    m_lapse = computed.value;
    const LapseCurve& lapse = *m_lapse;
    const QString unit = unitName(lapse.options.unit);
    auto curve = std::shared_ptr<const KaplanMeierCurve>(m_lapse, &m_lapse->curve);
    m_lapseModel->setCurve(curve, unit, tr("Lapsed"));
    CurveChartData chartData;
    chartData.title = tr("Customers still active after their first purchase");
    chartData.xTitle = tr("%1 since the first purchase").arg(unit);
    chartData.yTitle = tr("Still active");
    chartData.definition = tr("Kaplan-Meier share of customers who have not lapsed: a customer lapses %1 %2 after a "
                         "purchase without another one.")
                          .arg(lapse.options.threshold)
                          .arg(unit.toLower());
    chartData.valueSuffix = u"%"_s;
    chartData.yMin = 0.0;
    chartData.yMax = 100.0;
    chartData.curves.push_back(survivalCurve(lapse.curve, tr("Customers")));
    m_lapseChart->setCurveData(std::move(chartData));
    const QString median = lapse.curve.median ? tr("median lifetime %1 %2")
                                                    .arg(formatDecimal(*lapse.curve.median, 1), unit.toLower())
                                              : tr("more than half still active");
    m_lapseNote->setText(tr("%1 customers: %2 lapsed, %3 still active at %4 (censored); %5. The band is the 95 % "
                            "confidence interval.")
                             .arg(formatCount(lapse.curve.subjects), formatCount(lapse.lapsed),
                                  formatCount(lapse.active), formatDate(lapse.end), median));
    m_lapseView->resizeColumnsToContents();
    emit lapseChanged();
}

void ChurnPage::showSubscriptions()
{
    const bool has = hasSubscriptionCurve();
    m_subscriptionStack->setCurrentIndex(has ? 1 : 0);
    if (!has) {
        m_subscriptionModel->setCurve(nullptr, {}, {});
        m_subscriptionChart->setCurveData({});
        return;
    }
    const KaplanMeierCurve& km = *m_data->subscriptions;
    m_subscriptionModel->setCurve(m_data->subscriptions, tr("Months"), tr("Cancelled"));
    CurveChartData chartData;
    chartData.title = tr("Subscriptions still active (Kaplan-Meier)");
    chartData.xTitle = tr("Months since the subscription start");
    chartData.yTitle = tr("Still subscribed");
    chartData.definition = tr("Kaplan-Meier share of subscriptions not cancelled yet; active ones are censored at the "
                         "end date.");
    chartData.valueSuffix = u"%"_s;
    chartData.yMin = 0.0;
    chartData.yMax = 100.0;
    chartData.curves.push_back(survivalCurve(km, tr("Subscriptions")));
    m_subscriptionChart->setCurveData(std::move(chartData));
    m_subscriptionNote->setText(tr("%1 subscriptions, %2 cancelled; %3. The band is the 95 % confidence interval.")
                                    .arg(formatCount(km.subjects), formatCount(km.events),
                                         km.median ? tr("median lifetime %1 months").arg(formatDecimal(*km.median, 1))
                                                   : tr("more than half still active")));
    m_subscriptionView->resizeColumnsToContents();
}

bool ChurnPage::exportCurrentChart(const QString& path, QString* error) const
{
    const CurveChart* chart = m_tabs->currentIndex() == 0 ? m_lapseChart : m_subscriptionChart;
    return PageTools::writeChart(path,
                                 {chart->curveData().title, PageTools::exportSubtitle(m_data.get()),
                                  [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }},
                                 error);
}

}  // namespace clv::ui
