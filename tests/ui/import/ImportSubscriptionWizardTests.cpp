// SPDX-License-Identifier: MIT
// The import wizard on subscription exports: detection, the subscription roles on the mapping page, the dry run,
// the import into the subscriptions table (compared with core's own import of the same file), re-import and Cancel.
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/import/ImportWizardTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsPages.h"
#include "ui/analytics/ChurnPage.h"
#include "ui/import/ImportIssueModel.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportRunPage.h"
#include "ui/import/ImportValidationPage.h"
#include "ui/import/ImportWizard.h"

#include "core/import/ImportPresets.h"
#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

QString exportCsv(const char* name)
{
    return QDir(QStringLiteral(CLV_UI_TEST_EXPORTS_DIR)).filePath(QString::fromLatin1(name));
}

/// Every stored subscription: customer, source id, plan, price in cents, start day, cancel day (-1: active).
std::vector<std::string> subscriptionRows(const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    auto stmt = db->prepare("SELECT c.external_id, s.source_id, s.plan, s.price_cents, s.start_day, "
                            "coalesce(s.cancel_day, -1) FROM subscriptions s JOIN customers c ON c.id = s.customer_id "
                            "ORDER BY s.id");
    REQUIRE(stmt.has_value());
    std::vector<std::string> rows;
    while (true) {
        auto more = stmt->step();
        REQUIRE(more.has_value());
        if (!*more)
            break;
        rows.push_back(stmt->columnText(0) + '|' + stmt->columnText(1) + '|' + stmt->columnText(2) + '|' +
                       std::to_string(stmt->columnInt(3)) + '|' + std::to_string(stmt->columnInt(4)) + '|' +
                       std::to_string(stmt->columnInt(5)));
    }
    return rows;
}

/// Imports `csv` with core (same preset, every format detected) into a new project; returns its stored rows.
std::vector<std::string> importedByCore(const QString& csv, const QString& projectPath, const ImportOptions& options)
{
    {
        auto db = project::open(projectPath.toStdString(), Database::OpenMode::CreateIfMissing);
        REQUIRE(db.has_value());
        auto report = importOrdersCsv(*db, csv.toStdString(), options);
        REQUIRE(report.has_value());
        CHECK(report->kind == "subscriptions");
    }
    return subscriptionRows(projectPath);
}

ImportOptions withPreset(const std::string& id)
{
    ImportOptions options;
    options.preset = id;
    return options;
}

QString labelText(ImportWizard& wizard, const char* comboName)
{
    auto* combo = wizard.findChild<QComboBox*>(QString::fromLatin1(comboName));
    REQUIRE(combo != nullptr);
    for (QLabel* label : wizard.findChildren<QLabel*>())
        if (label->buddy() == combo)
            return label->text();
    return {};
}

/// A generic subscriptions export of `rows` rows for cancellation tests.
QString writeLargeSubscriptionsCsv(const QString& dir, int rows)
{
    const QString path = QDir(dir).filePath(QStringLiteral("large-subscriptions.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray text = "subscription_id,customer_id,plan,price,start_date,cancel_date\n";
    text.reserve(rows * 48);
    for (int i = 0; i < rows; ++i)
        text += 'S' + QByteArray::number(i) + ",L" + QByteArray::number(i % 5000) + ",basic," +
                QByteArray::number(5 + i % 20) + ".99,2023-0" + QByteArray::number(1 + i % 9) + "-1" +
                QByteArray::number(i % 9) + ',' + (i % 3 == 0 ? QByteArray("2024-02-01") : QByteArray()) + '\n';
    REQUIRE(file.write(text) == text.size());
    return path;
}

}  // namespace

TEST_CASE("Import wizard: a Stripe subscriptions export is imported into the subscriptions table",
          "[import][wizard][subscriptions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("subs.clvw")));
    const QString csv = exportCsv("stripe_subscriptions.csv");
    REQUIRE(QFile::exists(csv));

    ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    auto* mapping = openAtMapping(wizard, {csv});
    REQUIRE(mapping != nullptr);

    // The subscriptions presets are offered and the Stripe one is proposed from the header.
    auto* presets = wizard.findChild<QComboBox*>(QStringLiteral("importPreset"));
    CHECK(presets->findData(QStringLiteral("generic-subscriptions")) >= 0);
    CHECK(presets->findData(QStringLiteral("shopify-orders")) >= 0);
    CHECK(mapping->presetId() == QStringLiteral("stripe-subscriptions"));
    CHECK(mapping->kind() == ImportKind::Subscriptions);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importPresetProposal"))->text().contains(QStringLiteral("Stripe subscriptions")));

    // The rows follow the preset's kind.
    for (auto role : {ImportMappingPage::CustomerRole, ImportMappingPage::SubscriptionIdRole, ImportMappingPage::PlanRole,
                      ImportMappingPage::AmountRole, ImportMappingPage::StartDateRole, ImportMappingPage::CancelDateRole})
        CHECK(mapping->isRoleShown(role));
    CHECK_FALSE(mapping->isRoleShown(ImportMappingPage::DateRole));
    CHECK_FALSE(mapping->isRoleShown(ImportMappingPage::OrderIdRole));
    CHECK(wizard.findChild<QComboBox*>(QStringLiteral("importColumnStartDate"))->isVisible());
    CHECK_FALSE(wizard.findChild<QComboBox*>(QStringLiteral("importColumnDate"))->isVisible());
    CHECK_FALSE(wizard.findChild<QComboBox*>(QStringLiteral("importColumnOrderId"))->isVisible());
    CHECK(labelText(wizard, "importColumnAmount") == QStringLiteral("P&rice:"));
    CHECK(mapping->column(ImportMappingPage::CustomerRole) == 1);        // Customer ID
    CHECK(mapping->column(ImportMappingPage::SubscriptionIdRole) == 0);  // id
    CHECK(mapping->column(ImportMappingPage::PlanRole) == 7);            // Interval
    CHECK(mapping->column(ImportMappingPage::AmountRole) == 6);          // Amount
    CHECK(mapping->column(ImportMappingPage::StartDateRole) == 9);       // Start Date (UTC)
    CHECK(mapping->column(ImportMappingPage::CancelDateRole) == 15);     // Ended At (UTC)
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importExtraRoles"))->text().contains(QStringLiteral("Customer Email")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    grabPage(wizard, QStringLiteral("sub-3-mapping-stripe"));

    REQUIRE(goNext(wizard, ImportWizard::FormatsPageId));
    REQUIRE(waitComplete(wizard));
    grabPage(wizard, QStringLiteral("sub-4-formats-stripe"));
    REQUIRE(goNext(wizard, ImportWizard::ValidationPageId));
    REQUIRE(waitComplete(wizard));
    auto* validation = qobject_cast<ImportValidationPage*>(wizard.currentPage());
    const ImportIssueModel* issues = validation->issueModel();
    REQUIRE(issues->rowCount() == 3);  // incomplete_expired, cancelled before the start, no customer at all
    QStringList reasons;
    for (int row = 0; row < issues->rowCount(); ++row)
        reasons << issues->index(row, ImportIssueModel::Reason).data(Qt::ToolTipRole).toString();
    reasons.sort();
    CHECK(reasons == QStringList{QStringLiteral("cancel-before-start"), QStringLiteral("excluded-status"),
                                 QStringLiteral("missing-customer-id")});
    for (int row = 0; row < issues->rowCount(); ++row) {
        const QModelIndex reason = issues->index(row, ImportIssueModel::Reason);
        CHECK(reason.data().toString() != reason.data(Qt::ToolTipRole).toString());  // explained, not the raw code
    }
    const QString summary = wizard.findChild<QLabel*>(QStringLiteral("importValidationSummary"))->text();
    CHECK(summary.contains(QStringLiteral("Subscriptions that would be imported: 3")));
    CHECK(subscriptionRows(project).empty());  // the dry run did not touch the project
    grabPage(wizard, QStringLiteral("sub-5-validation-stripe"));

    REQUIRE(goNext(wizard, ImportWizard::RunPageId));
    REQUIRE(waitComplete(wizard));
    REQUIRE(imported.count() == 1);
    const QString result = wizard.findChild<QLabel*>(QStringLiteral("importRunResult"))->text();
    CHECK(result.contains(QStringLiteral("Imported 3 subscription")));
    CHECK(wizard.currentPage()->subTitle().contains(QStringLiteral("subscriptions")));
    grabPage(wizard, QStringLiteral("sub-6-run-stripe"));

    const auto stored = subscriptionRows(project);
    CHECK(stored.size() == 3);
    CHECK(stored == importedByCore(csv, dir.filePath(QStringLiteral("core.clvw")), withPreset("stripe-subscriptions")));
    CHECK(std::get<1>(projectCounts(project)) == 0);  // no orders were written
    CHECK(std::get<2>(projectCounts(project)) == 1);  // one import in the log

    SECTION("Importing the same export again adds nothing: the dry run says so and Import stays disabled")
    {
        ImportWizard again(ImportTarget{project, ProjectTarget::Existing});
        again.setFiles({csv});
        again.show();
        for (int id : {ImportWizard::DialectPageId, ImportWizard::MappingPageId, ImportWizard::FormatsPageId,
                       ImportWizard::ValidationPageId})
            REQUIRE(goNext(again, id));
        auto* page = qobject_cast<ImportValidationPage*>(again.currentPage());
        REQUIRE(QTest::qWaitFor([&] { return !page->isChecking(); }, kWizardTimeoutMs));
        const QString text = again.findChild<QLabel*>(QStringLiteral("importValidationSummary"))->text();
        CHECK(text.contains(QStringLiteral("Already in the project: 3")));
        CHECK(text.contains(QStringLiteral("Nothing new would be imported")));
        CHECK_FALSE(page->isComplete());
        CHECK_FALSE(again.button(QWizard::CommitButton)->isEnabled());
        CHECK(subscriptionRows(project) == stored);
    }
}

TEST_CASE("Import wizard: a generic subscriptions export is imported and an orders preset shows the orders rows",
          "[import][wizard][subscriptions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("generic.clvw")));
    const QString csv = exportCsv("generic_subscriptions.csv");

    ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
    auto* mapping = openAtMapping(wizard, {csv});
    REQUIRE(mapping != nullptr);
    CHECK(mapping->presetId() == QStringLiteral("generic-subscriptions"));
    CHECK(mapping->column(ImportMappingPage::CustomerRole) == 1);
    CHECK(mapping->column(ImportMappingPage::SubscriptionIdRole) == 0);
    CHECK(mapping->column(ImportMappingPage::PlanRole) == 2);
    CHECK(mapping->column(ImportMappingPage::AmountRole) == 3);
    CHECK(mapping->column(ImportMappingPage::StartDateRole) == 5);
    CHECK(mapping->column(ImportMappingPage::CancelDateRole) == 6);
    grabPage(wizard, QStringLiteral("sub-3-mapping-generic"));

    // An orders preset shows the orders rows and asks for what it lacks; back to subscriptions restores them.
    REQUIRE(mapping->selectPreset(QStringLiteral("generic-orders")));
    CHECK(mapping->kind() == ImportKind::Orders);
    CHECK(mapping->isRoleShown(ImportMappingPage::DateRole));
    CHECK_FALSE(mapping->isRoleShown(ImportMappingPage::StartDateRole));
    CHECK(labelText(wizard, "importColumnAmount") == QStringLiteral("&Amount:"));
    CHECK_FALSE(mapping->isComplete());
    REQUIRE(mapping->selectPreset(QStringLiteral("generic-subscriptions")));
    CHECK(mapping->kind() == ImportKind::Subscriptions);
    CHECK(mapping->column(ImportMappingPage::StartDateRole) == 5);
    CHECK(mapping->isComplete());

    // A required subscription role left empty blocks the page.
    mapping->setColumn(ImportMappingPage::StartDateRole, -1);
    CHECK_FALSE(mapping->isComplete());
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importMappingProblem"))->text().contains(QStringLiteral("started")));
    mapping->setColumn(ImportMappingPage::StartDateRole, 5);
    CHECK(mapping->isComplete());

    for (int id : {ImportWizard::FormatsPageId, ImportWizard::ValidationPageId})
        REQUIRE(goNext(wizard, id));
    REQUIRE(waitComplete(wizard));
    auto* validation = qobject_cast<ImportValidationPage*>(wizard.currentPage());
    REQUIRE(validation->issueModel()->rowCount() == 1);  // 2024-02-30
    CHECK(validation->issueModel()->index(0, ImportIssueModel::Line).data().toInt() == 5);
    REQUIRE(goNext(wizard, ImportWizard::RunPageId));
    REQUIRE(waitComplete(wizard));
    CHECK(wizard.setup().imported != nullptr);

    const auto stored = subscriptionRows(project);
    CHECK(stored.size() == 3);
    CHECK(stored == importedByCore(csv, dir.filePath(QStringLiteral("core.clvw")), withPreset("generic-subscriptions")));
}

TEST_CASE("Import wizard: a hand-made subscriptions mapping is saved as a subscriptions preset core accepts",
          "[import][wizard][subscriptions][preset]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("saved.clvw")));
    const QString csv = exportCsv("generic_subscriptions.csv");
    {
        ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
        auto* mapping = openAtMapping(wizard, {csv});
        REQUIRE(mapping != nullptr);
        REQUIRE(mapping->kind() == ImportKind::Subscriptions);
        mapping->setColumn(ImportMappingPage::CancelDateRole, -1);  // by hand: ignore the cancel dates
        mapping->setColumn(ImportMappingPage::PlanRole, 4);         // and read the currency as the plan
        wizard.findChild<QCheckBox*>(QStringLiteral("importSavePreset"))->setChecked(true);
        wizard.findChild<QLineEdit*>(QStringLiteral("importPresetName"))->setText(QStringLiteral("Billing export"));
        for (int id : {ImportWizard::FormatsPageId, ImportWizard::ValidationPageId, ImportWizard::RunPageId})
            REQUIRE(goNext(wizard, id));
        REQUIRE(waitComplete(wizard));
        REQUIRE(wizard.setup().imported != nullptr);
        CHECK(wizard.findChild<QLabel*>(QStringLiteral("importRunResult"))->text().contains(QStringLiteral("Billing export")));
    }
    ImportPreset saved;
    {
        auto db = project::open(project.toStdString());
        REQUIRE(db.has_value());
        auto presets = loadUserPresets(*db);
        REQUIRE(presets.has_value());
        REQUIRE(presets->size() == 1);
        saved = presets->front();
    }
    CHECK(saved.name == "Billing export");
    CHECK(saved.kind == "subscriptions");
    CHECK(validatePreset(saved).has_value());
    for (const PresetColumn& column : saved.columns) {
        CHECK(column.role != ColumnRole::CancelDate);
        if (column.role == ColumnRole::Plan)
            CHECK(column.names == std::vector<std::string>{"currency"});
    }
    const auto stored = subscriptionRows(project);
    REQUIRE(stored.size() == 3);
    for (const std::string& row : stored) {
        CHECK(row.find("|EUR|") != std::string::npos);
        CHECK(row.substr(row.size() - 3) == "|-1");  // no cancel day read
    }
    ImportOptions options;
    options.presetDefinition = saved;
    CHECK(stored == importedByCore(csv, dir.filePath(QStringLiteral("core.clvw")), options));

    // The next import into this project lists the saved preset among the subscriptions presets.
    ImportWizard again(ImportTarget{project, ProjectTarget::Existing});
    again.setFiles({csv});
    again.show();
    REQUIRE(goNext(again, ImportWizard::DialectPageId));
    REQUIRE(goNext(again, ImportWizard::MappingPageId));
    auto* combo = again.findChild<QComboBox*>(QStringLiteral("importPreset"));
    REQUIRE(QTest::qWaitFor([&] { return combo->findData(QString::fromStdString(saved.id)) >= 0; }, kWizardTimeoutMs));
    CHECK(combo->findData(QString::fromStdString(saved.id)) > combo->findData(QStringLiteral("generic-orders")));
    auto* mapping = qobject_cast<ImportMappingPage*>(again.currentPage());
    REQUIRE(mapping->selectPreset(QString::fromStdString(saved.id)));
    CHECK(mapping->kind() == ImportKind::Subscriptions);
    CHECK(mapping->column(ImportMappingPage::PlanRole) == 4);
    CHECK(mapping->column(ImportMappingPage::CancelDateRole) == -1);
}

TEST_CASE("Import wizard: cancelling a subscriptions import leaves the project exactly as before",
          "[import][wizard][subscriptions][cancel]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("cancel-subs.clvw"));
    const auto before = importedByCore(exportCsv("stripe_subscriptions.csv"), project, withPreset("stripe-subscriptions"));
    const auto countsBefore = projectCounts(project);
    const QString big = writeLargeSubscriptionsCsv(dir.path(), 600000);

    ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
    wizard.setFiles({big});
    wizard.setup().options.preset = "generic-subscriptions";
    REQUIRE(wizard.setup().importsSubscriptions());
    auto* run = startImportPage(wizard);
    REQUIRE(waitForProgress(wizard));
    run->cancelImport();
    REQUIRE(QTest::qWaitFor([&] { return !run->isRunning(); }, kWizardTimeoutMs));
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importRunStatus"))->text().contains(QStringLiteral("cancelled")));
    CHECK(subscriptionRows(project) == before);
    CHECK(projectCounts(project) == countsBefore);
}

TEST_CASE("After a subscriptions import the main window reloads and the Churn page shows their curve",
          "[import][wizard][subscriptions][mainwindow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = createEmptyProject(dir.filePath(QStringLiteral("main-subs.clvw")));
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(project));
    REQUIRE(QTest::qWaitFor([&] { return !window.isBusy(); }, kWizardTimeoutMs));
    ChurnPage* churn = window.analyticsPages()->churn();
    CHECK_FALSE(churn->hasSubscriptionCurve());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(exportCsv("stripe_subscriptions.csv"))});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QCoreApplication::sendEvent(&window, &drop);
    ImportWizard* wizard = window.importWizard();
    REQUIRE(wizard != nullptr);

    QSignalSpy opened(&window, &MainWindow::projectOpened);
    for (int id : {ImportWizard::DialectPageId, ImportWizard::MappingPageId, ImportWizard::FormatsPageId,
                   ImportWizard::ValidationPageId, ImportWizard::RunPageId})
        REQUIRE(goNext(*wizard, id));
    REQUIRE(waitComplete(*wizard));
    REQUIRE(QTest::qWaitFor([&] { return opened.count() == 1 && !window.isBusy(); }, kWizardTimeoutMs));
    wizard->accept();
    REQUIRE(window.projectData() != nullptr);
    REQUIRE(window.projectData()->subscriptions != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return churn->hasSubscriptionCurve(); }, kWizardTimeoutMs));
}

TEST_CASE("The Chinese catalogue translates the subscriptions mapping page", "[import][wizard][subscriptions][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/clv_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString project = createEmptyProject(dir.filePath(QStringLiteral("zh.clvw")));
        ImportWizard wizard(ImportTarget{project, ProjectTarget::Existing});
        REQUIRE(openAtMapping(wizard, {exportCsv("stripe_subscriptions.csv")}) != nullptr);
        CHECK(labelText(wizard, "importColumnAmount") == QStringLiteral("价格(&R)："));
        CHECK(labelText(wizard, "importColumnStartDate") == QStringLiteral("开始日期(&T)："));
        CHECK(wizard.findChild<QLabel*>(QStringLiteral("importPresetKind"))->text().startsWith(QStringLiteral("此预设读取订阅")));
        grabPage(wizard, QStringLiteral("sub-3-mapping-stripe-zh"));
    }
    QCoreApplication::removeTranslator(&translator);
}
