// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/LegacyDecoder.h"
#include "core/util/Sha256.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// The encoding of an input file as told by its byte order mark (Utf8 when there is none), or Legacy when the caller
/// chose a non-Unicode encoding (DecodingFileBuf::setEncoding).
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Legacy };

/// "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE"; "legacy" for Legacy (see DecodingFileBuf::encodingLabel).
std::string_view encodingName(TextEncoding encoding);

/// Index of the first byte that is not part of strictly valid UTF-8 (overlong forms, surrogates, code points
/// above U+10FFFF and NUL bytes are invalid); std::string_view::npos when the whole text is valid.
std::size_t findInvalidUtf8(std::string_view text);

/// A read-only stream buffer over a file that detects a byte order mark (UTF-8 BOM skipped; UTF-16 LE/BE
/// converted to UTF-8 on the fly) and feeds every raw byte into a SHA-256 fingerprint. Unpaired UTF-16
/// surrogates and a dangling odd byte come out as the invalid byte 0xFF, so a later UTF-8 check reports them
/// at their line and column instead of the text being silently altered. Legacy encodings (GB18030, Big5,
/// Windows-1252, Shift_JIS...) are decoded only when chosen with setEncoding(); otherwise their bytes fail the
/// UTF-8 check.
class DecodingFileBuf : public std::streambuf {
public:
    DecodingFileBuf() = default;
    DecodingFileBuf(const DecodingFileBuf&) = delete;
    DecodingFileBuf& operator=(const DecodingFileBuf&) = delete;
    ~DecodingFileBuf() override;

    /// Opens the file; false when it cannot be opened.
    bool open(const std::string& path);
    /// Chooses the encoding before the first read: "" or "UTF-8" = detect from the BOM; "UTF-16LE"/"UTF-16BE" even
    /// without a BOM; anything else through LegacyDecoder (strict). False when the name is unknown.
    bool setEncoding(std::string_view name);
    /// "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or the legacy name as given ("GB18030").
    std::string encodingLabel() const;
    /// Legacy encodings: file offset and value of the first byte that was invalid in that encoding.
    std::optional<std::uint64_t> firstInvalidOffset() const
    {
        return m_legacy ? m_legacy->firstInvalidOffset() : std::nullopt;
    }
    unsigned char firstInvalidByte() const { return m_legacy ? m_legacy->firstInvalidByte() : 0; }
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
    bool m_forced = false;                    // encoding chosen by setEncoding, not by a BOM
    std::string m_legacyName;
    std::unique_ptr<LegacyDecoder> m_legacy;
};

}  // namespace clv
