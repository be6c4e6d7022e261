# SPDX-License-Identifier: MIT
# The import wizard (issue 4). Owned by the import area.
target_sources(clv_ui PRIVATE)
