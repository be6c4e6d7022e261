# SPDX-License-Identifier: MIT
# Extra CLI sources of this area (paths relative to app/).
target_sources(clv PRIVATE
    cli/AnalyticsSupport.cpp cli/AnalyticsSupport.h
    cli/AnalyticsCohorts.cpp
    cli/AnalyticsChurnLtv.cpp
)
