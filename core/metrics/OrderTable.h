// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"
#include "core/util/Date.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clv {

/// One order as the summary sees it. Amount in currency units (negative = refund).
struct OrderRecord {
    std::int64_t customer = 0;  ///< dense customer index or database id
    Date date;
    double amount = 0.0;
};

/// Every order grouped by customer, in columns (the input of the summary, RFM, cohorts and lapse curves).
/// Customer i (0-based index) owns the orders [offsets[i], offsets[i + 1]), sorted by day (orders of one day: in
/// input order from makeOrderTable, in no particular order from loadOrderTable). Customers ascend by id. Only
/// customers with at least one order appear.
struct OrderTable {
    std::vector<std::int64_t> customerIds;  ///< per customer: database id (or the in-memory customer number)
    std::vector<std::string> externalIds;   ///< per customer: external id as imported (empty for in-memory data)
    std::vector<std::uint32_t> offsets;     ///< customerCount() + 1 entries
    std::vector<std::int32_t> days;         ///< order date, days since 1970-01-01
    std::vector<double> amounts;            ///< order amount in currency units (negative = refund)
    Date firstDay;  ///< earliest order (refunds included)
    Date lastDay;   ///< latest order (refunds included)

    std::size_t customerCount() const { return customerIds.size(); }
    std::size_t orderCount() const { return days.size(); }
};

/// Groups in-memory orders by customer (ascending customer number), then by date. Empty input gives an empty table.
OrderTable makeOrderTable(const std::vector<OrderRecord>& orders);

/// Reads every order of a project with one sequential scan into columns (no per-customer SQL, no ORDER BY): of the
/// covering index on (customer, day, amount, ...), which delivers the rows already grouped, or of the table when a
/// project lacks it (then grouped by customer with a counting sort). Also reads the external customer ids (one scan).
/// NoData for a project without orders; Cancelled when `ctx` is stopped.
Result<OrderTable> loadOrderTable(Database& db, const TaskContext& ctx = {});

}  // namespace clv
