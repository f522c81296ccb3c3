import {setFlagsFromString} from 'node:v8'

/**
 * How much V8 lets the old generation grow past what survived its last full collection, in
 * percent, for the postedit command's own process.
 *
 * Left to itself, V8 picks a growth factor of up to 4 for a program that allocates fast and
 * keeps little, which is postedit linting one large file: piece after piece of parse tree is
 * promoted, dies, and waits. Its live heap stays near 40 MB, yet the old generation was let
 * fill to about 160 MB before a full collection, and the process peaked at 265 MB on the 5 MB
 * bench file. At 1.3, the factor V8 itself uses on memory-constrained devices, the peak is
 * about 175 MB and the run no slower (bench/throughput.ts). It is a growth policy, not a limit:
 * a run that needs more memory still gets it, which `--max-old-space-size` would not allow.
 *
 * V8 reads this flag each time it sizes the heap, so setting it after start takes effect; it
 * holds for the whole process, worker threads included, which is why only the command's own
 * entry point (bin/postedit.ts) sets it and never the library.
 */
export const HEAP_GROWING_PERCENT = 30

/**
 * V8 flags the command runs under, beside the growth policy above.
 *
 * `--no-allocation-site-pretenuring`: V8 watches which allocation sites' objects survive a
 * young-generation collection and, past a threshold, allocates that site's objects straight
 * in the old generation. Linting a file allocates its tree and the rules' views, keeps them
 * for the file's time, and drops them all: a collection that falls while a file is being
 * linted finds much of its tree alive, so V8 judged parse-latin's node sites long-lived and
 * put every later tree in the old generation, where only a full collection frees it. Over
 * the 991 bench files, 105 MB of tree nodes and 70 MB of sentence tokens were freed by full
 * collections (a sampling heap profile of objects collected by major GC); with the flag the
 * trees die young, and linting those files took 3.6 to 3.9 s of CPU instead of 4.5 to 5.7, at
 * 145 to 149 MB of peak RSS instead of 167 to 179 (three runs each, by turns). Unlike the size
 * of the young generation, which V8 fixes when the heap is made, this flag is read as the
 * program runs, so setting it here takes effect, and worker threads started after inherit it.
 */
const V8_FLAGS = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--no-allocation-site-pretenuring']

export function tuneHeapGrowth(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag)
}
