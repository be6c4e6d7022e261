# SPDX-License-Identifier: MIT
# Benchmarks of core/valuation: backtest and sBG cohort fits on simulated data.
add_executable(bench_valuation valuation/BenchValuation.cpp)
target_link_libraries(bench_valuation PRIVATE clv_core clv_build_options)
