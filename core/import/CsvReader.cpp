// SPDX-License-Identifier: MIT
#include "core/import/CsvReader.h"

#include <array>

namespace clv {

CsvReader::CsvReader(std::istream& in, Options options, std::function<void(const char*, std::size_t)> onBytes)
    : m_in(in), m_options(options), m_onBytes(std::move(onBytes)), m_buffer(1 << 16)
{
}

bool CsvReader::fill()
{
    m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_size = static_cast<std::size_t>(m_in.gcount());
    m_pos = 0;
    if (m_size > 0 && m_onBytes)
        m_onBytes(m_buffer.data(), m_size);
    return m_size > 0;
}

int CsvReader::peek()
{
    if (m_pos == m_size && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

bool CsvReader::next(std::vector<std::string>& fields)
{
    m_unterminated = false;
    if (!m_started) {
        m_started = true;
        if (peek() == 0xEF) {
            // Skip a UTF-8 BOM (EF BB BF) only when complete.
            std::array<int, 3> bom{get(), peek(), 0};
            if (bom[1] == 0xBB) {
                get();
                if (peek() == 0xBF)
                    get();
            }
        }
        for (int skipped = 0; skipped < m_options.skipLines && peek() >= 0; ++skipped) {
            int c = get();
            while (c >= 0 && c != '\n' && c != '\r')
                c = get();
            if (c == '\r' && peek() == '\n')
                get();
            ++m_line;
        }
    }
    // Skip blank lines between records.
    for (;;) {
        const int c = peek();
        if (c == '\n') {
            get();
            ++m_line;
        } else if (c == '\r') {
            get();
            if (peek() == '\n')
                get();
            ++m_line;
        } else {
            break;
        }
    }
    if (peek() < 0) {
        fields.clear();
        return false;
    }

    m_recordLine = m_line;
    const int delim = static_cast<unsigned char>(m_options.delimiter);
    const int quote = static_cast<unsigned char>(m_options.quote);
    const char delimChar = m_options.delimiter;
    const char quoteChar = m_options.quote;
    // The strings already in `fields` are reused (cleared, capacity kept): no allocation per field and row.
    std::size_t count = 0;
    auto nextField = [&]() -> std::string* {
        if (count < fields.size())
            fields[count].clear();
        else
            fields.emplace_back();
        return &fields[count++];
    };
    std::string* field = nextField();
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    for (;;) {
        // Fast path: copy a run of ordinary bytes straight from the buffer.
        if (m_pos < m_size) {
            const char* data = m_buffer.data();
            std::size_t i = m_pos;
            if (inQuotes) {
                while (i < m_size && data[i] != quoteChar && data[i] != '\n' && data[i] != '\r')
                    ++i;
            } else {
                while (i < m_size) {
                    const char ch = data[i];
                    if (ch == delimChar || ch == '\n' || ch == '\r' || ch == quoteChar)
                        break;
                    ++i;
                }
            }
            if (i > m_pos) {
                field->append(data + m_pos, i - m_pos);
                m_consumed += i - m_pos;
                m_pos = i;
                continue;
            }
        }
        const int c = get();
        if (c < 0) {
            m_unterminated = inQuotes;
            fields.resize(count);
            return true;
        }
        if (inQuotes) {
            if (c == quote) {
                if (peek() == quote) {
                    get();
                    *field += static_cast<char>(c);
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n'))
                    ++m_line;
                *field += static_cast<char>(c);
            }
            continue;
        }
        if (c == delim) {
            field = nextField();
            fieldWasQuoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                get();
            ++m_line;
            fields.resize(count);
            return true;
        } else if (c == quote && field->empty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else {
            *field += static_cast<char>(c);
        }
    }
}

char CsvReader::sniffDelimiter(std::string_view sample)
{
    constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};
    std::array<int, 4> counts{};
    bool inQuotes = false;
    for (char c : sample) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes)
            for (std::size_t i = 0; i < kCandidates.size(); ++i)
                if (c == kCandidates[i])
                    ++counts[i];
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return counts[best] > 0 ? kCandidates[best] : ',';
}

}  // namespace clv
