/**
 * Which phrase indexes can start on a word, for every index at once: one bit an index, one
 * mask a word. Each lexical rule used to ask its own index about every token of every
 * sentence (5.7 million map probes on the 5 MB bench corpus, nine in ten for nothing); a
 * token now asks this table once, keeps the answer, and an index whose bit it lacks answers
 * "nothing starts here" without a probe of its own.
 *
 * An index added after a token kept its mask would be missed by that token, so every change
 * to the table moves `generation`, and a token's mask is good only for the generation it was
 * read at (see `startMask`).
 */
import type {Token} from './views.js'

const masks = new Map<string, number>()
/** Bits handed out so far; past 31 an index gets none and is asked the slow way. */
let claimed = 0
let generation = 0

/** A bit of its own for a new index, or 0 when all are taken. */
export function claimBit(): number {
  if (claimed >= 31) return 0
  return 1 << claimed++
}

/** Records that the index holding `bit` has entries starting on `word`. */
export function addFirstWord(word: string, bit: number): void {
  if (bit === 0) return
  const mask = masks.get(word) ?? 0
  if ((mask & bit) !== 0) return
  masks.set(word, mask | bit)
  generation++
}

/** The bits of the indexes that have entries starting on the token's word. */
export function startMask(token: Token): number {
  if (token.maskGeneration !== generation) {
    token.startMask = masks.get(token.norm) ?? 0
    token.maskGeneration = generation
  }
  return token.startMask
}
