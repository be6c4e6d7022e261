// SPDX-License-Identifier: MIT
#include "ui/text/Format.h"

using namespace Qt::Literals::StringLiterals;

namespace clv {
namespace ui {

QDate toQDate(clv::Date date)
{
    return QDate(1970, 1, 1).addDays(date.days);
}

QString formatDate(clv::Date date)
{
    return toQDate(date).toString(Qt::ISODate);
}

QString formatMonth(int year, unsigned month)
{
    return u"%1-%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QString formatCount(std::int64_t value, const QLocale& locale)
{
    return locale.toString(static_cast<qlonglong>(value));
}

QString formatDecimal(double value, int decimals, const QLocale& locale)
{
    QString text = locale.toString(value, 'f', decimals);
    // Never show "-0.00" for a value that rounds to zero.
    if (text.startsWith(locale.negativeSign()) && locale.toDouble(text) == 0.0)
        text.remove(0, locale.negativeSign().size());
    return text;
}

QString formatMoney(double value, const QLocale& locale)
{
    // The project does not record the currency of its exports yet, so no symbol is shown: the user's locale
    // symbol (e.g. ¥ on a Chinese desktop) would be wrong for a USD export.
    return formatDecimal(value, 2, locale);
}

}  // namespace ui
}  // namespace clv
