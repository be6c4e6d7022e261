// SPDX-License-Identifier: MIT
#include "ui/modelling/ModelsPage.h"

#include "ui/analytics/PageTools.h"
#include "ui/modelling/ModelResultsView.h"
#include "ui/modelling/ModelTables.h"
#include "ui/tasks/ModelService.h"
#include "ui/text/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

ModelsPage::ModelsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"ModelsPage"_s);
    m_runner = new ModelFitRunner(this);
    connect(m_runner, &ModelFitRunner::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 1000.0 + 0.5)); });
    connect(m_runner, &ModelFitRunner::finished, this, &ModelsPage::applyOutcome);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createControls());
    contentLayout->addWidget(createActiveRow());
    m_resultStack = new QStackedWidget(content);
    m_resultEmpty = PageTools::makeEmptyState(content, u"modelsResultState"_s);
    m_results = new ModelResultsView(content);
    m_resultStack->addWidget(m_resultEmpty);
    m_resultStack->addWidget(m_results);
    contentLayout->addWidget(m_resultStack, 1);
    std::tie(m_stack, m_empty) = PageTools::makeEmptyOrContent(this, u"modelsEmptyState"_s, content);
    clear();
}

QWidget* ModelsPage::createControls()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* kindLabel = new QLabel(tr("&Model:"), bar);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(u"modelKind"_s);
    for (PurchaseModelKind kind : kPurchaseModels)
        m_kind->addItem(ModelTables::modelName(kind), static_cast<int>(kind));
    m_kind->setItemData(0, tr("BG/NBD: customers buy at a steady individual rate and may drop out after each repeat "
                              "purchase"), Qt::ToolTipRole);
    m_kind->setItemData(1, tr("MBG/NBD: like BG/NBD, but customers may also drop out right after their first "
                              "purchase"), Qt::ToolTipRole);
    m_kind->setItemData(2, tr("Pareto/NBD: customers buy at a steady individual rate and drop out at any time "
                              "(exponential lifetimes)"), Qt::ToolTipRole);
    m_kind->setToolTip(tr("The purchase model whose parameters and diagnostics are shown; all three are fitted "
                          "for the comparison table"));
    kindLabel->setBuddy(m_kind);
    auto* unitLabel = new QLabel(tr("&Time unit:"), bar);
    m_unit = new QComboBox(bar);
    m_unit->setObjectName(u"timeUnit"_s);
    m_unit->addItem(tr("Days"), static_cast<int>(TimeUnit::Day));
    m_unit->addItem(tr("Weeks"), static_cast<int>(TimeUnit::Week));
    m_unit->addItem(tr("Months"), static_cast<int>(TimeUnit::Month));
    m_unit->setCurrentIndex(1);
    m_unit->setToolTip(tr("Unit of recency, customer age and the rate parameters (alpha, beta) of the fit"));
    unitLabel->setBuddy(m_unit);
    m_holdout = new QCheckBox(tr("&Holdout test, calibration until"), bar);
    m_holdout->setObjectName(u"holdoutEnabled"_s);
    m_holdout->setToolTip(tr("Refit the chosen model on the orders up to this date and compare its predictions with "
                             "the purchases after it"));
    m_calibrationEnd = new QDateEdit(bar);
    m_calibrationEnd->setObjectName(u"calibrationEnd"_s);
    m_calibrationEnd->setCalendarPopup(true);
    m_calibrationEnd->setToolTip(tr("Last day of the calibration period (inclusive); the holdout runs from the next "
                                    "day to the last order"));
    connect(m_holdout, &QCheckBox::toggled, m_calibrationEnd, &QWidget::setEnabled);
    m_fit = new QPushButton(tr("&Fit"), bar);
    m_fit->setObjectName(u"fitButton"_s);
    m_fit->setToolTip(tr("Fit BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma in the background"));
    connect(m_fit, &QPushButton::clicked, this, [this] { fit(); });
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(u"fitProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(u"cancelButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, &ModelsPage::cancelFit);
    m_export = new QToolButton(bar);
    m_export->setObjectName(u"modelsExport"_s);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Current Chart as PDF, PNG or SVG…"), this, &ModelsPage::exportChart);
    menu->addAction(tr("Current Table as CSV…"), this, [this] { exportTable(false); });
    menu->addAction(tr("Model Comparison as CSV…"), this, [this] { exportTable(true); });
    m_export->setMenu(menu);
    const auto optionsChanged = [this] {
        if (m_outcome && !isFitting())
            m_status->setText(tr("The options changed: press Fit to refit with them (the results below are for "
                                 "%1 in %2).")
                                  .arg(ModelTables::modelName(m_outcome->request.kind),
                                       ModelTables::unitNoun(m_outcome->request.unit)));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, optionsChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, optionsChanged);
    connect(m_holdout, &QCheckBox::toggled, this, optionsChanged);
    connect(m_calibrationEnd, &QDateEdit::dateChanged, this, optionsChanged);
    for (QWidget* w : std::initializer_list<QWidget*>{kindLabel, m_kind, unitLabel, m_unit, m_holdout,
                                                      m_calibrationEnd, m_fit, m_progress, m_cancel})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(m_export);
    return bar;
}

QWidget* ModelsPage::createActiveRow()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(bar);
    m_status->setObjectName(u"fitStatus"_s);
    m_status->setWordWrap(true);
    m_active = new QLabel(bar);
    m_active->setObjectName(u"activeModel"_s);
    m_active->setToolTip(tr("The model behind Overview, Customers and What-if (fitted on the project's customer "
                            "summary)"));
    m_useActive = new QPushButton(tr("&Use as Active Model"), bar);
    m_useActive->setObjectName(u"useAsActive"_s);
    m_useActive->setToolTip(tr("Make the fitted model the one Overview, Customers and What-if use"));
    connect(m_useActive, &QPushButton::clicked, this, [this] { useAsActiveModel(); });
    row->addWidget(m_status, 1);
    row->addWidget(m_active);
    row->addWidget(m_useActive);
    return bar;
}

void ModelsPage::setModelService(ModelService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &ModelService::snapshotChanged, this, &ModelsPage::showActive);
        connect(m_service, &ModelService::started, this, &ModelsPage::showActive);
        connect(m_service, &ModelService::failed, this, &ModelsPage::showActive);
    }
    showActive();
}

void ModelsPage::setData(std::shared_ptr<const ProjectData> snapshot)
{
    cancelFit();
    m_data = std::move(snapshot);
    m_outcome.reset();
    m_results->clearResults();
    m_status->clear();
    setFitting(false);
    m_fitPending = canFit();
    if (m_data && m_data->orders) {
        const clv::OrderTable& orders = *m_data->orders;
        const QSignalBlocker block(m_calibrationEnd);
        m_calibrationEnd->setDateRange(toQDate(orders.firstDay), toQDate(clv::Date{orders.lastDay.days - 1}));
        // Default: about two thirds through the data, when there are at least a few days to split.
        const int span = orders.lastDay.days - orders.firstDay.days;
        m_calibrationEnd->setDate(toQDate(clv::Date{orders.firstDay.days + span * 2 / 3}));
        m_holdout->setChecked(span >= 14);
        m_calibrationEnd->setEnabled(m_holdout->isChecked());
    }
    updateEmptyState();
    showActive();
    if (m_fitPending && isVisible())
        fit();
}

void ModelsPage::clear()
{
    setData(nullptr);
}

bool ModelsPage::isBusy() const
{
    return m_runner->isBusy();
}

bool ModelsPage::canFit() const
{
    return m_data && m_data->orders && m_data->summary && m_data->summary->rows.size() >= 2;
}

void ModelsPage::updateEmptyState()
{
    if (canFit()) {
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    if (m_data && m_data->summary && m_data->summary->rows.size() == 1)
        PageTools::setEmptyText(m_empty, tr("Only one customer"),
                                tr("The purchase models learn how buying rates and lifetimes vary across customers, "
                                   "so they need many customers (ideally hundreds). Import more orders (File ▸ "
                                   "Import CSV…) to fit them."));
    else
        PageTools::setEmptyText(m_empty, tr("No models yet"),
                                tr("This project has no orders. Import an orders CSV (File ▸ Import CSV…) to fit "
                                   "BG/NBD, MBG/NBD and Pareto/NBD and compare them."));
}

void ModelsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fitPending && !isFitting())
        fit();
}

void ModelsPage::setOptions(clv::PurchaseModelKind kind, clv::TimeUnit unit, std::optional<clv::Date> end)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(unit)));
    m_holdout->setChecked(end.has_value());
    if (end)
        m_calibrationEnd->setDate(toQDate(*end));
}

clv::PurchaseModelKind ModelsPage::modelKind() const
{
    return static_cast<PurchaseModelKind>(m_kind->currentData().toInt());
}

clv::TimeUnit ModelsPage::timeUnit() const
{
    return static_cast<TimeUnit>(m_unit->currentData().toInt());
}

std::optional<clv::Date> ModelsPage::calibrationEnd() const
{
    if (!m_holdout->isChecked())
        return std::nullopt;
    const QDate d = m_calibrationEnd->date();
    return clv::Date::fromCivil(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

ModelFitRequest ModelsPage::request() const
{
    ModelFitRequest r;
    if (m_data)
        r.orders = m_data->orders;
    r.kind = modelKind();
    r.unit = timeUnit();
    r.calibrationEnd = calibrationEnd();
    return r;
}

}  // namespace clv::ui
