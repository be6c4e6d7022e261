// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace clv::detail {

/// Reserves `n` elements and, on Linux, asks for transparent huge pages on the (still untouched) block: a large
/// fresh column then costs one page fault per 2 MiB instead of one per 4 KiB. Only a hint; harmless where unsupported.
template <class T>
void reserveHuge(std::vector<T>& v, std::size_t n)
{
    v.reserve(n);
#if defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = std::uintptr_t{1} << 21;
    const std::size_t bytes = v.capacity() * sizeof(T);
    if (bytes < 2 * huge || !v.empty())
        return;
    const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
    const std::uintptr_t from = (begin + huge - 1) & ~(huge - 1);
    const std::uintptr_t to = (begin + bytes) & ~(huge - 1);
    if (to > from)
        madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#endif
}

/// reserveHuge, then resize to `n` (value-initialised).
template <class T>
void resizeHuge(std::vector<T>& v, std::size_t n)
{
    if (v.empty())
        reserveHuge(v, n);
    v.resize(n);
}

}  // namespace clv::detail
