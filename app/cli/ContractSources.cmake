# SPDX-License-Identifier: MIT
# Extra CLI sources of the contract/backtest area (paths relative to app/).
target_sources(clv PRIVATE
    cli/ContractBacktest.cpp
    cli/ContractCommands.h
    cli/ContractSbg.cpp
)
