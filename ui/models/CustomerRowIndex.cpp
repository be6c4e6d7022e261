// SPDX-License-Identifier: MIT
#include "ui/models/CustomerRowIndex.h"

#include "ui/models/CustomerTableModel.h"

#include <algorithm>

namespace clv::ui {
namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool containsIgnoringCase(std::string_view haystack, std::string_view lowerNeedle)
{
    const auto it = std::search(haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
                                [](char h, char n) { return asciiLower(h) == n; });
    return it != haystack.end();
}

bool accepts(const CustomerColumns& c, const CustomerQuery& q, std::size_t row)
{
    if (!q.idNeedle.empty() && !containsIgnoringCase(c.summary->rows[row].customerId, q.idNeedle))
        return false;
    if (q.segment >= 0 && c.hasRfm() && c.rfm->customers[row].segment != static_cast<std::size_t>(q.segment))
        return false;
    if ((q.minClv || q.minAlive || q.maxAlive) && c.hasValuation()) {
        const CustomerValue& v = c.valuation->customers[row];
        if (!v.valid)
            return false;
        if (q.minClv && v.clv < *q.minClv)
            return false;
        if (q.minAlive && v.probabilityAlive < *q.minAlive)
            return false;
        if (q.maxAlive && v.probabilityAlive > *q.maxAlive)
            return false;
    }
    return true;
}

}  // namespace

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), asciiLower);
    return text;
}

bool naturalLess(std::string_view a, std::string_view b)
{
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            std::size_t si = i, sj = j;  // skip leading zeros
            while (si + 1 < ei && a[si] == '0')
                ++si;
            while (sj + 1 < ej && b[sj] == '0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj;
            const int c = a.substr(si, ei - si).compare(b.substr(sj, ej - sj));
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return a.size() - i < b.size() - j;
    return a < b;  // "007" vs "7": a stable, total order
}

bool customerLess(const CustomerColumns& columns, int column, int leftRow, int rightRow)
{
    const auto li = static_cast<std::size_t>(leftRow), ri = static_cast<std::size_t>(rightRow);
    const CustomerSummaryRow& l = columns.summary->rows[li];
    const CustomerSummaryRow& r = columns.summary->rows[ri];
    const auto value = [&columns](std::size_t row) -> const CustomerValue& { return columns.valuation->customers[row]; };
    // Rows the model could not value sort below every valued row (they have no number).
    const auto valued = [&](auto field) {
        const CustomerValue& a = value(li);
        const CustomerValue& b = value(ri);
        if (a.valid != b.valid)
            return !a.valid;
        return field(a) < field(b);
    };
    switch (column) {
    case CustomerTableModel::CustomerColumn:
        return naturalLess(l.customerId, r.customerId);
    case CustomerTableModel::FirstPurchaseColumn:
        return l.firstPurchase.days < r.firstPurchase.days;
    case CustomerTableModel::FrequencyColumn:
        return l.frequency < r.frequency;
    case CustomerTableModel::RecencyColumn:
        return l.recency < r.recency;
    case CustomerTableModel::TColumn:
        return l.T < r.T;
    case CustomerTableModel::MonetaryColumn:
        return l.monetaryValue < r.monetaryValue;
    case CustomerTableModel::SegmentColumn:
        if (!columns.hasRfm())
            return false;
        return columns.rfm->customers[li].segment < columns.rfm->customers[ri].segment;
    case CustomerTableModel::AliveColumn:
        return columns.hasValuation() && valued([](const CustomerValue& v) { return v.probabilityAlive; });
    case CustomerTableModel::PurchasesColumn:
        return columns.hasValuation() && valued([](const CustomerValue& v) { return v.expectedPurchases; });
    case CustomerTableModel::ClvColumn:
        return columns.hasValuation() && valued([](const CustomerValue& v) { return v.clv; });
    default:
        return false;
    }
}

std::optional<CustomerRowIndex> computeRowIndex(const CustomerColumns& columns, const CustomerQuery& query,
                                                const std::stop_token& stop)
{
    CustomerRowIndex out;
    const std::size_t n = columns.rows();
    out.rows.reserve(n);
    for (std::size_t row = 0; row < n; ++row) {
        if (!query.filters() || accepts(columns, query, row))
            out.rows.push_back(static_cast<int>(row));
        if ((row & 0xffff) == 0 && stop.stop_requested())
            return std::nullopt;
    }
    if (query.sortColumn >= 0) {
        const int column = query.sortColumn;
        if (query.order == Qt::AscendingOrder)
            std::stable_sort(out.rows.begin(), out.rows.end(),
                             [&](int a, int b) { return customerLess(columns, column, a, b); });
        else
            std::stable_sort(out.rows.begin(), out.rows.end(),
                             [&](int a, int b) { return customerLess(columns, column, b, a); });
    }
    if (stop.stop_requested())
        return std::nullopt;
    out.inverse.assign(n, -1);
    for (std::size_t i = 0; i < out.rows.size(); ++i)
        out.inverse[static_cast<std::size_t>(out.rows[i])] = static_cast<int>(i);
    return out;
}

}  // namespace clv::ui
