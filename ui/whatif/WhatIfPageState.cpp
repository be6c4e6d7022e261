// SPDX-License-Identifier: MIT
// WhatIfPage: the empty states, the stale marks and the status line.
#include "ui/whatif/WhatIfPage.h"

#include "ui/analytics/PageTools.h"
#include "ui/tasks/ModelService.h"
#include "ui/text/ErrorText.h"
#include "ui/whatif/ScenarioTableModel.h"
#include "ui/whatif/ScenarioWorker.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

namespace clv::ui {

bool WhatIfPage::isStale() const
{
    return m_snapshot && (m_inputsPending || m_appliedRequest < m_worker->latestRequest());
}

void WhatIfPage::updateStaleMarks()
{
    // Greyed while a recompute is on its way, and after core refused the latest inputs (the figures are then
    // those of the last inputs it accepted).
    const bool computing = isStale();
    const bool greyed = computing || !m_resultError.isEmpty();
    m_deltaModel->setStale(greyed, {2, 3, 4});
    m_segmentModel->setStale(greyed, {2, 3, 4});
    m_revenueModel->setStale(greyed, {2, 4});
    const bool tornadoStale = m_snapshot && (!m_tornado || m_tornado->request != m_worker->latestRequest() || greyed);
    m_tornadoModel->setStale(tornadoStale, {1, 2, 3, 4, 5, 6});
    QString status;
    if (computing)
        status = tr("Computing… the scenario figures (greyed) are for the previous inputs.");
    else if (!m_resultError.isEmpty())
        status = tr("These inputs cannot be evaluated (%1); the figures shown are for the last valid inputs.")
                     .arg(m_resultError);
    else if (tornadoStale)
        status = tr("Computing the tornado…");
    m_status->setText(status);
}

void WhatIfPage::updateState()
{
    const bool hasOrders = m_data && m_data->summary && !m_data->summary->rows.empty();
    if (m_snapshot && !m_engineError) {
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
        if (m_engineError)
            PageTools::setEmptyText(m_empty, tr("What-if is not available for this model"),
                                    ErrorText::message(*m_engineError));
        else if (!m_data && !m_service)
            PageTools::setEmptyText(m_empty, tr("No model yet"),
                                    tr("Open a project to try what-if scenarios on its fitted model."));
        else if (m_data && !hasOrders)
            PageTools::setEmptyText(m_empty, tr("No customers yet"),
                                    tr("This project has no orders. Import an orders CSV (File ▸ Import CSV…); the "
                                       "what-if page then works on the fitted model."));
        else if (m_service && m_service->isBusy())
            PageTools::setEmptyText(m_empty, tr("Fitting the models…"),
                                    tr("The what-if scenarios start from the fitted purchase and spend models. They "
                                       "appear here as soon as the fit in the background is done."));
        else if (m_service && !m_service->lastError().isEmpty())
            PageTools::setEmptyText(m_empty, tr("The models could not be fitted"),
                                    tr("%1\nWhat-if needs a fitted model; try another model on the Models page or "
                                       "import more orders.").arg(m_service->lastError()));
        else
            PageTools::setEmptyText(m_empty, tr("No model yet"),
                                    tr("Open a project with orders: the what-if page works on its fitted model."));
    }
    const bool canStore = !projectPath().isEmpty() && !m_scenarioName->currentText().trimmed().isEmpty();
    m_save->setEnabled(canStore && m_snapshot);
    m_delete->setEnabled(canStore && scenarioNames().contains(m_scenarioName->currentText().trimmed()));
    m_reset->setEnabled(m_snapshot != nullptr);
}

bool WhatIfPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString WhatIfPage::emptyStateText() const
{
    return m_empty->text();
}

QString WhatIfPage::statusText() const
{
    return m_status->text();
}

}  // namespace clv::ui
