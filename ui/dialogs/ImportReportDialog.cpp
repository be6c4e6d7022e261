// SPDX-License-Identifier: MIT
#include "ui/dialogs/ImportReportDialog.h"

#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

ImportReportDialog::ImportReportDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(tr("Import Report"));
    setModal(false);
    resize(640, 420);

    m_headline = new QLabel(this);
    m_headline->setObjectName(u"importHeadline"_s);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_numbers = new QLabel(this);
    m_numbers->setObjectName(u"importNumbers"_s);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issuesCaption = new QLabel(this);

    m_issues = new QTreeWidget(this);
    m_issues->setObjectName(u"importIssues"_s);
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setAlternatingRowColors(true);
    m_issues->setHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_issues->header()->setStretchLastSection(true);
    m_issues->setColumnWidth(0, 70);
    m_issues->setColumnWidth(1, 120);
    m_issues->setColumnWidth(2, 180);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_numbers);
    layout->addWidget(m_columns);
    layout->addSpacing(6);
    layout->addWidget(m_issuesCaption);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
}

void ImportReportDialog::setReport(const clv::ImportReport& report)
{
    const QString file = QFileInfo(QString::fromStdString(report.file)).fileName();
    if (report.rowsImported == 0)
        m_headline->setText(tr("Nothing was imported from “%1”: every row was rejected.").arg(file));
    else if (report.rowsRejected == 0)
        m_headline->setText(tr("Imported “%1”.").arg(file));
    else
        m_headline->setText(tr("Imported “%1” with %n rejected row(s).", nullptr,
                               static_cast<int>(std::min<std::int64_t>(report.rowsRejected, 1000000000)))
                                .arg(file));

    m_numbers->setText(tr("Rows read: %1    Imported: %2    Rejected: %3    New customers: %4")
                           .arg(formatCount(report.rowsRead), formatCount(report.rowsImported),
                                formatCount(report.rowsRejected), formatCount(report.newCustomers)));
    QString columns = tr("Columns used: customer “%1”, date “%2”, amount “%3”")
                          .arg(QString::fromStdString(report.customerColumn), QString::fromStdString(report.dateColumn),
                               QString::fromStdString(report.amountColumn));
    if (!report.orderIdColumn.empty())
        columns += tr(", order id “%1”").arg(QString::fromStdString(report.orderIdColumn));
    m_columns->setText(columns + u'.');

    m_issues->clear();
    const std::size_t listed = std::min<std::size_t>(report.issues.size(), kMaxListedIssues);
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(listed));
    for (std::size_t i = 0; i < listed; ++i) {
        const ImportIssue& issue = report.issues[i];
        auto* item = new QTreeWidgetItem;
        item->setText(0, QString::number(issue.line));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, issue.field.empty() ? (issue.column > 0 ? QString::number(issue.column) : tr("(row)"))
                                             : QString::fromStdString(issue.field));
        item->setText(2, QString::fromStdString(issue.value));
        item->setText(3, ErrorText::issueReason(issue.reason));
        item->setToolTip(2, item->text(2));
        items.append(item);
    }
    m_issues->addTopLevelItems(items);
    const bool anyIssues = !report.issues.empty();
    m_issues->setVisible(anyIssues);
    m_issuesCaption->setVisible(anyIssues);
    if (report.issues.size() > listed)
        m_issuesCaption->setText(tr("First %1 of %2 rejected rows:")
                                     .arg(formatCount(static_cast<std::int64_t>(listed)),
                                          formatCount(static_cast<std::int64_t>(report.issues.size()))));
    else
        m_issuesCaption->setText(tr("Rejected rows:"));
    if (!anyIssues)
        resize(width(), sizeHint().height());
}

}  // namespace clv::ui
