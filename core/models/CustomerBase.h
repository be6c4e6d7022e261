// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace clv {

/// The existing customers compressed for valuation: identical (frequency, recency, T) histories become one pattern,
/// patterns with the same (frequency, T) share one "age" (the purchase model's alive-conditional forecast depends on
/// x and T only), and spend is kept per (pattern, group) as a count and a sum of mean repeat spend, so that any
/// Gamma-Gamma spend model gives the group's expected spend in closed form. Built once; every what-if evaluation
/// then costs O(ages × months + entries).
/// Times are in the unit of the observations (the fit's unit); monetary values in currency units.
class CustomerBase {
public:
    static constexpr std::uint32_t kExcluded = std::numeric_limits<std::uint32_t>::max();

    struct Age {
        double x = 0.0;
        double T = 0.0;
    };
    struct Pattern {
        double x = 0.0;
        double recency = 0.0;
        double T = 0.0;
        std::uint32_t age = 0;  ///< index into ages()
    };
    /// One (age, group) pair: the unit over which forecasts are summed.
    struct AgeGroup {
        std::uint32_t age = 0;
        std::uint32_t group = 0;
    };
    /// Customers of one pattern and one group.
    struct Entry {
        std::uint32_t pattern = 0;
        std::uint32_t group = 0;
        std::uint32_t ageGroup = 0;  ///< index into ageGroups()
        double count = 0.0;        ///< customers
        double sumMonetary = 0.0;  ///< Σ max(monetaryValue, 0) of those customers, currency units
    };

    /// `groups` is empty (everyone in group 0) or holds one label index in [0, groupCount) per customer.
    /// Customers with non-finite or negative values, a fractional or negative frequency, or recency > T are
    /// excluded (customerPattern() = kExcluded, counted in excluded()). InvalidArgument for a label vector of the
    /// wrong size or a label >= groupCount; NoData when no customer is usable; Cancelled on request.
    static Result<CustomerBase> build(std::span<const RfmObservation> customers,
                                      std::span<const std::uint32_t> groups = {}, std::size_t groupCount = 1,
                                      const TaskContext& ctx = {});

    std::size_t customerCount() const { return m_customerPattern.size(); }  ///< all input rows
    std::size_t excluded() const { return m_excluded; }
    std::size_t validCustomers() const { return customerCount() - m_excluded; }
    std::size_t groupCount() const { return m_groupSizes.size(); }
    /// Usable customers per group.
    const std::vector<double>& groupSizes() const { return m_groupSizes; }

    const std::vector<Age>& ages() const { return m_ages; }
    const std::vector<Pattern>& patterns() const { return m_patterns; }
    const std::vector<Entry>& entries() const { return m_entries; }
    const std::vector<AgeGroup>& ageGroups() const { return m_ageGroups; }
    /// Pattern index per input customer, or kExcluded.
    const std::vector<std::uint32_t>& customerPattern() const { return m_customerPattern; }

private:
    std::vector<Age> m_ages;
    std::vector<Pattern> m_patterns;
    std::vector<Entry> m_entries;
    std::vector<AgeGroup> m_ageGroups;
    std::vector<std::uint32_t> m_customerPattern;
    std::vector<double> m_groupSizes;
    std::size_t m_excluded = 0;
};

}  // namespace clv
