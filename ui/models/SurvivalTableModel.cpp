// SPDX-License-Identifier: MIT
#include "ui/models/SurvivalTableModel.h"

#include "ui/text/Format.h"

namespace clv::ui {

SurvivalTableModel::SurvivalTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SurvivalTableModel::setCurve(std::shared_ptr<const clv::KaplanMeierCurve> curve, const QString& timeName,
                                  const QString& eventName)
{
    beginResetModel();
    m_curve = std::move(curve);
    m_timeName = timeName;
    m_eventName = eventName;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int SurvivalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_curve ? 0 : static_cast<int>(m_curve->steps.size());
}

int SurvivalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurvivalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_curve)
        return {};
    const KaplanMeierStep& step = m_curve->steps[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == RawRole) {
        switch (index.column()) {
        case TimeColumn: return step.time;
        case AtRiskColumn: return static_cast<qlonglong>(step.atRisk);
        case EventsColumn: return static_cast<qlonglong>(step.events);
        case CensoredColumn: return static_cast<qlonglong>(step.censored);
        case SurvivalColumn: return step.survival * 100.0;
        case LowerColumn: return step.lower * 100.0;
        case UpperColumn: return step.upper * 100.0;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return formatDecimal(step.time, 2);
    case AtRiskColumn: return formatCount(step.atRisk);
    case EventsColumn: return formatCount(step.events);
    case CensoredColumn: return formatCount(step.censored);
    case SurvivalColumn: return tr("%1 %").arg(formatDecimal(step.survival * 100.0, 1));
    case LowerColumn: return tr("%1 %").arg(formatDecimal(step.lower * 100.0, 1));
    case UpperColumn: return tr("%1 %").arg(formatDecimal(step.upper * 100.0, 1));
    default: return {};
    }
}

QVariant SurvivalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn: return m_timeName.isEmpty() ? tr("Time") : m_timeName;
        case AtRiskColumn: return tr("At risk");
        case EventsColumn: return m_eventName.isEmpty() ? tr("Events") : m_eventName;
        case CensoredColumn: return tr("Censored");
        case SurvivalColumn: return tr("Survival");
        case LowerColumn: return tr("Lower bound");
        case UpperColumn: return tr("Upper bound");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn: return tr("Time since the start (first purchase or subscription start)");
        case AtRiskColumn: return tr("Subjects still observed (not yet ended or censored) at this time");
        case EventsColumn: return tr("Subjects whose lifetime ended at this time");
        case CensoredColumn: return tr("Subjects still active at the end date, last observed at this time");
        case SurvivalColumn: return tr("Kaplan-Meier estimate S(t): share still active at this time");
        case LowerColumn: return tr("Lower end of the 95 % confidence band (Greenwood, log-log)");
        case UpperColumn: return tr("Upper end of the 95 % confidence band (Greenwood, log-log)");
        default: return {};
        }
    }
    return {};
}

}  // namespace clv::ui
