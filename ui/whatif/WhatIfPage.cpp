// SPDX-License-Identifier: MIT
#include "ui/whatif/WhatIfPage.h"

#include "ui/analytics/PageTools.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/ScenarioBarChart.h"
#include "ui/tasks/ModelService.h"
#include "ui/text/ErrorText.h"
#include "ui/whatif/ScenarioFigures.h"
#include "ui/whatif/ScenarioTableModel.h"
#include "ui/whatif/ScenarioWorker.h"
#include "ui/whatif/WhatIfControls.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

/// Milliseconds over which slider moves are coalesced into one request (one frame at 60 Hz).
constexpr int kDebounceMs = 16;

QTabWidget* chartWithTable(QWidget* parent, const QString& name, QWidget* chart, QTableView* table)
{
    auto* tabs = new QTabWidget(parent);
    tabs->setObjectName(name);
    tabs->setDocumentMode(true);
    tabs->addTab(chart, WhatIfPage::tr("Chart"));
    tabs->addTab(table, WhatIfPage::tr("Table"));
    return tabs;
}

}  // namespace

WhatIfPage::WhatIfPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"WhatIfPage"_s);
    m_worker = new ScenarioWorker(this);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (std::exchange(m_inputsPending, false))
            sendRequest();
        updateStaleMarks();
    });
    connect(m_worker, &ScenarioWorker::resultReady, this, &WhatIfPage::applyResult);
    connect(m_worker, &ScenarioWorker::tornadoReady, this, &WhatIfPage::applyTornado);
    connect(m_worker, &ScenarioWorker::scenariosListed, this, &WhatIfPage::applyScenarioList);
    connect(m_worker, &ScenarioWorker::scenarioLoaded, this, &WhatIfPage::applyLoaded);
    connect(m_worker, &ScenarioWorker::engineFailed, this, [this](const clv::Error& error) {
        m_engineError = error;
        updateState();
    });

    auto* content = new QWidget(this);
    auto* row = new QHBoxLayout(content);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(createSidePanel());
    row->addWidget(createFigures(), 1);
    std::tie(m_stack, m_empty) = PageTools::makeEmptyOrContent(this, u"whatIfEmptyState"_s, content);
    connect(m_controls, &WhatIfControls::inputsChanged, this, &WhatIfPage::onInputsChanged);
    updateState();
}

WhatIfPage::~WhatIfPage() = default;

QWidget* WhatIfPage::createSidePanel()
{
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 4, 0);

    auto* saved = new QGroupBox(tr("Scenario"), panel);
    auto* savedLayout = new QVBoxLayout(saved);
    m_scenarioName = new QComboBox(saved);
    m_scenarioName->setObjectName(u"scenarioNameCombo"_s);
    m_scenarioName->setEditable(true);
    m_scenarioName->setInsertPolicy(QComboBox::NoInsert);
    m_scenarioName->setPlaceholderText(tr("Scenario name"));
    m_scenarioName->lineEdit()->setPlaceholderText(tr("Name to save as"));
    m_scenarioName->setToolTip(tr("Type a name and press Save to store the inputs in the project; pick a saved "
                                  "scenario to load its inputs"));
    connect(m_scenarioName, &QComboBox::activated, this,
            [this](int index) { loadScenario(m_scenarioName->itemText(index)); });
    connect(m_scenarioName, &QComboBox::editTextChanged, this, [this] { updateState(); });
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), saved);
    m_save->setObjectName(u"saveScenarioButton"_s);
    m_save->setToolTip(tr("Store the current inputs in the project under this name (replacing a scenario of the "
                          "same name)"));
    connect(m_save, &QPushButton::clicked, this, [this] { saveScenario(m_scenarioName->currentText()); });
    m_delete = new QPushButton(tr("&Delete"), saved);
    m_delete->setObjectName(u"deleteScenarioButton"_s);
    m_delete->setToolTip(tr("Remove the saved scenario of this name from the project"));
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteScenario(m_scenarioName->currentText()); });
    m_reset = new QPushButton(tr("&Reset to Baseline"), saved);
    m_reset->setObjectName(u"resetBaselineButton"_s);
    m_reset->setToolTip(tr("Set every input back to the baseline: the model's settings and no behaviour change "
                           "(the CAC is kept)"));
    connect(m_reset, &QPushButton::clicked, this, &WhatIfPage::resetToBaseline);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    savedLayout->addWidget(m_scenarioName);
    savedLayout->addLayout(buttons);
    savedLayout->addWidget(m_reset);
    m_storeStatus = new QLabel(saved);
    m_storeStatus->setObjectName(u"scenarioStoreStatus"_s);
    m_storeStatus->setWordWrap(true);
    savedLayout->addWidget(m_storeStatus);
    column->addWidget(saved);

    auto* inputs = new QGroupBox(tr("Inputs"), panel);
    auto* inputsLayout = new QVBoxLayout(inputs);
    m_controls = new WhatIfControls(inputs);
    inputsLayout->addWidget(m_controls);
    column->addWidget(inputs, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"whatIfSidePanel"_s);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(290);
    scroll->setMaximumWidth(340);
    return scroll;
}

QWidget* WhatIfPage::createFigures()
{
    auto* figures = new QWidget(this);
    auto* column = new QVBoxLayout(figures);
    column->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_status = new QLabel(figures);
    m_status->setObjectName(u"whatIfStatus"_s);
    bar->addWidget(m_status, 1);
    bar->addWidget(createExportButton(figures));
    column->addLayout(bar);

    m_segmentChart = new ScenarioBarChart(figures);
    m_segmentChart->setObjectName(u"scenarioSegmentChart"_s);
    m_revenueChart = new CurveChart(figures);
    m_revenueChart->setObjectName(u"scenarioRevenueChart"_s);
    m_tornadoChart = new ScenarioBarChart(figures);
    m_tornadoChart->setObjectName(u"tornadoChart"_s);
    m_deltaModel = new ScenarioTableModel(this);
    m_segmentModel = new ScenarioTableModel(this);
    m_revenueModel = new ScenarioTableModel(this);
    m_tornadoModel = new ScenarioTableModel(this);
    m_deltaView = PageTools::makeTableView(figures, u"scenarioDeltaTable"_s, m_deltaModel);
    m_deltaView->verticalHeader()->setDefaultSectionSize(m_deltaView->fontMetrics().height() + 6);
    // The numbers keep their width; the metric names take what is left (elided, in full in the tooltip), so the
    // change columns stay visible at 1366 px.
    m_deltaView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deltaView->horizontalHeader()->setStretchLastSection(false);
    m_deltaView->horizontalHeader()->setMinimumSectionSize(60);
    connect(m_deltaModel, &QAbstractItemModel::modelReset, m_deltaView, [view = m_deltaView] {
        if (view->model()->columnCount() > 0)
            view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    });

    auto* top = new QSplitter(Qt::Horizontal, figures);
    top->addWidget(chartWithTable(top, u"segmentTabs"_s, m_segmentChart,
                                  PageTools::makeTableView(top, u"scenarioSegmentTable"_s, m_segmentModel)));
    top->addWidget(chartWithTable(top, u"revenueTabs"_s, m_revenueChart,
                                  PageTools::makeTableView(top, u"scenarioRevenueTable"_s, m_revenueModel)));
    auto* bottom = new QSplitter(Qt::Horizontal, figures);
    bottom->addWidget(m_deltaView);
    bottom->addWidget(chartWithTable(bottom, u"tornadoTabs"_s, m_tornadoChart,
                                     PageTools::makeTableView(bottom, u"tornadoTable"_s, m_tornadoModel)));
    bottom->setStretchFactor(0, 4);  // the delta table needs the width a little more than the tornado chart
    bottom->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, figures);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    column->addWidget(split, 1);
    return figures;
}

void WhatIfPage::setModelService(ModelService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!service)
        return;
    connect(service, &ModelService::snapshotChanged, this, &WhatIfPage::setModelSnapshot);
    connect(service, &ModelService::started, this, &WhatIfPage::updateState);
    connect(service, &ModelService::failed, this, &WhatIfPage::updateState);
    setModelSnapshot(service->snapshot());
}

void WhatIfPage::setData(std::shared_ptr<const ProjectData> snapshot)
{
    m_data = std::move(snapshot);
    syncProject();
    updateState();
}

void WhatIfPage::clear()
{
    setModelSnapshot(nullptr);
    setData(nullptr);
}

bool WhatIfPage::isBusy() const
{
    return m_worker->isBusy() || m_inputsPending;
}

void WhatIfPage::setModelSnapshot(std::shared_ptr<const ModelSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_engineError.reset();
    m_debounce.stop();
    m_inputsPending = false;
    m_worker->setSnapshot(m_snapshot);
    clearFigures();
    syncProject();
    if (m_snapshot) {
        const ScenarioInputs baseline = baselineInputs();
        m_controls->setBaseline(baseline);
        m_controls->setInputs(baseline);  // requests the first result
    }
    updateState();
}

ScenarioInputs WhatIfPage::baselineInputs() const
{
    ScenarioInputs in;
    if (m_snapshot) {
        in.horizonMonths = m_snapshot->settings.horizonMonths;
        in.monthlyDiscountRate = m_snapshot->settings.monthlyDiscountRate;
        in.grossMargin = m_snapshot->settings.grossMargin;
        in.priceChangePercent = m_snapshot->settings.priceChangePercent;
    }
    in.cac = m_controls->inputs().cac;
    return in;
}

ScenarioInputs WhatIfPage::inputs() const
{
    return m_controls->inputs();
}

void WhatIfPage::resetToBaseline()
{
    m_controls->setInputs(baselineInputs());
}

void WhatIfPage::onInputsChanged()
{
    if (!m_snapshot)
        return;
    // Leading edge: the first move is sent at once; moves within the next kDebounceMs are coalesced into one
    // request when the window closes (the timer is not restarted, so while dragging a request leaves every window).
    if (m_debounce.isActive()) {
        m_inputsPending = true;
    } else {
        m_debounce.start();
        sendRequest();
    }
    updateStaleMarks();
}

void WhatIfPage::sendRequest()
{
    if (!m_snapshot)
        return;
    m_worker->request(baselineInputs(), m_controls->inputs());
    updateStaleMarks();
}

void WhatIfPage::applyResult(const ScenarioResult& result)
{
    if (result.generation != m_worker->generation() || result.request <= m_appliedRequest)
        return;  // from an older model, or overtaken by a newer result
    m_appliedRequest = result.request;
    if (result.error || !result.scenario || !result.baseline) {
        m_resultError = result.error ? ErrorText::message(*result.error) : tr("no result");
        updateStaleMarks();
        return;
    }
    m_resultError.clear();
    m_baseline = result.baseline;
    m_scenario = result.scenario;
    m_shownInputs = result.inputs;
    m_lastEvaluateMs = result.evaluateMs;
    const std::vector<std::string>& groups = m_snapshot->groupNames;
    const QLocale loc = locale();
    auto delta = ScenarioFigures::deltaTable(*m_baseline, *m_scenario, groups, loc);
    m_deltaModel->setTable(delta.headers, std::move(delta.rows), delta.headerToolTips);
    auto segments = ScenarioFigures::segmentTable(*m_baseline, *m_scenario, groups, loc);
    m_segmentModel->setTable(segments.headers, std::move(segments.rows));
    auto revenue = ScenarioFigures::revenueTable(*m_baseline, *m_scenario, loc);
    m_revenueModel->setTable(revenue.headers, std::move(revenue.rows));
    m_segmentChart->setBarData(ScenarioFigures::segmentChart(*m_baseline, *m_scenario, groups, loc));
    m_revenueChart->setCurveData(ScenarioFigures::revenueChart(*m_baseline, *m_scenario));
    updateStaleMarks();
    emit resultApplied();
}

void WhatIfPage::applyTornado(const TornadoResult& result)
{
    if (result.generation != m_worker->generation() || (m_tornado && result.request <= m_tornado->request))
        return;
    m_tornado = result;
    m_tornadoChart->setBarData(ScenarioFigures::tornadoChart(result, locale()));
    auto table = ScenarioFigures::tornadoTable(result, locale());
    m_tornadoModel->setTable(table.headers, std::move(table.rows));
    updateStaleMarks();
    emit tornadoApplied();
}

void WhatIfPage::clearFigures()
{
    m_baseline.reset();
    m_scenario.reset();
    m_tornado.reset();
    m_appliedRequest = m_worker->latestRequest();
    m_deltaModel->clear();
    m_segmentModel->clear();
    m_revenueModel->clear();
    m_tornadoModel->clear();
    m_segmentChart->setBarData({});
    m_revenueChart->setCurveData({});
    m_tornadoChart->setBarData({});
    m_resultError.clear();
    m_status->clear();
}

}  // namespace clv::ui
