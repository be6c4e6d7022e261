// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Date.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <cstdint>

namespace clv {
namespace ui {

/// Presentation helpers: turn core values into display text. No arithmetic beyond formatting.

/// The QDate for a core date (days since 1970-01-01).
QDate toQDate(clv::Date date);

/// ISO date "2024-03-07": unambiguous in every locale, sorts as text, what analysts paste into other tools.
QString formatDate(clv::Date date);

/// A calendar month as "2024-03".
QString formatMonth(int year, unsigned month);

/// A count with the locale's digit grouping ("12,345").
QString formatCount(std::int64_t value, const QLocale& locale = QLocale());

/// A decimal number with the locale's separators and the given number of decimals.
QString formatDecimal(double value, int decimals, const QLocale& locale = QLocale());

/// A money amount: grouped number with two decimals ("1,234.50"), in the currency of the imported data. No symbol,
/// since the project does not record the export's currency yet and the locale's symbol would be wrong.
QString formatMoney(double value, const QLocale& locale = QLocale());

}  // namespace ui
}  // namespace clv
