#include "heap.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace callwatch::heap {

void preferCompactHeap()
{
#if defined(__GLIBC__)
    // Two cores' worth of threads contend little for one heap, and the app allocates mostly
    // off the GUI thread, so a single arena costs no measurable time.
    mallopt(M_ARENA_MAX, 1);
#endif
}

void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace callwatch::heap
