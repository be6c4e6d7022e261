// SPDX-License-Identifier: MIT
#include "core/import/TextSource.h"

#include <cstring>

namespace clv {
namespace {

constexpr std::size_t kChunk = 1 << 16;

}  // namespace

std::string_view encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8Bom: return "UTF-8 (BOM)";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Legacy: return "legacy";
    }
    return "UTF-8";
}

std::size_t findInvalidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes without NUL at a time.
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            const bool ascii = (word & 0x8080808080808080ULL) == 0;
            const bool hasZero = ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
            if (ascii && !hasZero) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;  // no overlong forms
            else if (c == 0xED)
                hi = 0x9F;  // no UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;  // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n || s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        i += len;
    }
    return std::string_view::npos;
}

DecodingFileBuf::~DecodingFileBuf()
{
    if (m_file)
        std::fclose(m_file);
}

bool DecodingFileBuf::open(const std::string& path)
{
    m_file = std::fopen(path.c_str(), "rb");
    m_raw.resize(kChunk);
    m_out.reserve(kChunk * 2);
    return m_file != nullptr;
}

bool DecodingFileBuf::setEncoding(std::string_view name)
{
    if (isUtf8Name(name))
        return true;
    const std::string canonical = iconvEncodingName(name);
    if (canonical == "UTF-16LE" || canonical == "UTF-16BE") {
        m_encoding = canonical == "UTF-16LE" ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        m_forced = true;
        return true;
    }
    auto decoder = std::make_unique<LegacyDecoder>();
    if (!decoder->open(name))
        return false;
    m_legacy = std::move(decoder);
    m_legacyName = std::string(name);
    m_encoding = TextEncoding::Legacy;
    m_forced = true;
    return true;
}

std::string DecodingFileBuf::encodingLabel() const
{
    return m_encoding == TextEncoding::Legacy ? m_legacyName : std::string(encodingName(m_encoding));
}

std::size_t DecodingFileBuf::readRaw(char* dst, std::size_t size)
{
    if (!m_file)
        return 0;
    const std::size_t n = std::fread(dst, 1, size, m_file);
    if (n < size && std::ferror(m_file))
        m_readError = true;
    if (n > 0) {
        m_hash.update(dst, n);
        m_rawRead += n;
    }
    return n;
}

void DecodingFileBuf::emitCodePoint(std::uint32_t cp)
{
    if (cp < 0x80) {
        m_out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        m_out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        m_out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        m_out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        m_out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        m_out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        m_out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        m_out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        m_out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        m_out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

void DecodingFileBuf::decodeUtf16(const unsigned char* data, std::size_t size)
{
    const bool little = m_encoding == TextEncoding::Utf16LE;
    std::size_t i = 0;
    auto unitAt = [&](unsigned char a, unsigned char b) {
        return little ? static_cast<std::uint32_t>(a | (b << 8)) : static_cast<std::uint32_t>((a << 8) | b);
    };
    std::uint32_t unit = 0;
    for (;;) {
        if (m_pendingByte >= 0) {
            if (i >= size)
                return;
            unit = unitAt(static_cast<unsigned char>(m_pendingByte), data[i]);
            m_pendingByte = -1;
            ++i;
        } else if (i + 1 < size) {
            unit = unitAt(data[i], data[i + 1]);
            i += 2;
        } else {
            if (i < size)
                m_pendingByte = data[i];
            return;
        }
        if (m_highSurrogate) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                emitCodePoint(0x10000 + ((m_highSurrogate - 0xD800) << 10) + (unit - 0xDC00));
                m_highSurrogate = 0;
                continue;
            }
            m_out.push_back('\xFF');  // unpaired high surrogate
            m_highSurrogate = 0;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF)
            m_highSurrogate = unit;
        else if (unit >= 0xDC00 && unit <= 0xDFFF)
            m_out.push_back('\xFF');  // unpaired low surrogate
        else
            emitCodePoint(unit);
    }
}

DecodingFileBuf::int_type DecodingFileBuf::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    m_out.clear();
    while (m_out.empty()) {
        std::size_t n = readRaw(m_raw.data(), m_raw.size());
        std::size_t skip = 0;
        if (!m_started) {
            m_started = true;
            // Make sure a BOM split by a short read is still seen.
            while (n > 0 && n < 3) {
                const std::size_t more = readRaw(m_raw.data() + n, m_raw.size() - n);
                if (more == 0)
                    break;
                n += more;
            }
            const auto* b = reinterpret_cast<const unsigned char*>(m_raw.data());
            if (m_forced) {
                if (m_encoding == TextEncoding::Utf16LE && n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
                    skip = 2;
                else if (m_encoding == TextEncoding::Utf16BE && n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
                    skip = 2;
            } else if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
                m_encoding = TextEncoding::Utf8Bom;
                skip = 3;
            } else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
                m_encoding = TextEncoding::Utf16LE;
                skip = 2;
            } else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
                m_encoding = TextEncoding::Utf16BE;
                skip = 2;
            }
        }
        if (n == 0 && m_legacy) {
            m_legacy->finish(m_out);
            if (!m_out.empty())
                break;
            return traits_type::eof();
        }
        if (n == 0) {
            if (m_pendingByte >= 0 || m_highSurrogate) {
                m_out.push_back('\xFF');  // the file ends inside a UTF-16 character
                m_pendingByte = -1;
                m_highSurrogate = 0;
                break;
            }
            return traits_type::eof();
        }
        if (m_legacy) {
            m_legacy->decode(m_raw.data(), n, m_rawRead - n, m_out);
            continue;
        }
        if (m_encoding != TextEncoding::Utf16LE && m_encoding != TextEncoding::Utf16BE) {
            if (n == skip)
                continue;  // the file held only a BOM so far
            setg(m_raw.data() + skip, m_raw.data() + skip, m_raw.data() + n);  // UTF-8: no copy
            return traits_type::to_int_type(*gptr());
        }
        decodeUtf16(reinterpret_cast<const unsigned char*>(m_raw.data()) + skip, n - skip);
    }
    setg(m_out.data(), m_out.data(), m_out.data() + m_out.size());
    return traits_type::to_int_type(*gptr());
}

}  // namespace clv
