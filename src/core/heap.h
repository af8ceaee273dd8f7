#pragma once

namespace callwatch::heap {

// Each poll builds a new generation of some ten thousand records on worker threads and frees
// the previous one. With glibc's default of one heap per thread, the generations end up spread
// over several heaps whose freed pages stay resident: with 10,000 calls the window held about
// 88 MiB; with one heap and the freed pages returned after each poll, about 67 MiB
// (docs/BENCHMARKS.md). Call preferCompactHeap() first thing in main(), before any thread starts.
void preferCompactHeap();

// Returns the pages a replaced snapshot freed to the system. Walks the heap under its lock
// (about 20 ms for a fragmented 100 MiB heap here), so every other thread's allocations wait
// meanwhile: call it on a worker thread, once per snapshot, away from the GUI's busy moments.
void returnFreedMemory();

} // namespace callwatch::heap
