// SPDX-License-Identifier: MIT
#include "CustomerBase.h"

#include "ModelData.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace clv {
namespace {

bool usable(const RfmObservation& o)
{
    return std::isfinite(o.frequency) && std::isfinite(o.recency) && std::isfinite(o.T)
           && std::isfinite(o.monetaryValue) && o.frequency >= 0.0 && o.frequency == std::floor(o.frequency)
           && o.recency >= 0.0 && o.T >= o.recency;
}

}  // namespace

Result<CustomerBase> CustomerBase::build(std::span<const RfmObservation> customers,
                                         std::span<const std::uint32_t> groups, std::size_t groupCount,
                                         const TaskContext& ctx)
{
    if (groupCount < 1)
        return fail(ErrorCode::InvalidArgument, "groupCount must be at least 1");
    if (!groups.empty() && groups.size() != customers.size())
        return fail(ErrorCode::InvalidArgument, "one group label per customer is needed");
    CustomerBase base;
    base.m_groupSizes.assign(groupCount, 0.0);
    base.m_customerPattern.assign(customers.size(), kExcluded);
    detail::DenseIndex<3> patternIndex(customers.size() / 2);
    detail::DenseIndex<2> ageIndex(1024);
    detail::DenseIndex<2> entryIndex(groupCount > 1 ? customers.size() / 2 : 64);
    detail::DenseIndex<2> ageGroupIndex(1024);
    ProgressThrottle progress(ctx);
    const auto patternKey = [](const RfmObservation& o) {
        return detail::DenseIndex<3>::Key{detail::keyBits(o.frequency),
                                          detail::keyBits(o.frequency > 0.0 ? o.recency : 0.0), detail::keyBits(o.T)};
    };
    constexpr std::size_t kAhead = 16;  // rows whose hash slot is prefetched ahead of their insert
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (i + kAhead < customers.size())
            patternIndex.prefetch(patternKey(customers[i + kAhead]));
        if ((i & 0xFFFF) == 0) {
            if (ctx.cancelled())
                return fail(ErrorCode::Cancelled);
            progress.report(static_cast<double>(i) / static_cast<double>(customers.size()));
        }
        const auto& o = customers[i];
        const std::uint32_t group = groups.empty() ? 0u : groups[i];
        if (group >= groupCount)
            return fail(ErrorCode::InvalidArgument, "group label out of range at customer " + std::to_string(i));
        if (!usable(o)) {
            ++base.m_excluded;
            continue;
        }
        const double recency = o.frequency > 0.0 ? o.recency : 0.0;
        bool inserted = false;
        const std::uint32_t p = patternIndex.insert(patternKey(o), inserted);
        if (inserted) {
            const std::uint32_t age = ageIndex.insert({detail::keyBits(o.frequency), detail::keyBits(o.T)}, inserted);
            if (inserted)
                base.m_ages.push_back({o.frequency, o.T});
            base.m_patterns.push_back({o.frequency, recency, o.T, age});
        }
        const std::uint32_t e = groupCount == 1 ? p : entryIndex.insert({p, group}, inserted);
        if (e == base.m_entries.size()) {
            const std::uint32_t age = base.m_patterns[p].age;
            const std::uint32_t ag = ageGroupIndex.insert({age, group}, inserted);
            if (inserted)
                base.m_ageGroups.push_back({age, group});
            base.m_entries.push_back({p, group, ag, 0.0, 0.0});
        }
        auto& entry = base.m_entries[e];
        entry.count += 1.0;
        entry.sumMonetary += o.frequency > 0.0 ? std::max(o.monetaryValue, 0.0) : 0.0;
        base.m_customerPattern[i] = p;
        base.m_groupSizes[group] += 1.0;
    }
    if (base.m_patterns.empty())
        return fail(ErrorCode::NoData, "no customer with valid frequency, recency and T");
    progress.report(1.0);
    return base;
}

}  // namespace clv
