# SPDX-License-Identifier: MIT
# Extra CLI test files of this area (paths relative to tests/cli/).
target_sources(clv_cli_tests PRIVATE ModelValuationTests.cpp)
