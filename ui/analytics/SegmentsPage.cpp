// SPDX-License-Identifier: MIT
#include "ui/analytics/SegmentsPage.h"

#include "ui/text/SegmentText.h"

#include "ui/analytics/AnalyticsTasks.h"
#include "ui/analytics/PageTools.h"
#include "ui/analytics/RfmHeatmapData.h"
#include "ui/charts/HeatmapView.h"
#include "ui/charts/SegmentChart.h"
#include "ui/models/SegmentCustomerModel.h"
#include "ui/models/SegmentTableModel.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

SegmentsPage::SegmentsPage(QWidget* parent) : QWidget(parent), m_grid(defaultRfmGrid())
{
    setObjectName(u"segmentsPage"_s);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createToolbar());
    contentLayout->addWidget(createContent(), 1);
    std::tie(m_stack, m_empty) = PageTools::makeEmptyOrContent(this, u"segmentsEmptyState"_s, content);
    clear();
}

QWidget* SegmentsPage::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* presetLabel = new QLabel(tr("Segment &map:"), bar);
    m_preset = new QComboBox(bar);
    m_preset->setObjectName(u"segmentPreset"_s);
    m_preset->addItem(tr("Editable grid (10 segments)"), u"grid"_s);
    m_preset->addItem(tr("Quartile codes (PyMC-Marketing)"), u"quartile"_s);
    m_preset->addItem(tr("R rfm package rules"), u"rfm-package"_s);
    m_preset->setToolTip(tr("Which segment map assigns customers to segments. Only the grid can be edited and "
                            "saved in the project."));
    presetLabel->setBuddy(m_preset);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    m_save = new QPushButton(tr("&Save Grid"), bar);
    m_save->setObjectName(u"saveGridButton"_s);
    m_save->setToolTip(tr("Store the edited grid in the project; it is used the next time the project opens"));
    connect(m_save, &QPushButton::clicked, this, &SegmentsPage::saveGrid);
    m_reset = new QPushButton(tr("&Reset Grid"), bar);
    m_reset->setToolTip(tr("Go back to the default 10-segment grid (save to keep it)"));
    connect(m_reset, &QPushButton::clicked, this, &SegmentsPage::resetGrid);
    m_status = new QLabel(bar);
    m_status->setObjectName(u"segmentsStatus"_s);
    m_export = new QToolButton(bar);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Heat Map as PDF, PNG or SVG…"), this, [this] {
        ChartDocument doc{m_heatmap->heatmapData().title, PageTools::exportSubtitle(m_data.get()),
                          [this](QPainter& p, const QRectF& r) { m_heatmap->renderTo(p, r); }};
        PageTools::chooseChartExport(this, exportBaseName(u"rfm-grid"_s), doc);
    });
    menu->addAction(tr("Segment Chart as PDF, PNG or SVG…"), this, [this] {
        ChartDocument doc{SegmentChart::chartTitle(), PageTools::exportSubtitle(m_data.get()),
                          [this](QPainter& p, const QRectF& r) { m_chart->renderTo(p, r); }};
        PageTools::chooseChartExport(this, exportBaseName(u"segments"_s), doc);
    });
    menu->addSeparator();
    menu->addAction(tr("Segment Table as CSV…"), this,
                    [this] { PageTools::chooseCsvExport(this, exportBaseName(u"segments"_s), *m_segmentModel); });
    menu->addAction(tr("Segment Customers as CSV…"), this, [this] {
        PageTools::chooseCsvExport(this, exportBaseName(u"segment-customers"_s), *m_customerModel);
    });
    m_export->setMenu(menu);
    row->addWidget(presetLabel);
    row->addWidget(m_preset);
    row->addWidget(m_save);
    row->addWidget(m_reset);
    row->addWidget(m_status, 1);
    row->addWidget(m_export);
    return bar;
}

QWidget* SegmentsPage::createContent()
{
    m_heatmap = new HeatmapView(this);
    m_heatmap->setObjectName(u"rfmHeatmap"_s);
    connect(m_heatmap, &HeatmapView::cellClicked, this, [this](int row, int column) {
        if (m_result)
            showCell(RfmHeatmapData::recencyForRow(row, m_result->bins), column + 1);
    });
    connect(m_heatmap, &HeatmapView::cellMenuRequested, this, &SegmentsPage::showCellMenu);
    m_chart = new SegmentChart(this);
    connect(m_chart, &SegmentChart::segmentClicked, this, &SegmentsPage::showSegment);

    m_segmentModel = new SegmentTableModel(this);
    m_segmentView = PageTools::makeTableView(this, u"segmentTable"_s, m_segmentModel);
    connect(m_segmentView, &QTableView::clicked, this, [this](const QModelIndex& index) { showSegment(index.row()); });
    m_customerModel = new SegmentCustomerModel(this);
    m_customerView = PageTools::makeTableView(this, u"segmentCustomersTable"_s, m_customerModel);
    m_customersTitle = new QLabel(this);
    m_customersTitle->setObjectName(u"segmentCustomersTitle"_s);
    auto* customersBox = new QWidget(this);
    auto* customersLayout = new QVBoxLayout(customersBox);
    customersLayout->setContentsMargins(0, 0, 0, 0);
    customersLayout->addWidget(m_customersTitle);
    customersLayout->addWidget(m_customerView, 1);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_heatmap);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_segmentView);
    bottom->addWidget(customersBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    return split;
}

void SegmentsPage::setData(std::shared_ptr<const ProjectData> snapshot)
{
    m_runner.invalidate();
    m_data = std::move(snapshot);
    m_grid = m_data ? m_data->rfmGrid : defaultRfmGrid();
    m_dirty = false;
    m_saving = false;
    m_status->clear();
    const bool enough = m_data && m_data->rfm && m_data->summary && m_data->summary->rows.size() >= 2;
    if (!enough) {
        m_result.reset();
        m_segmentModel->setResult(nullptr);
        m_customerModel->clear();
        m_chart->setResult(nullptr);
        m_heatmap->setData({});
        PageTools::setEmptyText(
            m_empty, tr("No segments yet"),
            m_data && m_data->summary && m_data->summary->rows.size() == 1
                ? tr("RFM segments rank customers against each other, so they need at least two customers. "
                     "Import more orders to see them.")
                : tr("This project has no orders. Import an orders CSV (File ▸ Import CSV…) to score customers by "
                     "recency, frequency and monetary value."));
        m_stack->setCurrentIndex(0);
        updateControls();
        return;
    }
    m_stack->setCurrentIndex(1);
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(0);
    Computed<RfmResult> loaded;
    loaded.value = m_data->rfm;
    applyResult(loaded, false);
}

void SegmentsPage::clear()
{
    setData(nullptr);
}

bool SegmentsPage::selectPreset(const QString& key)
{
    const int index = m_preset->findData(key);
    if (index < 0)
        return false;
    if (index == m_preset->currentIndex())
        recompute();
    else
        m_preset->setCurrentIndex(index);
    return true;
}

QString SegmentsPage::preset() const
{
    return m_preset->currentData().toString();
}

bool SegmentsPage::assignCell(int r, int f, const QString& segment)
{
    if (preset() != u"grid"_s || r < 1 || r > 5 || f < 1 || f > 5 || segment.trimmed().isEmpty())
        return false;
    m_grid.grid[static_cast<std::size_t>((r - 1) * 5 + (f - 1))] = segment.trimmed().toStdString();
    m_dirty = true;
    recompute();
    return true;
}

void SegmentsPage::resetGrid()
{
    m_grid = defaultRfmGrid();
    m_dirty = true;
    if (preset() == u"grid"_s)
        recompute();
    else
        updateControls();
}

bool SegmentsPage::saveGrid()
{
    if (!m_data || !m_data->summary || !m_dirty || m_saving)
        return false;
    m_saving = true;
    m_status->setText(tr("Saving the grid…"));
    updateControls();
    const QString path = m_data->path;
    auto summary = m_data->summary;
    const RfmSegmentMap grid = m_grid;
    m_runner.run<Computed<RfmResult>>(
        [path, summary, grid] { return toComputed(analytics::saveGridAndRecompute(path, *summary, grid)); },
        [this](Computed<RfmResult> computed) { applyResult(computed, true); });
    return true;
}

void SegmentsPage::recompute()
{
    if (!m_data || !m_data->summary || m_data->summary->rows.empty())
        return;
    const std::optional<RfmSegmentMap> map =
        preset() == u"grid"_s ? std::optional<RfmSegmentMap>(m_grid) : rfmPreset(preset().toStdString());
    if (!map)
        return;
    m_status->setText(tr("Computing segments…"));
    auto summary = m_data->summary;
    m_runner.run<Computed<RfmResult>>([summary, map] { return toComputed(analytics::computeSegments(*summary, *map)); },
                                      [this](Computed<RfmResult> computed) { applyResult(computed, false); });
    updateControls();
}

void SegmentsPage::applyResult(const Computed<RfmResult>& computed, bool saved)
{
    if (saved) {
        m_saving = false;
        if (!computed.error)
            m_dirty = false;
        emit gridSaved(!computed.error);
    }
    if (computed.error) {
        m_status->setText(saved ? tr("The grid was not saved: %1").arg(ErrorText::message(*computed.error))
                                : ErrorText::message(*computed.error));
        updateControls();
        return;
    }
    m_status->setText(saved ? tr("Grid saved in the project.") : m_dirty ? tr("Grid edited, not saved yet.")
                                                                         : QString());
    m_result = computed.value;
    const bool isGrid = preset() == u"grid"_s;
    m_heatmap->setData(RfmHeatmapData::build(*m_result, isGrid ? &m_grid : nullptr));
    m_chart->setResult(m_result);
    m_segmentModel->setResult(m_result);
    m_segmentView->resizeColumnsToContents();
    showSegment(m_shownSegment >= 0 && static_cast<std::size_t>(m_shownSegment) < m_result->segments.size()
                    ? m_shownSegment
                    : 0);
    updateControls();
    emit resultChanged();
    if (saved)
        emit segmentationSaved(m_result, m_grid);
}

void SegmentsPage::showSegment(int segment)
{
    if (!m_result || segment < 0 || static_cast<std::size_t>(segment) >= m_result->segments.size())
        return;
    m_shownSegment = segment;
    const RfmSegmentSummary& s = m_result->segments[static_cast<std::size_t>(segment)];
    m_customerModel->setSegment(m_result, m_data ? m_data->summary : nullptr, segment);
    m_customersTitle->setText(tr("<b>%1</b>: %n customer(s)", nullptr, static_cast<int>(s.customers))
                                  .arg(segmentDisplayName(s.name).toHtmlEscaped()));
    m_segmentView->selectRow(segment);
    m_customerView->resizeColumnsToContents();
    m_heatmap->setHighlightedCell(std::nullopt);
}

void SegmentsPage::showCell(int r, int f)
{
    if (!m_result)
        return;
    m_customerModel->setCell(m_result, m_data ? m_data->summary : nullptr, r, f);
    m_customersTitle->setText(tr("<b>Cell R%1 F%2</b>: %n customer(s)", nullptr, m_customerModel->rowCount())
                                  .arg(r)
                                  .arg(f));
    m_segmentView->clearSelection();
    m_heatmap->setHighlightedCell(std::make_pair(RfmHeatmapData::rowForRecency(r, m_result->bins), f - 1));
}

void SegmentsPage::showCellMenu(int row, int column, const QPoint& globalPosition)
{
    if (!m_result || preset() != u"grid"_s || m_result->bins != 5)
        return;
    const int r = RfmHeatmapData::recencyForRow(row, 5);
    const int f = column + 1;
    const QString current = QString::fromStdString(m_grid.grid[static_cast<std::size_t>((r - 1) * 5 + (f - 1))]);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Move cell R%1 F%2 to segment").arg(r).arg(f));
    RfmSegmentMap names = defaultRfmGrid();
    std::vector<std::string> choices = names.segmentNames();
    for (const std::string& name : m_grid.segmentNames())
        if (std::find(choices.begin(), choices.end(), name) == choices.end())
            choices.push_back(name);
    for (const std::string& name : choices) {
        const QString segment = QString::fromStdString(name);
        QAction* action = menu->addAction(segmentDisplayName(name), this, [this, r, f, segment] { assignCell(r, f, segment); });
        action->setCheckable(true);
        action->setChecked(segment == current);
    }
    menu->popup(globalPosition);
}

void SegmentsPage::updateControls()
{
    const bool isGrid = preset() == u"grid"_s;
    m_save->setEnabled(isGrid && m_dirty && !m_saving && m_data);
    m_reset->setEnabled(isGrid && !m_saving);
    m_preset->setEnabled(!m_saving);
}

QString SegmentsPage::exportBaseName(const QString& what) const
{
    return m_data ? QFileInfo(m_data->path).completeBaseName() + u'-' + what : what;
}

bool SegmentsPage::exportHeatmap(const QString& path, QString* error) const
{
    ChartDocument doc{m_heatmap->heatmapData().title, PageTools::exportSubtitle(m_data.get()),
                      [this](QPainter& p, const QRectF& r) { m_heatmap->renderTo(p, r); }};
    return PageTools::writeChart(path, doc, error);
}

bool SegmentsPage::exportChart(const QString& path, QString* error) const
{
    ChartDocument doc{SegmentChart::chartTitle(), PageTools::exportSubtitle(m_data.get()),
                      [this](QPainter& p, const QRectF& r) { m_chart->renderTo(p, r); }};
    return PageTools::writeChart(path, doc, error);
}

}  // namespace clv::ui
