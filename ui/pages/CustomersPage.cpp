// SPDX-License-Identifier: MIT
#include "ui/pages/CustomersPage.h"

#include "ui/analytics/PageTools.h"
#include "ui/models/CustomerFilterProxyModel.h"
#include "ui/models/CustomerTableModel.h"
#include "ui/pages/CustomerDetailDialog.h"
#include "ui/tasks/ModelSnapshot.h"
#include "ui/tasks/ProjectData.h"
#include "ui/text/Format.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {
constexpr int kMaxCopiedRows = 100000;  // keeps Ctrl+C on "select all" of a huge table from stalling
}

CustomersPage::CustomersPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"customersPage"_s);
    m_model = new CustomerTableModel(this);
    m_model->setObjectName(u"customerTableModel"_s);
    m_proxy = new CustomerFilterProxyModel(this);
    m_proxy->setObjectName(u"customerProxyModel"_s);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(u"customersTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->setVisible(false);
    // Uniform rows: no per-row size hints are ever computed, which keeps a million rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(96);
    header->setStretchLastSection(false);  // keep the numbers together instead of pushing the last one far right
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);  // start in the order core returned (by customer)
    // Widths that keep all ten columns visible at 1366 x 768 for typical ids and segment names.
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(CustomerTableModel::CustomerColumn, metrics.horizontalAdvance(u"C0000000000"_s) + 16);
    m_view->setColumnWidth(CustomerTableModel::FrequencyColumn, metrics.horizontalAdvance(u"Frequency"_s) + 24);
    m_view->setColumnWidth(CustomerTableModel::RecencyColumn, metrics.horizontalAdvance(u"Recency (days)"_s) + 24);
    m_view->setColumnWidth(CustomerTableModel::TColumn, metrics.horizontalAdvance(u"T (weeks)"_s) + 24);
    m_view->setColumnWidth(CustomerTableModel::MonetaryColumn, metrics.horizontalAdvance(u"Monetary value"_s) + 24);
    m_view->setColumnWidth(CustomerTableModel::SegmentColumn, metrics.horizontalAdvance(u"Potential loyalists"_s) + 16);
    m_view->setColumnWidth(CustomerTableModel::AliveColumn, metrics.horizontalAdvance(u"P(alive)"_s) + 28);
    m_view->setColumnWidth(CustomerTableModel::PurchasesColumn, metrics.horizontalAdvance(u"Purchases (12 mo)"_s) + 24);
    m_view->setSortingEnabled(true);
    m_view->setToolTip(tr("Double-click a customer for the orders and predictions"));
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { openDetail(m_proxy->sourceRow(index.row())); });

    auto* copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CustomersPage::copySelection);
    m_view->addAction(copy);

    m_note = new QLabel(this);
    m_note->setObjectName(u"customerNote"_s);
    m_note->setWordWrap(true);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    m_note->setPalette(notePalette);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    // Filtering a million ids takes a moment, so wait until the user pauses typing.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(200);
    connect(&m_filterTimer, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &CustomersPage::applyFilter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomersPage::updateCountLabel);
    connect(m_proxy, &CustomerFilterProxyModel::indexApplied, this, &CustomersPage::updateCountLabel);
    updateFilterControls();
    updateCountLabel();
}

QWidget* CustomersPage::createFilterBar()
{
    auto* bar = new QWidget(this);
    auto* top = new QHBoxLayout(bar);
    top->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(u"customerFilter"_s);
    m_filter->setPlaceholderText(tr("Search customer id…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Customer filter"));
    m_filter->setMaximumWidth(220);

    m_segment = new QComboBox(bar);
    m_segment->setObjectName(u"customerSegmentFilter"_s);
    m_segment->setToolTip(tr("Show the customers of one RFM segment"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_segment, &QComboBox::activated, this, [this] { m_proxy->setSegmentFilter(m_segment->currentData().toInt()); });

    const auto spin = [bar](const QString& name, double max, const QString& suffix, const QString& special,
                            const QString& toolTip) {
        auto* box = new QDoubleSpinBox(bar);
        box->setObjectName(name);
        box->setRange(0.0, max);
        box->setDecimals(suffix.isEmpty() ? 2 : 0);
        box->setSuffix(suffix);
        box->setSpecialValueText(special);
        box->setToolTip(toolTip);
        box->setKeyboardTracking(false);
        return box;
    };
    m_minClv = spin(u"customerMinClv"_s, 1e12, {}, tr("any"),
                    tr("Show customers whose model CLV is at least this amount (needs the fitted model)"));
    m_minAlive = spin(u"customerMinAlive"_s, 100.0, u" %"_s, tr("0 %"),
                      tr("Lowest P(alive) shown: probability that the customer is still active"));
    m_maxAlive = spin(u"customerMaxAlive"_s, 100.0, u" %"_s, {}, tr("Highest P(alive) shown"));
    m_maxAlive->setValue(100.0);
    for (QDoubleSpinBox* box : {m_minClv, m_minAlive, m_maxAlive})
        connect(box, &QDoubleSpinBox::valueChanged, this, &CustomersPage::applyModelFilters);

    m_busy = new QLabel(tr("Sorting…"), bar);
    m_busy->setObjectName(u"customerBusy"_s);
    m_busy->setVisible(false);
    m_count = new QLabel(bar);
    m_count->setObjectName(u"customerCountLabel"_s);
    auto* exportButton = new QToolButton(bar);
    exportButton->setObjectName(u"customerExport"_s);
    exportButton->setText(tr("Export CSV…"));
    exportButton->setToolTip(tr("Writes the rows shown (filters and order applied) as CSV"));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString base = m_projectPath.isEmpty() ? u"customers"_s
                                                     : QFileInfo(m_projectPath).completeBaseName() + u"-customers"_s;
        exportCsv(PageTools::askCsvPath(this, base));
    });

    top->addWidget(m_filter, 1);
    top->addWidget(m_segment);
    top->addWidget(new QLabel(tr("CLV ≥"), bar));
    top->addWidget(m_minClv);
    top->addWidget(new QLabel(tr("P(alive)"), bar));
    top->addWidget(m_minAlive);
    top->addWidget(new QLabel(tr("to"), bar));
    top->addWidget(m_maxAlive);
    top->addStretch();
    top->addWidget(m_busy);
    top->addWidget(m_count);
    top->addWidget(exportButton);
    return bar;
}

void CustomersPage::setSummary(std::shared_ptr<const clv::CustomerSummary> summary)
{
    // A summary on its own has no project behind it: no orders, segments or path until setProjectData().
    m_orders.reset();
    m_rfm.reset();
    m_projectPath.clear();
    showSummary(std::move(summary));
    applySegments();
}

void CustomersPage::showSummary(std::shared_ptr<const clv::CustomerSummary> summary)
{
    if (summary && !summary->rows.empty()) {
        m_note->setText(tr("Observed until %1. Same-day orders count as one purchase; refunds are netted. "
                           "Hover over a column header for its definition; double-click a customer for details.")
                            .arg(formatDate(summary->end)));
    } else {
        m_note->setText(tr("No customers yet: import an orders CSV (File ▸ Import CSV…)."));
    }
    m_snapshot.reset();
    m_model->setSummary(std::move(summary));
    updateFilterControls();
    updateCountLabel();
}

void CustomersPage::setProjectData(std::shared_ptr<const ProjectData> project)
{
    m_orders = project ? project->orders : nullptr;
    m_rfm = project ? project->rfm : nullptr;
    m_projectPath = project ? project->path : QString();
    const auto summary = project ? project->summary : nullptr;
    if (summary != m_model->summary())
        showSummary(summary);
    applySegments();
    updateFilterControls();
}

void CustomersPage::applySegments()
{
    m_model->setSegments(m_rfm);
    const int current = m_proxy->query().segment;
    m_segment->clear();
    m_segment->addItem(tr("All segments"), -1);
    const QStringList names = m_model->segmentNames();
    for (int i = 0; i < names.size(); ++i)
        m_segment->addItem(names[i], i);
    const int restored = m_segment->findData(current);
    m_segment->setCurrentIndex(std::max(0, restored));
    m_proxy->setSegmentFilter(restored > 0 ? current : -1);
}

void CustomersPage::setModelSnapshot(std::shared_ptr<const ModelSnapshot> snapshot)
{
    const auto summary = m_model->summary();
    if (snapshot && (!snapshot->valuation || !summary || snapshot->valuation->customers.size() != summary->rows.size()))
        snapshot.reset();
    m_snapshot = std::move(snapshot);
    m_model->setValuation(m_snapshot ? m_snapshot->valuation : nullptr,
                          m_snapshot ? m_snapshot->settings.horizonMonths : 0);
    updateFilterControls();
}

void CustomersPage::updateFilterControls()
{
    const bool model = m_snapshot != nullptr;
    for (QDoubleSpinBox* box : {m_minClv, m_minAlive, m_maxAlive})
        box->setEnabled(model);
    m_segment->setEnabled(m_segment->count() > 1);
}

void CustomersPage::setSegmentFilter(int segment)
{
    const int index = m_segment->findData(segment);
    m_segment->setCurrentIndex(std::max(0, index));
    m_proxy->setSegmentFilter(index > 0 ? segment : -1);
}

void CustomersPage::setMinClv(std::optional<double> minimum)
{
    m_minClv->setValue(minimum.value_or(0.0));
    applyModelFilters();
}

void CustomersPage::setAliveRange(double minPercent, double maxPercent)
{
    m_minAlive->setValue(minPercent);
    m_maxAlive->setValue(maxPercent);
    applyModelFilters();
}

void CustomersPage::applyModelFilters()
{
    const double minClv = m_minClv->value();
    m_proxy->setMinClv(minClv > 0.0 ? std::optional<double>(minClv) : std::nullopt);
    const double lo = m_minAlive->value(), hi = m_maxAlive->value();
    m_proxy->setAliveRange(lo > 0.0 ? std::optional<double>(lo / 100.0) : std::nullopt,
                           hi < 100.0 ? std::optional<double>(hi / 100.0) : std::nullopt);
    updateCountLabel();
}

CustomerDetailDialog* CustomersPage::openDetail(int sourceRow)
{
    const auto summary = m_model->summary();
    if (!summary || sourceRow < 0 || static_cast<std::size_t>(sourceRow) >= summary->rows.size())
        return nullptr;
    CustomerDetailInput input;
    input.projectPath = m_projectPath;
    input.summary = summary;
    input.row = static_cast<std::size_t>(sourceRow);
    input.orders = m_orders;
    input.rfm = m_rfm;
    input.snapshot = m_snapshot;
    auto* dialog = new CustomerDetailDialog(std::move(input), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void CustomersPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CustomersPage::applyFilter()
{
    m_filterTimer.stop();
    m_proxy->setCustomerFilter(m_filter->text());
    updateCountLabel();
}

void CustomersPage::updateCountLabel()
{
    m_busy->setVisible(m_proxy->isBusy());
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_count->setText(tr("%1 customers").arg(formatCount(total)));
    else
        m_count->setText(tr("%1 of %2 customers").arg(formatCount(shown), formatCount(total)));
}

void CustomersPage::copySelection() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    if (rows.size() > kMaxCopiedRows)
        rows.resize(kMaxCopiedRows);
    QString text;
    const int columns = m_proxy->columnCount();
    for (int c = 0; c < columns; ++c)
        text += m_proxy->headerData(c, Qt::Horizontal).toString() + (c + 1 < columns ? u'\t' : u'\n');
    for (const QModelIndex& row : rows) {
        for (int c = 0; c < columns; ++c) {
            // Numbers as plain machine-readable values (no grouping, no currency sign) for spreadsheets.
            const int role = c >= CustomerTableModel::FrequencyColumn ? CustomerTableModel::SortRole : Qt::DisplayRole;
            text += m_proxy->index(row.row(), c).data(role).toString() + (c + 1 < columns ? u'\t' : u'\n');
        }
    }
    QApplication::clipboard()->setText(text);
}

void CustomersPage::exportCsv(const QString& path)
{
    if (path.isEmpty() || m_exporting)
        return;
    // A million rows take seconds to format: a worker writes them from the same immutable snapshots, through a
    // table model of its own, in the order and with the filters shown now.
    m_exporting = true;
    m_busy->setText(tr("Exporting…"));
    m_busy->setVisible(true);
    const CustomerColumns columns = m_model->columns();
    auto rows = m_proxy->visibleSourceRows();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        m_busy->setText(tr("Sorting…"));
        m_busy->setVisible(false);
        if (!error.isEmpty())
            PageTools::showError(this, tr("Export Table"), error);
        emit exportFinished(error.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run([columns, rows = std::move(rows), path] {
        CustomerTableModel model;
        model.setSummary(columns.summary);
        model.setSegments(columns.rfm);
        model.setValuation(columns.valuation, columns.horizonMonths);
        QString error;
        return PageTools::writeCsvRows(model, rows, path, &error) ? QString() : error;
    }));
}

}  // namespace clv::ui
