// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace clv {

/// Maps text keys (customer ids as they appear in an export) to 64-bit ids in one flat table: open addressing with
/// linear probing over 16-byte slots (32-bit hash tag, 32-bit key offset, id), the key bytes in one arena. A
/// million customers take about 40 MB and a lookup touches one or two cache lines, where a node-based map chases
/// three pointers per lookup (the import of a large file spent most of its own time there).
class TextIdMap {
public:
    /// The hash find() and insert() use, for callers that compute it ahead (e.g. on another thread).
    static std::uint64_t hashOf(std::string_view key) { return hash(key); }

    /// The id stored for `key`, or nullopt.
    std::optional<std::int64_t> find(std::string_view key) const { return find(key, hash(key)); }
    /// Same, with `h` = hashOf(key).
    std::optional<std::int64_t> find(std::string_view key, std::uint64_t h) const
    {
        if (m_slots.empty())
            return std::nullopt;
        const std::uint32_t tag = tagOf(h);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (s.tag == 0)
                return std::nullopt;
            if (s.tag == tag && keyAt(s.offset) == key)
                return s.id;
        }
    }

    /// Asks the CPU to fetch the first slot of a key with hash `h` (a lookup of it follows soon).
    void prefetch(std::uint64_t h) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[h & (m_slots.size() - 1)]);
    }

    /// Stores `id` for a key that is not in the map yet (check with find() first).
    void insert(std::string_view key, std::int64_t id) { insert(key, id, hash(key)); }
    /// Same, with `h` = hashOf(key).
    void insert(std::string_view key, std::int64_t id, std::uint64_t h)
    {
        if ((m_used + 1) * 10 > m_slots.size() * 7)
            grow();
        const auto offset = static_cast<std::uint32_t>(m_arena.size());
        const auto length = static_cast<std::uint32_t>(key.size());
        const auto* lengthBytes = reinterpret_cast<const char*>(&length);
        m_arena.insert(m_arena.end(), lengthBytes, lengthBytes + sizeof length);
        m_arena.insert(m_arena.end(), key.begin(), key.end());
        place(Slot{tagOf(h), offset, id}, h);
        ++m_used;
    }

    std::size_t size() const { return m_used; }
    /// False when the keys no longer fit the 32-bit offsets (4 GiB of key text); the caller then uses another map.
    bool canGrow(std::size_t extraBytes) const { return m_arena.size() + extraBytes + 4 < (std::size_t{1} << 32); }

private:
    struct Slot {
        std::uint32_t tag = 0;  ///< 0: empty
        std::uint32_t offset = 0;
        std::int64_t id = 0;
    };

    static std::uint64_t hash(std::string_view key)
    {
        // FNV-1a over 8-byte words, then a final mix (ids are short; this is fast and spreads well).
        std::uint64_t h = 0xCBF29CE484222325ULL ^ key.size();
        std::size_t i = 0;
        for (; i + 8 <= key.size(); i += 8) {
            std::uint64_t w = 0;
            std::memcpy(&w, key.data() + i, 8);
            h = (h ^ w) * 0x100000001B3ULL;
            h ^= h >> 29;
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, key.data() + i, key.size() - i);
        h = (h ^ tail) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 32;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
        return h;
    }
    static std::uint32_t tagOf(std::uint64_t h)
    {
        const auto t = static_cast<std::uint32_t>(h >> 32);
        return t == 0 ? 1u : t;
    }
    std::string_view keyAt(std::uint32_t offset) const
    {
        std::uint32_t length = 0;
        std::memcpy(&length, m_arena.data() + offset, sizeof length);
        return {m_arena.data() + offset + sizeof length, length};
    }
    void place(const Slot& slot, std::uint64_t h)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = h & mask;
        while (m_slots[i].tag != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        for (const Slot& s : old)
            if (s.tag != 0)
                place(s, hash(keyAt(s.offset)));
    }

    std::vector<Slot> m_slots;
    std::vector<char> m_arena;
    std::size_t m_used = 0;
};

}  // namespace clv
