# SPDX-License-Identifier: MIT
# Extra CLI test files of the contract/backtest area (paths relative to tests/cli/).
# SQLite is linked to write subscriptions into a project directly (checked against clv import).
target_sources(clv_cli_tests PRIVATE ContractCliTests.cpp)
target_link_libraries(clv_cli_tests PRIVATE SQLite::SQLite3)
