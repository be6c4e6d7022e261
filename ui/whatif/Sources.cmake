# SPDX-License-Identifier: MIT
# What-if page (issue 7).
target_sources(clv_ui PRIVATE
    whatif/ScenarioFigures.cpp whatif/ScenarioFigures.h
    whatif/ScenarioTableModel.cpp whatif/ScenarioTableModel.h
    whatif/ScenarioTypes.h
    whatif/ScenarioWorker.cpp whatif/ScenarioWorker.h
    whatif/WhatIfControls.cpp whatif/WhatIfControls.h
    whatif/WhatIfPage.cpp whatif/WhatIfPage.h
    whatif/WhatIfPageScenarios.cpp
    whatif/WhatIfPageState.cpp
    charts/ScenarioBarChart.cpp charts/ScenarioBarChart.h
)
