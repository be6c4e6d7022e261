// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/OrderTable.h"
#include "core/metrics/Rfm.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace clv::ui {

struct ModelSnapshot;
struct ProjectData;
class CustomerDetailDialog;

class CustomerFilterProxyModel;
class CustomerTableModel;

/// The customer table (model/view over shared columnar snapshots: summary, RFM segment, the model's P(alive),
/// expected purchases and CLV) with id search, segment, CLV and P(alive) filters, sorting computed off the GUI
/// thread, CSV export, and a detail dialog on double-click.
class CustomersPage : public QWidget {
    Q_OBJECT

public:
    /// The active model's results (null while fitting, after a failed fit, or without a project).
    void setModelSnapshot(std::shared_ptr<const ModelSnapshot> snapshot);
    explicit CustomersPage(QWidget* parent = nullptr);

    void setSummary(std::shared_ptr<const clv::CustomerSummary> summary);
    /// The project: its summary, orders (for the detail dialog), RFM segments and path. setSummary() alone shows a
    /// summary without a project.
    void setProjectData(std::shared_ptr<const ProjectData> project);

    /// Filters as the controls set them (also used by tests): segment index (-1 = all), minimum CLV (nullopt =
    /// any), P(alive) range in percent (0 and 100 = open ends).
    void setSegmentFilter(int segment);
    void setMinClv(std::optional<double> minimum);
    void setAliveRange(double minPercent, double maxPercent);
    QComboBox* segmentCombo() const { return m_segment; }

    /// Opens the detail dialog of a summary row (non-modal, deleted on close); null for a bad row.
    CustomerDetailDialog* openDetail(int sourceRow);

    CustomerTableModel* model() const { return m_model; }
    CustomerFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    /// Moves the keyboard focus to the filter box and selects its text (Ctrl+F).
    void focusFilter();

    /// Writes the rows shown (filters and order applied) to `path` as CSV on a worker; exportFinished() follows.
    /// Nothing happens for an empty path or while an export runs.
    void exportCsv(const QString& path);

signals:
    void exportFinished(bool ok);

private:
    QWidget* createFilterBar();
    void showSummary(std::shared_ptr<const clv::CustomerSummary> summary);  ///< table and note, no project state
    void applySegments();
    void applyModelFilters();
    void updateFilterControls();
    void applyFilter();
    void updateCountLabel();
    void copySelection() const;

    CustomerTableModel* m_model = nullptr;
    CustomerFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_note = nullptr;
    QComboBox* m_segment = nullptr;
    QDoubleSpinBox* m_minClv = nullptr;
    QDoubleSpinBox* m_minAlive = nullptr;
    QDoubleSpinBox* m_maxAlive = nullptr;
    QLabel* m_busy = nullptr;
    bool m_exporting = false;
    QTimer m_filterTimer;
    QString m_projectPath;
    std::shared_ptr<const clv::OrderTable> m_orders;
    std::shared_ptr<const clv::RfmResult> m_rfm;
    std::shared_ptr<const ModelSnapshot> m_snapshot;
};

}  // namespace clv::ui
