// SPDX-License-Identifier: MIT
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/import/ImportWizardTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/import/ImportDialectPage.h"
#include "ui/import/ImportFormatsPage.h"
#include "ui/import/ImportIssueModel.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportRunPage.h"
#include "ui/import/ImportValidationPage.h"
#include "ui/import/ImportWizard.h"

#include "core/import/ImportPresets.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

TEST_CASE("Import wizard: a small CSV goes through every page into the project", "[import][wizard]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("shop.clvw")));
    const QString csv = writeSmallOrdersCsv(dir.path());

    ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.setFiles({csv});
    wizard.show();
    REQUIRE(wizard.currentId() == ImportWizard::FilesPageId);
    grabPage(wizard, QStringLiteral("1-files"));
    REQUIRE(goNext(wizard, ImportWizard::DialectPageId));

    auto* dialect = qobject_cast<ImportDialectPage*>(wizard.currentPage());
    REQUIRE(waitComplete(wizard));
    CHECK(dialect->previewModel()->columnCount() == 5);
    CHECK(dialect->previewModel()->rowCount() == 12);
    CHECK(dialect->previewModel()->headerData(1, Qt::Horizontal).toString() == QStringLiteral("customer_id"));
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importDialectStatus"))->text().contains(QStringLiteral("comma")));
    grabPage(wizard, QStringLiteral("2-dialect"));

    REQUIRE(goNext(wizard, ImportWizard::MappingPageId));
    auto* mapping = qobject_cast<ImportMappingPage*>(wizard.currentPage());
    CHECK(mapping->column(ImportMappingPage::CustomerRole) == 1);
    CHECK(mapping->column(ImportMappingPage::DateRole) == 2);
    CHECK(mapping->column(ImportMappingPage::AmountRole) == 3);
    CHECK(mapping->column(ImportMappingPage::OrderIdRole) == 0);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    grabPage(wizard, QStringLiteral("3-mapping"));

    REQUIRE(goNext(wizard, ImportWizard::FormatsPageId));
    REQUIRE(waitComplete(wizard));
    auto* formats = qobject_cast<ImportFormatsPage*>(wizard.currentPage());
    CHECK_FALSE(formats->dateChoiceRequired());
    grabPage(wizard, QStringLiteral("4-formats"));

    REQUIRE(goNext(wizard, ImportWizard::ValidationPageId));
    REQUIRE(waitComplete(wizard));
    auto* validation = qobject_cast<ImportValidationPage*>(wizard.currentPage());
    CHECK(validation->issueModel()->rowCount() == kSmallCsvRejected);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importMissingCustomers"))->text().contains(QStringLiteral("1")));
    CHECK(std::get<1>(projectCounts(project)) == 0);  // the dry run did not touch the project
    const QString reportCsv = dir.filePath(QStringLiteral("report.csv"));
    REQUIRE(validation->saveReport(reportCsv));
    QFile report(reportCsv);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(report.readAll());
    CHECK(reportText.contains(QStringLiteral("orders.csv,12,2,customer_id,,missing-customer-id")));
    CHECK(reportText.contains(QStringLiteral("orders.csv,13,3,order_date,not-a-date,bad-date")));
    grabPage(wizard, QStringLiteral("5-validation"));

    REQUIRE(goNext(wizard, ImportWizard::RunPageId));
    REQUIRE(waitComplete(wizard));
    REQUIRE(imported.count() == 1);
    CHECK(imported.front().at(0).toString() == project);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importRunResult"))->text().contains(QStringLiteral("10")));
    CHECK(coreSummaryRowCount(project) == static_cast<std::size_t>(kSmallCsvCustomers));
    grabPage(wizard, QStringLiteral("6-run"));
}

TEST_CASE("Import wizard: ambiguous dates must be chosen by the user, never guessed", "[import][wizard]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("ambiguous.clvw")));
    const QString csv = writeAmbiguousDatesCsv(dir.path());

    ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
    wizard.setFiles({csv});
    wizard.show();
    REQUIRE(goNext(wizard, ImportWizard::DialectPageId));
    REQUIRE(waitComplete(wizard));
    auto* dialect = qobject_cast<ImportDialectPage*>(wizard.currentPage());
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importDialectStatus"))->text().contains(QStringLiteral("semicolon")));
    CHECK(dialect->previewModel()->columnCount() == 3);
    REQUIRE(goNext(wizard, ImportWizard::MappingPageId));
    REQUIRE(goNext(wizard, ImportWizard::FormatsPageId));
    auto* formats = qobject_cast<ImportFormatsPage*>(wizard.currentPage());
    REQUIRE(QTest::qWaitFor([&] { return !formats->isReading(); }, kWizardTimeoutMs));

    CHECK(formats->dateChoiceRequired());
    CHECK_FALSE(formats->isComplete());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    auto* dateOrder = wizard.findChild<QComboBox*>(QStringLiteral("importDateOrder"));
    CHECK(dateOrder->currentIndex() == -1);  // no preselection
    grabPage(wizard, QStringLiteral("4-formats-ambiguous"));

    dateOrder->setCurrentIndex(dateOrder->findData(static_cast<int>(DateOrder::DayFirst)));
    CHECK(formats->isComplete());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    REQUIRE(goNext(wizard, ImportWizard::ValidationPageId));
    REQUIRE(waitComplete(wizard));
    REQUIRE(goNext(wizard, ImportWizard::RunPageId));
    REQUIRE(waitComplete(wizard));
    const auto months = coreMonthlyRevenue(project);
    REQUIRE(months.size() == 3);       // month first would span January to October
    CHECK(months.front().month == 2);  // 01/02/2024 read day first: 1 February
    CHECK(months.back().month == 4);   // 03/04/2024: 3 April
}

TEST_CASE("Import wizard: a GB18030 file is never decoded silently and the chosen encoding shows Chinese text",
          "[import][wizard][encoding]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("zh.clvw")));
    const QString csv = dir.filePath(QStringLiteral("gb18030.csv"));
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(encoder.encode(QStringLiteral("客户ID,订单日期,金额\n张三,2024-01-05,10.00\n李四,2024-02-01,20.00\n")));
    file.close();

    ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
    wizard.setFiles({csv});
    wizard.show();
    REQUIRE(goNext(wizard, ImportWizard::DialectPageId));
    auto* dialect = qobject_cast<ImportDialectPage*>(wizard.currentPage());
    REQUIRE(QTest::qWaitFor([&] { return !dialect->isReading(); }, kWizardTimeoutMs));
    CHECK_FALSE(dialect->isComplete());
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importDialectStatus"))->text().contains(QStringLiteral("UTF-8")));
    grabPage(wizard, QStringLiteral("2-dialect-encoding"));

    auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("importEncoding"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("GB18030")));
    REQUIRE(waitComplete(wizard));
    CHECK(dialect->previewModel()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("客户ID"));
    CHECK(dialect->previewModel()->index(0, 0).data().toString() == QStringLiteral("张三"));
    REQUIRE(goNext(wizard, ImportWizard::MappingPageId));
    auto* mapping = qobject_cast<ImportMappingPage*>(wizard.currentPage());
    CHECK(mapping->column(ImportMappingPage::CustomerRole) == 0);
    CHECK(mapping->column(ImportMappingPage::AmountRole) == 2);
}

TEST_CASE("Import wizard: a hand-made mapping is saved as a named preset in the project", "[import][wizard][preset]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("presets.clvw")));
    const QString csv = writeSmallOrdersCsv(dir.path());
    {
        ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
        auto* mapping = openAtMapping(wizard, {csv});
        REQUIRE(mapping != nullptr);
        mapping->setColumn(ImportMappingPage::OrderIdRole, -1);  // by hand: no order id column
        wizard.findChild<QCheckBox*>(QStringLiteral("importSavePreset"))->setChecked(true);
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());  // a name is required
        wizard.findChild<QLineEdit*>(QStringLiteral("importPresetName"))->setText(QStringLiteral("Shop export"));
        for (int id : {ImportWizard::FormatsPageId, ImportWizard::ValidationPageId, ImportWizard::RunPageId})
            REQUIRE(goNext(wizard, id));
        REQUIRE(waitComplete(wizard));
        CHECK(wizard.setup().imported != nullptr);
    }
    auto db = project::open(project.toStdString());
    REQUIRE(db.has_value());
    auto presets = loadUserPresets(*db);
    REQUIRE(presets.has_value());
    REQUIRE(presets->size() == 1);
    CHECK(presets->front().name == "Shop export");
    for (const PresetColumn& column : presets->front().columns)
        CHECK(column.role != ColumnRole::OrderId);

    ImportWizard again(ImportTarget{project, ProjectTarget::Existing});
    again.setFiles({csv});
    again.show();
    REQUIRE(goNext(again, ImportWizard::DialectPageId));
    REQUIRE(goNext(again, ImportWizard::MappingPageId));
    auto* preset = again.findChild<QComboBox*>(QStringLiteral("importPreset"));
    REQUIRE(QTest::qWaitFor([&] { return preset->findText(QStringLiteral("Shop export"), Qt::MatchStartsWith) >= 0; },
                            kWizardTimeoutMs));
}

TEST_CASE("Import wizard: cancelling the import leaves the project exactly as before", "[import][wizard][cancel]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("cancel.clvw")));
    importWithCore(writeSmallOrdersCsv(dir.path()), project);
    const auto before = projectCounts(project);
    const QString big = writeLargeOrdersCsv(dir.path(), 600000);

    SECTION("Cancel on the last page")
    {
        ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
        wizard.setFiles({big});
        auto* run = startImportPage(wizard);
        REQUIRE(waitForProgress(wizard));
        run->cancelImport();
        REQUIRE(QTest::qWaitFor([&] { return !run->isRunning(); }, kWizardTimeoutMs));
        CHECK(wizard.findChild<QLabel*>(QStringLiteral("importRunStatus"))->text().contains(QStringLiteral("cancelled")));
        CHECK(projectCounts(project) == before);
    }
    SECTION("Closing the wizard during the import cancels it and closes once stopped")
    {
        ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
        QSignalSpy rejected(&wizard, &QDialog::rejected);
        wizard.setFiles({big});
        startImportPage(wizard);
        REQUIRE(waitForProgress(wizard));
        wizard.reject();
        CHECK(wizard.isVisible());  // still there until core has stopped
        REQUIRE(QTest::qWaitFor([&] { return rejected.count() == 1; }, kWizardTimeoutMs));
        CHECK_FALSE(wizard.isImporting());
        CHECK(projectCounts(project) == before);
    }
    SECTION("Destroying the wizard during the import waits for the rollback")
    {
        auto wizard = std::make_unique<ImportWizard>(ImportTarget{project, ProjectTarget::Existing});
        wizard->setFiles({big});
        startImportPage(*wizard);
        REQUIRE(waitForProgress(*wizard));
        wizard.reset();
        CHECK(projectCounts(project) == before);
    }
}

TEST_CASE("Dropping CSV files on the main window opens the import wizard with them", "[import][wizard][mainwindow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("drop.clvw")));
    const QString csv = writeSmallOrdersCsv(dir.path());
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(project));
    REQUIRE(QTest::qWaitFor([&] { return !window.isBusy(); }, kWizardTimeoutMs));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    ImportWizard* wizard = window.importWizard();
    REQUIRE(wizard != nullptr);
    CHECK(wizard->isVisible());
    CHECK(wizard->setup().files == QStringList{csv});
    CHECK(wizard->setup().target.projectPath == project);

    // Through the wizard to the end: the main window reloads the project afterwards.
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    for (int id : {ImportWizard::DialectPageId, ImportWizard::MappingPageId, ImportWizard::FormatsPageId,
                   ImportWizard::ValidationPageId, ImportWizard::RunPageId})
        REQUIRE(goNext(*wizard, id));
    REQUIRE(waitComplete(*wizard));
    REQUIRE(QTest::qWaitFor([&] { return opened.count() == 1 && !window.isBusy(); }, kWizardTimeoutMs));
    REQUIRE(window.projectData() != nullptr);
    CHECK(window.projectData()->counts.customers == kSmallCsvCustomers);
    wizard->accept();
}
