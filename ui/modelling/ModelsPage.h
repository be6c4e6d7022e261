// SPDX-License-Identifier: MIT
#pragma once

#include "ui/modelling/ModelFitTask.h"
#include "ui/tasks/ProjectData.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace clv::ui {

class ModelResultsView;
class ModelService;

/// Models page (issue 7). Interface fixed for the main window: setData() with every project snapshot, the shared
/// ModelService (the active model), clear() when the project closes, isBusy() while a background task runs.
/// Choose a purchase model, time unit and holdout calibration end, fit every model in the background (progress,
/// cancel), and inspect parameters, the model comparison and the fit diagnostics; "Use as active model" hands the
/// chosen model to the ModelService. The first fit of a project starts when the page is first shown.
class ModelsPage : public QWidget {
    Q_OBJECT

public:
    explicit ModelsPage(QWidget* parent = nullptr);

    void setModelService(ModelService* service);
    void setData(std::shared_ptr<const ProjectData> data);
    void clear();
    bool isBusy() const;

    /// Sets the controls (no fit). `calibrationEnd` empty turns the holdout test off.
    void setOptions(clv::PurchaseModelKind kind, clv::TimeUnit unit, std::optional<clv::Date> calibrationEnd);
    clv::PurchaseModelKind modelKind() const;
    clv::TimeUnit timeUnit() const;
    std::optional<clv::Date> calibrationEnd() const;
    /// The request the controls describe (orders from the current data).
    ModelFitRequest request() const;

    /// Starts a fit with the current options (supersedes a running one). False without fit-able data.
    bool fit();
    /// Stops a running fit at once; the page shows what it showed before.
    void cancelFit();
    /// True between fit() and fitFinished()/cancelFit().
    bool isFitting() const;
    /// Hands the fitted model kind to the ModelService (refits the active model). False without a service/fit.
    bool useAsActiveModel();

    const std::shared_ptr<const ModelFitOutcome>& outcome() const { return m_outcome; }
    ModelResultsView* results() const { return m_results; }

signals:
    /// A fit finished and its results are shown (also when the fit failed: see outcome()).
    void fitFinished();
    void fitCancelled();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createControls();
    QWidget* createActiveRow();
    void setFitting(bool fitting);
    void applyOutcome(std::shared_ptr<const ModelFitOutcome> outcome);
    void showActive();
    void updateEmptyState();
    void exportChart();
    void exportTable(bool comparison);
    bool canFit() const;

    ModelService* m_service = nullptr;
    std::shared_ptr<const ProjectData> m_data;
    std::shared_ptr<const ModelFitOutcome> m_outcome;
    ModelFitRunner* m_runner = nullptr;
    bool m_fitPending = false;  ///< the data changed: fit when the page is next shown

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_holdout = nullptr;
    QDateEdit* m_calibrationEnd = nullptr;
    QPushButton* m_fit = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QToolButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_active = nullptr;
    QPushButton* m_useActive = nullptr;
    QStackedWidget* m_resultStack = nullptr;
    QLabel* m_resultEmpty = nullptr;
    ModelResultsView* m_results = nullptr;
};

}  // namespace clv::ui
