// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Cohorts.h"
#include "core/util/Date.h"

#include <string>

/// Calendar periods of a cohort grain, shared by order and subscription cohorts. A period index counts ISO weeks
/// since Monday 1969-12-29, months since January 1970 or quarters since 1970-Q1 (negative before).
namespace clv::cohortperiod {

/// Index of the period that contains `day` (days since 1970-01-01).
int indexOf(int day, CohortGrain grain);
/// First day of period `index`.
Date start(int index, CohortGrain grain);
/// Last day of period `index` (the day before the next period starts).
inline Date last(int index, CohortGrain grain) { return Date{start(index + 1, grain).days - 1}; }
/// "2024-W03" (ISO week-numbering year), "2024-01" or "2024-Q1".
std::string label(int index, CohortGrain grain);

}  // namespace clv::cohortperiod
