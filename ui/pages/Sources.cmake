# SPDX-License-Identifier: MIT
# Overview extras, customer detail (issue 7).
target_sources(clv_ui PRIVATE
    pages/KpiCard.cpp pages/KpiCard.h
    pages/OverviewClv.cpp
    pages/ForecastTableModel.cpp pages/ForecastTableModel.h
    charts/ForecastChart.cpp charts/ForecastChart.h
    models/CustomerRowIndex.cpp models/CustomerRowIndex.h
    pages/CustomerDetailDialog.cpp pages/CustomerDetailDialog.h
    pages/CustomerOrdersModel.cpp pages/CustomerOrdersModel.h
)
