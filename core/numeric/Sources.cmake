target_sources(clv_core PRIVATE
    numeric/Optimizer.cpp numeric/Optimizer.h
    numeric/SpecialFunctions.cpp numeric/SpecialFunctions.h
)
