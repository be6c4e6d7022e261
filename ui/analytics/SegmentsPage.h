// SPDX-License-Identifier: MIT
#pragma once

#include "ui/analytics/LatestRunner.h"
#include "ui/tasks/ProjectData.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace clv::ui {

class HeatmapView;
class SegmentChart;
class SegmentCustomerModel;
class SegmentTableModel;

/// RFM segments: the recency x frequency grid as a heat map (customers and revenue per cell, segment names), the
/// customers and revenue per segment as bars, the segment summary table and the customers of the chosen segment.
/// The grid is editable (right-click a cell to move it to another segment) and saved in the project on a
/// background thread; the preset chooser shows the other segment maps core knows. All numbers come from core.
class SegmentsPage : public QWidget {
    Q_OBJECT

public:
    explicit SegmentsPage(QWidget* parent = nullptr);

    void setData(std::shared_ptr<const ProjectData> data);
    void clear();

    /// Preset keys as core names them: "grid", "quartile", "rfm-package".
    bool selectPreset(const QString& key);
    QString preset() const;
    /// Moves the R x F cell (scores 1..5) of the editable grid to `segment` and recomputes in the background.
    bool assignCell(int r, int f, const QString& segment);
    void resetGrid();
    /// Stores the edited grid in the project (background thread), then recomputes. False when nothing to save.
    bool saveGrid();
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_runner.isBusy(); }

    /// Lists the members of a segment (index into result()->segments) in the customers table.
    void showSegment(int segment);
    void showCell(int r, int f);

    const std::shared_ptr<const clv::RfmResult>& result() const { return m_result; }
    const clv::RfmSegmentMap& grid() const { return m_grid; }
    HeatmapView* heatmap() const { return m_heatmap; }
    SegmentChart* chart() const { return m_chart; }
    SegmentTableModel* segmentModel() const { return m_segmentModel; }
    SegmentCustomerModel* customerModel() const { return m_customerModel; }

    bool exportHeatmap(const QString& path, QString* error = nullptr) const;
    bool exportChart(const QString& path, QString* error = nullptr) const;

signals:
    /// A new result is on screen (after a load, a preset change, an edit or a save).
    void resultChanged();
    void gridSaved(bool ok);
    /// The edited grid was saved in the project: from now on `result` (scored with `grid`) is the project's
    /// segmentation, which the Customers page, the active model's groups and the what-if page follow.
    void segmentationSaved(std::shared_ptr<const clv::RfmResult> result, const clv::RfmSegmentMap& grid);

private:
    QWidget* createToolbar();
    QWidget* createContent();
    void recompute();
    void applyResult(const Computed<clv::RfmResult>& computed, bool saved);
    void showCellMenu(int row, int column, const QPoint& globalPosition);
    void updateControls();
    QString exportBaseName(const QString& what) const;

    std::shared_ptr<const ProjectData> m_data;
    std::shared_ptr<const clv::RfmResult> m_result;
    clv::RfmSegmentMap m_grid;  ///< the editable grid (as stored, plus unsaved edits)
    bool m_dirty = false;
    bool m_saving = false;
    int m_shownSegment = -1;
    LatestRunner m_runner{this};

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QComboBox* m_preset = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_export = nullptr;
    HeatmapView* m_heatmap = nullptr;
    SegmentChart* m_chart = nullptr;
    SegmentTableModel* m_segmentModel = nullptr;
    QTableView* m_segmentView = nullptr;
    SegmentCustomerModel* m_customerModel = nullptr;
    QTableView* m_customerView = nullptr;
    QLabel* m_customersTitle = nullptr;
};

}  // namespace clv::ui
