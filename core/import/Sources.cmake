target_sources(clv_core PRIVATE
    import/BuiltinPresets.cpp import/BuiltinPresets.h
    import/BulkLoad.cpp import/BulkLoad.h
    import/CsvReader.cpp import/CsvReader.h
    import/ImportInternal.h import/ImportProfile.cpp
    import/ImportLog.cpp import/ImportLog.h
    import/ImportPresets.cpp import/ImportPresets.h
    import/ImportPreview.cpp
    import/ImportWriter.cpp import/ImportWriter.h
    import/LegacyDecoder.cpp import/LegacyDecoder.h
    import/OccurrenceCounter.h
    import/TextIdMap.h
    import/OrderImporter.cpp import/OrderImporter.h
    import/OrderRecordReader.cpp import/OrderRecordReader.h
    import/PresetImporter.cpp
    import/PresetStore.cpp
    import/SubscriptionImporter.cpp
    import/TextSource.cpp import/TextSource.h
    import/ValueParsers.cpp import/ValueParsers.h
)
