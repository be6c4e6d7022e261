# SPDX-License-Identifier: MIT
# Models page (issue 7).
target_sources(clv_ui PRIVATE
    modelling/ModelFitTask.cpp modelling/ModelFitTask.h
    modelling/ModelResultsView.cpp modelling/ModelResultsView.h
    modelling/ModelTableModel.cpp modelling/ModelTableModel.h
    modelling/ModelTables.cpp modelling/ModelTables.h
    modelling/ModelsPage.cpp modelling/ModelsPageActions.cpp modelling/ModelsPage.h
    charts/ModelBarChart.cpp charts/ModelBarChart.h
)
