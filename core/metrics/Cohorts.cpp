// SPDX-License-Identifier: MIT
#include "core/metrics/Cohorts.h"

#include "core/metrics/CohortPeriods.h"

#include <algorithm>
#include <cstdio>

namespace clv {
namespace cohortperiod {

namespace {

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

int indexOf(int day, CohortGrain grain)
{
    switch (grain) {
    case CohortGrain::Week: return floorDiv(day + 3, 7);  // weeks since Monday 1969-12-29
    case CohortGrain::Month: return Date{day}.monthIndex();
    case CohortGrain::Quarter: return floorDiv(Date{day}.monthIndex(), 3);
    }
    return 0;
}

Date start(int index, CohortGrain grain)
{
    if (grain == CohortGrain::Week)
        return Date{index * 7 - 3};
    const int month = grain == CohortGrain::Month ? index : index * 3;
    return Date::fromCivil(1970 + floorDiv(month, 12), static_cast<unsigned>(month - 12 * floorDiv(month, 12)) + 1, 1);
}

std::string label(int index, CohortGrain grain)
{
    const Date first = start(index, grain);
    char buf[32];
    switch (grain) {
    case CohortGrain::Week: {
        // ISO week-numbering year: the year of the week's Thursday.
        const Date thursday{first.days + 3};
        const int week = (thursday.days - Date::fromCivil(thursday.year(), 1, 1).days) / 7 + 1;
        std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year(), week);
        break;
    }
    case CohortGrain::Month: std::snprintf(buf, sizeof buf, "%04d-%02u", first.year(), first.month()); break;
    case CohortGrain::Quarter: std::snprintf(buf, sizeof buf, "%04d-Q%u", first.year(), (first.month() - 1) / 3 + 1); break;
    }
    return buf;
}

}  // namespace cohortperiod

namespace {

int periodOf(int day, CohortGrain grain) { return cohortperiod::indexOf(day, grain); }
Date periodStart(int index, CohortGrain grain) { return cohortperiod::start(index, grain); }
std::string periodLabel(int index, CohortGrain grain) { return cohortperiod::label(index, grain); }

}  // namespace

const char* cohortGrainName(CohortGrain grain)
{
    switch (grain) {
    case CohortGrain::Week: return "week";
    case CohortGrain::Month: return "month";
    case CohortGrain::Quarter: return "quarter";
    }
    return "month";
}

std::optional<CohortGrain> parseCohortGrain(std::string_view name)
{
    if (name == "week")
        return CohortGrain::Week;
    if (name == "month")
        return CohortGrain::Month;
    if (name == "quarter")
        return CohortGrain::Quarter;
    return std::nullopt;
}

Result<CohortTable> computeCohorts(const OrderTable& table, const CohortOptions& options, const TaskContext& ctx)
{
    if (table.orderCount() == 0)
        return fail(ErrorCode::NoData, "no orders for cohorts");
    CohortTable out;
    out.options = options;
    out.end = options.end.value_or(table.lastDay);
    if (out.end < table.firstDay)
        return fail(ErrorCode::InvalidArgument, "the end date " + out.end.toIso() + " is before the first order ("
                                                    + table.firstDay.toIso() + ")");
    const CohortGrain grain = options.grain;
    const int endPeriod = periodOf(out.end.days, grain);
    const int firstPeriod = periodOf(table.firstDay.days, grain);
    const auto cohortCount = static_cast<std::size_t>(endPeriod - firstPeriod + 1);
    // cells[c][k] for acquisition period firstPeriod + c; repeat counts are "first repeat in k" until accumulated.
    std::vector<std::vector<CohortCell>> cells(cohortCount);
    std::vector<std::int64_t> sizes(cohortCount, 0);
    for (std::size_t c = 0; c < cohortCount; ++c)
        cells[c].resize(cohortCount - c);
    const int endDay = out.end.days;
    const int baseDay = table.firstDay.days;
    std::vector<int> periodOfDay(static_cast<std::size_t>(endDay - baseDay + 1));  // calendar lookups done once
    for (std::size_t i = 0; i < periodOfDay.size(); ++i)
        periodOfDay[i] = periodOf(baseDay + static_cast<int>(i), grain);
    for (std::size_t cust = 0; cust < table.customerCount(); ++cust) {
        const std::size_t b = table.offsets[cust], e = table.offsets[cust + 1];
        std::size_t first = b;
        while (first < e && table.amounts[first] < 0.0 && table.days[first] <= endDay)
            ++first;
        if (first == e || table.days[first] > endDay)
            continue;
        const int firstDay = table.days[first];
        const int acq = periodOfDay[static_cast<std::size_t>(firstDay - baseDay)];
        const auto c = static_cast<std::size_t>(acq - firstPeriod);
        std::vector<CohortCell>& row = cells[c];
        ++sizes[c];
        int lastActive = -1;
        bool repeated = false;
        for (std::size_t i = b; i < e && table.days[i] <= endDay; ++i) {
            const int k = std::max(0, periodOfDay[static_cast<std::size_t>(table.days[i] - baseDay)] - acq);
            CohortCell& cell = row[static_cast<std::size_t>(k)];
            cell.revenue += table.amounts[i];
            if (table.amounts[i] < 0.0)
                continue;
            if (k != lastActive) {
                ++cell.activeCustomers;
                lastActive = k;
            }
            if (!repeated && table.days[i] > firstDay) {
                ++cell.repeatCustomers;
                repeated = true;
            }
        }
        if ((cust & 0xFFFF) == 0xFFFF && ctx.cancelled())
            return fail(ErrorCode::Cancelled, "cohorts cancelled");
    }
    for (std::size_t c = 0; c < cohortCount; ++c) {
        if (sizes[c] == 0)
            continue;
        const int acq = firstPeriod + static_cast<int>(c);
        Cohort cohort;
        cohort.start = periodStart(acq, grain);
        cohort.label = periodLabel(acq, grain);
        cohort.size = sizes[c];
        const auto size = static_cast<double>(sizes[c]);
        std::int64_t repeaters = 0;
        double cumulative = 0.0;
        const double base = cells[c].front().revenue;
        for (std::size_t k = 0; k < cells[c].size(); ++k) {
            CohortCell cell = cells[c][k];
            cell.period = static_cast<int>(k);
            cell.activeRate = static_cast<double>(cell.activeCustomers) / size;
            repeaters += cell.repeatCustomers;
            cell.repeatCustomers = repeaters;
            cell.cumulativeRepeatRate = static_cast<double>(repeaters) / size;
            cumulative += cell.revenue;
            cell.cumulativeRevenuePerCustomer = cumulative / size;
            cell.revenueRetention = base > 0.0 ? cell.revenue / base : 0.0;
            cell.complete = periodStart(acq + static_cast<int>(k) + 1, grain).days - 1 <= endDay;
            cohort.cells.push_back(cell);
        }
        out.customers += cohort.size;
        out.cohorts.push_back(std::move(cohort));
    }
    if (out.customers == 0)
        return fail(ErrorCode::NoData, "no customer has a purchase on or before " + out.end.toIso());
    return out;
}

std::optional<double> cohortRevenuePerCustomerAt(const CohortTable& table, int k)
{
    if (k < 0)
        return std::nullopt;
    double revenue = 0.0;
    std::int64_t customers = 0;
    for (const Cohort& cohort : table.cohorts) {
        const auto at = static_cast<std::size_t>(k);
        if (at >= cohort.cells.size() || !cohort.cells[at].complete)
            continue;
        revenue += cohort.cells[at].cumulativeRevenuePerCustomer * static_cast<double>(cohort.size);
        customers += cohort.size;
    }
    if (customers == 0)
        return std::nullopt;
    return revenue / static_cast<double>(customers);
}

}  // namespace clv
