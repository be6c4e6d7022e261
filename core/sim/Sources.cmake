target_sources(clv_core PRIVATE
    sim/Random.cpp sim/Random.h
    sim/StoreSimulator.cpp sim/StoreSimulator.h
)
