# Benchmarks of core/models.
