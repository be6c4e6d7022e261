// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/OrderTable.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <cstdint>
#include <vector>

namespace clv {

/// Net revenue (orders minus refunds) in one calendar month.
struct MonthlyRevenue {
    int year = 0;
    unsigned month = 0;  ///< 1..12
    double revenue = 0.0;  ///< currency units
    std::int64_t orders = 0;  ///< positive orders in the month
    std::int64_t customers = 0;  ///< distinct customers with an order in the month
};

/// One entry per month from the first to the last order month, months without orders included (zero).
/// Empty for a project without orders.
Result<std::vector<MonthlyRevenue>> monthlyRevenue(Database& db);

/// The same months from orders already loaded (no SQL): equal to monthlyRevenue(db) for the table loaded from db.
/// Amounts are summed in whole cents, as stored.
std::vector<MonthlyRevenue> monthlyRevenue(const OrderTable& table);

}  // namespace clv
