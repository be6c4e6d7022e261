// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// Streaming RFC 4180 reader: quoted fields with embedded delimiters, doubled quotes and line breaks; CRLF, LF or
/// CR line ends; a missing final line break; a UTF-8 byte order mark at the start is skipped. Blank lines are
/// skipped. Line numbers are physical, 1-based, counted from the start of the file (skipped lines included).
class CsvReader {
public:
    struct Options {
        char delimiter = ',';
        char quote = '"';
        int skipLines = 0;  ///< physical lines (LF, CR or CRLF ended) dropped before the first record, unparsed
    };

    /// `onBytes`, if set, sees every raw byte chunk read (e.g. to hash the file while it is parsed).
    CsvReader(std::istream& in, Options options, std::function<void(const char*, std::size_t)> onBytes = {});

    /// Reads the next record into `fields`. Returns false at the end of input.
    bool next(std::vector<std::string>& fields);

    long recordLine() const { return m_recordLine; }       ///< line where the last record started
    bool unterminatedQuote() const { return m_unterminated; }  ///< the last record hit end of input inside quotes
    std::uint64_t bytesConsumed() const { return m_consumed; }

    /// Picks the delimiter (',', ';', TAB or '|') that occurs most often outside quotes in the first line of
    /// `sample`; ',' when none occurs.
    static char sniffDelimiter(std::string_view sample);

private:
    int get();
    int peek();
    bool fill();

    std::istream& m_in;
    Options m_options;
    std::function<void(const char*, std::size_t)> m_onBytes;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_size = 0;
    std::uint64_t m_consumed = 0;
    long m_line = 1;
    long m_recordLine = 0;
    bool m_unterminated = false;
    bool m_started = false;
};

}  // namespace clv
