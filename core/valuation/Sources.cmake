# SPDX-License-Identifier: MIT
# Contractual models (sBG) and backtests.
target_sources(clv_core PRIVATE)
