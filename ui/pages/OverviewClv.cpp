// SPDX-License-Identifier: MIT
// OverviewPage: CLV three ways (simple formula, cohort cumulative, model), LTV:CAC, payback and the forecast.
#include "ui/analytics/AnalyticsTasks.h"
#include "ui/pages/ForecastTableModel.h"
#include "ui/pages/KpiCard.h"
#include "ui/pages/OverviewPage.h"
#include "ui/tasks/ModelSnapshot.h"
#include "ui/text/Format.h"

#include <QDoubleSpinBox>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

const ClvFormula* findFormula(const SimpleClvReport& report, std::string_view key)
{
    for (const ClvFormula& f : report.formulas)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString modelName(PurchaseModelKind kind)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd: return u"BG/NBD"_s;
    case PurchaseModelKind::MbgNbd: return u"MBG/NBD"_s;
    case PurchaseModelKind::ParetoNbd: return u"Pareto/NBD"_s;
    }
    return {};
}

}  // namespace

void OverviewPage::setMarginAndCac(double grossMargin, double cac)
{
    const QSignalBlocker blockMargin(m_margin), blockCac(m_cac);
    m_margin->setValue(grossMargin * 100.0);
    m_cac->setValue(cac);
    saveOptions();
}

void OverviewPage::saveOptions()
{
    clv::SimpleClvOptions options;
    options.grossMargin = m_margin->value() / 100.0;
    if (m_cac->value() > 0.0)
        options.cac = m_cac->value();
    analytics::storeSimpleClvOptions(options);
    if (m_inputs)
        recomputeSimpleClv();
}

void OverviewPage::recomputeSimpleClv()
{
    if (!m_inputs)
        return;
    clv::SimpleClvOptions options;
    options.grossMargin = m_margin->value() / 100.0;
    if (m_cac->value() > 0.0)
        options.cac = m_cac->value();
    m_status->setText(tr("Recomputing the formulas…"));
    m_runner.run<Computed<SimpleClvReport>>(
        [inputs = m_inputs, cohorts = m_cohorts, options] {
            return toComputed(analytics::computeSimpleClv(*inputs, options, cohorts.get()));
        },
        [this](Computed<SimpleClvReport> computed) {
            m_status->clear();
            m_report = computed.value;
            m_reportError = computed.error ? QString::fromStdString(computed.error->detail) : QString();
            showSimpleClv();
        });
}

void OverviewPage::showSimpleClv()
{
    for (KpiCard* card : {m_clvSimple, m_clvCohort, m_ltvCac, m_payback}) {
        card->clearValue();
        card->setExplanation({});
    }
    if (!m_report) {
        const QString why = m_reportError.isEmpty() ? tr("no purchases in the last year") : m_reportError;
        for (KpiCard* card : {m_clvSimple, m_clvCohort, m_ltvCac, m_payback})
            card->clearValue(why);
        emit simpleClvChanged();
        return;
    }
    const SimpleClvReport& r = *m_report;
    QString all;
    for (const ClvFormula& f : r.formulas)
        all += tr("• %1 = %2\n    %3").arg(QString::fromStdString(f.formula),
                                         f.value ? formatDecimal(*f.value, 2) : tr("n/a"),
                                         QString::fromStdString(f.value ? f.inputs : f.note)) + u'\n';
    const QString formulas = tr("All textbook formulas:\n%1").arg(all.trimmed());

    const ClvFormula* simple = findFormula(r, "arpu_margin_churn");
    if (simple && simple->value)
        m_clvSimple->setValue(formatMoney(*simple->value),
                              tr("ARPU %1/mo · churn %2 %/yr")
                                  .arg(formatMoney(r.data.arpuPerMonth), formatDecimal(r.annualChurn * 100.0, 1)));
    else
        m_clvSimple->clearValue(r.annualChurn > 0.0 ? QString::fromStdString(simple ? simple->note : std::string())
                                                    : tr("churn unknown: needs two years of orders"));
    m_clvSimple->setExplanation(formulas);

    const ClvFormula* cohort = findFormula(r, "cohort_revenue_per_customer");
    if (cohort && cohort->value)
        m_clvCohort->setValue(formatMoney(*cohort->value), tr("revenue per customer, month 12"));
    else
        m_clvCohort->clearValue(tr("no cohort has completed month 12"));
    if (cohort)
        m_clvCohort->setExplanation(QString::fromStdString(cohort->value ? cohort->inputs : cohort->note));

    const ClvFormula* payback = findFormula(r, "cac_payback_months");
    if (r.ltvToCac)
        m_ltvCac->setValue(tr("%1 : 1").arg(formatDecimal(*r.ltvToCac, 1)),
                           r.ltvToCacHealthy ? tr("healthy (≥ 3)") : tr("below the rule of thumb of 3"));
    else
        m_ltvCac->clearValue(payback ? tr("needs a known churn rate") : tr("set the CAC above"));
    if (payback && payback->value)
        m_payback->setValue(tr("%1 months").arg(formatDecimal(*payback->value, 1)),
                            tr("at %1 % margin").arg(formatDecimal(m_margin->value(), 0)));
    else
        m_payback->clearValue(payback ? QString::fromStdString(payback->note) : tr("set the CAC above"));
    if (payback)
        m_payback->setExplanation(QString::fromStdString(payback->inputs));
    emit simpleClvChanged();
}

void OverviewPage::setModelSnapshot(std::shared_ptr<const ModelSnapshot> snapshot)
{
    m_bandRunner.invalidate();
    if (snapshot && (snapshot->projectPath != m_path || !snapshot->valuation))
        snapshot.reset();  // a late result of another project
    m_snapshot = std::move(snapshot);
    if (m_snapshot)
        m_modelError.clear();
    m_forecast.lower.clear();
    m_forecast.upper.clear();
    showModelClv();
    updateForecast();
    if (!m_snapshot || !m_snapshot->models)
        return;
    m_status->setText(tr("Computing the forecast interval…"));
    m_bandRunner.run<Computed<RevenueForecastBand>>(
        [snapshot = m_snapshot] {
            const FittedModels& m = *snapshot->models;
            return toComputed(revenueForecastBand(m.base, m.model, m.purchaseFit.covariance, m.spend,
                                                  m.spendFit.covariance, snapshot->settings));
        },
        [this](Computed<RevenueForecastBand> computed) {
            m_status->clear();
            if (!computed.value) {
                m_status->setText(tr("No forecast interval: %1")
                                      .arg(computed.error ? QString::fromStdString(computed.error->detail) : QString()));
                emit forecastChanged();
                return;
            }
            m_forecast.lower = computed.value->lower;
            m_forecast.upper = computed.value->upper;
            m_forecast.level = computed.value->level;
            updateForecast();
        });
}

void OverviewPage::setModelError(const QString& message)
{
    m_modelError = message;
    if (!m_snapshot)
        showModelClv();
}

void OverviewPage::showModelClv()
{
    if (!m_snapshot) {
        m_clvModel->clearValue(!m_modelError.isEmpty() ? tr("no model: %1").arg(m_modelError)
                               : m_hasFigures || !m_path.isEmpty()
                                   ? tr("waiting for the model (needs customers with repeat purchases)")
                                   : QString());
        m_clvModel->setExplanation({});
        return;
    }
    const ModelSnapshot& s = *m_snapshot;
    const ClvTotals& t = s.valuation->totals;
    m_clvModel->setValue(formatMoney(t.meanClv), tr("%1 · next %2 mo · total %3")
                                                     .arg(modelName(s.kind))
                                                     .arg(s.settings.horizonMonths)
                                                     .arg(formatMoney(t.totalClv)));
    QString explanation = tr("Model %1, horizon %2 months, discount %3 % per month, gross margin %4 %, %5 customers.")
                              .arg(modelName(s.kind))
                              .arg(s.settings.horizonMonths)
                              .arg(formatDecimal(s.settings.monthlyDiscountRate * 100.0, 2),
                                   formatDecimal(s.settings.grossMargin * 100.0, 0), formatCount(
                                       static_cast<std::int64_t>(t.customers)));
    if (s.interval)
        explanation += u'\n' + tr("%1 % interval on the total CLV (parameter uncertainty): %2 – %3")
                                   .arg(formatDecimal(s.interval->level * 100.0, 0), formatMoney(s.interval->lower),
                                        formatMoney(s.interval->upper));
    else if (s.intervalError)
        explanation += u'\n' + tr("No interval: %1").arg(QString::fromStdString(s.intervalError->detail));
    m_clvModel->setExplanation(explanation);
}

void OverviewPage::updateForecast()
{
    m_forecast.forecast = m_snapshot ? m_snapshot->valuation->totals.monthlyRevenue : std::vector<double>{};
    m_forecastChart->setForecast(m_forecast);
    m_forecastModel->setForecast(m_forecast);
    emit forecastChanged();
}

}  // namespace clv::ui
