# SPDX-License-Identifier: MIT
# Analytics pages: segments, cohorts, churn, models, what-if (issue 7).
target_sources(clv_ui PRIVATE)
