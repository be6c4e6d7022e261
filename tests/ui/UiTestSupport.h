// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/CustomerSummary.h"
#include "core/metrics/Revenue.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace clv::ui::test {

/// Writes a small orders CSV: 4 customers over January to April 2024, a same-day double order, a refund
/// (negative amount), and 2 rows that must be rejected (empty customer id on line 12, bad date on line 13).
QString writeSmallOrdersCsv(const QString& dir);

/// Expected numbers for writeSmallOrdersCsv.
inline constexpr int kSmallCsvCustomers = 4;
inline constexpr int kSmallCsvMonths = 4;
inline constexpr int kSmallCsvRejected = 2;

/// Imports `csvPath` into a new project at `projectPath` with core directly (on the calling thread).
void importWithCore(const QString& csvPath, const QString& projectPath);

/// What core says about a project (opened on the calling thread).
std::size_t coreSummaryRowCount(const QString& projectPath);
std::vector<clv::MonthlyRevenue> coreMonthlyRevenue(const QString& projectPath);

/// An in-memory summary with the given frequencies (ids "C1", "C2", ...; other fields derived).
std::shared_ptr<const clv::CustomerSummary> makeSummary(const std::vector<int>& frequencies);

/// The demo CSV bundled with the sources (or $CLV_UI_TEST_DEMO_CSV), or empty when it has not been generated.
QString demoCsvPath();

/// $CLV_UI_TEST_ARTIFACTS (created), where tests keep exported files for inspection; empty when unset.
QString artifactsDir();

/// Collects qWarning()/qCritical() output while alive (e.g. from QAbstractItemModelTester in Warning mode).
class WarningCollector {
public:
    WarningCollector();
    ~WarningCollector();
    WarningCollector(const WarningCollector&) = delete;
    WarningCollector& operator=(const WarningCollector&) = delete;

    QStringList messages() const;
};

}  // namespace clv::ui::test

namespace Catch {
/// Readable QString values in Catch2 failure messages.
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
}  // namespace Catch
