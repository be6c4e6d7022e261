// SPDX-License-Identifier: MIT
#include "ui/pages/KpiCard.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

KpiCard::KpiCard(const QString& objectName, const QString& caption, const QString& definition, QWidget* parent)
    : QFrame(parent), m_definition(definition)
{
    setObjectName(objectName + u"Card"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);

    m_caption = new QLabel(caption, this);
    QPalette captionPalette = m_caption->palette();
    captionPalette.setColor(QPalette::WindowText, captionPalette.color(QPalette::PlaceholderText));
    m_caption->setPalette(captionPalette);

    m_value = new QLabel(this);
    m_value->setObjectName(objectName);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.45);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setAccessibleName(caption);

    m_detail = new QLabel(this);
    m_detail->setObjectName(objectName + u"Detail"_s);
    m_detail->setPalette(captionPalette);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.9);
    m_detail->setFont(detailFont);
    m_detail->setWordWrap(true);

    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    setToolTip(m_definition);
    clearValue();
}

void KpiCard::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

void KpiCard::clearValue(const QString& detail)
{
    m_value->setText(u"–"_s);
    m_detail->setText(detail);
}

void KpiCard::setExplanation(const QString& explanation)
{
    setToolTip(explanation.isEmpty() ? m_definition : m_definition + u"\n\n"_s + explanation);
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::detail() const
{
    return m_detail->text();
}

}  // namespace clv::ui
