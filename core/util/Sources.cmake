target_sources(clv_core PRIVATE
    util/Allocator.cpp util/Allocator.h
    util/Date.cpp util/Date.h
    util/Error.cpp util/Error.h
    util/Result.h
    util/Sha256.cpp util/Sha256.h
    util/TaskContext.h
    util/TextFormat.cpp util/TextFormat.h
)
