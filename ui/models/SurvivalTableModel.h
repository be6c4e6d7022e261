// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/Survival.h"

#include <QAbstractTableModel>

#include <memory>

namespace clv::ui {

/// The data-table twin of a survival chart: one row per step of core's Kaplan-Meier curve (time, at risk, events,
/// censored, S(t) and its confidence band, in percent). RawRole gives the numbers.
class SurvivalTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, AtRiskColumn, EventsColumn, CensoredColumn, SurvivalColumn, LowerColumn, UpperColumn,
                  ColumnCount };
    static constexpr int RawRole = Qt::UserRole;

    explicit SurvivalTableModel(QObject* parent = nullptr);

    /// `eventName` names the events column ("Lapsed", "Cancelled"); `timeName` the time column ("Months").
    void setCurve(std::shared_ptr<const clv::KaplanMeierCurve> curve, const QString& timeName,
                  const QString& eventName);
    const std::shared_ptr<const clv::KaplanMeierCurve>& curve() const { return m_curve; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const clv::KaplanMeierCurve> m_curve;
    QString m_timeName, m_eventName;
};

}  // namespace clv::ui
