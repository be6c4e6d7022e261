# SPDX-License-Identifier: MIT
# UI tests of the whatif pages (paths relative to tests/ui).
target_sources(clv_ui_tests PRIVATE
    whatif/WhatIfTestSupport.cpp whatif/WhatIfTestSupport.h
    whatif/WhatIfPageTests.cpp
    whatif/WhatIfWindowTests.cpp
)
