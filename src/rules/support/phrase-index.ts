/**
 * One compiled matcher for a phrase list: patterns indexed by the words their first slot
 * accepts (as nlcst-search indexes phrases by first word), so that a token is tried only
 * against the few entries that can start on it, not against every entry of every list.
 */
import {addFirstWord, claimBit, startMask} from './first-words.js'
import {acceptsNumber, compilePattern, matchAt, numberWords, startsWithDigit, type Pattern, type Token} from './word-patterns.js'

interface Indexed<T> {
  pattern: Pattern
  value: T
  order: number
}

export interface PhraseMatch<T> {
  value: T
  /** Index just past the match. */
  end: number
}

// Shared by every token that starts no entry; never written to. Not frozen: V8 iterates a
// frozen array with `for…of` on its slow path, allocating a result object for every step.
const none: ReadonlyArray<never> = []

/**
 * The entries that start on one word, split by the word their second slot needs: "in" starts
 * a score of calques ("in the framework of", "in fine", "in the measure where"…), and the
 * word after it rules out all but a few. `rest` holds the entries whose second slot is
 * optional or takes a number, or that have one slot; each list of `pairs` holds its own
 * entries and those of `rest`, in the order they were added, built once here rather than
 * merged again at every token that starts one.
 */
interface FirstWord<T> {
  pairs: Map<string, Array<Indexed<T>>>
  rest: Array<Indexed<T>>
}

/**
 * The words the token after a pattern's first may be: those of the second slot, and while
 * that is optional those of the slot after it, up to a required one ("in a|an? preventive
 * title": "a", "an" or "preventive"). Undefined when the first slot is optional, when a slot
 * on the way takes a number, or when every slot after the first is optional (the match may
 * end at the first word, whatever follows).
 */
function wordsAfterFirst(pattern: Pattern): ReadonlySet<string> | undefined {
  const first = pattern[0]
  if (!first || first.optional) return undefined
  const words = new Set<string>()
  for (let slot = 1; slot < pattern.length; slot++) {
    const current = pattern[slot]!
    if (current.words.has('#')) return undefined
    for (const word of current.words) words.add(word)
    if (!current.optional) return words
  }
  return undefined
}

export class PhraseIndex<T> {
  private readonly byWord = new Map<string, FirstWord<T>>()
  private readonly byNumber: Array<Indexed<T>> = []
  /** Patterns whose every slot is optional: they may start on any token. */
  private readonly anywhere: Array<Indexed<T>> = []
  private size = 0
  /** This index's bit in the shared first-word table (first-words.ts); 0: it has none. */
  private readonly bit = claimBit()

  /** An index of `entries`, each standing for itself under its `pattern`, in list order. */
  static of<E extends {pattern: Pattern | string}>(entries: readonly E[]): PhraseIndex<E> {
    const index = new PhraseIndex<E>()
    for (const entry of entries) index.add(entry.pattern, entry)
    return index
  }

  /** Adds a pattern (see `compilePattern`) standing for `value`; candidates keep this order. */
  add(pattern: Pattern | string, value: T): this {
    const compiled = typeof pattern === 'string' ? compilePattern(pattern) : pattern
    const indexed = {pattern: compiled, value, order: this.size++}
    // A pattern can start on any word of its leading optional slots or of the first required one.
    const words = new Set<string>()
    let required = false
    for (const slot of compiled) {
      for (const word of slot.words) words.add(word)
      if (!slot.optional) {
        required = true
        break
      }
    }
    if (!required) {
      this.anywhere.push(indexed)
      return this
    }
    // With a required first slot, the word after it is known when the slots that may come
    // next hold no number: the entry is filed under each of those words too.
    const seconds = wordsAfterFirst(compiled)
    for (const word of words) {
      if (word === '#') {
        this.byNumber.push(indexed)
        // The number words go in the shared table too, so that a word whose mask lacks this
        // index's bit is known to be no number without a look in the number-word set.
        if (this.byNumber.length === 1) for (const number of numberWords) addFirstWord(number, this.bit)
      } else {
        let bucket = this.byWord.get(word)
        if (!bucket) {
          this.byWord.set(word, (bucket = {pairs: new Map(), rest: []}))
          addFirstWord(word, this.bit)
        }
        // Entries come in list order, so a push keeps every list in it.
        if (!seconds) {
          bucket.rest.push(indexed)
          for (const paired of bucket.pairs.values()) paired.push(indexed)
        } else {
          for (const next of seconds) {
            let paired = bucket.pairs.get(next)
            if (!paired) bucket.pairs.set(next, (paired = [...bucket.rest]))
            paired.push(indexed)
          }
        }
      }
    }
    return this
  }

  /**
   * The entries that may match at `index`, in the order they were added: those whose first
   * slot accepts the token and, when their second slot is a plain required word, whose second
   * slot accepts the next token.
   */
  candidatesAt(tokens: Token[], index: number): ReadonlyArray<Indexed<T>> {
    const token = tokens[index]
    if (!token) return none
    // Asked at every token of every sentence by several rules: no list of lists is built
    // unless two kinds of entry really start here, which is rare.
    let words: ReadonlyArray<Indexed<T>> = none
    // The shared table says at once, for every index, whether any entry starts on this word,
    // and, for an index with a number slot first, whether the word may be a number word.
    const listed = this.bit === 0 || (startMask(token) & this.bit) !== 0
    const bucket = listed ? this.byWord.get(token.norm) : undefined
    if (bucket) {
      const next = tokens[index + 1]
      const paired = next ? bucket.pairs.get(next.norm) : undefined
      words = paired ?? bucket.rest
    }
    const numbers = this.byNumber.length > 0 && (listed || startsWithDigit(token)) && acceptsNumber(token) ? this.byNumber : none
    const anywhere = this.anywhere
    const kinds = (words.length > 0 ? 1 : 0) + (numbers.length > 0 ? 1 : 0) + (anywhere.length > 0 ? 1 : 0)
    if (kinds === 0) return none
    if (kinds === 1) return words.length > 0 ? words : numbers.length > 0 ? numbers : anywhere
    const merged = new Map<number, Indexed<T>>()
    for (const list of [words, numbers, anywhere]) for (const entry of list) merged.set(entry.order, entry)
    return [...merged.values()].sort((a, b) => a.order - b.order)
  }

  /**
   * The first index at or after `from` where an entry may start, or `tokens.length`: where
   * `candidatesAt` could return anything. A rule's loop jumps from one such token to the next
   * in this one tight loop instead of calling `candidatesAt` at every token, since most of an
   * index's bits are set on a few tokens in a hundred. An index with entries that may start
   * anywhere, or without a bit of its own, skips nothing.
   */
  nextStart(tokens: Token[], from: number): number {
    if (this.anywhere.length > 0 || this.bit === 0) return from
    const bit = this.bit
    // Number words carry this index's bit (see `add`); figures are told by their first digit.
    const numbers = this.byNumber.length > 0
    for (let index = from; index < tokens.length; index++) {
      const token = tokens[index]!
      if ((startMask(token) & bit) !== 0 || (numbers && startsWithDigit(token))) return index
    }
    return tokens.length
  }

  /** Every entry that matches starting at `index`, in the order they were added. */
  matchesAt(tokens: Token[], index: number): ReadonlyArray<PhraseMatch<T>> {
    const candidates = this.candidatesAt(tokens, index)
    // Most words start no phrase, and most candidates fail: no array for them, not even an
    // empty one (asked at every token by several rules, those were most of the rules' garbage).
    if (candidates.length === 0) return none
    let found: Array<PhraseMatch<T>> | undefined
    for (const {pattern, value} of candidates) {
      const end = matchAt(pattern, tokens, index)
      if (end !== -1) (found ??= []).push({value, end})
    }
    return found ?? none
  }
}
