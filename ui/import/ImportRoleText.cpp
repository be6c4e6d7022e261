// SPDX-License-Identifier: MIT
#include "ui/import/ImportRoleText.h"

#include "ui/text/ErrorText.h"

namespace clv::ui {

QString ImportRoleText::name(clv::ColumnRole role)
{
    switch (role) {
    case clv::ColumnRole::Customer:
        return tr("customer");
    case clv::ColumnRole::CustomerFallback:
        return tr("customer (fallback)");
    case clv::ColumnRole::OrderId:
        return tr("order id");
    case clv::ColumnRole::Date:
        return tr("date");
    case clv::ColumnRole::Amount:
        return tr("amount");
    case clv::ColumnRole::Quantity:
        return tr("quantity");
    case clv::ColumnRole::UnitPrice:
        return tr("unit price");
    case clv::ColumnRole::Status:
        return tr("status");
    case clv::ColumnRole::EventType:
        return tr("event type");
    case clv::ColumnRole::RefundAmount:
        return tr("refund amount");
    case clv::ColumnRole::RefundDate:
        return tr("refund date");
    case clv::ColumnRole::SubscriptionId:
        return tr("subscription id");
    case clv::ColumnRole::Plan:
        return tr("plan");
    case clv::ColumnRole::StartDate:
        return tr("start date");
    case clv::ColumnRole::CancelDate:
        return tr("cancel date");
    }
    return {};
}

QString ImportRoleText::dateVerdict(clv::DateOrderVerdict verdict, long exampleLine)
{
    switch (verdict) {
    case clv::DateOrderVerdict::Unknown:
        return tr("No value in the date column looks like a date. Check the column mapping.");
    case clv::DateOrderVerdict::YearFirst:
        return tr("Every date is written year first (ISO): nothing to decide.");
    case clv::DateOrderVerdict::DayFirst:
        return tr("The dates are day first (line %1 has a day above 12).").arg(exampleLine);
    case clv::DateOrderVerdict::MonthFirst:
        return tr("The dates are month first (line %1 has a day above 12 in second place).").arg(exampleLine);
    case clv::DateOrderVerdict::Ambiguous:
        return tr("The dates could be day first or month first: no day is above 12 (for example line %1). "
                  "Choose the order they were written in.")
            .arg(exampleLine);
    case clv::DateOrderVerdict::Conflicting:
        return tr("Some dates only make sense day first and others only month first (see line %1). Choose the "
                  "order; dates that do not fit it are reported.")
            .arg(exampleLine);
    }
    return {};
}

QString ImportRoleText::decimalVerdict(clv::DecimalVerdict verdict, long exampleLine)
{
    switch (verdict) {
    case clv::DecimalVerdict::Unknown:
        return tr("The amounts are whole numbers: the decimal separator does not matter.");
    case clv::DecimalVerdict::Point:
        return tr("The amounts use a decimal point (1,234.50).");
    case clv::DecimalVerdict::Comma:
        return tr("The amounts use a decimal comma (1.234,50).");
    case clv::DecimalVerdict::Ambiguous:
        return tr("Amounts like “1,234” could be thousands or decimals (for example line %1). Choose the decimal "
                  "separator.")
            .arg(exampleLine);
    case clv::DecimalVerdict::Conflicting:
        return tr("Some amounts need a decimal point and others a decimal comma (see line %1). Choose one; amounts "
                  "that do not fit it are reported.")
            .arg(exampleLine);
    }
    return {};
}

}  // namespace clv::ui
