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
    if (snapshot && (snapshot->projectPath != m_path || !snapshot->valuation || !snapshot->figures))
        snapshot.reset();  // a late result of another project
    m_snapshot = std::move(snapshot);
    if (m_snapshot)
        m_modelError.clear();
    showModelFigures(m_snapshot ? m_snapshot->figures : nullptr);
}

void OverviewPage::setStoredModelFigures(const QString& projectPath,
                                         std::shared_ptr<const clv::modelstore::ModelFigures> figures)
{
    if (m_snapshot || projectPath != m_path || !figures)
        return;
    showModelFigures(std::move(figures));
}

void OverviewPage::showModelFigures(std::shared_ptr<const clv::modelstore::ModelFigures> figures)
{
    m_model = std::move(figures);
    m_forecast.lower.clear();
    m_forecast.upper.clear();
    m_status->clear();
    if (m_model && m_model->hasBand && m_model->bandLower.size() == m_model->monthlyRevenue.size()
        && m_model->bandUpper.size() == m_model->monthlyRevenue.size()) {
        m_forecast.lower = m_model->bandLower;
        m_forecast.upper = m_model->bandUpper;
        m_forecast.level = m_model->bandLevel;
    } else if (m_model && !m_model->bandError.empty()) {
        m_status->setText(tr("No forecast interval: %1").arg(QString::fromStdString(m_model->bandError)));
    }
    showModelClv();
    updateForecast();
}

void OverviewPage::setModelError(const QString& message)
{
    m_modelError = message;
    if (!m_snapshot) {
        m_model.reset();  // stored figures of inputs the models can no longer fit are not shown either
        showModelClv();
        updateForecast();
    }
}

void OverviewPage::showModelClv()
{
    if (!m_model) {
        m_clvModel->clearValue(!m_modelError.isEmpty() ? tr("no model: %1").arg(m_modelError)
                               : m_hasFigures || !m_path.isEmpty()
                                   ? tr("waiting for the model (needs customers with repeat purchases)")
                                   : QString());
        m_clvModel->setExplanation({});
        return;
    }
    const clv::modelstore::ModelFigures& s = *m_model;
    m_clvModel->setValue(formatMoney(s.meanClv), tr("%1 · next %2 mo · total %3")
                                                     .arg(modelName(s.kind))
                                                     .arg(s.settings.horizonMonths)
                                                     .arg(formatMoney(s.totalClv)));
    QString explanation = tr("Model %1, horizon %2 months, discount %3 % per month, gross margin %4 %, %5 customers.")
                              .arg(modelName(s.kind))
                              .arg(s.settings.horizonMonths)
                              .arg(formatDecimal(s.settings.monthlyDiscountRate * 100.0, 2),
                                   formatDecimal(s.settings.grossMargin * 100.0, 0), formatCount(
                                       static_cast<std::int64_t>(s.customers)));
    if (s.hasInterval)
        explanation += u'\n' + tr("%1 % interval on the total CLV (parameter uncertainty): %2 – %3")
                                   .arg(formatDecimal(s.intervalLevel * 100.0, 0), formatMoney(s.intervalLower),
                                        formatMoney(s.intervalUpper));
    else if (!s.intervalError.empty())
        explanation += u'\n' + tr("No interval: %1").arg(QString::fromStdString(s.intervalError));
    m_clvModel->setExplanation(explanation);
}

void OverviewPage::updateForecast()
{
    m_forecast.forecast = m_model ? m_model->monthlyRevenue : std::vector<double>{};
    m_forecastChart->setForecast(m_forecast);
    m_forecastModel->setForecast(m_forecast);
    emit forecastChanged();
}

}  // namespace clv::ui
