// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Sha256.h"

#include <cstdint>
#include <cstdio>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// The encoding of an input file as told by its byte order mark; Utf8 when there is none.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE };

/// "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE".
std::string_view encodingName(TextEncoding encoding);

/// Index of the first byte that is not part of strictly valid UTF-8 (overlong forms, surrogates, code points
/// above U+10FFFF and NUL bytes are invalid); std::string_view::npos when the whole text is valid.
std::size_t findInvalidUtf8(std::string_view text);

/// A read-only stream buffer over a file that detects a byte order mark (UTF-8 BOM skipped; UTF-16 LE/BE
/// converted to UTF-8 on the fly) and feeds every raw byte into a SHA-256 fingerprint. Unpaired UTF-16
/// surrogates and a dangling odd byte come out as the invalid byte 0xFF, so a later UTF-8 check reports them
/// at their line and column instead of the text being silently altered. Legacy encodings (GB18030, Big5,
/// Windows-1252) are not decoded here: their bytes fail the UTF-8 check and the caller must decode them.
class DecodingFileBuf : public std::streambuf {
public:
    DecodingFileBuf() = default;
    DecodingFileBuf(const DecodingFileBuf&) = delete;
    DecodingFileBuf& operator=(const DecodingFileBuf&) = delete;
    ~DecodingFileBuf() override;

    /// Opens the file; false when it cannot be opened.
    bool open(const std::string& path);
    /// Known after the first read (e.g. after the first CsvReader::next()).
    TextEncoding encoding() const { return m_encoding; }
    /// Raw bytes read from the file so far (for progress).
    std::uint64_t rawBytesRead() const { return m_rawRead; }
    /// True when a read failed with an I/O error (not at end of file).
    bool readError() const { return m_readError; }
    /// SHA-256 of all raw bytes read; call once, after the whole file was read.
    std::string fingerprint() { return m_hash.hexDigest(); }

protected:
    int_type underflow() override;

private:
    std::size_t readRaw(char* dst, std::size_t size);
    void decodeUtf16(const unsigned char* data, std::size_t size);
    void emitCodePoint(std::uint32_t cp);

    std::FILE* m_file = nullptr;
    Sha256 m_hash;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_started = false;
    bool m_readError = false;
    std::uint64_t m_rawRead = 0;
    std::vector<char> m_raw;
    std::vector<char> m_out;
    int m_pendingByte = -1;        // UTF-16: odd byte carried to the next chunk
    std::uint32_t m_highSurrogate = 0;
};

}  // namespace clv
