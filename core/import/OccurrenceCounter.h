// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace clv {

/// Counts how often each 64-bit key has been seen, in 12 bytes per slot (open addressing, linear probing, load
/// at most 0.7), so a file of millions of rows needs tens of megabytes, not hundreds. Used to number the
/// repeats of one natural key within a file (the n-th identical row gets sequence n).
class OccurrenceCounter {
public:
    /// Records one more occurrence of `key` and returns how many times it has been seen, this one included.
    std::uint32_t next(std::uint64_t key)
    {
        if (key == 0)
            key = 0x9E3779B97F4A7C15ULL;  // 0 marks an empty slot
        if ((m_used + 1) * 10 > m_keys.size() * 7)
            grow();
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (m_keys[i] == key)
                return ++m_counts[i];
            if (m_keys[i] == 0) {
                m_keys[i] = key;
                m_counts[i] = 1;
                ++m_used;
                return 1;
            }
        }
    }

    std::size_t size() const { return m_used; }

    /// Forgets every key. Small tables keep their slots; a large one is released so memory follows the data.
    void clear()
    {
        if (m_keys.size() > 65536) {
            std::vector<std::uint64_t>().swap(m_keys);
            std::vector<std::uint32_t>().swap(m_counts);
        } else {
            std::fill(m_keys.begin(), m_keys.end(), 0);
        }
        m_used = 0;
    }

private:
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDULL;
        x ^= x >> 33;
        return x;
    }

    void grow()
    {
        std::vector<std::uint64_t> keys(m_keys.empty() ? 1024 : m_keys.size() * 2, 0);
        std::vector<std::uint32_t> counts(keys.size(), 0);
        const std::size_t mask = keys.size() - 1;
        for (std::size_t j = 0; j < m_keys.size(); ++j) {
            if (m_keys[j] == 0)
                continue;
            std::size_t i = mix(m_keys[j]) & mask;
            while (keys[i] != 0)
                i = (i + 1) & mask;
            keys[i] = m_keys[j];
            counts[i] = m_counts[j];
        }
        m_keys.swap(keys);
        m_counts.swap(counts);
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_counts;
    std::size_t m_used = 0;
};

}  // namespace clv
