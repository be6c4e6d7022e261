# SPDX-License-Identifier: MIT
# Extra CLI sources of this area (paths relative to app/).
target_sources(clv PRIVATE
    cli/ImportCommand.cpp cli/ImportCommand.h
    cli/ProjectCommands.cpp
)
