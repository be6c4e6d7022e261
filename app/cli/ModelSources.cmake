# SPDX-License-Identifier: MIT
# Extra CLI sources of this area (paths relative to app/).
target_sources(clv PRIVATE
    cli/ModelValuationSupport.cpp cli/ModelValuationSupport.h
    cli/ModelValuationCommands.cpp
    cli/ModelScenarioCommand.cpp
)
