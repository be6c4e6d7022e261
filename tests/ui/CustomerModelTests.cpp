// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "ui/models/CustomerFilterProxyModel.h"
#include "ui/models/CustomerTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using clv::ui::CustomerFilterProxyModel;
using clv::ui::CustomerTableModel;
using namespace clv::ui::test;

namespace {

std::vector<int> frequenciesInViewOrder(const QAbstractItemModel& model)
{
    std::vector<int> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.push_back(model.index(row, CustomerTableModel::FrequencyColumn).data(CustomerTableModel::SortRole).toInt());
    return result;
}

/// The proxy sorts and filters on a worker: wait until the latest request is applied.
void settle(const CustomerFilterProxyModel& proxy)
{
    REQUIRE(QTest::qWaitFor([&] { return !proxy.isBusy(); }, 10000));
}
void settle(const QSortFilterProxyModel& /*proxy*/) {}

}  // namespace

TEST_CASE("CustomerTableModel passes QAbstractItemModelTester", "[model]")
{
    WarningCollector warnings;
    CustomerTableModel model;
    CustomerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setSummary(makeSummary({3, 0, 10, 9, 1, 2}));
    REQUIRE(model.rowCount() == 6);
    REQUIRE(model.columnCount() == CustomerTableModel::ColumnCount);
    proxy.sort(CustomerTableModel::MonetaryColumn, Qt::DescendingOrder);
    settle(proxy);
    proxy.setCustomerFilter(QStringLiteral("c1"));
    settle(proxy);
    proxy.setCustomerFilter({});
    settle(proxy);
    model.setSummary(makeSummary({}));
    model.setSummary(nullptr);
    model.setSummary(makeSummary({5, 4}));

    CHECK(warnings.messages().join(QLatin1Char('\n')).toStdString().empty());
}

TEST_CASE("Customer table exposes display text, raw sort values, alignment and header definitions", "[model]")
{
    CustomerTableModel model;
    model.setSummary(makeSummary({0, 12}));
    const QModelIndex id = model.index(1, CustomerTableModel::CustomerColumn);
    const QModelIndex freq = model.index(1, CustomerTableModel::FrequencyColumn);
    const QModelIndex first = model.index(1, CustomerTableModel::FirstPurchaseColumn);
    CHECK(id.data().toString() == QStringLiteral("C2"));
    CHECK(freq.data().toString() == QStringLiteral("12"));
    CHECK(freq.data(CustomerTableModel::SortRole).typeId() == QMetaType::Int);
    CHECK(model.index(1, CustomerTableModel::MonetaryColumn).data(CustomerTableModel::SortRole).toDouble() ==
          Approx(28.0));
    CHECK(first.data().toString() == QStringLiteral("2024-01-03"));
    CHECK(freq.data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignRight));
    CHECK(id.data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignLeft));

    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        INFO("column " << column);
        CHECK_FALSE(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
        CHECK_FALSE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    const QString frequencyTip = model.headerData(CustomerTableModel::FrequencyColumn, Qt::Horizontal,
                                                  Qt::ToolTipRole).toString();
    CHECK(frequencyTip.contains(QStringLiteral("repeat")));
    CHECK(frequencyTip.contains(QStringLiteral("same-day")));
    CHECK(model.headerData(CustomerTableModel::RecencyColumn, Qt::Horizontal).toString().contains(QStringLiteral("days")));
}

TEST_CASE("Sorting by frequency is numeric, not textual", "[model]")
{
    CustomerTableModel model;
    model.setSummary(makeSummary({9, 10, 2, 100, 1, 0, 11}));

    SECTION("through the application's proxy")
    {
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(CustomerTableModel::FrequencyColumn, Qt::AscendingOrder);
        settle(proxy);
        CHECK(frequenciesInViewOrder(proxy) == std::vector<int>{0, 1, 2, 9, 10, 11, 100});
        proxy.sort(CustomerTableModel::FrequencyColumn, Qt::DescendingOrder);
        settle(proxy);
        CHECK(frequenciesInViewOrder(proxy) == std::vector<int>{100, 11, 10, 9, 2, 1, 0});
        // The displayed text follows the numeric order too ("10" after "9").
        proxy.sort(CustomerTableModel::FrequencyColumn, Qt::AscendingOrder);
        settle(proxy);
        CHECK(proxy.index(3, CustomerTableModel::FrequencyColumn).data().toString() == QStringLiteral("9"));
        CHECK(proxy.index(4, CustomerTableModel::FrequencyColumn).data().toString() == QStringLiteral("10"));
    }
    SECTION("through a plain QSortFilterProxyModel on the sort role")
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CustomerTableModel::SortRole);
        proxy.sort(CustomerTableModel::FrequencyColumn, Qt::AscendingOrder);
        settle(proxy);
        CHECK(frequenciesInViewOrder(proxy) == std::vector<int>{0, 1, 2, 9, 10, 11, 100});
    }
}

TEST_CASE("Customer ids sort naturally and filter case-insensitively", "[model]")
{
    CustomerTableModel model;
    model.setSummary(makeSummary(std::vector<int>(12, 1)));  // ids C1 .. C12
    CustomerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CustomerTableModel::CustomerColumn, Qt::AscendingOrder);
    settle(proxy);
    CHECK(proxy.index(1, 0).data().toString() == QStringLiteral("C2"));
    CHECK(proxy.index(11, 0).data().toString() == QStringLiteral("C12"));

    proxy.setCustomerFilter(QStringLiteral("c1"));  // C1, C10, C11, C12
    settle(proxy);
    CHECK(proxy.rowCount() == 4);
    proxy.setCustomerFilter(QStringLiteral("  C12 "));
    settle(proxy);
    CHECK(proxy.rowCount() == 1);
    proxy.setCustomerFilter(QStringLiteral("nobody"));
    settle(proxy);
    CHECK(proxy.rowCount() == 0);
    proxy.setCustomerFilter({});
    settle(proxy);
    CHECK(proxy.rowCount() == 12);

    CHECK(CustomerTableModel::naturalLess("a9", "a10"));
    CHECK_FALSE(CustomerTableModel::naturalLess("a10", "a9"));
    CHECK(CustomerTableModel::naturalLess("abc", "abd"));
    CHECK(CustomerTableModel::naturalLess("x", "x1"));
}
