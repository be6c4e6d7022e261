// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/ImportPresets.h"
#include "core/import/ValueParsers.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace clv::ui {

/// Translated names of the importer's column roles and value-format verdicts, for the wizard's labels.
class ImportRoleText {
    Q_DECLARE_TR_FUNCTIONS(ImportRoleText)

public:
    /// "customer", "date", "amount", "order id", "quantity"...
    static QString name(clv::ColumnRole role);
    /// The translated explanation of an ImportIssue::reason, covering the orders and the subscriptions importers
    /// ("cancel-before-start": "ends before it starts"); unknown reasons are shown as they are.

    /// One sentence on what the whole date column says ("Every date is written year-first...").
    static QString dateVerdict(clv::DateOrderVerdict verdict, long exampleLine);
    /// One sentence on what the whole amount column says about its decimal separator.
    static QString decimalVerdict(clv::DecimalVerdict verdict, long exampleLine);
};

}  // namespace clv::ui
