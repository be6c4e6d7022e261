// SPDX-License-Identifier: MIT
#pragma once

#include "ui/charts/CurveChart.h"
#include "ui/charts/ModelBarChart.h"
#include "ui/modelling/ModelFitTask.h"
#include "ui/modelling/ModelTableModel.h"

#include <QCoreApplication>

namespace clv::ui {

/// Turns core's fit results into the Models page's tables and chart data (formatting and labels only; every
/// number is core's). Each column and parameter comes with its definition for the tooltips.
class ModelTables {
    Q_DECLARE_TR_FUNCTIONS(ModelTables)

public:
    static QString modelName(clv::PurchaseModelKind kind);  ///< "BG/NBD", "MBG/NBD", "Pareto/NBD"
    static QString unitNoun(clv::TimeUnit unit);            ///< "weeks"
    static QString unitTitle(clv::TimeUnit unit);           ///< "Weeks"
    /// What a fitted parameter means, e.g. "alpha" of "bgnbd" in weeks.
    static QString parameterDefinition(const std::string& model, const std::string& name, clv::TimeUnit unit);
    static QString warningsText(const clv::FitResult& fit);

    /// Model, log-likelihood, AIC, BIC, parameters, converged, iterations, warnings; one row per purchase model.
    static void fillComparison(ModelTableModel& model, const ModelFitOutcome& outcome);
    /// Parameter, value and standard error of the chosen purchase model and of Gamma-Gamma.
    static void fillParameters(ModelTableModel& model, const ModelFitOutcome& outcome);
    /// Repeat purchases, actual and expected customers.
    static void fillFrequency(ModelTableModel& model, const clv::FrequencyHistogram& histogram);
    /// Calibration-frequency bin, customers, actual and expected holdout purchases per customer.
    static void fillHoldout(ModelTableModel& model, const clv::BacktestReport& report);
    /// Step, date, period, cumulative actual and expected repeat purchases.
    static void fillTracking(ModelTableModel& model, const clv::BacktestReport& report);

    static BarChartData frequencyChart(const clv::FrequencyHistogram& histogram, clv::PurchaseModelKind kind);
    static BarChartData holdoutChart(const clv::BacktestReport& report, clv::PurchaseModelKind kind);
    /// Actual and expected cumulative repeat purchases, plus a vertical line at the calibration end.
    static CurveChartData trackingChart(const clv::BacktestReport& report, clv::PurchaseModelKind kind);
    /// Position of the calibration end on the tracking chart's x axis (units since the first order day).
    static double calibrationEndStep(const clv::BacktestReport& report);
};

}  // namespace clv::ui
