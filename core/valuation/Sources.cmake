# SPDX-License-Identifier: MIT
# Contractual models (sBG) and backtests.
target_sources(clv_core PRIVATE
    valuation/Backtest.cpp valuation/Backtest.h
    valuation/Sbg.cpp valuation/Sbg.h
    valuation/SbgCohorts.cpp valuation/SbgCohorts.h
)
