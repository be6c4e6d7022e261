// SPDX-License-Identifier: MIT
#include "ui/pages/OverviewPage.h"

#include "ui/charts/RevenueChart.h"
#include "ui/tasks/ProjectData.h"
#include "ui/text/Format.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"overviewPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* kpis = new QHBoxLayout;
    kpis->setSpacing(12);
    m_customers = addKpi(kpis, u"kpiCustomers"_s, tr("Customers"), tr("Customers with at least one order"));
    m_orders = addKpi(kpis, u"kpiOrders"_s, tr("Orders"), tr("Orders stored in the project, refunds included"));
    m_revenue = addKpi(kpis, u"kpiRevenue"_s, tr("Net revenue"), tr("Sum of all orders minus refunds"));
    m_period = addKpi(kpis, u"kpiPeriod"_s, tr("Period"), tr("First and last month with orders"));
    layout->addLayout(kpis);

    m_chart = new RevenueChart(this);
    layout->addWidget(m_chart, 1);
    clear();
}

QLabel* OverviewPage::addKpi(QHBoxLayout* row, const QString& objectName, const QString& caption,
                             const QString& toolTip)
{
    auto* tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setToolTip(toolTip);
    auto* tileLayout = new QVBoxLayout(tile);
    tileLayout->setContentsMargins(12, 8, 12, 8);
    tileLayout->setSpacing(2);

    auto* captionLabel = new QLabel(caption, tile);
    QPalette captionPalette = captionLabel->palette();
    captionPalette.setColor(QPalette::WindowText, captionPalette.color(QPalette::PlaceholderText));
    captionLabel->setPalette(captionPalette);

    auto* value = new QLabel(tile);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setAccessibleName(caption);

    tileLayout->addWidget(captionLabel);
    tileLayout->addWidget(value);
    row->addWidget(tile, 1);
    return value;
}

void OverviewPage::setData(const ProjectData& project)
{
    m_customers->setText(formatCount(project.counts.customers));
    m_orders->setText(formatCount(project.counts.orders));
    m_revenue->setText(formatMoney(project.counts.netRevenue));
    if (project.revenue.empty()) {
        m_period->setText(tr("no orders"));
    } else {
        const MonthlyRevenue& first = project.revenue.front();
        const MonthlyRevenue& last = project.revenue.back();
        m_period->setText(tr("%1 – %2").arg(formatMonth(first.year, first.month), formatMonth(last.year, last.month)));
        m_period->setToolTip(tr("%n month(s) from the first to the last order", nullptr,
                                static_cast<int>(project.revenue.size())));
    }
    m_chart->setRevenue(project.revenue);
}

void OverviewPage::clear()
{
    for (QLabel* label : {m_customers, m_orders, m_revenue, m_period})
        label->setText(u"–"_s);
    m_chart->setRevenue({});
}

}  // namespace clv::ui
