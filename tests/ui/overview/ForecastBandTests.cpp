// SPDX-License-Identifier: MIT
// Core: revenueForecastBand (core/metrics/ForecastBand.h), tested here on the demo data through core only.
#include "../UiTestSupport.h"

#include "core/metrics/ForecastBand.h"
#include "core/models/ClvInterval.h"
#include "core/models/ModelPipeline.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cmath>

using namespace clv;

TEST_CASE("Core forecast band: per-month delta-method interval around the valuation's monthly revenue", "[overview]")
{
    const QString csv = clv::ui::test::demoCsvPath();
    if (csv.isEmpty()) {
        WARN("demo CSV missing");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("band.clvw"));
    clv::ui::test::importWithCore(csv, path);
    auto db = project::open(path.toStdString());
    REQUIRE(db.has_value());
    SummaryOptions summaryOptions;
    summaryOptions.unit = TimeUnit::Week;
    auto summary = summarizeProject(*db, summaryOptions);
    REQUIRE(summary.has_value());
    auto m = fitModelChain(*summary);
    REQUIRE(m.has_value());
    ValuationSettings settings;
    settings.horizonMonths = 6;
    settings.priceChangePercent = 10.0;
    auto valuation = valueCustomers(m->base, m->data, m->model, m->spend, settings);
    REQUIRE(valuation.has_value());

    auto band = revenueForecastBand(m->base, m->model, m->purchaseFit.covariance, m->spend, m->spendFit.covariance,
                                    settings, 0.9);
    REQUIRE(band.has_value());
    CHECK(band->level == 0.9);
    REQUIRE(band->revenue.size() == 6);
    REQUIRE(band->lower.size() == 6);
    REQUIRE(band->upper.size() == 6);
    const double z = normalTwoSidedQuantile(0.9);
    for (std::size_t k = 0; k < 6; ++k) {
        INFO("month " << k + 1);
        CHECK(band->revenue[k] == Approx(valuation->totals.monthlyRevenue[k]).epsilon(1e-12));
        CHECK(band->standardError[k] > 0.0);
        CHECK(band->lower[k] < band->revenue[k]);
        CHECK(band->revenue[k] < band->upper[k]);
        // Symmetric on the log scale: lower · upper = revenue².
        CHECK(band->lower[k] * band->upper[k] == Approx(band->revenue[k] * band->revenue[k]).epsilon(1e-9));
        CHECK(std::log(band->upper[k] / band->revenue[k]) ==
              Approx(z * band->standardError[k] / band->revenue[k]).epsilon(1e-9));
    }
    // A wider level gives a wider band.
    auto wide = revenueForecastBand(m->base, m->model, m->purchaseFit.covariance, m->spend, m->spendFit.covariance,
                                    settings, 0.99);
    REQUIRE(wide.has_value());
    CHECK(wide->upper[0] > band->upper[0]);

    // Errors: bad level, missing covariance.
    CHECK_FALSE(revenueForecastBand(m->base, m->model, m->purchaseFit.covariance, m->spend, m->spendFit.covariance,
                                    settings, 1.0));
    const std::vector<double> none;
    auto missing = revenueForecastBand(m->base, m->model, none, m->spend, m->spendFit.covariance, settings);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::InvalidArgument);
}
