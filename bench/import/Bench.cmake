# Benchmarks of core/import.
