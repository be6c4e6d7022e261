// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clv {

/// The spelling iconv understands for a user-facing encoding name ("Windows-1252" -> "WINDOWS-1252",
/// "Shift_JIS" -> "SHIFT_JIS", "gbk" -> "GBK"); names are upper-cased, '_' kept.
std::string iconvEncodingName(std::string_view name);

/// True for names that mean UTF-8 ("", "UTF-8", "utf8").
bool isUtf8Name(std::string_view name);

/// Strict streaming decoder from a legacy encoding (GB18030, Big5, Windows-1252, Shift_JIS, ... through glibc's
/// iconv) to UTF-8. Nothing is ever replaced silently: each invalid byte comes out as the byte 0xFF, which is never
/// valid UTF-8, so the importer's UTF-8 check reports it at its line and column; the first invalid byte and its
/// file offset are kept for the message. A sequence cut by a chunk boundary is carried to the next chunk.
class LegacyDecoder {
public:
    LegacyDecoder() = default;
    LegacyDecoder(const LegacyDecoder&) = delete;
    LegacyDecoder& operator=(const LegacyDecoder&) = delete;
    ~LegacyDecoder();

    /// False when iconv does not know the encoding.
    bool open(std::string_view encoding);
    bool isOpen() const { return m_cd != nullptr; }
    /// Decodes the next `size` raw bytes, which start at file offset `offset`, appending UTF-8 to `out`.
    void decode(const char* data, std::size_t size, std::uint64_t offset, std::vector<char>& out);
    /// End of input: an incomplete trailing sequence becomes 0xFF.
    void finish(std::vector<char>& out);

    std::optional<std::uint64_t> firstInvalidOffset() const { return m_firstInvalidOffset; }
    unsigned char firstInvalidByte() const { return m_firstInvalidByte; }

private:
    void markInvalid(std::uint64_t offset, unsigned char byte, std::vector<char>& out);

    void* m_cd = nullptr;  // iconv_t
    std::vector<char> m_carry;
    std::uint64_t m_carryOffset = 0;
    std::optional<std::uint64_t> m_firstInvalidOffset;
    unsigned char m_firstInvalidByte = 0;
};

/// True when `bytes` decode in `encoding` without an invalid sequence (a sequence cut at the very end is allowed,
/// so a sample of the start of a file can be tested).
bool decodesCleanly(std::string_view bytes, std::string_view encoding);

}  // namespace clv
