# SPDX-License-Identifier: MIT
# Benchmarks of core/models: BG/NBD + Gamma-Gamma fit and per-customer prediction time on 1M simulated customers.
add_executable(bench_models models/BenchModels.cpp)
target_link_libraries(bench_models PRIVATE clv_core clv_build_options)
