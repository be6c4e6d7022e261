// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "ui/charts/RevenueChart.h"
#include "ui/text/ErrorText.h"
#include "ui/text/Format.h"

#include <catch2/catch.hpp>

using namespace clv;
using namespace clv::ui;

TEST_CASE("Error messages name the file and the line and column", "[text]")
{
    const Error parse{ErrorCode::Parse, "the header has no amount column", "/data/orders.csv", 3, 7};
    const QString message = ErrorText::message(parse);
    CHECK(message.contains(QStringLiteral("orders.csv")));
    CHECK(message.contains(QStringLiteral("line 3")));
    CHECK(message.contains(QStringLiteral("column 7")));
    CHECK(ErrorText::details(parse).contains(QStringLiteral("parse")));

    const Error notProject{ErrorCode::NotAProject, "bad application_id", "/tmp/notes.clvw", 0, 0};
    CHECK(ErrorText::message(notProject).contains(QStringLiteral("notes.clvw")));
    CHECK(ErrorText::message(notProject).contains(QStringLiteral("not a CLV Workbench project")));

    for (ErrorCode code : {ErrorCode::InvalidArgument, ErrorCode::FileNotFound, ErrorCode::FileRead,
                           ErrorCode::FileWrite, ErrorCode::NoData, ErrorCode::SchemaTooNew, ErrorCode::Corrupt,
                           ErrorCode::Database, ErrorCode::Cancelled, ErrorCode::Internal}) {
        CHECK_FALSE(ErrorText::message(Error{code, "detail", "f.clvw", 0, 0}).isEmpty());
        CHECK_FALSE(ErrorText::message(Error{code, "detail", "", 0, 0}).isEmpty());
    }
    CHECK(ErrorText::issueReason("bad-date") != QStringLiteral("bad-date"));
    CHECK(ErrorText::issueReason("some-new-reason") == QStringLiteral("some-new-reason"));
}

TEST_CASE("Formatting helpers", "[text]")
{
    const QLocale c(QLocale::C);
    CHECK(formatMonth(2024, 3) == QStringLiteral("2024-03"));
    CHECK(formatDate(Date::fromCivil(2024, 2, 29)) == QStringLiteral("2024-02-29"));
    CHECK(toQDate(Date::fromCivil(1969, 12, 31)) == QDate(1969, 12, 31));
    CHECK(formatDecimal(-0.001, 2, c) == QStringLiteral("0.00"));
    CHECK(formatMoney(1234.5, c) == QStringLiteral("1234.50"));  // the C locale has no grouping, no symbol
    // Amounts carry no currency symbol of the user's locale: the data's currency is not the desktop's.
    CHECK(formatMoney(1234.5, QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("1,234.50"));
    CHECK(formatMoney(1234.5, QLocale(QLocale::Chinese, QLocale::China)) == QStringLiteral("1,234.50"));
}

TEST_CASE("Month labels are thinned to about a dozen", "[chart]")
{
    CHECK(RevenueChart::labelStep(1) == 1);
    CHECK(RevenueChart::labelStep(12) == 1);
    CHECK(RevenueChart::labelStep(13) == 2);
    CHECK(RevenueChart::labelStep(36) == 3);
    CHECK(RevenueChart::labelStep(72) == 6);
    CHECK(RevenueChart::labelStep(144) == 12);
    CHECK(RevenueChart::labelStep(145) == 24);
}
