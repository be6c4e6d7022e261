// SPDX-License-Identifier: MIT
#include "ui/modelling/ModelTables.h"

#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

using Cell = ModelTableModel::Cell;

QString decimal(double v, int decimals)
{
    return std::isfinite(v) ? formatDecimal(v, decimals) : ModelTables::tr("n/a");
}

QString binLabel(int frequency, bool openEnded)
{
    return openEnded ? u"%1+"_s.arg(frequency) : QString::number(frequency);
}

}  // namespace

QString ModelTables::modelName(clv::PurchaseModelKind kind)
{
    switch (kind) {
    case clv::PurchaseModelKind::BgNbd: return tr("BG/NBD");
    case clv::PurchaseModelKind::MbgNbd: return tr("MBG/NBD");
    case clv::PurchaseModelKind::ParetoNbd: break;
    }
    return tr("Pareto/NBD");
}

QString ModelTables::unitNoun(clv::TimeUnit unit)
{
    switch (unit) {
    case clv::TimeUnit::Day: return tr("days");
    case clv::TimeUnit::Week: return tr("weeks");
    case clv::TimeUnit::Month: break;
    }
    return tr("months");
}

QString ModelTables::unitTitle(clv::TimeUnit unit)
{
    switch (unit) {
    case clv::TimeUnit::Day: return tr("Days");
    case clv::TimeUnit::Week: return tr("Weeks");
    case clv::TimeUnit::Month: break;
    }
    return tr("Months");
}

QString ModelTables::parameterDefinition(const std::string& model, const std::string& name, clv::TimeUnit unit)
{
    const QString units = unitNoun(unit);
    if (name == "r")
        return tr("r: shape of the Gamma distribution of purchase rates across customers. With alpha, the mean rate "
                  "of an active customer is r/alpha purchases per unit of time.");
    if (name == "alpha")
        return tr("alpha: scale of the Gamma distribution of purchase rates, in %1. Larger alpha means slower "
                  "buying (mean rate r/alpha per unit).").arg(units);
    if (name == "a" || name == "b") {
        const QString when = model == "mbgnbd" ? tr("at the first purchase and after each repeat purchase")
                                               : tr("after each repeat purchase");
        return tr("%1: shape parameter of the Beta distribution of the probability that a customer drops out %2; "
                  "the mean dropout probability is a/(a+b).").arg(QString::fromStdString(name), when);
    }
    if (name == "s")
        return tr("s: shape of the Gamma distribution of dropout rates across customers (Pareto/NBD lifetimes are "
                  "exponential). With beta, the mean dropout rate is s/beta per unit of time.");
    if (name == "beta")
        return tr("beta: scale of the Gamma distribution of dropout rates, in %1. Larger beta means longer "
                  "lifetimes.").arg(units);
    if (name == "p")
        return tr("p: shape of the Gamma distribution of a customer's transaction values (Gamma-Gamma spend model).");
    if (name == "q")
        return tr("q: shape of the Gamma distribution of the scale of transaction values across customers; the "
                  "mean spend exists only when q > 1.");
    if (name == "gamma")
        return tr("gamma: scale of the spend distribution across customers, in currency units; the population "
                  "mean spend per transaction is p·gamma/(q−1).");
    return QString::fromStdString(name);
}

QString ModelTables::warningsText(const clv::FitResult& fit)
{
    QStringList parts;
    for (const clv::FitWarning& w : fit.warnings) {
        QString part = QString::fromLatin1(clv::fitWarningName(w.code));
        if (!w.detail.empty())
            part += u" ("_s + QString::fromStdString(w.detail) + u')';
        parts << part;
    }
    return parts.isEmpty() ? tr("none") : parts.join(u"; "_s);
}

void ModelTables::fillComparison(ModelTableModel& model, const ModelFitOutcome& outcome)
{
    const QString units = unitNoun(outcome.request.unit);
    QList<ModelTableModel::Column> columns{
        {tr("Model"), tr("The purchase model, fitted by maximum likelihood on every customer's history")},
        {tr("Log-likelihood"), tr("Total log-likelihood of all customers' purchase histories at the fitted "
                                  "parameters (higher is better)")},
        {tr("AIC"), tr("Akaike information criterion, 2k − 2·LL with k parameters (lower is better)")},
        {tr("BIC"), tr("Bayesian information criterion, k·ln(n) − 2·LL with n customers (lower is better)")},
        {tr("Parameters"), tr("Fitted parameter values; rate scales are in %1").arg(units)},
        {tr("Converged"), tr("Whether the optimiser met the gradient tolerance at its best starting point")},
        {tr("Iterations"), tr("BFGS iterations of the best starting point")},
        {tr("Warnings"), tr("Non-fatal problems reported by the fit (e.g. parameters at a bound, no standard errors)")},
    };
    QList<QList<Cell>> rows;
    for (const PurchaseFitEntry& entry : outcome.fits) {
        QList<Cell> row{ModelTableModel::text(modelName(entry.kind))};
        if (!entry.fit) {
            const QString why = entry.error ? ErrorText::message(*entry.error) : QString();
            row << ModelTableModel::text(tr("fit failed"), why);
            for (int c = 2; c < columns.size(); ++c)
                row << ModelTableModel::text({}, why);
            rows << row;
            continue;
        }
        const clv::FitResult& fit = *entry.fit;
        QStringList params;
        for (const clv::FitParameter& p : fit.parameters)
            params << u"%1 = %2"_s.arg(QString::fromStdString(p.name), decimal(p.value, 4));
        row << ModelTableModel::number(decimal(fit.logLikelihood, 2), fit.logLikelihood)
            << ModelTableModel::number(decimal(fit.aic, 2), fit.aic)
            << ModelTableModel::number(decimal(fit.bic, 2), fit.bic) << ModelTableModel::text(params.join(u", "_s))
            << ModelTableModel::text(fit.converged ? tr("yes") : tr("no"),
                                     tr("Gradient norm at the optimum: %1").arg(fit.gradientNorm, 0, 'g', 3))
            << ModelTableModel::number(QString::number(fit.iterations), fit.iterations)
            << ModelTableModel::text(warningsText(fit));
        rows << row;
    }
    model.setTable(std::move(columns), std::move(rows));
}

void ModelTables::fillParameters(ModelTableModel& model, const ModelFitOutcome& outcome)
{
    QList<ModelTableModel::Column> columns{
        {tr("Model"), tr("The model the parameter belongs to")},
        {tr("Parameter"), tr("Hover a parameter for its meaning")},
        {tr("Value"), tr("Maximum-likelihood estimate")},
        {tr("Standard error"), tr("From the inverse Hessian of the log-likelihood (delta method); n/a when the "
                                  "Hessian is not positive definite")},
        {tr("Meaning"), tr("What the parameter describes")},
    };
    QList<QList<Cell>> rows;
    const auto add = [&rows, &outcome](const QString& modelLabel, const clv::FitResult& fit) {
        for (const clv::FitParameter& p : fit.parameters) {
            const QString definition = parameterDefinition(fit.model, p.name, outcome.request.unit);
            rows << QList<Cell>{ModelTableModel::text(modelLabel),
                                ModelTableModel::text(QString::fromStdString(p.name), definition),
                                ModelTableModel::number(decimal(p.value, 4), p.value, definition),
                                ModelTableModel::number(decimal(p.standardError, 4), p.standardError),
                                ModelTableModel::text(definition, definition)};
        }
    };
    if (const PurchaseFitEntry* chosen = outcome.chosen(); chosen && chosen->fit)
        add(modelName(chosen->kind), *chosen->fit);
    if (outcome.spendFit)
        add(tr("Gamma-Gamma"), *outcome.spendFit);
    model.setTable(std::move(columns), std::move(rows));
}

void ModelTables::fillFrequency(ModelTableModel& model, const clv::FrequencyHistogram& histogram)
{
    QList<ModelTableModel::Column> columns{
        {tr("Repeat purchases"), tr("Number of repeat purchase periods in the customer's observation period")},
        {tr("Actual customers"), tr("Customers with this many repeat purchases in the data")},
        {tr("Expected customers"), tr("Sum over customers of the model's probability of this many repeat purchases "
                                      "in the customer's own observation period")},
    };
    QList<QList<Cell>> rows;
    for (const clv::FrequencyBin& bin : histogram.bins)
        rows << QList<Cell>{ModelTableModel::number(binLabel(bin.frequency, bin.openEnded), bin.frequency),
                            ModelTableModel::number(formatCount(bin.actual), static_cast<double>(bin.actual)),
                            ModelTableModel::number(decimal(bin.expected, 1), bin.expected)};
    model.setTable(std::move(columns), std::move(rows));
}

void ModelTables::fillHoldout(ModelTableModel& model, const clv::BacktestReport& report)
{
    QList<ModelTableModel::Column> columns{
        {tr("Calibration purchases"), tr("Repeat purchases in the calibration period (customers grouped by it)")},
        {tr("Customers"), tr("Customers acquired by the calibration end with this many calibration repeat purchases")},
        {tr("Actual (holdout)"), tr("Mean repeat purchases per customer in the holdout period, as observed")},
        {tr("Expected (holdout)"), tr("Mean of the model's conditional expected purchases per customer over the "
                                      "holdout period, given the calibration history")},
    };
    QList<QList<Cell>> rows;
    for (const clv::BacktestBin& bin : report.bins)
        rows << QList<Cell>{ModelTableModel::number(binLabel(bin.frequency, bin.openEnded), bin.frequency),
                            ModelTableModel::number(formatCount(bin.customers), static_cast<double>(bin.customers)),
                            ModelTableModel::number(decimal(bin.actual, 3), bin.actual),
                            ModelTableModel::number(decimal(bin.expected, 3), bin.expected)};
    model.setTable(std::move(columns), std::move(rows));
}

void ModelTables::fillTracking(ModelTableModel& model, const clv::BacktestReport& report)
{
    QList<ModelTableModel::Column> columns{
        {tr("Step"), tr("%1 since the first order day").arg(unitTitle(report.fit.unit))},
        {tr("Date"), tr("First order day plus the step")},
        {tr("Period"), tr("Calibration (the model was fitted on it) or holdout (predicted)")},
        {tr("Actual cumulative"), tr("Repeat purchases of the customers acquired by the calibration end, dated "
                                     "before the date")},
        {tr("Expected cumulative"), tr("Sum over those customers of the model's expected repeat purchases since "
                                       "their first purchase")},
    };
    QList<QList<Cell>> rows;
    for (const clv::TrackingPoint& p : report.tracking)
        rows << QList<Cell>{ModelTableModel::number(QString::number(p.step), p.step),
                            ModelTableModel::text(formatDate(p.date)),
                            ModelTableModel::text(p.date <= report.calibrationEnd ? tr("calibration") : tr("holdout")),
                            ModelTableModel::number(decimal(p.actual, 1), p.actual),
                            ModelTableModel::number(decimal(p.expected, 1), p.expected)};
    model.setTable(std::move(columns), std::move(rows));
}

BarChartData ModelTables::frequencyChart(const clv::FrequencyHistogram& histogram, clv::PurchaseModelKind kind)
{
    BarChartData data;
    data.title = tr("Customers by number of repeat purchases: actual vs %1").arg(modelName(kind));
    data.xTitle = tr("Repeat purchases");
    data.yTitle = tr("Customers");
    data.definition = tr("Customers with this many repeat purchases in their observation period; the model's number "
                         "is the sum of each customer's probability.");
    BarSet actual{tr("Actual"), {}}, expected{tr("Model"), {}};
    for (const clv::FrequencyBin& bin : histogram.bins) {
        data.categories << binLabel(bin.frequency, bin.openEnded);
        actual.values << static_cast<double>(bin.actual);
        expected.values << bin.expected;
    }
    data.sets = {actual, expected};
    return data;
}

BarChartData ModelTables::holdoutChart(const clv::BacktestReport& report, clv::PurchaseModelKind kind)
{
    BarChartData data;
    data.title = tr("Holdout purchases per customer: actual vs %1").arg(modelName(kind));
    data.xTitle = tr("Repeat purchases in the calibration period");
    data.yTitle = tr("Mean holdout purchases");
    data.definition = tr("Mean repeat purchases per customer in the holdout period, for customers grouped by their "
                         "calibration purchases; the model's value is its conditional expectation.");
    data.decimals = 3;
    BarSet actual{tr("Actual"), {}}, expected{tr("Model"), {}};
    for (const clv::BacktestBin& bin : report.bins) {
        data.categories << binLabel(bin.frequency, bin.openEnded);
        actual.values << bin.actual;
        expected.values << bin.expected;
    }
    data.sets = {actual, expected};
    return data;
}

double ModelTables::calibrationEndStep(const clv::BacktestReport& report)
{
    return static_cast<double>(report.calibrationEnd.days - report.firstDay.days + 1) /
           clv::daysPerUnit(report.fit.unit);
}

CurveChartData ModelTables::trackingChart(const clv::BacktestReport& report, clv::PurchaseModelKind kind)
{
    CurveChartData data;
    data.title = tr("Cumulative repeat purchases: actual vs %1").arg(modelName(kind));
    data.xTitle = tr("%1 since the first order").arg(unitTitle(report.fit.unit));
    data.yTitle = tr("Repeat purchases");
    data.definition = tr("Cumulative repeat purchases of the customers acquired by the calibration end; the model "
                         "curve sums each customer's expected purchases since the first purchase.");
    data.decimals = 1;
    data.yMin = 0.0;
    Curve actual{tr("Actual"), {}, {}, {}, false}, expected{modelName(kind), {}, {}, {}, false};
    double high = 0.0;
    for (const clv::TrackingPoint& p : report.tracking) {
        actual.points << QPointF(p.step, p.actual);
        expected.points << QPointF(p.step, p.expected);
        high = std::max({high, p.actual, p.expected});
    }
    data.curves = {actual, expected};
    if (!report.tracking.empty()) {
        const double x = calibrationEndStep(report);
        data.curves.push_back(Curve{tr("Calibration end (%1)").arg(formatDate(report.calibrationEnd)),
                                    {QPointF(x, 0.0), QPointF(x, high)}, {}, {}, false});
    }
    return data;
}

}  // namespace clv::ui
