// SPDX-License-Identifier: MIT
#include "core/util/Allocator.h"

#include <cstdlib>  // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace clv {

void tuneAllocatorForColumns()
{
#if defined(__GLIBC__)
    // The heap grows in 256 MiB steps of address space (pages are still touched only when used) and keeps that
    // much when it shrinks; setting it also fixes the mmap threshold, so big columns reuse freed heap memory.
    mallopt(M_TOP_PAD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 1 << 30);  // blocks up to 1 GiB from the heap, not fresh mappings
    mallopt(M_TRIM_THRESHOLD, 1 << 30);  // freed memory stays for the next column
#endif
}

}  // namespace clv
