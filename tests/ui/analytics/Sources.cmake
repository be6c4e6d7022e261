# SPDX-License-Identifier: MIT
# Offscreen tests of the analytics pages; list .cpp files here.
target_sources(clv_ui_tests PRIVATE)
