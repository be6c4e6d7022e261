// SPDX-License-Identifier: MIT
#pragma once

#include "ui/charts/CurveChart.h"
#include "ui/charts/ScenarioBarChart.h"
#include "ui/whatif/ScenarioTableModel.h"
#include "ui/whatif/ScenarioTypes.h"

#include <QCoreApplication>
#include <QLocale>

#include <string>
#include <vector>

namespace clv::ui {

/// Turns core's scenario outcomes into what the what-if page shows: the delta table, the charts and their
/// data-table twins. Presentation only: every number is core's, the change columns are the differences of two
/// of core's numbers.
class ScenarioFigures {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFigures)

public:
    struct Table {
        QStringList headers, headerToolTips;
        std::vector<FigureRow> rows;
    };

    /// Metric, baseline, scenario, change, change %: total and mean CLV, CLV per segment, new-customer LTV,
    /// LTV:CAC, payback.
    static Table deltaTable(const clv::ScenarioOutcome& baseline, const clv::ScenarioOutcome& scenario,
                            const std::vector<std::string>& groupNames, const QLocale& locale);
    static QString totalClvLabel();

    static ScenarioBarChartData segmentChart(const clv::ScenarioOutcome& baseline, const clv::ScenarioOutcome& scenario,
                                             const std::vector<std::string>& groupNames, const QLocale& locale);
    static Table segmentTable(const clv::ScenarioOutcome& baseline, const clv::ScenarioOutcome& scenario,
                              const std::vector<std::string>& groupNames, const QLocale& locale);

    static CurveChartData revenueChart(const clv::ScenarioOutcome& baseline, const clv::ScenarioOutcome& scenario);
    static Table revenueTable(const clv::ScenarioOutcome& baseline, const clv::ScenarioOutcome& scenario,
                              const QLocale& locale);

    static ScenarioBarChartData tornadoChart(const TornadoResult& tornado, const QLocale& locale);
    static Table tornadoTable(const TornadoResult& tornado, const QLocale& locale);

    static QString segmentChartTitle();
    static QString revenueChartTitle();
    static QString tornadoChartTitle();
};

}  // namespace clv::ui
