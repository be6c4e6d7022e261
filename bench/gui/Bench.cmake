# SPDX-License-Identifier: MIT
# Offscreen GUI benchmarks (issue 7): open a 1M-customer project to a filled Overview; a what-if slider move to
# redrawn charts. Targets are added by the areas below.

# bench_whatif [customers] [moves]: what-if slider move to redrawn charts on 1M customers (target 100 ms), next to
# the core ScenarioEngine::evaluate time alone. Run offscreen (QT_QPA_PLATFORM=offscreen is set when unset).
add_executable(bench_whatif gui/WhatIfBench.cpp)
target_link_libraries(bench_whatif PRIVATE clv_ui clv_build_options clv_qt_options)
# Open a large project to a filled Overview (bench/gui/run-open.sh makes the project and runs it).
add_executable(bench_open ${CMAKE_CURRENT_LIST_DIR}/OpenBench.cpp)
target_link_libraries(bench_open PRIVATE clv_ui clv_build_options clv_qt_options)
