# Benchmarks of core/metrics.
