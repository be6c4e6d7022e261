# SPDX-License-Identifier: MIT
# Offscreen tests of the import wizard; list .cpp files here.
target_sources(clv_ui_tests PRIVATE
    import/ImportModelTests.cpp
    import/ImportWizardTestSupport.cpp import/ImportWizardTestSupport.h
    import/ImportWizardTests.cpp
)
