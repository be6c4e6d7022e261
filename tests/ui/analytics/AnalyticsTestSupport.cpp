// SPDX-License-Identifier: MIT
#include "AnalyticsTestSupport.h"

#include "../UiTestSupport.h"

#include "ui/analytics/AnalyticsPages.h"

#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTest>

#include <string>

namespace clv::ui::test {

void makeDemoProject(const QString& projectPath)
{
    const QString csv = demoCsvPath();
    REQUIRE_FALSE(csv.isEmpty());
    importWithCore(csv, projectPath);
}

void addSubscriptions(const QString& projectPath, int count)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    REQUIRE(db->exec("INSERT INTO imports (id, file_name, fingerprint, imported_at, kind) "
                     "VALUES (900, 'subs.csv', 'x', '2024-01-01', 'subscriptions')")
                .has_value());
    const int start = Date::fromCivil(2023, 1, 1).days;
    for (int i = 0; i < count; ++i) {
        const std::string id = std::to_string(9000 + i);
        REQUIRE(db->exec("INSERT INTO customers (id, external_id) VALUES (" + id + ", 'S" + id + "')").has_value());
        // Every third subscription is still active; the others end after 30 x (i % 7 + 1) days.
        const std::string cancel = i % 3 == 0 ? "NULL" : std::to_string(start + i + 30 * (i % 7 + 1));
        REQUIRE(db->exec("INSERT INTO subscriptions (customer_id, import_id, price_cents, start_day, cancel_day) "
                         "VALUES (" + id + ", 900, 2900, " + std::to_string(start + i) + ", " + cancel + ")")
                    .has_value());
    }
}

void saveScreenshot(QWidget& window, const QString& name)
{
    const QString dir = artifactsDir();
    if (dir.isEmpty())
        return;
    QTest::qWait(50);  // let pending layouts and paints run
    CHECK(window.grab().save(QDir(dir).filePath(name)));
}

bool waitForPages(const MainWindow& window)
{
    return QTest::qWaitFor([&] { return !window.analyticsPages()->isBusy(); }, 60000);
}

void openAndWait(MainWindow& window, const QString& projectPath)
{
    REQUIRE(window.openProject(projectPath));
    REQUIRE(QTest::qWaitFor([&] { return !window.isBusy(); }, 60000));
    REQUIRE(window.lastError().isEmpty());
    REQUIRE(waitForPages(window));
}

std::shared_ptr<const CustomerSummary> coreSummary(const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    auto summary = summarizeProject(*db, SummaryOptions{});
    REQUIRE(summary.has_value());
    return std::make_shared<const CustomerSummary>(std::move(*summary));
}

std::shared_ptr<const OrderTable> coreOrders(const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    auto orders = loadOrderTable(*db);
    REQUIRE(orders.has_value());
    return std::make_shared<const OrderTable>(std::move(*orders));
}

}  // namespace clv::ui::test
