// SPDX-License-Identifier: MIT
#include "ui/import/ImportMappingRoles.h"

#include "ui/import/ImportRoleText.h"

#include <algorithm>

namespace clv::ui {

using clv::ColumnRole;

ImportKind ImportMappingRoles::kindOf(const clv::ImportPreset& preset)
{
    return preset.kind == "subscriptions" ? ImportKind::Subscriptions : ImportKind::Orders;
}

std::string ImportMappingRoles::kindName(ImportKind kind)
{
    return kind == ImportKind::Subscriptions ? "subscriptions" : "orders";
}

const std::vector<ColumnRole>& ImportMappingRoles::shownRoles(ImportKind kind)
{
    static const std::vector<ColumnRole> orders{ColumnRole::Customer, ColumnRole::Date, ColumnRole::Amount,
                                                ColumnRole::OrderId};
    static const std::vector<ColumnRole> subscriptions{ColumnRole::Customer,  ColumnRole::SubscriptionId,
                                                       ColumnRole::Plan,      ColumnRole::Amount,
                                                       ColumnRole::StartDate, ColumnRole::CancelDate};
    return kind == ImportKind::Subscriptions ? subscriptions : orders;
}

bool ImportMappingRoles::isShown(ImportKind kind, ColumnRole role)
{
    const auto& roles = shownRoles(kind);
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool ImportMappingRoles::isRequired(ImportKind kind, ColumnRole role)
{
    switch (role) {
    case ColumnRole::Customer:
    case ColumnRole::Amount:
        return true;
    case ColumnRole::Date:
        return kind == ImportKind::Orders;
    case ColumnRole::StartDate:
        return kind == ImportKind::Subscriptions;
    default:
        return false;
    }
}

QString ImportMappingRoles::label(ImportKind kind, ColumnRole role)
{
    switch (role) {
    case ColumnRole::Customer:
        return tr("C&ustomer id:");
    case ColumnRole::Date:
        return tr("&Order date:");
    case ColumnRole::Amount:
        return kind == ImportKind::Subscriptions ? tr("P&rice:") : tr("&Amount:");
    case ColumnRole::OrderId:
        return tr("Order &id (optional):");
    case ColumnRole::SubscriptionId:
        return tr("Subscription i&d (optional):");
    case ColumnRole::Plan:
        return tr("P&lan (optional):");
    case ColumnRole::StartDate:
        return tr("S&tart date:");
    case ColumnRole::CancelDate:
        return tr("Cancel or &end date (optional):");
    default:
        return {};
    }
}

QString ImportMappingRoles::columnName(ImportKind kind, ColumnRole role)
{
    if (kind == ImportKind::Subscriptions && role == ColumnRole::Amount)
        return tr("price");
    return ImportRoleText::name(role);
}

QString ImportMappingRoles::missingText(ImportKind kind, ColumnRole role)
{
    switch (role) {
    case ColumnRole::Customer:
        return tr("Choose the column with the customer id.");
    case ColumnRole::Date:
        return tr("Choose the column with the order date.");
    case ColumnRole::Amount:
        return kind == ImportKind::Subscriptions
                   ? tr("Choose the column with the subscription’s price.")
                   : tr("Choose the column with the amount (or a preset that multiplies quantity by unit price).");
    case ColumnRole::StartDate:
        return tr("Choose the column with the day the subscription started.");
    default:
        return {};
    }
}

QString ImportMappingRoles::kindNote(ImportKind kind)
{
    return kind == ImportKind::Subscriptions
               ? tr("This preset reads subscriptions: one row per subscription with its price, start and end. The "
                    "Churn page shows how long they last.")
               : tr("This preset reads orders: one row per order or order line.");
}

}  // namespace clv::ui
