# SPDX-License-Identifier: MIT
# Benchmarks of core/valuation.
