# SPDX-License-Identifier: MIT
# Offscreen tests of the analytics pages; list .cpp files here.
target_sources(clv_ui_tests PRIVATE
    analytics/AnalyticsTestSupport.cpp analytics/AnalyticsTestSupport.h
    analytics/ChurnPageTests.cpp
    analytics/CohortsPageTests.cpp
    analytics/SegmentsPageTests.cpp
)
