// SPDX-License-Identifier: MIT
#include "ui/pages/CustomerDetailDialog.h"

#include "ui/text/SegmentText.h"

#include "ui/analytics/PageTools.h"
#include "ui/pages/CustomerOrdersModel.h"
#include "ui/tasks/ModelSnapshot.h"
#include "ui/text/Format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

CustomerDetailDialog::CustomerDetailDialog(CustomerDetailInput input, QWidget* parent)
    : QDialog(parent), m_input(std::move(input))
{
    setObjectName(u"customerDetailDialog"_s);
    const CustomerSummaryRow& row = m_input.summary->rows[m_input.row];
    setWindowTitle(tr("Customer %1").arg(QString::fromStdString(row.customerId)));
    resize(760, 560);

    m_ordersModel = new CustomerOrdersModel(this);
    m_ordersModel->setObjectName(u"customerOrdersModel"_s);
    std::optional<std::size_t> tableIndex;
    if (m_input.orders)
        tableIndex = orderTableIndex(*m_input.orders, row.customer);
    if (tableIndex)
        m_ordersModel->setOrders(ordersFromTable(*m_input.orders, *tableIndex));

    auto* top = new QHBoxLayout;
    top->addWidget(createSummary(), 1);
    top->addWidget(createPredictions(), 1);

    m_ordersView = PageTools::makeTableView(this, u"customerOrdersTable"_s, m_ordersModel);
    m_ordersNote = new QLabel(this);
    m_ordersNote->setObjectName(u"customerOrdersNote"_s);
    m_ordersNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportCsv = buttons->addButton(tr("Export Orders as CSV…"), QDialogButtonBox::ActionRole);
    connect(exportCsv, &QPushButton::clicked, this, [this, id = QString::fromStdString(row.customerId)] {
        PageTools::chooseCsvExport(this, tr("customer-%1-orders").arg(id), *m_ordersModel);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Orders"), this));
    layout->addWidget(m_ordersView, 1);
    layout->addWidget(m_ordersNote);
    layout->addWidget(buttons);

    if (!tableIndex) {
        m_ordersNote->setText(tr("The orders of this customer are not loaded."));
        return;
    }
    if (m_input.projectPath.isEmpty())
        return;
    // Order ids are not part of the in-memory order table: read this customer's rows from the project.
    m_ordersNote->setText(tr("Reading order ids…"));
    m_runner.run<Computed<std::vector<CustomerOrder>>>(
        [path = m_input.projectPath.toStdString(), id = row.customer] {
            return toComputed(loadCustomerOrders(path, id));
        },
        [this](Computed<std::vector<CustomerOrder>> loaded) {
            if (loaded.value && loaded.value->size() == m_ordersModel->orders().size()) {
                m_ordersModel->setOrders(*loaded.value);
                m_ordersNote->clear();
            } else {
                m_ordersNote->setText(tr("Order ids could not be read: %1")
                                          .arg(loaded.error ? QString::fromStdString(loaded.error->detail)
                                                            : tr("the project changed")));
            }
            emit ordersLoaded();
        });
}

CustomerDetailDialog::~CustomerDetailDialog() = default;

QLabel* CustomerDetailDialog::addRow(QFormLayout* form, const QString& objectName, const QString& caption,
                                     const QString& value, const QString& definition)
{
    auto* label = new QLabel(value, this);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setToolTip(definition);
    auto* captionLabel = new QLabel(caption, this);
    captionLabel->setToolTip(definition);
    form->addRow(captionLabel, label);
    return label;
}

QString CustomerDetailDialog::figure(const QString& objectName) const
{
    auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

QWidget* CustomerDetailDialog::createSummary()
{
    const CustomerSummaryRow& r = m_input.summary->rows[m_input.row];
    auto* box = new QGroupBox(tr("Summary"), this);
    auto* form = new QFormLayout(box);
    const TimeUnit timeUnit = m_input.summary->options.unit;
    const QString unit = timeUnit == TimeUnit::Day ? tr("days") : timeUnit == TimeUnit::Week ? tr("weeks") : tr("months");
    addRow(form, u"detailCustomerId"_s, tr("Customer"), QString::fromStdString(r.customerId),
           tr("Customer id as imported"));
    addRow(form, u"detailOrderCount"_s, tr("Orders"), formatCount(m_ordersModel->rowCount()),
           tr("Orders of this customer in the project, refunds included"));
    addRow(form, u"detailPeriod"_s, tr("First – last purchase"),
           tr("%1 – %2").arg(formatDate(r.firstPurchase), formatDate(r.lastPurchase)),
           tr("Dates of the first and the latest purchase"));
    addRow(form, u"detailFrequency"_s, tr("Frequency"), formatCount(r.frequency),
           tr("Repeat purchase periods (purchases after the first; same-day orders count once)"));
    addRow(form, u"detailRecencyT"_s, tr("Recency / T"),
           tr("%1 / %2 %3").arg(formatDecimal(r.recency, 1), formatDecimal(r.T, 1), unit),
           tr("Recency: time from the first to the last purchase; T: from the first purchase to the end of the "
              "observation"));
    addRow(form, u"detailMonetary"_s, tr("Monetary value"), formatMoney(r.monetaryValue),
           tr("Average net value of the repeat purchases (first purchase excluded)"));
    addRow(form, u"detailTotal"_s, tr("Total value"), formatMoney(r.totalValue),
           tr("Net value of all purchases, the first included"));
    const bool hasRfm = m_input.rfm && m_input.row < m_input.rfm->customers.size();
    const QString segment = hasRfm ? segmentDisplayName(
                                         m_input.rfm->segments[m_input.rfm->customers[m_input.row].segment].name)
                                   : tr("–");
    addRow(form, u"detailSegment"_s, tr("RFM segment"), segment,
           tr("Segment from the recency and frequency scores and the project's segment grid"));
    return box;
}

QWidget* CustomerDetailDialog::createPredictions()
{
    auto* box = new QGroupBox(tr("Predictions"), this);
    auto* form = new QFormLayout(box);
    const ModelSnapshot* s = m_input.snapshot.get();
    const bool usable = s && s->models && s->valuation && m_input.row < s->valuation->customers.size() &&
                        m_input.row < s->models->data.size() && s->valuation->customers[m_input.row].valid;
    if (!usable) {
        auto* note = new QLabel(s ? tr("The model could not value this customer.")
                                  : tr("No model yet: predictions appear once the model is fitted (it needs "
                                       "customers with repeat purchases)."),
                                box);
        note->setObjectName(u"detailNoModel"_s);
        note->setWordWrap(true);
        form->addRow(note);
        return box;
    }
    const CustomerValue& v = s->valuation->customers[m_input.row];
    const RfmObservation& o = s->models->data[m_input.row];
    const PurchaseModel& model = s->models->model;
    addRow(form, u"detailAlive"_s, tr("P(alive)"), tr("%1 %").arg(formatDecimal(v.probabilityAlive * 100.0, 1)),
           tr("Probability that the customer is still active at the end of the observation (fitted model)"));
    for (int months : {1, 3, 6, 12}) {
        const double t = months * unitsPerMonth(model.unit());
        const double expected = model.conditionalExpectedPurchases(t, o.frequency, o.recency, o.T);
        addRow(form, u"detailPurchases%1"_s.arg(months), tr("Purchases, next %1 mo").arg(months),
               formatDecimal(expected, 2),
               tr("Expected number of purchases in the next %n month(s) given this customer's history "
                  "(conditional expectation of the purchase model)", nullptr, months));
    }
    addRow(form, u"detailSpend"_s, tr("Expected spend per purchase"), formatMoney(v.expectedSpend),
           tr("Gamma-Gamma expected spend per purchase given this customer's repeat purchases"));
    addRow(form, u"detailClv"_s, tr("CLV (next %1 mo)").arg(s->settings.horizonMonths), formatMoney(v.clv),
           tr("Discounted expected gross margin over the horizon: P(alive) × expected purchases × expected spend × "
              "margin, discounted %1 % per month")
               .arg(formatDecimal(s->settings.monthlyDiscountRate * 100.0, 2)));
    return box;
}

}  // namespace clv::ui
