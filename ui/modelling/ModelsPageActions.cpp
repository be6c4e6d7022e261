// SPDX-License-Identifier: MIT
// ModelsPage: fitting, cancelling, showing the outcome, the active model and export.
#include "ui/modelling/ModelsPage.h"

#include "ui/analytics/PageTools.h"
#include "ui/modelling/ModelResultsView.h"
#include "ui/modelling/ModelTableModel.h"
#include "ui/modelling/ModelTables.h"
#include "ui/tasks/ModelService.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

bool ModelsPage::fit()
{
    if (!canFit())
        return false;
    m_fitPending = false;
    m_runner->start(request());
    setFitting(true);
    m_status->setText(tr("Fitting BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma…"));
    return true;
}

void ModelsPage::cancelFit()
{
    if (!m_runner->isActive())
        return;
    m_runner->cancel();
    setFitting(false);
    m_status->setText(m_outcome ? tr("Fit cancelled; the results below are from the previous fit.")
                                : tr("Fit cancelled. Press Fit to start again."));
    emit fitCancelled();
}

bool ModelsPage::isFitting() const
{
    return m_runner->isActive();
}

void ModelsPage::setFitting(bool fitting)
{
    m_fit->setEnabled(!fitting);
    m_progress->setValue(0);
    m_progress->setVisible(fitting);
    m_cancel->setVisible(fitting);
    if (!fitting && !m_outcome) {
        PageTools::setEmptyText(m_resultEmpty, tr("No fit yet"),
                                tr("Choose a model, a time unit and (optionally) a calibration end for the holdout "
                                   "test, then press Fit."));
        m_resultStack->setCurrentIndex(0);
    } else if (fitting && !m_outcome) {
        PageTools::setEmptyText(m_resultEmpty, tr("Fitting…"),
                                tr("The models are fitted in the background; the results appear here."));
        m_resultStack->setCurrentIndex(0);
    }
}

void ModelsPage::applyOutcome(std::shared_ptr<const ModelFitOutcome> outcome)
{
    setFitting(false);
    if (outcome->error) {
        const QString why = ErrorText::message(*outcome->error);
        m_status->setText(tr("The fit failed: %1").arg(why));
        m_outcome.reset();
        m_results->clearResults();
        PageTools::setEmptyText(m_resultEmpty, tr("The fit failed"),
                                why + u' ' + tr("Try another time unit, or check the imported orders."));
        m_resultStack->setCurrentIndex(0);
        showActive();
        emit fitFinished();
        return;
    }
    m_outcome = std::move(outcome);
    m_results->setOutcome(m_outcome);
    m_resultStack->setCurrentIndex(1);
    const PurchaseFitEntry* chosen = m_outcome->chosen();
    if (chosen && chosen->fit) {
        m_status->setText(chosen->fit->converged
                              ? tr("%1 fitted on %2 customers.")
                                    .arg(ModelTables::modelName(chosen->kind), formatCount(m_outcome->customers))
                              : tr("%1 fitted, but the optimiser did not converge: treat the numbers with care.")
                                    .arg(ModelTables::modelName(chosen->kind)));
    } else {
        const QString why = chosen && chosen->error ? ErrorText::message(*chosen->error) : QString();
        m_status->setText(tr("%1 could not be fitted: %2 See the comparison table for the other models.")
                              .arg(ModelTables::modelName(m_outcome->request.kind), why));
    }
    showActive();
    emit fitFinished();
}

void ModelsPage::showActive()
{
    if (!m_service) {
        m_active->setText(tr("No active model"));
        m_useActive->setEnabled(false);
        return;
    }
    QString state;
    if (m_service->isBusy())
        state = tr(" (fitting…)");
    else if (!m_service->snapshot() && !m_service->lastError().isEmpty())
        state = tr(" (failed: %1)").arg(m_service->lastError());
    else if (!m_service->snapshot())
        state = tr(" (none yet)");
    m_active->setText(tr("Active model: <b>%1</b>%2").arg(ModelTables::modelName(m_service->kind()), state));
    const PurchaseFitEntry* chosen = m_outcome ? m_outcome->chosen() : nullptr;
    const bool fitted = chosen && chosen->fit;
    m_useActive->setEnabled(fitted && m_data && m_service->kind() != m_outcome->request.kind);
}

bool ModelsPage::useAsActiveModel()
{
    const PurchaseFitEntry* chosen = m_outcome ? m_outcome->chosen() : nullptr;
    if (!m_service || !chosen || !chosen->fit)
        return false;
    m_service->setModel(chosen->kind, m_service->settings());
    showActive();
    return true;
}

void ModelsPage::exportChart()
{
    const auto document = m_results->currentChart(PageTools::exportSubtitle(m_data.get()));
    if (!document) {
        m_status->setText(tr("This tab has no chart: open Frequency, Holdout Test or Tracking Plot to export one."));
        return;
    }
    const QString stem = m_data ? QFileInfo(m_data->path).completeBaseName() + u'-' : QString();
    PageTools::chooseChartExport(this, stem + m_results->currentName(), *document);
}

void ModelsPage::exportTable(bool comparison)
{
    const QString stem = m_data ? QFileInfo(m_data->path).completeBaseName() + u'-' : QString();
    if (comparison)
        PageTools::chooseCsvExport(this, stem + u"model-comparison"_s, *m_results->comparisonModel());
    else
        PageTools::chooseCsvExport(this, stem + m_results->currentName(), m_results->currentTable());
}

}  // namespace clv::ui
