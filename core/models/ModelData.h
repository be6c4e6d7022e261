// SPDX-License-Identifier: MIT
#pragma once

#include "FitResult.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <vector>

namespace clv::detail {

/// Keeps the rows with finite, non-negative frequency, recency and T and recency <= T (and, when
/// `requireRepeatSpend`, frequency > 0 and monetaryValue > 0). Adds RowsExcluded / NonPositiveSpend warnings
/// (to `warnings`) naming the count of rows left out.
std::vector<RfmObservation> usableRows(std::span<const RfmObservation> data, bool requireRepeatSpend,
                                       std::vector<FitWarning>& warnings);

/// The usable rows of a purchase model (as usableRows without the spend requirement), compressed on (frequency,
/// recency, T). Copies nothing when every row is usable (the usual case). Empty rows when none is usable.
CompressedRfm compressUsablePurchases(std::span<const RfmObservation> data, std::vector<FitWarning>& warnings);

/// Weighted mean of T over compressed rows (at least 1e-6).
double meanAge(const CompressedRfm& data);

/// Bits of a double as a hash key (-0.0 and 0.0 equal).
inline std::uint64_t keyBits(double v) { return std::bit_cast<std::uint64_t>(v + 0.0); }

inline std::uint64_t mixHash(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
}

/// Open-addressing map from a key of N 64-bit words to a dense index (0, 1, 2, ... in order of first insertion).
/// Keys are stored in the slots themselves, so a lookup touches one cache line; prefetch() lets a caller start
/// loading the slot of a key a few rows ahead.
template <std::size_t N>
class DenseIndex {
public:
    using Key = std::array<std::uint64_t, N>;

    explicit DenseIndex(std::size_t expected) { rehash(std::bit_ceil(std::max<std::size_t>(64, expected * 2))); }

    std::size_t size() const { return m_size; }

    void prefetch(const Key& key) const
    {
#if defined(__GNUC__)
        __builtin_prefetch(&m_slots[hash(key) & (m_slots.size() - 1)]);
#else
        (void)key;
#endif
    }

    /// Index of `key`; a new index (= size before the call) when it was not there yet.
    std::uint32_t insert(const Key& key, bool& inserted)
    {
        if (2 * (m_size + 1) > m_slots.size())
            rehash(m_slots.size() * 2);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t slot = hash(key) & mask;
        while (m_slots[slot].index != kEmpty) {
            if (m_slots[slot].key == key) {
                inserted = false;
                return m_slots[slot].index;
            }
            slot = (slot + 1) & mask;
        }
        m_slots[slot].key = key;
        m_slots[slot].index = static_cast<std::uint32_t>(m_size++);
        inserted = true;
        return m_slots[slot].index;
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    struct Slot {
        Key key{};
        std::uint32_t index = kEmpty;
    };

    static std::size_t hash(const Key& key)
    {
        std::uint64_t h = 0;
        for (auto w : key)
            h = mixHash(h, w);
        return static_cast<std::size_t>(h);
    }
    void rehash(std::size_t size)
    {
        std::vector<Slot> old(size);
        old.swap(m_slots);
        for (const Slot& s : old) {
            if (s.index == kEmpty)
                continue;
            std::size_t slot = hash(s.key) & (size - 1);
            while (m_slots[slot].index != kEmpty)
                slot = (slot + 1) & (size - 1);
            m_slots[slot] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

}  // namespace clv::detail
