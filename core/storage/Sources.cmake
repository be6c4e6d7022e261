target_sources(clv_core PRIVATE
    storage/Database.cpp storage/Database.h
    storage/Project.cpp storage/Project.h
    storage/ProjectCopy.cpp
    storage/Schema.cpp storage/Schema.h
    storage/ModelResultStore.cpp storage/ModelResultStore.h
    storage/ScenarioStore.cpp storage/ScenarioStore.h
)
