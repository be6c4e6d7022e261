// SPDX-License-Identifier: MIT
#include "ui/modelling/ModelResultsView.h"

#include "ui/analytics/PageTools.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/ModelBarChart.h"
#include "ui/modelling/ModelTables.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

QStackedWidget* stackOf(QWidget* parent, QLabel* empty, QWidget* content)
{
    auto* stack = new QStackedWidget(parent);
    stack->addWidget(empty);
    stack->addWidget(content);
    return stack;
}

}  // namespace

ModelResultsView::ModelResultsView(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(u"modelResults"_s);
    m_comparison = new ModelTableModel(this);
    m_comparison->setObjectName(u"comparisonModel"_s);
    m_parameters = new ModelTableModel(this);
    m_parameters->setObjectName(u"parameterModel"_s);
    m_frequency = new ModelTableModel(this);
    m_holdout = new ModelTableModel(this);
    m_tracking = new ModelTableModel(this);
    addTab(createParametersTab(), tr("Parameters && Comparison"));

    m_frequencyChart = new ModelBarChart(this);
    m_frequencyChart->setObjectName(u"frequencyChart"_s);
    m_frequencyView = PageTools::makeTableView(this, u"frequencyTable"_s, m_frequency);
    m_frequencyNote = new QLabel(this);
    m_frequencyEmpty = PageTools::makeEmptyState(this, u"frequencyEmptyState"_s);
    m_frequencyStack = stackOf(this, m_frequencyEmpty,
                               createChartTab(m_frequencyChart, m_frequencyView, m_frequencyNote));
    addTab(m_frequencyStack, tr("Frequency: Actual vs Model"));

    m_holdoutChart = new ModelBarChart(this);
    m_holdoutChart->setObjectName(u"holdoutChart"_s);
    m_holdoutView = PageTools::makeTableView(this, u"holdoutTable"_s, m_holdout);
    m_holdoutNote = new QLabel(this);
    m_holdoutEmpty = PageTools::makeEmptyState(this, u"holdoutEmptyState"_s);
    m_holdoutStack = stackOf(this, m_holdoutEmpty, createChartTab(m_holdoutChart, m_holdoutView, m_holdoutNote));
    addTab(m_holdoutStack, tr("Holdout Test"));

    m_trackingChart = new CurveChart(this);
    m_trackingChart->setObjectName(u"trackingChart"_s);
    m_trackingView = PageTools::makeTableView(this, u"trackingTable"_s, m_tracking);
    m_trackingNote = new QLabel(this);
    m_trackingEmpty = PageTools::makeEmptyState(this, u"trackingEmptyState"_s);
    m_trackingStack = stackOf(this, m_trackingEmpty,
                              createChartTab(m_trackingChart, m_trackingView, m_trackingNote));
    addTab(m_trackingStack, tr("Tracking Plot"));
    clearResults();
}

QWidget* ModelResultsView::createParametersTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_parameterNote = new QLabel(tab);
    m_parameterNote->setObjectName(u"parameterNote"_s);
    m_parameterNote->setWordWrap(true);
    layout->addWidget(m_parameterNote);
    auto* split = new QSplitter(Qt::Vertical, tab);
    m_parameterView = PageTools::makeTableView(tab, u"parameterTable"_s, m_parameters);
    auto* comparisonBox = new QWidget(split);
    auto* comparisonLayout = new QVBoxLayout(comparisonBox);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    auto* caption = new QLabel(tr("<b>Model comparison</b> (all three purchase models on the same customers; lower "
                                  "AIC and BIC fit better)"),
                               comparisonBox);
    comparisonLayout->addWidget(caption);
    m_comparisonView = PageTools::makeTableView(comparisonBox, u"comparisonTable"_s, m_comparison);
    comparisonLayout->addWidget(m_comparisonView, 1);
    split->addWidget(m_parameterView);
    split->addWidget(comparisonBox);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    return tab;
}

QWidget* ModelResultsView::createChartTab(QWidget* chart, QTableView* table, QLabel* note)
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(chart);
    split->addWidget(table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    return tab;
}

void ModelResultsView::clearResults()
{
    m_outcome.reset();
    m_comparison->clearTable();
    m_parameters->clearTable();
    m_frequency->clearTable();
    m_holdout->clearTable();
    m_tracking->clearTable();
    m_frequencyChart->setBarData({});
    m_holdoutChart->setBarData({});
    m_trackingChart->setCurveData({});
    m_parameterNote->clear();
    for (QStackedWidget* stack : {m_frequencyStack, m_holdoutStack, m_trackingStack})
        stack->setCurrentIndex(0);
    for (QLabel* empty : {m_frequencyEmpty, m_holdoutEmpty, m_trackingEmpty})
        PageTools::setEmptyText(empty, tr("No fit yet"), tr("Press Fit to fit the models and see the diagnostics."));
}

void ModelResultsView::setOutcome(std::shared_ptr<const ModelFitOutcome> outcome)
{
    clearResults();
    m_outcome = std::move(outcome);
    if (!m_outcome)
        return;
    const ModelFitOutcome& o = *m_outcome;
    ModelTables::fillComparison(*m_comparison, o);
    ModelTables::fillParameters(*m_parameters, o);
    QString note = tr("%1 fitted on %2 customers, times in %3.")
                       .arg(ModelTables::modelName(o.request.kind), formatCount(o.customers),
                            ModelTables::unitNoun(o.request.unit));
    if (!o.spendFit && o.spendError)
        note += u' ' + tr("Gamma-Gamma could not be fitted: %1").arg(ErrorText::message(*o.spendError));
    m_parameterNote->setText(note + u' ' + tr("Hover a parameter or column header for its definition."));
    showFrequency();
    showHoldout();
    for (QTableView* view : {m_parameterView, m_comparisonView, m_frequencyView, m_holdoutView, m_trackingView})
        view->resizeColumnsToContents();
    m_comparisonView->horizontalHeader()->setStretchLastSection(true);
}

void ModelResultsView::showFrequency()
{
    const ModelFitOutcome& o = *m_outcome;
    if (!o.histogram) {
        PageTools::setEmptyText(m_frequencyEmpty, tr("No frequency diagnostics"),
                                o.histogramError ? ErrorText::message(*o.histogramError)
                                                 : tr("The chosen model could not be fitted."));
        return;
    }
    ModelTables::fillFrequency(*m_frequency, *o.histogram);
    m_frequencyChart->setBarData(ModelTables::frequencyChart(*o.histogram, o.request.kind));
    m_frequencyNote->setText(
        tr("How many customers made 0, 1, 2, … repeat purchases, against the number the fitted model expects over "
           "each customer's own observation period. Pearson χ² = %1 over %2 bins (smaller is closer).")
            .arg(formatDecimal(o.histogram->chiSquare, 1))
            .arg(o.histogram->bins.size()));
    m_frequencyStack->setCurrentIndex(1);
}

void ModelResultsView::showHoldout()
{
    const ModelFitOutcome& o = *m_outcome;
    if (!o.backtest) {
        const QString title = o.backtestError ? tr("The holdout test failed") : tr("No holdout test");
        const QString text = o.backtestError
                                 ? ErrorText::message(*o.backtestError) + u' ' +
                                       tr("Choose an earlier calibration end so that both periods hold purchases.")
                                 : tr("Turn on the holdout test and choose a calibration end to compare the model's "
                                      "predictions with what customers did afterwards.");
        PageTools::setEmptyText(m_holdoutEmpty, title, text);
        PageTools::setEmptyText(m_trackingEmpty, title, text);
        return;
    }
    const clv::BacktestReport& r = *o.backtest;
    ModelTables::fillHoldout(*m_holdout, r);
    ModelTables::fillTracking(*m_tracking, r);
    m_holdoutChart->setBarData(ModelTables::holdoutChart(r, o.request.kind));
    m_trackingChart->setCurveData(ModelTables::trackingChart(r, o.request.kind));
    const QString units = ModelTables::unitNoun(r.fit.unit);
    m_holdoutNote->setText(
        tr("Fitted on %1 customers up to %2, predicted for the %3 %4 to %5: %6 repeat purchases expected, %7 "
           "happened (%8 %). Mean absolute error %9 per customer.")
            .arg(formatCount(r.customers), formatDate(r.calibrationEnd), formatDecimal(r.holdoutLength, 1), units,
                 formatDate(r.end), formatDecimal(r.expectedHoldout, 1), formatDecimal(r.actualHoldout, 0),
                 formatDecimal(r.aggregateErrorPercent, 1), formatDecimal(r.meanAbsoluteError, 3)));
    m_trackingNote->setText(tr("Cumulative repeat purchases of the customers acquired by %1, actual against the "
                               "model fitted on the calibration period; the vertical line marks the calibration end.")
                                .arg(formatDate(r.calibrationEnd)));
    m_holdoutStack->setCurrentIndex(1);
    m_trackingStack->setCurrentIndex(1);
}

std::optional<ChartDocument> ModelResultsView::currentChart(const QString& subtitle) const
{
    const int tab = currentIndex();
    if (tab == FrequencyTab && m_frequencyStack->currentIndex() == 1) {
        const ModelBarChart* chart = m_frequencyChart;
        return ChartDocument{chart->barData().title, subtitle,
                             [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }};
    }
    if (tab == HoldoutTab && m_holdoutStack->currentIndex() == 1) {
        const ModelBarChart* chart = m_holdoutChart;
        return ChartDocument{chart->barData().title, subtitle,
                             [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }};
    }
    if (tab == TrackingTab && m_trackingStack->currentIndex() == 1) {
        const CurveChart* chart = m_trackingChart;
        return ChartDocument{chart->curveData().title, subtitle,
                             [chart](QPainter& p, const QRectF& r) { chart->renderTo(p, r); }};
    }
    return std::nullopt;
}

const ModelTableModel& ModelResultsView::currentTable() const
{
    switch (currentIndex()) {
    case FrequencyTab: return *m_frequency;
    case HoldoutTab: return *m_holdout;
    case TrackingTab: return *m_tracking;
    default: return *m_parameters;
    }
}

QString ModelResultsView::currentName() const
{
    switch (currentIndex()) {
    case FrequencyTab: return u"frequency"_s;
    case HoldoutTab: return u"holdout"_s;
    case TrackingTab: return u"tracking"_s;
    default: return u"parameters"_s;
    }
}

}  // namespace clv::ui
