// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/ImportPresets.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace clv::ui {

/// What a preset reads: orders (one row per order or order line) or subscriptions (one row per subscription).
enum class ImportKind { Orders, Subscriptions };

/// The column roles the mapping page offers for each kind of preset, in the order the page shows them, with their
/// translated labels and the rules core applies to them (ImportPreset's invariants, SubscriptionImporter).
class ImportMappingRoles {
    Q_DECLARE_TR_FUNCTIONS(ImportMappingRoles)

public:
    /// The kind of a preset ("subscriptions" or anything else, which core reads as orders).
    static ImportKind kindOf(const clv::ImportPreset& preset);
    /// The kind's name as core stores it in ImportPreset::kind and ImportReport::kind.
    static std::string kindName(ImportKind kind);

    /// Orders: customer, date, amount, order id. Subscriptions: customer, subscription id, plan, price, start date,
    /// cancel date.
    static const std::vector<clv::ColumnRole>& shownRoles(ImportKind kind);
    /// Whether the role is shown for the kind.
    static bool isShown(ImportKind kind, clv::ColumnRole role);
    /// A column the import cannot do without (core's validatePreset): customer, date and amount for orders
    /// (amount unless the preset multiplies quantity by unit price); customer, start date and price for
    /// subscriptions.
    static bool isRequired(ImportKind kind, clv::ColumnRole role);

    /// The form label with its mnemonic, e.g. "C&ustomer id:", "P&rice:", "Cancel or &end date (optional):".
    static QString label(ImportKind kind, clv::ColumnRole role);
    /// The role's name over a preview column ("customer", "price", "start date"...).
    static QString columnName(ImportKind kind, clv::ColumnRole role);
    /// What the page says while a required role has no column, e.g. "Choose the column with the start date."
    static QString missingText(ImportKind kind, clv::ColumnRole role);
    /// One line under the preset choice on what the kind imports.
    static QString kindNote(ImportKind kind);
};

}  // namespace clv::ui
