target_sources(clv_core PRIVATE
    models/AliveExpectation.cpp models/AliveExpectation.h
    models/BgNbd.cpp models/BgNbd.h
    models/ClvInterval.cpp models/ClvInterval.h
    models/CustomerBase.cpp models/CustomerBase.h
    models/FitDiagnostics.cpp models/FitDiagnostics.h
    models/FitResult.cpp models/FitResult.h
    models/GammaGamma.cpp models/GammaGamma.h
    models/MbgNbd.cpp models/MbgNbd.h
    models/ModelData.cpp models/ModelData.h
    models/ModelPipeline.cpp models/ModelPipeline.h
    models/ParetoNbd.cpp models/ParetoNbd.h
    models/PurchaseModel.cpp models/PurchaseModel.h
    models/RfmSimulator.cpp models/RfmSimulator.h
    models/Scenario.cpp models/Scenario.h
    models/SummaryCsv.cpp models/SummaryCsv.h
    models/Valuation.cpp models/Valuation.h
)
