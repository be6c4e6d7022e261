# SPDX-License-Identifier: MIT
# UI tests of the modelling pages (paths relative to tests/ui).
target_sources(clv_ui_tests PRIVATE
    modelling/ModelsTestSupport.cpp modelling/ModelsTestSupport.h
    modelling/ModelsPageTests.cpp
    modelling/ModelsPageStateTests.cpp
)
