target_sources(clv_core PRIVATE
    import/CsvReader.cpp import/CsvReader.h
    import/ImportInternal.h import/ImportProfile.cpp
    import/ImportLog.cpp import/ImportLog.h
    import/OccurrenceCounter.h
    import/OrderImporter.cpp import/OrderImporter.h
    import/TextSource.cpp import/TextSource.h
    import/ValueParsers.cpp import/ValueParsers.h
)
