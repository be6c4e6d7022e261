// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/import: the reading half of the generic orders import, run on its own thread so that decoding,
// fingerprinting, CSV parsing and value parsing overlap with the SQLite writes on the importing thread.

#include "core/import/ImportInternal.h"
#include "core/import/TextIdMap.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace clv::importdetail {

/// A record that passed every check of the reading half, its values parsed.
struct ParsedOrder {
    long line = 0;
    std::int64_t day = 0;    ///< days since 1970-01-01 under the import's time basis
    std::int64_t cents = 0;  ///< amount, negative for refunds
    std::uint32_t customerOffset = 0, customerLength = 0;  ///< trimmed customer id in OrderBatch::text
    std::uint32_t orderOffset = 0, orderLength = 0;        ///< trimmed order id (empty: none)
    std::uint64_t customerHash = 0;                        ///< TextIdMap::hashOf(customer id)
    std::uint64_t orderHash = 0;                           ///< std::hash of the order id
    std::int64_t customerId = 0;  ///< set when the reader numbers the customers (Setup::firstNewCustomerId), else 0
};

/// A customer first seen in this batch, numbered by the reader (its id text in OrderBatch::text).
struct NewCustomer {
    std::int64_t id = 0;
    std::uint32_t offset = 0, length = 0;
};

/// Consecutive records of the file: the good ones parsed, the rejected ones as issues (both in line order).
struct OrderBatch {
    std::vector<ParsedOrder> rows;
    std::string text;
    std::vector<ImportIssue> issues;
    std::vector<NewCustomer> newCustomers;  ///< in id order
    std::int64_t recordsRead = 0;
    std::int64_t missingCustomer = 0;  ///< of the issues, rows without a customer id
    std::optional<Error> error;        ///< a fatal problem (invalid UTF-8, read error): nothing after it

    std::string_view customer(const ParsedOrder& r) const { return {text.data() + r.customerOffset, r.customerLength}; }
    std::string_view orderId(const ParsedOrder& r) const { return {text.data() + r.orderOffset, r.orderLength}; }
    std::string_view customer(const NewCustomer& c) const { return {text.data() + c.offset, c.length}; }
};

/// Reads and checks the records of an opened input on a second thread (positioned before the header when
/// `hasHeader`), handing them over in batches through a short queue. With `verify` it also checks UTF-8 and
/// gathers the format evidence of every record (formats(), valid once next() returned null).
class OrderRecordReader {
public:
    struct Setup {
        CsvInput* input = nullptr;
        const ImportProfile* profile = nullptr;
        DateOrder dateOrder = DateOrder::YearFirst;
        DecimalSeparator decimal = DecimalSeparator::Point;
        TimeBasis timeBasis = TimeBasis::LocalDate;
        bool hasHeader = true;
        bool verify = false;
        std::string path;
        /// > 0: the project has no customers yet, so the reader numbers them itself from this id on (first seen,
        /// first numbered) and lists the new ones per batch; 0: the importing thread looks them up.
        std::int64_t firstNewCustomerId = 0;
    };
    explicit OrderRecordReader(Setup setup);
    ~OrderRecordReader();  ///< stops the thread and waits for it
    OrderRecordReader(const OrderRecordReader&) = delete;
    OrderRecordReader& operator=(const OrderRecordReader&) = delete;

    /// The next batch in file order; null after the last one. Blocks while the reader is behind.
    std::unique_ptr<OrderBatch> next();
    /// Raw bytes read so far (for progress; any thread).
    std::uint64_t bytesRead() const { return m_bytes.load(std::memory_order_relaxed); }
    /// The evidence over every record read; call after next() returned null.
    const FormatVerifier& formats() const { return m_formats; }

private:
    void run();
    void push(std::unique_ptr<OrderBatch> batch);

    Setup m_setup;
    FormatVerifier m_formats;
    TextIdMap m_customers;  ///< used only when the reader numbers the customers
    std::int64_t m_nextCustomerId = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<OrderBatch>> m_queue;
    bool m_done = false;
    bool m_stop = false;
    std::atomic<std::uint64_t> m_bytes{0};
    std::thread m_thread;
};

}  // namespace clv::importdetail
