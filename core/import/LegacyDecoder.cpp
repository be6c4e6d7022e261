// SPDX-License-Identifier: MIT
#include "core/import/LegacyDecoder.h"

#include "core/util/TextFormat.h"

#include <cerrno>
#include <iconv.h>

namespace clv {
namespace {

iconv_t handle(void* cd) { return static_cast<iconv_t>(cd); }

}  // namespace

std::string iconvEncodingName(std::string_view name)
{
    std::string out;
    for (char c : text::trim(name))
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (out == "WINDOWS1252" || out == "CP-1252")
        return "WINDOWS-1252";
    if (out == "SJIS" || out == "SHIFT-JIS")
        return "SHIFT_JIS";
    if (out == "UTF16LE")
        return "UTF-16LE";
    if (out == "UTF16BE")
        return "UTF-16BE";
    return out;
}

bool isUtf8Name(std::string_view name)
{
    const std::string n = iconvEncodingName(name);
    return n.empty() || n == "UTF-8" || n == "UTF8";
}

LegacyDecoder::~LegacyDecoder()
{
    if (m_cd)
        iconv_close(handle(m_cd));
}

bool LegacyDecoder::open(std::string_view encoding)
{
    const std::string name = iconvEncodingName(encoding);
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    m_cd = cd;
    return true;
}

void LegacyDecoder::markInvalid(std::uint64_t offset, unsigned char byte, std::vector<char>& out)
{
    if (!m_firstInvalidOffset) {
        m_firstInvalidOffset = offset;
        m_firstInvalidByte = byte;
    }
    out.push_back('\xFF');
}

void LegacyDecoder::decode(const char* data, std::size_t size, std::uint64_t offset, std::vector<char>& out)
{
    std::vector<char> input;
    std::uint64_t inputOffset = offset;
    if (!m_carry.empty()) {
        input = std::move(m_carry);
        m_carry.clear();
        inputOffset = m_carryOffset;
    }
    input.insert(input.end(), data, data + size);
    char* in = input.data();
    std::size_t inLeft = input.size();
    char buffer[16384];
    while (inLeft > 0) {
        char* dst = buffer;
        std::size_t dstLeft = sizeof buffer;
        const std::size_t rc = iconv(handle(m_cd), &in, &inLeft, &dst, &dstLeft);
        out.insert(out.end(), buffer, dst);
        if (rc != static_cast<std::size_t>(-1))
            continue;
        const auto at = inputOffset + static_cast<std::uint64_t>(in - input.data());
        if (errno == E2BIG)
            continue;
        if (errno == EINVAL) {  // incomplete sequence at the end of this chunk
            m_carry.assign(in, in + inLeft);
            m_carryOffset = at;
            return;
        }
        markInvalid(at, static_cast<unsigned char>(*in), out);  // EILSEQ
        ++in;
        --inLeft;
        iconv(handle(m_cd), nullptr, nullptr, nullptr, nullptr);
    }
}

void LegacyDecoder::finish(std::vector<char>& out)
{
    if (m_carry.empty())
        return;
    markInvalid(m_carryOffset, static_cast<unsigned char>(m_carry.front()), out);
    m_carry.clear();
}

bool decodesCleanly(std::string_view bytes, std::string_view encoding)
{
    LegacyDecoder decoder;
    if (!decoder.open(encoding))
        return false;
    std::vector<char> out;
    decoder.decode(bytes.data(), bytes.size(), 0, out);
    return !decoder.firstInvalidOffset();
}

}  // namespace clv
