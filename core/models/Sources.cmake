target_sources(clv_core PRIVATE
    models/BgNbd.cpp models/BgNbd.h
    models/FitResult.cpp models/FitResult.h
    models/GammaGamma.cpp models/GammaGamma.h
    models/MbgNbd.cpp models/MbgNbd.h
    models/ModelData.cpp models/ModelData.h
    models/ParetoNbd.cpp models/ParetoNbd.h
    models/RfmSimulator.cpp models/RfmSimulator.h
    models/SummaryCsv.cpp models/SummaryCsv.h
)
