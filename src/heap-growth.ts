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

export function tuneHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
