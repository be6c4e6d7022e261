# SPDX-License-Identifier: MIT
# Offscreen tests of the import wizard; list .cpp files here.
target_sources(clv_ui_tests PRIVATE
    import/ImportModelTests.cpp
    import/ImportSubscriptionWizardTests.cpp
    import/ImportWizardTestSupport.cpp import/ImportWizardTestSupport.h
    import/ImportWizardTests.cpp
)
# The vendor exports shared with core's preset tests.
set_source_files_properties(import/ImportSubscriptionWizardTests.cpp PROPERTIES
    COMPILE_DEFINITIONS "CLV_UI_TEST_EXPORTS_DIR=\"${PROJECT_SOURCE_DIR}/tests/data/exports\"")
