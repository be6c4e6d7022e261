// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// What a column means to the importer. A preset lists, per role, the header names that can hold it.
enum class ColumnRole {
    Customer,          ///< customer key (id or e-mail); rows where it and CustomerFallback are empty are rejected
    CustomerFallback,  ///< used when the Customer cell is empty (e.g. Stripe "Customer Email")
    OrderId,           ///< order, invoice, charge or transaction id
    Date,              ///< order date or timestamp (the day is stored)
    Amount,            ///< money of the whole row/order, in currency units as written
    Quantity,          ///< line quantity; with UnitPrice gives the line amount when there is no Amount
    UnitPrice,         ///< price of one unit, currency units
    Status,            ///< status text, compared with ImportPreset::excludeStatuses / refundStatuses
    EventType,         ///< "Payment"/"Refund" style column, compared with ImportPreset::refundStatuses
    RefundAmount,      ///< amount refunded on this order/charge (positive as written); stored as a negative order
    RefundDate,        ///< day of the refund; the order's day when absent or empty
    SubscriptionId,    ///< subscriptions: the source's subscription id
    Plan,              ///< subscriptions: plan, product or interval name
    StartDate,         ///< subscriptions: start day
    CancelDate,        ///< subscriptions: day the subscription ended or was cancelled (empty: still active)
};

/// Stable name of a role ("customer", "order-id", "unit-price", ...), used in JSON and by the wizard.
std::string_view columnRoleName(ColumnRole role);
/// The role with that stable name, or nullopt.
std::optional<ColumnRole> columnRoleFromName(std::string_view name);
/// Every role, in declaration order.
const std::vector<ColumnRole>& allColumnRoles();

/// The header names that may hold one role, in priority order (the first one present in the file wins).
/// Names are compared after normalisation: lower case, only letters and digits (non-ASCII bytes kept as they are),
/// so "Created date (UTC)" matches "createddateutc" and "客户ID" matches "客户id".
struct PresetColumn {
    ColumnRole role = ColumnRole::Customer;
    std::vector<std::string> names;
    bool required = false;  ///< the file cannot be imported with this preset without this column
};

/// A named way to read one kind of export: which columns hold what, and the rules that turn rows into orders or
/// subscriptions. Invariants: `id` is non-empty and unique; for kind "orders" a Customer and a Date column and
/// either an Amount column or both Quantity and UnitPrice columns must resolve; for "subscriptions" Customer,
/// StartDate and Amount must resolve.
struct ImportPreset {
    std::string id;    ///< "shopify-orders"; unique among the built-in and the project's user presets
    std::string name;  ///< display name, e.g. "Shopify orders" (data, not translated)
    std::string kind = "orders";  ///< "orders" or "subscriptions"
    bool builtin = false;
    bool generic = false;             ///< generic presets only win detection when no specific preset fits
    std::vector<PresetColumn> columns;
    /// Header names that identify this export (normalised like column names); used for detection only.
    std::vector<std::string> signature;
    /// Consecutive rows with the same order id and customer become one order (stored at the line of its first row):
    /// the line amounts are summed, or with `amountOnFirstRow` the order's money is taken from its first row that
    /// has it. Only adjacent rows are grouped (the import streams); a later row with the same id is another order.
    /// Status, date and refund come from the order's first row.
    bool groupLines = false;
    /// The order's money is on its first row only; continuation rows have an empty Amount (Shopify).
    bool amountOnFirstRow = false;
    /// Status values (case-insensitive) whose rows are not orders (failed charges, expired checkouts): not stored,
    /// each listed in the report with reason "excluded-status".
    std::vector<std::string> excludeStatuses;
    /// Status or EventType values (case-insensitive) that mark a refund: the amount is stored as negative.
    std::vector<std::string> refundStatuses;
    /// Order ids starting with this text (case-sensitive) are cancellations: stored as negative (UCI "C").
    std::string cancelPrefix;
    /// Customer ids written as floats ("17850.0") are stored without the ".0" (UCI read through a spreadsheet).
    bool stripDecimalZeroFromCustomer = false;
};

/// How well a preset fits a header.
struct PresetMatch {
    ImportPreset preset;
    double score = 0.0;               ///< 0..1; 0 = a required column is missing
    std::vector<std::string> missing; ///< roles (columnRoleName) required but not found
};

/// The built-in presets: shopify-orders, stripe-payments, stripe-subscriptions, woocommerce-orders,
/// square-transactions, uci-online-retail, uci-online-retail-ii, generic-orders, generic-subscriptions.
const std::vector<ImportPreset>& builtinImportPresets();

/// The built-in preset with that id, or nullptr.
const ImportPreset* findBuiltinPreset(std::string_view id);

/// Scores one preset against a header: 0 when a required role has no column; otherwise specific presets score
/// 0.5 + 0.5 x (share of their signature names present), generic ones 0.4 x (share of their roles found).
PresetMatch scorePreset(const std::vector<std::string>& header, const ImportPreset& preset);

/// Best-fitting preset for a header (score 0..1), or nullopt when none has all its required columns.
std::optional<PresetMatch> detectImportPreset(const std::vector<std::string>& header,
                                              const std::vector<ImportPreset>& candidates);

/// For each role the 0-based column index in `header` (-1 when absent), following the preset's name priority.
/// Errors: Parse when the winning name occurs twice in the header (column of the second), naming `file`/`line`.
Result<std::vector<int>> resolvePresetColumns(const std::vector<std::string>& header, const ImportPreset& preset,
                                              const std::string& file = {}, long line = 0);

/// Checks a preset's invariants (id, kind, required roles present). Errors: InvalidArgument naming the problem.
Result<void> validatePreset(const ImportPreset& preset);

/// Presets the user saved in this project (settings key "import/presets"), in the order saved.
/// Errors: Parse when the stored JSON is damaged; Database.
Result<std::vector<ImportPreset>> loadUserPresets(Database& db);
/// Adds or replaces (same id) a user preset in the project. `builtin` is stored as false. Errors: InvalidArgument
/// for an invalid preset or an id of a built-in preset; Database.
Result<void> saveUserPreset(Database& db, const ImportPreset& preset);
/// Removes a user preset; false when none had that id.
Result<bool> removeUserPreset(Database& db, std::string_view id);

/// JSON text of a list of presets and back (the settings format). Errors: Parse with the byte offset.
std::string presetsToJson(const std::vector<ImportPreset>& presets);
Result<std::vector<ImportPreset>> presetsFromJson(std::string_view json);

}  // namespace clv
