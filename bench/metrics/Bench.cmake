# Benchmarks of core/metrics: load + summary + RFM + cohorts on a project (see metrics/run.sh).
add_executable(clv_metrics_bench ${CMAKE_CURRENT_LIST_DIR}/MetricsBench.cpp)
target_link_libraries(clv_metrics_bench PRIVATE clv_core clv_build_options)
