// SPDX-License-Identifier: MIT
// WhatIfPage: saved scenarios (stored in the project by the worker) and export.
#include "ui/whatif/WhatIfPage.h"

#include "ui/analytics/PageTools.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/ScenarioBarChart.h"
#include "ui/text/ErrorText.h"
#include "ui/whatif/ScenarioFigures.h"
#include "ui/whatif/ScenarioTableModel.h"
#include "ui/whatif/ScenarioWorker.h"
#include "ui/whatif/WhatIfControls.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

QString WhatIfPage::projectPath() const
{
    if (m_data)
        return m_data->path;
    return m_snapshot ? m_snapshot->projectPath : QString();
}

void WhatIfPage::syncProject()
{
    const QString path = projectPath();
    if (path == m_listedPath)
        return;
    m_listedPath = path;
    m_scenarioName->clear();
    m_storeStatus->clear();
    if (path.isEmpty())
        m_worker->closeProject();
    else
        m_worker->listScenarios(path);
}

QStringList WhatIfPage::scenarioNames() const
{
    QStringList names;
    for (int i = 0; i < m_scenarioName->count(); ++i)
        names << m_scenarioName->itemText(i);
    return names;
}

bool WhatIfPage::saveScenario(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || projectPath().isEmpty() || !m_snapshot)
        return false;
    m_storeStatus->setText(tr("Saving “%1”…").arg(trimmed));
    m_worker->saveScenario(projectPath(), trimmed, m_controls->inputs());
    return true;
}

bool WhatIfPage::deleteScenario(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || projectPath().isEmpty())
        return false;
    m_storeStatus->setText(tr("Deleting “%1”…").arg(trimmed));
    m_worker->deleteScenario(projectPath(), trimmed);
    m_scenarioName->setEditText(QString());
    return true;
}

bool WhatIfPage::loadScenario(const QString& name)
{
    if (name.isEmpty() || projectPath().isEmpty() || !m_snapshot)
        return false;
    m_storeStatus->setText(tr("Loading “%1”…").arg(name));
    m_worker->loadScenario(projectPath(), name);
    return true;
}

void WhatIfPage::applyScenarioList(const ScenarioListResult& result)
{
    const QString text = m_scenarioName->currentText();
    {
        const QSignalBlocker block(m_scenarioName);
        m_scenarioName->clear();
        for (const auto& s : result.scenarios) {
            m_scenarioName->addItem(QString::fromStdString(s.name));
            m_scenarioName->setItemData(m_scenarioName->count() - 1,
                                        tr("Saved %1, changed %2 (UTC)")
                                            .arg(QString::fromStdString(s.createdAt),
                                                 QString::fromStdString(s.updatedAt)),
                                        Qt::ToolTipRole);
        }
        m_scenarioName->setEditText(text);
    }
    if (result.error)
        m_storeStatus->setText(tr("Saved scenarios: %1").arg(ErrorText::message(*result.error)));
    else
        m_storeStatus->setText(tr("%n saved scenario(s) in this project", nullptr,
                                  static_cast<int>(result.scenarios.size())));
    updateState();
    emit scenariosChanged(!result.error);
}

void WhatIfPage::applyLoaded(const QString& name, const std::optional<ScenarioInputs>& inputs,
                             const std::optional<clv::Error>& error)
{
    if (error || !inputs) {
        m_storeStatus->setText(error ? tr("“%1” could not be loaded: %2").arg(name, ErrorText::message(*error))
                                     : tr("There is no saved scenario “%1”.").arg(name));
        emit scenarioLoaded(name, false);
        return;
    }
    {
        const QSignalBlocker block(m_scenarioName);
        m_scenarioName->setEditText(name);
    }
    m_storeStatus->setText(tr("Showing the saved scenario “%1”.").arg(name));
    m_controls->setInputs(*inputs);
    updateState();
    emit scenarioLoaded(name, true);
}

QString WhatIfPage::exportBaseName(const QString& what) const
{
    const QString path = projectPath();
    return path.isEmpty() ? u"what-if-"_s + what : QFileInfo(path).completeBaseName() + u"-what-if-"_s + what;
}

QToolButton* WhatIfPage::createExportButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(u"whatIfExport"_s);
    button->setText(tr("Export"));
    button->setToolTip(tr("Save a chart as PDF, PNG or SVG, or a table as CSV"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    const auto chartAction = [this, menu](const QString& label, Figure figure, const QString& name) {
        menu->addAction(label, this, [this, figure, name] {
            const QString title = figure == Figure::SegmentClv ? ScenarioFigures::segmentChartTitle()
                                  : figure == Figure::Revenue  ? ScenarioFigures::revenueChartTitle()
                                                               : ScenarioFigures::tornadoChartTitle();
            PageTools::chooseChartExport(this, exportBaseName(name),
                                         {title, PageTools::exportSubtitle(m_data.get()),
                                          [this, figure](QPainter& p, const QRectF& r) {
                                              if (figure == Figure::Revenue)
                                                  m_revenueChart->renderTo(p, r);
                                              else
                                                  (figure == Figure::SegmentClv ? m_segmentChart : m_tornadoChart)
                                                      ->renderTo(p, r);
                                          }});
        });
    };
    chartAction(tr("CLV per Segment Chart as PDF, PNG or SVG…"), Figure::SegmentClv, u"segments"_s);
    chartAction(tr("Revenue Forecast Chart as PDF, PNG or SVG…"), Figure::Revenue, u"revenue"_s);
    chartAction(tr("Tornado Chart as PDF, PNG or SVG…"), Figure::Tornado, u"tornado"_s);
    menu->addSeparator();
    const auto tableAction = [this, menu](const QString& label, ScenarioTableModel* model, const QString& name) {
        menu->addAction(label, this,
                        [this, model, name] { PageTools::chooseCsvExport(this, exportBaseName(name), *model); });
    };
    tableAction(tr("Delta Table as CSV…"), m_deltaModel, u"delta"_s);
    tableAction(tr("CLV per Segment Table as CSV…"), m_segmentModel, u"segments"_s);
    tableAction(tr("Revenue Forecast Table as CSV…"), m_revenueModel, u"revenue"_s);
    tableAction(tr("Tornado Table as CSV…"), m_tornadoModel, u"tornado"_s);
    button->setMenu(menu);
    return button;
}

bool WhatIfPage::exportChart(Figure figure, const QString& path, QString* error) const
{
    ChartDocument doc;
    doc.subtitle = PageTools::exportSubtitle(m_data.get());
    switch (figure) {
    case Figure::SegmentClv:
        doc.title = ScenarioFigures::segmentChartTitle();
        doc.paintChart = [this](QPainter& p, const QRectF& r) { m_segmentChart->renderTo(p, r); };
        break;
    case Figure::Revenue:
        doc.title = ScenarioFigures::revenueChartTitle();
        doc.paintChart = [this](QPainter& p, const QRectF& r) { m_revenueChart->renderTo(p, r); };
        break;
    case Figure::Tornado:
        doc.title = ScenarioFigures::tornadoChartTitle();
        doc.paintChart = [this](QPainter& p, const QRectF& r) { m_tornadoChart->renderTo(p, r); };
        break;
    case Figure::Delta:
        if (error)
            *error = tr("The delta table has no chart; export it as CSV.");
        return false;
    }
    return PageTools::writeChart(path, doc, error);
}

bool WhatIfPage::exportTable(Figure figure, const QString& path, QString* error) const
{
    const ScenarioTableModel* model = figure == Figure::SegmentClv ? m_segmentModel
                                      : figure == Figure::Revenue  ? m_revenueModel
                                      : figure == Figure::Tornado  ? m_tornadoModel
                                                                   : m_deltaModel;
    return PageTools::writeCsv(*model, path, error);
}

}  // namespace clv::ui
