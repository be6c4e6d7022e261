// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

namespace clv::ui::test {

QString writeSmallOrdersCsv(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("orders.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("order_id,customer_id,order_date,amount,currency\n"  // line 1
               "1,C001,2024-01-05,25.00,EUR\n"                       // line 2
               "2,C001,2024-01-05,10.00,EUR\n"                       // same day as line 2
               "3,C001,2024-02-10,30.00,EUR\n"
               "4,C001,2024-04-02,12.50,EUR\n"
               "5,C002,2024-01-20,99.90,EUR\n"
               "6,C003,2024-02-01,40.00,EUR\n"
               "7,C003,2024-03-15,20.00,EUR\n"
               "8,C003,2024-03-20,-20.00,EUR\n"                      // refund
               "9,C010,2024-03-01,5.00,EUR\n"
               "10,C010,2024-04-30,7.00,EUR\n"
               "11,,2024-04-01,3.00,EUR\n"                           // line 12: no customer id
               "12,C002,not-a-date,1.00,EUR\n");                     // line 13: bad date
    file.close();
    return path;
}

void importWithCore(const QString& csvPath, const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString(), Database::OpenMode::CreateIfMissing);
    REQUIRE(db.has_value());
    auto report = importOrdersCsv(*db, csvPath.toStdString());
    REQUIRE(report.has_value());
    REQUIRE(report->rowsImported > 0);
}

std::size_t coreSummaryRowCount(const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    auto summary = summarizeProject(*db, SummaryOptions{});
    REQUIRE(summary.has_value());
    return summary->rows.size();
}

std::vector<clv::MonthlyRevenue> coreMonthlyRevenue(const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    auto revenue = monthlyRevenue(*db);
    REQUIRE(revenue.has_value());
    return std::move(*revenue);
}

std::shared_ptr<const clv::CustomerSummary> makeSummary(const std::vector<int>& frequencies)
{
    auto summary = std::make_shared<CustomerSummary>();
    summary->end = Date::fromCivil(2024, 12, 31);
    std::int64_t id = 0;
    for (int f : frequencies) {
        CustomerSummaryRow row;
        row.customer = ++id;
        row.customerId = "C" + std::to_string(id);
        row.firstPurchase = Date::fromCivil(2024, 1, 1 + static_cast<unsigned>(id % 28));
        row.frequency = f;
        row.recency = f * 7.0;
        row.T = 300.0 - static_cast<double>(id);
        row.monetaryValue = f == 0 ? 0.0 : 10.0 + static_cast<double>(f) * 1.5;
        summary->rows.push_back(row);
    }
    return summary;
}

QString demoCsvPath()
{
    const QString overridden = qEnvironmentVariable("CLV_UI_TEST_DEMO_CSV");
    if (!overridden.isEmpty() && QFileInfo(overridden).isFile())
        return overridden;
#ifdef CLV_DEMO_CSV
    const QString path = QString::fromUtf8(CLV_DEMO_CSV);
    if (QFileInfo(path).isFile())
        return path;
#endif
    return {};
}

QString artifactsDir()
{
    const QString dir = qEnvironmentVariable("CLV_UI_TEST_ARTIFACTS");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

namespace {
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        QMutexLocker lock(&g_mutex);
        g_messages << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
}  // namespace

WarningCollector::WarningCollector()
{
    QMutexLocker lock(&g_mutex);
    g_messages.clear();
    g_previous = qInstallMessageHandler(collect);
}

WarningCollector::~WarningCollector()
{
    qInstallMessageHandler(g_previous);
}

QStringList WarningCollector::messages() const
{
    QMutexLocker lock(&g_mutex);
    return g_messages;
}

}  // namespace clv::ui::test
