// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace clv::ui {

/// One key figure: a small caption, the value in large bold type and a one-line detail under it. The tooltip
/// carries the figure's definition. The value label is named `objectName` (tests and accessibility find it).
class KpiCard : public QFrame {
    Q_OBJECT

public:
    KpiCard(const QString& objectName, const QString& caption, const QString& definition, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    /// Resets to the "no value" dash with `detail` as the reason.
    void clearValue(const QString& detail = {});
    /// Definition plus, when given, how this value was computed (inputs); shown as the tooltip.
    void setExplanation(const QString& explanation);

    QString value() const;
    QString detail() const;
    QLabel* valueLabel() const { return m_value; }

private:
    QString m_definition;
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
};

}  // namespace clv::ui
