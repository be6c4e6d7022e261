// SPDX-License-Identifier: MIT
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/import/ImportWizardTestSupport.h"

#include "ui/import/ImportDialectPage.h"
#include "ui/import/ImportIssueModel.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportReportCsv.h"
#include "ui/import/ImportWizard.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

TEST_CASE("ImportPreviewModel passes QAbstractItemModelTester and shows ragged rows as they are", "[import][model]")
{
    WarningCollector warnings;
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setPreview({"id", "customer", "amount"}, {{"1", "C1", "10.00"}, {"2", "C2"}, {"3", "C3", "7", "extra"}});
    CHECK(model.rowCount() == 3);
    CHECK(model.columnCount() == 4);  // the longest row decides
    CHECK(model.index(1, 2).data().toString().isEmpty());
    CHECK(model.index(2, 3).data().toString() == QStringLiteral("extra"));
    CHECK(model.headerData(3, Qt::Horizontal).toString() == QStringLiteral("(extra)"));
    CHECK(model.headerData(0, Qt::Vertical).toInt() == 1);

    model.setColumnRoles({QString(), QStringLiteral("customer")});
    CHECK(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("customer")));
    CHECK(model.index(0, 1).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.index(0, 0).data(Qt::BackgroundRole).isValid());

    model.setPreview({"a"}, {{"line one\nline two"}});
    CHECK_FALSE(model.index(0, 0).data().toString().contains(QLatin1Char('\n')));
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);
    CHECK(warnings.messages().join(QLatin1Char('\n')).toStdString().empty());
}

TEST_CASE("The dialect page's preview model passes QAbstractItemModelTester on a real file", "[import][model]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("p.clvw")));
    WarningCollector warnings;
    ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
    wizard.setFiles({writeSmallOrdersCsv(dir.path())});
    wizard.show();
    REQUIRE(goNext(wizard, ImportWizard::DialectPageId));
    auto* dialect = qobject_cast<ImportDialectPage*>(wizard.currentPage());
    QAbstractItemModelTester tester(dialect->previewModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(waitComplete(wizard));
    CHECK(dialect->previewModel()->rowCount() == 12);
    CHECK(warnings.messages().join(QLatin1Char('\n')).toStdString().empty());
}

TEST_CASE("ImportIssueModel lists every issue of every report and sorts lines numerically", "[import][model]")
{
    WarningCollector warnings;
    ImportIssueModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ImportIssueModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    auto reports = std::make_shared<std::vector<ImportReport>>(2);
    (*reports)[0].file = "/tmp/a.csv";
    (*reports)[0].issues = {{12, 2, "customer_id", "", "missing-customer-id"}, {9, 3, "date", "x", "bad-date"}};
    (*reports)[1].file = "/tmp/b.csv";
    (*reports)[1].issues = {{100, 0, "", "", "ragged-row"}};
    model.setReports(reports);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, ImportIssueModel::File).data().toString() == QStringLiteral("a.csv"));
    CHECK(model.index(2, ImportIssueModel::File).data().toString() == QStringLiteral("b.csv"));
    CHECK(model.index(2, ImportIssueModel::ColumnNumber).data().toString() == QStringLiteral("(row)"));
    CHECK(model.index(0, ImportIssueModel::Reason).data().toString() == QStringLiteral("customer id is empty"));

    proxy.sort(ImportIssueModel::Line, Qt::AscendingOrder);
    CHECK(proxy.index(0, ImportIssueModel::Line).data().toInt() == 9);
    CHECK(proxy.index(2, ImportIssueModel::Line).data().toInt() == 100);  // not "100" < "12" < "9"
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(warnings.messages().join(QLatin1Char('\n')).toStdString().empty());
}

TEST_CASE("The report CSV quotes fields and guards text cells against formulas", "[import][report]")
{
    CHECK(ImportReportCsv::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(ImportReportCsv::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(ImportReportCsv::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(ImportReportCsv::field(QStringLiteral("=SUM(A1)")) == QStringLiteral("'=SUM(A1)"));
    CHECK(ImportReportCsv::field(QStringLiteral("-12.50")) == QStringLiteral("'-12.50"));
    CHECK(ImportReportCsv::field(QStringLiteral("-12.50"), false) == QStringLiteral("-12.50"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::vector<ImportReport> reports(1);
    reports[0].file = "/data/orders.csv";
    reports[0].issues = {{5, 3, "amount", "=1+2", "bad-amount"}};
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    QString error;
    REQUIRE(ImportReportCsv::write(path, reports, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "file,line,column,field,value,reason,explanation\r\n"));
    CHECK(bytes.contains("orders.csv,5,3,amount,'=1+2,bad-amount,not a valid amount\r\n"));
    CHECK_FALSE(ImportReportCsv::write(dir.filePath(QStringLiteral("missing/dir/r.csv")), reports, &error));
    CHECK_FALSE(error.isEmpty());
}
