// SPDX-License-Identifier: MIT
#include "core/sim/StoreSimulator.h"

#include "core/sim/Random.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <string_view>
#include <vector>

namespace clv::sim {
namespace {

constexpr std::int64_t kMaxCustomers = 100'000'000;
constexpr std::int64_t kMaxCents = 1'000'000'000;  // 10,000,000.00 per row
constexpr std::uint64_t kRefundDelayChoices = 31;  // 0..30 days after the order
constexpr int kMinIdDigits = 6;
constexpr int kMinOrderIdDigits = 7;
constexpr std::size_t kFlushBytes = std::size_t{1} << 20;

/// One orders-export row before sorting; 16 bytes so that 1M customers stay well below 100 MB.
struct OrderRow {
    std::int32_t day;        // Date::days
    std::uint32_t seq;       // generation order, the tiebreak within a day
    std::uint32_t customer;  // 1-based
    std::int32_t cents;      // > 0 order, < 0 refund
};
static_assert(sizeof(OrderRow) == 16);

struct SubscriptionRow {
    std::int32_t start, cancel;  // Date::days; cancel is kActive when still active at `end`
    std::uint32_t customer, plan;
};
constexpr std::int32_t kActive = std::numeric_limits<std::int32_t>::min();

struct Plan {
    std::string_view name, price, share;
};
constexpr Plan kPlans[] = {{"Basic", "9.00", "0.5"}, {"Pro", "29.00", "0.35"}, {"Team", "99.00", "0.15"}};

int digitCount(std::uint64_t value) { return value < 10 ? 1 : 1 + digitCount(value / 10); }

/// Buffered, locale-free text output.
class TextOut {
public:
    explicit TextOut(std::ostream& out) : m_out(out) { m_buffer.reserve(kFlushBytes + 256); }

    TextOut& put(std::string_view text) { m_buffer.append(text); return *this; }

    /// `prefix` then `value` zero-padded to `width` digits.
    TextOut& putId(char prefix, std::uint64_t value, int width)
    {
        m_buffer.push_back(prefix);
        m_buffer.append(static_cast<std::size_t>(std::max(0, width - digitCount(value))), '0');
        return putUnsigned(value);
    }

    TextOut& putUnsigned(std::uint64_t value)
    {
        char digits[24];
        m_buffer.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
        return *this;
    }

    /// "-12.05" style: sign, whole units, '.', exactly two digits (integer arithmetic only).
    TextOut& putCents(std::int64_t cents)
    {
        if (cents < 0)
            m_buffer.push_back('-');
        const auto magnitude = static_cast<std::uint64_t>(cents < 0 ? -cents : cents);
        putUnsigned(magnitude / 100);
        m_buffer.push_back('.');
        m_buffer.push_back(static_cast<char>('0' + magnitude / 10 % 10));
        m_buffer.push_back(static_cast<char>('0' + magnitude % 10));
        return *this;
    }

    /// Ends a row; writes the buffer out when it is full. False when the stream failed.
    bool endRow()
    {
        m_buffer.push_back('\n');
        return m_buffer.size() < kFlushBytes || flush();
    }

    bool flush()
    {
        m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        m_buffer.clear();
        return static_cast<bool>(m_out);
    }

private:
    std::ostream& m_out;
    std::string m_buffer;
};

/// How many first days there are to choose from: [start, start + acquisitionDays) without the days after `end`.
std::uint64_t arrivalDays(Date start, int acquisitionDays, Date end)
{
    return static_cast<std::uint64_t>(std::min(acquisitionDays, end.days - start.days + 1));
}

bool positiveFinite(double x) { return x > 0.0 && std::isfinite(x); }
bool probability(double x) { return x >= 0.0 && x <= 1.0; }

/// The message of the first failed check, or "" when all hold.
std::string firstFailure(std::initializer_list<std::pair<bool, const char*>> checks)
{
    for (const auto& [ok, message] : checks)
        if (!ok)
            return message;
    return {};
}

std::string checkCommon(std::int64_t customers, Date start, int acquisitionDays, Date end)
{
    return firstFailure({
        {customers >= 1 && customers <= kMaxCustomers, "customers must be between 1 and 100000000"},
        {acquisitionDays >= 1, "acquisitionDays must be >= 1"},
        {start >= Date::fromCivil(1, 1, 1) && end <= Date::fromCivil(9999, 12, 31), "dates must be in years 1-9999"},
        {end >= start, "end must not be before start"},
    });
}

std::string checkOrders(const OrdersParams& p)
{
    std::string problem = checkCommon(p.customers, p.start, p.acquisitionDays, p.end);
    return !problem.empty() ? problem : firstFailure({
        {positiveFinite(p.r) && positiveFinite(p.alpha), "r and alpha must be positive"},
        {positiveFinite(p.a) && positiveFinite(p.b), "a and b must be positive"},
        {positiveFinite(p.pSpend) && positiveFinite(p.gamma), "pSpend and gamma must be positive"},
        {p.q > 1.0 && std::isfinite(p.q), "q must be greater than 1 (otherwise the mean order value does not exist)"},
        {probability(p.refundProbability), "refundProbability must be within [0, 1]"},
        {probability(p.sameDayExtraProbability), "sameDayExtraProbability must be within [0, 1]"},
    });
}

std::int32_t toCents(double value)
{
    if (!(value * 100.0 < static_cast<double>(kMaxCents)))
        return static_cast<std::int32_t>(kMaxCents);
    return static_cast<std::int32_t>(std::max<long long>(1, std::llround(value * 100.0)));
}

/// Generates the rows of one customer. Random draws, in this order: arrival (uniformInt), lambda, p, nu; then per
/// purchase: the order (see addOrder), the same-day extra coin (and its order), then the dropout coin (after
/// repeat purchases only, unless dropoutAfterFirstPurchase) and the exponential waiting time.
class OrderGenerator {
public:
    OrderGenerator(const OrdersParams& params, std::vector<OrderRow>& rows)
        : m_params(params), m_rng(params.seed), m_rows(rows),
          m_window(arrivalDays(params.start, params.acquisitionDays, params.end))
    {}

    /// False when the row count no longer fits the 32-bit sequence numbers.
    bool addCustomer(std::uint32_t customer)
    {
        m_customer = customer;
        const int arrival = m_params.start.days + static_cast<int>(m_rng.uniformInt(m_window));
        const double lambda = m_rng.gamma(m_params.r, m_params.alpha);
        const double dropout = m_rng.beta(m_params.a, m_params.b);
        m_nu = m_rng.gamma(m_params.q, m_params.gamma);
        const double endExclusive = static_cast<double>(m_params.end.days) + 1.0;

        double t = arrival;
        addPurchase(arrival);
        bool alive = !(m_params.dropoutAfterFirstPurchase && m_rng.bernoulli(dropout));
        while (alive && lambda > 0.0) {
            t += m_rng.exponential(lambda);
            if (!(t < endExclusive))
                break;
            addPurchase(static_cast<int>(std::floor(t)));
            alive = !m_rng.bernoulli(dropout);
        }
        return m_seq <= std::numeric_limits<std::uint32_t>::max();
    }

    std::int64_t refunds() const { return m_refunds; }

private:
    void addPurchase(int day)
    {
        addOrder(day);
        if (m_rng.bernoulli(m_params.sameDayExtraProbability))
            addOrder(day);
    }

    /// Draws: value (gamma), refund coin; if refunded: full-refund coin, the fraction (partial only), the delay.
    void addOrder(int day)
    {
        const std::int32_t cents = toCents(m_rng.gamma(m_params.pSpend, m_nu));
        push(day, cents);
        if (!m_rng.bernoulli(m_params.refundProbability))
            return;
        std::int32_t refund = cents;
        if (const bool full = m_rng.bernoulli(0.5); !full) {
            const double fraction = 0.1 + 0.8 * m_rng.uniform01();
            refund = static_cast<std::int32_t>(std::clamp<long long>(std::llround(cents * fraction), 1, cents));
        }
        const int refundDay = day + static_cast<int>(m_rng.uniformInt(kRefundDelayChoices));
        if (refundDay <= m_params.end.days) {
            push(refundDay, -refund);
            ++m_refunds;
        }
    }

    void push(int day, std::int32_t cents)
    {
        m_rows.push_back(OrderRow{day, static_cast<std::uint32_t>(m_seq++), m_customer, cents});
    }

    const OrdersParams& m_params;
    Rng m_rng;
    std::vector<OrderRow>& m_rows;
    std::uint64_t m_window;  // arrival days to choose from
    std::uint32_t m_customer = 0;
    double m_nu = 1.0;
    std::uint64_t m_seq = 0;
    std::int64_t m_refunds = 0;
};

/// `date` + `months` calendar months, the day of month clamped to the target month's length.
Date addMonths(int year, unsigned month, unsigned day, int months)
{
    const int total = static_cast<int>(month) - 1 + months;
    const int y = year + total / 12;
    const auto m = static_cast<unsigned>(total % 12 + 1);
    const Date first = Date::fromCivil(y, m, 1);
    const int length = Date::fromCivil(m == 12 ? y + 1 : y, m % 12 + 1, 1).days - first.days;
    return Date{first.days + std::min(static_cast<int>(day), length) - 1};
}

/// Shortest text that round-trips (std::to_chars: locale-free).
template <typename Number>
std::string num(Number value)
{
    char text[40];
    return std::string(text, std::to_chars(text, text + sizeof text, value).ptr);
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

/// A JSON object from (key, JSON value) pairs plus a nested "stats" object; keys are fixed ASCII.
using JsonFields = std::vector<std::pair<std::string_view, std::string>>;
std::string jsonObject(const JsonFields& fields, const SimulationStats& stats)
{
    std::string text = "{\n";
    for (const auto& [key, value] : fields)
        text.append("  ").append(quoted(key)).append(": ").append(value).append(",\n");
    return text + "  \"stats\": {\"customers\": " + num(stats.customers) + ", \"rows\": " + num(stats.rows)
        + ", \"refunds\": " + num(stats.refunds) + "}\n}\n";
}

}  // namespace

Result<SimulationStats> simulateOrders(const OrdersParams& params, std::ostream& out)
{
    if (std::string problem = checkOrders(params); !problem.empty())
        return fail(ErrorCode::InvalidArgument, std::move(problem));

    std::vector<OrderRow> rows;
    // Generous: capacity that is never touched costs address space, not memory.
    rows.reserve(static_cast<std::size_t>(std::min<std::int64_t>(params.customers, 4'000'000) * 4));
    OrderGenerator generator(params, rows);
    for (std::int64_t c = 1; c <= params.customers; ++c) {
        if (!generator.addCustomer(static_cast<std::uint32_t>(c)))
            return fail(ErrorCode::InvalidArgument, "too many rows (more than 2^32); use fewer customers");
    }
    std::sort(rows.begin(), rows.end(), [](const OrderRow& x, const OrderRow& y) {
        return x.day != y.day ? x.day < y.day : x.seq < y.seq;
    });

    const std::int64_t refunds = generator.refunds();
    const auto orders = static_cast<std::uint64_t>(static_cast<std::int64_t>(rows.size()) - refunds);
    const int customerWidth = std::max(kMinIdDigits, digitCount(static_cast<std::uint64_t>(params.customers)));
    const int orderWidth = std::max(kMinOrderIdDigits, digitCount(orders));
    const int refundWidth = std::max(kMinOrderIdDigits, digitCount(static_cast<std::uint64_t>(refunds)));

    TextOut text(out);
    text.put("order_id,customer_id,order_date,amount,currency\n");
    std::string iso;  // ISO date of the current run of rows (sorted by date)
    int isoDay = params.start.days - 1;
    std::uint64_t orderNo = 0;
    std::uint64_t refundNo = 0;
    for (const OrderRow& row : rows) {
        if (row.day != isoDay)
            iso = Date{isoDay = row.day}.toIso();
        if (row.cents > 0)
            text.putId('O', ++orderNo, orderWidth);
        else
            text.putId('R', ++refundNo, refundWidth);
        text.put(",").putId('C', row.customer, customerWidth).put(",").put(iso);
        text.put(",").putCents(row.cents).put(",USD");
        if (!text.endRow())
            return fail(ErrorCode::FileWrite, "writing the orders export failed");
    }
    if (!text.flush())
        return fail(ErrorCode::FileWrite, "writing the orders export failed");

    return SimulationStats{params.customers, static_cast<std::int64_t>(rows.size()), refunds};
}

Result<SimulationStats> simulateSubscriptions(const SubscriptionParams& params, std::ostream& out)
{
    std::string problem = checkCommon(params.customers, params.start, params.acquisitionDays, params.end);
    if (problem.empty() && !(positiveFinite(params.alpha) && positiveFinite(params.beta)))
        problem = "alpha and beta must be positive";
    if (!problem.empty())
        return fail(ErrorCode::InvalidArgument, std::move(problem));

    // Draws per subscriber, in this order: start day (uniformInt), theta (beta), plan (uniformInt(20)), then one
    // cancellation coin per renewal dated <= end until the first success.
    Rng rng(params.seed);
    const std::uint64_t window = arrivalDays(params.start, params.acquisitionDays, params.end);
    std::vector<SubscriptionRow> rows;
    rows.reserve(static_cast<std::size_t>(params.customers));
    for (std::int64_t c = 1; c <= params.customers; ++c) {
        const Date start{params.start.days + static_cast<int>(rng.uniformInt(window))};
        const double theta = rng.beta(params.alpha, params.beta);
        const std::uint64_t slot = rng.uniformInt(20);  // 5% steps: Basic 0..9, Pro 10..16, Team 17..19
        const std::uint32_t plan = slot < 10 ? 0 : slot < 17 ? 1 : 2;
        const int year = start.year();
        const unsigned month = start.month(), day = start.day();
        std::int32_t cancel = kActive;
        for (int k = 1;; ++k) {
            const Date renewal = addMonths(year, month, day, k);
            if (renewal > params.end)
                break;
            if (rng.bernoulli(theta)) {
                cancel = renewal.days;
                break;
            }
        }
        rows.push_back(SubscriptionRow{start.days, cancel, static_cast<std::uint32_t>(c), plan});
    }
    std::sort(rows.begin(), rows.end(), [](const SubscriptionRow& x, const SubscriptionRow& y) {
        return x.start != y.start ? x.start < y.start : x.customer < y.customer;
    });

    const int customerWidth = std::max(kMinIdDigits, digitCount(static_cast<std::uint64_t>(params.customers)));
    const int subscriptionWidth = std::max(kMinOrderIdDigits, customerWidth);
    TextOut text(out);
    text.put("subscription_id,customer_id,plan,price,currency,start_date,cancel_date\n");
    std::string iso;
    int isoDay = params.start.days - 1;
    std::uint64_t number = 0;
    for (const SubscriptionRow& row : rows) {
        if (row.start != isoDay)
            iso = Date{isoDay = row.start}.toIso();
        const Plan& plan = kPlans[row.plan];
        text.putId('S', ++number, subscriptionWidth).put(",").putId('C', row.customer, customerWidth).put(",");
        text.put(plan.name).put(",").put(plan.price).put(",USD,").put(iso).put(",");
        if (row.cancel != kActive)
            text.put(Date{row.cancel}.toIso());
        if (!text.endRow())
            return fail(ErrorCode::FileWrite, "writing the subscriptions export failed");
    }
    if (!text.flush())
        return fail(ErrorCode::FileWrite, "writing the subscriptions export failed");

    return SimulationStats{params.customers, static_cast<std::int64_t>(rows.size()), 0};
}

std::string toJson(const OrdersParams& params, const SimulationStats& stats)
{
    return jsonObject({{"model", quoted("bgnbd+gammagamma")}, {"time_unit", quoted("day")}, {"seed", num(params.seed)},
                       {"customers", num(params.customers)}, {"start", quoted(params.start.toIso())},
                       {"acquisition_days", num(params.acquisitionDays)}, {"end", quoted(params.end.toIso())},
                       {"r", num(params.r)}, {"alpha", num(params.alpha)}, {"a", num(params.a)}, {"b", num(params.b)},
                       {"p", num(params.pSpend)}, {"q", num(params.q)}, {"gamma", num(params.gamma)},
                       {"expected_order_value", num(params.pSpend * params.gamma / (params.q - 1.0))},
                       {"refund_probability", num(params.refundProbability)},
                       {"same_day_extra_probability", num(params.sameDayExtraProbability)},
                       {"dropout_after_first_purchase", params.dropoutAfterFirstPurchase ? "true" : "false"},
                       {"currency", quoted("USD")}},
                      stats);
}

std::string toJson(const SubscriptionParams& params, const SimulationStats& stats)
{
    std::string plans = "[";
    for (const Plan& plan : kPlans) {
        plans += (plans.size() > 1 ? ", {\"name\": " : "{\"name\": ") + quoted(plan.name) + ", \"monthly_price\": "
            + std::string(plan.price) + ", \"share\": " + std::string(plan.share) + "}";
    }
    return jsonObject({{"model", quoted("sbg")}, {"time_unit", quoted("month")}, {"seed", num(params.seed)},
                       {"customers", num(params.customers)}, {"start", quoted(params.start.toIso())},
                       {"acquisition_days", num(params.acquisitionDays)}, {"end", quoted(params.end.toIso())},
                       {"alpha", num(params.alpha)}, {"beta", num(params.beta)},
                       {"first_month_churn", num(params.alpha / (params.alpha + params.beta))},
                       {"plans", plans + "]"}, {"currency", quoted("USD")}},
                      stats);
}

}  // namespace clv::sim
