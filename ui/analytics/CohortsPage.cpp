// SPDX-License-Identifier: MIT
#include "ui/analytics/CohortsPage.h"

#include "ui/analytics/AnalyticsTasks.h"
#include "ui/analytics/CohortViews.h"
#include "ui/analytics/PageTools.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/HeatmapView.h"
#include "ui/text/ErrorText.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

CohortsPage::CohortsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"cohortsPage"_s);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createToolbar());
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(u"cohortTabs"_s);
    m_heatmap = new HeatmapView(m_tabs);
    m_heatmap->setObjectName(u"cohortHeatmap"_s);
    m_retention = new CurveChart(m_tabs);
    m_retention->setObjectName(u"cohortRetentionChart"_s);
    m_revenue = new CurveChart(m_tabs);
    m_revenue->setObjectName(u"cohortRevenueChart"_s);
    m_model = new CohortTableModel(this);
    m_view = PageTools::makeTableView(m_tabs, u"cohortTable"_s, m_model);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_tabs->addTab(m_heatmap, tr("Retention Heat Map"));
    m_tabs->addTab(m_retention, tr("Retention Curves"));
    m_tabs->addTab(m_revenue, tr("Revenue per Customer"));
    m_tabs->addTab(m_view, tr("Table"));
    m_tabs->setTabToolTip(0, tr("Cohorts (first purchase period) against periods since acquisition"));
    m_tabs->setTabToolTip(1, tr("The heat map's rows as curves, one per cohort"));
    m_tabs->setTabToolTip(2, tr("Cohort LTV at k: net revenue of periods 0..k per acquired customer"));
    m_tabs->setTabToolTip(3, tr("The heat map's numbers as a table"));
    contentLayout->addWidget(m_tabs, 1);
    std::tie(m_stack, m_empty) = PageTools::makeEmptyOrContent(this, u"cohortsEmptyState"_s, content);
    clear();
}

QWidget* CohortsPage::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_grain = new QComboBox(bar);
    m_grain->setObjectName(u"cohortGrain"_s);
    m_grain->addItem(tr("Week"), static_cast<int>(CohortGrain::Week));
    m_grain->addItem(tr("Month"), static_cast<int>(CohortGrain::Month));
    m_grain->addItem(tr("Quarter"), static_cast<int>(CohortGrain::Quarter));
    m_grain->setCurrentIndex(1);
    m_grain->setToolTip(tr("Calendar period of cohorts and of the periods since acquisition (ISO weeks)"));
    connect(m_grain, &QComboBox::currentIndexChanged, this, &CohortsPage::recompute);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(u"cohortRetentionKind"_s);
    m_kind->addItem(tr("Customers (logo retention)"));
    m_kind->addItem(tr("Revenue retention"));
    m_kind->setToolTip(tr("Logo: members who bought in the period. Revenue: the cohort's net revenue in the period"));
    m_scale = new QComboBox(bar);
    m_scale->setObjectName(u"cohortScale"_s);
    m_scale->addItem(tr("Percent"));
    m_scale->addItem(tr("Absolute"));
    m_scale->setToolTip(tr("Percent of the cohort (logo) or of period 0 (revenue), or the absolute numbers"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CohortsPage::refreshViews);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &CohortsPage::refreshViews);
    m_status = new QLabel(bar);
    m_status->setObjectName(u"cohortsStatus"_s);
    m_export = new QToolButton(bar);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Current Chart as PDF, PNG or SVG…"), this, [this] {
        const QString base = m_data ? QFileInfo(m_data->path).completeBaseName() + u"-cohorts"_s : u"cohorts"_s;
        PageTools::chooseChartExport(this, base, currentChartDocument());
    });
    menu->addAction(tr("Cohort Table as CSV…"), this, [this] {
        const QString base = m_data ? QFileInfo(m_data->path).completeBaseName() + u"-cohorts"_s : u"cohorts"_s;
        PageTools::chooseCsvExport(this, base, *m_model);
    });
    m_export->setMenu(menu);
    auto addLabelled = [bar, row](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, bar);
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box);
    };
    addLabelled(tr("&Grain:"), m_grain);
    addLabelled(tr("&Retention:"), m_kind);
    addLabelled(tr("&Show:"), m_scale);
    row->addWidget(m_status, 1);
    row->addWidget(m_export);
    return bar;
}

void CohortsPage::setData(std::shared_ptr<const ProjectData> snapshot)
{
    m_runner.invalidate();
    m_data = std::move(snapshot);
    m_status->clear();
    if (!m_data || !m_data->orders || !m_data->cohorts) {
        m_table.reset();
        m_model->setTable(nullptr);
        m_heatmap->setData({});
        m_retention->setCurveData({});
        m_revenue->setCurveData({});
        PageTools::setEmptyText(m_empty, tr("No cohorts yet"),
                                tr("This project has no orders. Import an orders CSV (File ▸ Import CSV…) to group "
                                   "customers by the month of their first purchase and follow their retention."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (grain() == CohortGrain::Month) {
        Computed<CohortTable> loaded;
        loaded.value = m_data->cohorts;
        applyTable(loaded);
    } else {
        recompute();
    }
}

void CohortsPage::clear()
{
    setData(nullptr);
}

void CohortsPage::setGrain(clv::CohortGrain grain)
{
    m_grain->setCurrentIndex(m_grain->findData(static_cast<int>(grain)));
}

clv::CohortGrain CohortsPage::grain() const
{
    return static_cast<CohortGrain>(m_grain->currentData().toInt());
}

void CohortsPage::setRetention(bool revenue, bool percent)
{
    m_kind->setCurrentIndex(revenue ? 1 : 0);
    m_scale->setCurrentIndex(percent ? 0 : 1);
}

CohortMetric CohortsPage::metric() const
{
    const bool revenue = m_kind->currentIndex() == 1;
    const bool percent = m_scale->currentIndex() == 0;
    if (revenue)
        return percent ? CohortMetric::RevenueRetention : CohortMetric::Revenue;
    return percent ? CohortMetric::ActiveRate : CohortMetric::ActiveCustomers;
}

void CohortsPage::recompute()
{
    if (!m_data || !m_data->orders)
        return;
    m_status->setText(tr("Computing cohorts…"));
    auto orders = m_data->orders;
    const CohortGrain selected = grain();
    m_runner.run<Computed<CohortTable>>(
        [orders, selected] { return toComputed(analytics::computeCohortTable(*orders, selected)); },
        [this](Computed<CohortTable> computed) { applyTable(computed); });
}

void CohortsPage::applyTable(const Computed<clv::CohortTable>& computed)
{
    if (computed.error) {
        m_status->setText(ErrorText::message(*computed.error));
        return;
    }
    m_status->setText(tr("%n cohort(s), %1 customers", nullptr, static_cast<int>(computed.value->cohorts.size()))
                          .arg(QLocale().toString(static_cast<qlonglong>(computed.value->customers))));
    m_table = computed.value;
    m_model->setTable(m_table);
    m_revenue->setCurveData(CohortViews::revenueCurves(*m_table));
    refreshViews();
    emit tableChanged();
}

void CohortsPage::refreshViews()
{
    if (!m_table)
        return;
    const CohortMetric selected = metric();
    m_heatmap->setData(CohortViews::heatmap(*m_table, selected));
    m_retention->setCurveData(CohortViews::retentionCurves(*m_table, selected));
    m_model->setMetric(selected);
    m_view->resizeColumnsToContents();
}

ChartDocument CohortsPage::currentChartDocument() const
{
    ChartDocument doc;
    doc.subtitle = PageTools::exportSubtitle(m_data.get());
    const int tab = m_tabs->currentIndex();
    if (tab == 1 || tab == 2) {
        const CurveChart* chart = tab == 1 ? m_retention : m_revenue;
        doc.title = chart->curveData().title;
        doc.paintChart = [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); };
    } else {
        doc.title = m_heatmap->heatmapData().title;
        doc.paintChart = [this](QPainter& p, const QRectF& r) { m_heatmap->renderTo(p, r); };
    }
    return doc;
}

bool CohortsPage::exportCurrentChart(const QString& path, QString* error) const
{
    return PageTools::writeChart(path, currentChartDocument(), error);
}

}  // namespace clv::ui
