// SPDX-License-Identifier: MIT
#include "core/import/OrderRecordReader.h"

#include "core/import/ImportWriter.h"
#include "core/import/TextIdMap.h"
#include "core/util/TextFormat.h"

#include <exception>
#include <functional>

namespace clv::importdetail {
namespace {

constexpr std::size_t kBatchRecords = 4096;
constexpr std::size_t kQueueBatches = 4;  // a few batches ahead: enough to smooth, small in memory

std::uint32_t append(std::string& text, std::string_view value)
{
    const auto offset = static_cast<std::uint32_t>(text.size());
    text.append(value);
    return offset;
}

}  // namespace

OrderRecordReader::OrderRecordReader(Setup setup)
    : m_setup(std::move(setup)), m_formats(*m_setup.profile), m_nextCustomerId(m_setup.firstNewCustomerId)
{
    m_thread = std::thread([this] { run(); });
}

OrderRecordReader::~OrderRecordReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::unique_ptr<OrderBatch> OrderRecordReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return nullptr;
    auto batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

void OrderRecordReader::push(std::unique_ptr<OrderBatch> batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueueBatches || m_stop; });
    if (!m_stop)
        m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
}

void OrderRecordReader::run()
{
    const ImportProfile& profile = *m_setup.profile;
    const std::vector<std::string>& header = profile.header;
    const ColumnMapping cols = profile.columns;
    CsvReader& reader = m_setup.input->reader();
    DecodingFileBuf& buffer = m_setup.input->buffer();
    const std::hash<std::string_view> hashText;
    auto batch = std::make_unique<OrderBatch>();
    try {
        std::vector<std::string> fields;
        if (m_setup.hasHeader)
            reader.next(fields);  // the header, already checked by the profile
        const std::string encodingLabel = buffer.encodingLabel();
        for (;;) {
            if (batch->recordsRead == static_cast<std::int64_t>(kBatchRecords)) {
                m_bytes.store(buffer.rawBytesRead(), std::memory_order_relaxed);
                push(std::move(batch));
                batch = std::make_unique<OrderBatch>();
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    break;
            }
            if (!reader.next(fields))
                break;
            ++batch->recordsRead;
            const long line = reader.recordLine();
            if (m_setup.verify) {
                if (auto bad = checkUtf8(fields, m_setup.path, line, encodingLabel)) {
                    batch->error = std::move(bad);
                    break;
                }
                m_formats.add(fields, line);
            }
            if (reader.unterminatedQuote()) {
                batch->issues.push_back(
                    makeIssue(line, 0, header, fields.empty() ? "" : fields.back(), "unterminated-quote"));
                continue;
            }
            if (fields.size() != header.size()) {
                batch->issues.push_back(makeIssue(line, 0, header,
                                                  std::to_string(fields.size()) + " fields, header has "
                                                      + std::to_string(header.size()),
                                                  "ragged-row"));
                continue;
            }
            const std::string_view customer = text::trim(fields[static_cast<std::size_t>(cols.customer)]);
            if (customer.empty()) {
                batch->issues.push_back(makeIssue(line, cols.customer + 1, header, customer, "missing-customer-id"));
                ++batch->missingCustomer;
                continue;
            }
            const std::string& dateText = fields[static_cast<std::size_t>(cols.date)];
            const auto date = parseDateTime(dateText, m_setup.dateOrder);
            if (!date) {
                batch->issues.push_back(makeIssue(line, cols.date + 1, header, dateText, "bad-date"));
                continue;
            }
            const std::string& amountText = fields[static_cast<std::size_t>(cols.amount)];
            const auto cents = parseAmountCents(amountText, m_setup.decimal);
            if (!cents) {
                batch->issues.push_back(makeIssue(line, cols.amount + 1, header, amountText, "bad-amount"));
                continue;
            }
            const std::string_view orderId = cols.orderId >= 0
                ? text::trim(fields[static_cast<std::size_t>(cols.orderId)])
                : std::string_view();
            ParsedOrder row;
            row.line = line;
            row.day = date->day(m_setup.timeBasis).days;
            row.cents = *cents;
            row.customerLength = static_cast<std::uint32_t>(customer.size());
            row.customerOffset = append(batch->text, customer);
            row.orderLength = static_cast<std::uint32_t>(orderId.size());
            row.orderOffset = append(batch->text, orderId);
            row.customerHash = TextIdMap::hashOf(customer);
            row.orderHash = hashText(orderId);
            if (m_nextCustomerId > 0) {
                if (auto known = m_customers.find(customer, row.customerHash)) {
                    row.customerId = *known;
                } else {
                    if (!m_customers.canGrow(customer.size())) {
                        batch->error = Error{ErrorCode::InvalidArgument,
                                             "too many distinct customer ids in one file (over 4 GiB)", m_setup.path,
                                             line, cols.customer + 1};
                        break;
                    }
                    row.customerId = m_nextCustomerId++;
                    m_customers.insert(customer, row.customerId, row.customerHash);
                    batch->newCustomers.push_back({row.customerId, row.customerOffset, row.customerLength});
                }
            }
            batch->rows.push_back(row);
        }
        if (!batch->error && buffer.readError())
            batch->error = Error{ErrorCode::FileRead, "read error", m_setup.path, 0, 0};
    } catch (const std::exception& e) {  // e.g. std::bad_alloc: reported like any other failure
        batch->error = Error{ErrorCode::Internal, e.what(), m_setup.path, 0, 0};
    }
    m_bytes.store(buffer.rawBytesRead(), std::memory_order_relaxed);
    push(std::move(batch));
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

}  // namespace clv::importdetail
