/**
 * The lexical rules (calque, false-friend) match multi-word phrases on word tokens so that line
 * breaks, double spaces and curly apostrophes do not hide them; they share one matcher so that
 * a pattern in any word list means the same thing.
 */
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import {SENTENCE_END as END, SENTENCE_START as START, treeViews, type Token} from './views.js'

export type {Token} from './views.js'

/** Every sentence of the tree, tokenised, in document order (from the shared views). */
export function eachSentence(tree: Root, callback: (tokens: Token[]) => void): void {
  const sentences = treeViews(tree).sentences
  for (let index = 0; index < sentences.length; index++) callback(sentences[index]!.tokens)
}

export interface Slot {
  words: Set<string>
  optional: boolean
  /** Whether `words` holds `#`: kept apart, as most slots are tried on words that are no number. */
  number: boolean
}

/** A slot of `words` (see {@link Pattern}). */
export function slotOf(words: Iterable<string>, optional = false): Slot {
  const set = new Set(words)
  return {words: set, optional, number: set.has('#')}
}

/**
 * A word-sequence pattern: words separated by spaces, `a|b` for alternatives, a trailing `?`
 * for an optional slot, `#` for a number (digits or a number word), `^`/`$` for the sentence
 * edges and `,` for a comma.
 */
export type Pattern = Slot[]

/** The words a `#` slot accepts besides digits. */
export const numberWords: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred'.split(' ')
)

export function compilePattern(source: string): Pattern {
  return source
    .trim()
    .split(/\s+/)
    .map((raw) => {
      const optional = raw.length > 1 && raw.endsWith('?')
      const body = optional ? raw.slice(0, -1) : raw
      const words = body.toLowerCase().split('|').map((word) => (word === '^' ? START : word === '$' ? END : word))
      return slotOf(words, optional)
    })
}

function slotAccepts(slot: Slot, token: Token): boolean {
  if (slot.words.has(token.norm)) return true
  return slot.number && acceptsNumber(token)
}

/** Whether the token's word starts with a digit: a `#` slot accepts no other but a number word. */
export function startsWithDigit(token: Token): boolean {
  const first = token.norm.charCodeAt(0)
  return first >= 48 && first <= 57
}

/** Whether a `#` slot accepts the token: digits or a number word. */
export function acceptsNumber(token: Token): boolean {
  if (token.kind !== 'word') return false
  // Only a word that starts with a digit can be digits: the pattern is tried on those alone.
  if (startsWithDigit(token)) return /^\d+(?:[.,]\d+)?$/.test(token.norm)
  return numberWords.has(token.norm)
}

/** Index just past the match of `pattern` starting at `index`, or -1. Optional slots are tried taken first. */
export function matchAt(pattern: Pattern, tokens: Token[], index: number, slot = 0): number {
  if (slot === pattern.length) return index
  const current = pattern[slot]
  if (!current) return -1
  const token = tokens[index]
  if (token && slotAccepts(current, token)) {
    const end = matchAt(pattern, tokens, index + 1, slot + 1)
    if (end !== -1) return end
  }
  return current.optional ? matchAt(pattern, tokens, index, slot + 1) : -1
}

/** Whether one of `patterns` ends right before `index` (within `window` tokens). */
export function endsBefore(patterns: Pattern[], tokens: Token[], index: number, window = 1): boolean {
  for (const pattern of patterns) {
    for (let start = Math.max(0, index - window - pattern.length); start < index; start++) {
      const end = matchAt(pattern, tokens, start)
      if (end !== -1 && end <= index && end >= index - window + 1) return true
    }
  }
  return false
}

/** Whether one of `patterns` starts right at `index` (or within `window` tokens after it). */
export function startsAfter(patterns: Pattern[], tokens: Token[], index: number, window = 1): boolean {
  for (const pattern of patterns) {
    for (let start = index; start < Math.min(tokens.length, index + window); start++) {
      if (matchAt(pattern, tokens, start) !== -1) return true
    }
  }
  return false
}

/**
 * The place and text of tokens `from`…`to - 1`, for a finding. retext-english glues a full stop
 * to a last word it takes for an abbreviation ("at 20 h." is the word "h."): that stop is the
 * sentence's, not the phrase's, so it is left out of the span, and a fix of the phrase keeps it
 * ("at 20 h." → "at 8 pm."). `keepStop` keeps it for a phrase whose own last word ends with one.
 */
export function phraseSpan(
  tokens: Token[],
  from: number,
  to: number,
  source: string,
  keepStop = false
): {place: {start: Point; end: Point}; text: string} | undefined {
  const start = tokens[from]?.start
  const last = tokens[to - 1]
  let end = last?.end
  if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
  if (!keepStop && last!.kind === 'word' && last!.text.length > 1 && last!.text.endsWith('.') && !last!.norm.endsWith('.')) {
    end = {line: end.line, column: end.column - 1, offset: end.offset - 1}
  }
  return {place: {start, end}, text: source.slice(start.offset, end.offset)}
}

export function spanText(tokens: Token[], from: number, to: number, source: string): string {
  const start = tokens[from]?.start?.offset
  const end = tokens[to - 1]?.end?.offset
  if (start === undefined || end === undefined) return tokens.slice(from, to).map((token) => token.text).join(' ')
  return source.slice(start, end)
}
