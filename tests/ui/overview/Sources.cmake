# SPDX-License-Identifier: MIT
# UI tests of the overview pages (paths relative to tests/ui).
target_sources(clv_ui_tests PRIVATE
    overview/OverviewTestSupport.cpp overview/OverviewTestSupport.h
    overview/OverviewPageTests.cpp
    overview/CustomersPageTests.cpp
    overview/ForecastBandTests.cpp
    overview/StoredModelTests.cpp
)
