target_sources(clv_core PRIVATE)
