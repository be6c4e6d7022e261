target_sources(clv_core PRIVATE
    metrics/CohortPeriods.h
    metrics/Cohorts.cpp metrics/Cohorts.h
    metrics/CustomerSummary.cpp metrics/CustomerSummary.h metrics/HugePages.h
    metrics/ForecastBand.cpp metrics/ForecastBand.h
    metrics/OrderTable.cpp metrics/OrderTable.h
    metrics/Revenue.cpp metrics/Revenue.h
    metrics/Rfm.cpp metrics/Rfm.h metrics/RfmPresets.cpp
    metrics/SimpleClv.cpp metrics/SimpleClv.h
    metrics/SubscriptionCohorts.cpp metrics/SubscriptionCohorts.h
    metrics/Survival.cpp metrics/Survival.h
)
