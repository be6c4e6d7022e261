// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Date.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <cstdint>

namespace clv::ui {

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

/// A money amount with the locale's currency format ("$1,234.50"), two decimals. When the locale has no currency
/// symbol (e.g. the C locale), a plain grouped number is shown instead of a placeholder sign.
QString formatMoney(double value, const QLocale& locale = QLocale());

}  // namespace clv::ui
