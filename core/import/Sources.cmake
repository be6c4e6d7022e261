target_sources(clv_core PRIVATE
    import/CsvReader.cpp import/CsvReader.h
    import/OrderImporter.cpp import/OrderImporter.h
)
