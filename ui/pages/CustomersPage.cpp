// SPDX-License-Identifier: MIT
#include "ui/pages/CustomersPage.h"

#include "ui/models/CustomerFilterProxyModel.h"
#include "ui/models/CustomerTableModel.h"
#include "ui/text/Format.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
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

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"customerFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by customer id…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Customer filter"));
    m_filter->setMaximumWidth(360);
    m_count = new QLabel(this);
    m_count->setObjectName(u"customerCountLabel"_s);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addStretch();
    top->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(u"customersTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->setVisible(false);
    // Uniform rows: no per-row size hints are ever computed, which keeps a million rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(130);
    header->setStretchLastSection(false);  // keep the numbers together instead of pushing the last one far right
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);  // start in the order core returned (by customer)
    m_view->setColumnWidth(CustomerTableModel::CustomerColumn, 200);
    m_view->setColumnWidth(CustomerTableModel::MonetaryColumn, 150);
    m_view->setSortingEnabled(true);

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
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    // Filtering a million ids takes a moment, so wait until the user pauses typing.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(200);
    connect(&m_filterTimer, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &CustomersPage::applyFilter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomersPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CustomersPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CustomersPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CustomersPage::updateCountLabel);
    updateCountLabel();
}

void CustomersPage::setSummary(std::shared_ptr<const clv::CustomerSummary> summary)
{
    if (summary && !summary->rows.empty()) {
        m_note->setText(tr("Observed until %1. Same-day orders count as one purchase; refunds are netted. "
                           "Hover over a column header for its definition.")
                            .arg(formatDate(summary->end)));
    } else {
        m_note->setText(tr("No customers yet: import an orders CSV (File ▸ Import CSV…)."));
    }
    m_model->setSummary(std::move(summary));
    updateCountLabel();
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

}  // namespace clv::ui
