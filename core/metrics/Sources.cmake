target_sources(clv_core PRIVATE
    metrics/CustomerSummary.cpp metrics/CustomerSummary.h
    metrics/Revenue.cpp metrics/Revenue.h
)
