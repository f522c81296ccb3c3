import type {Root, Sentence} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {calques, type CalqueEntry} from './data/calques.js'
import type {RuleDefinition} from './types.js'
import {ruleUrl} from './url.js'

const id = 'calque'

/**
 * One token of a sentence as the lexical rules see it: words and punctuation, whitespace
 * dropped, so that patterns match across any run of spaces or line breaks. The sentence is
 * framed by `^` and `$` tokens so that a pattern can ask for its start or end.
 */
export interface Token {
  /** Lower case, curly apostrophe made straight, trailing full stop of an abbreviation dropped. */
  norm: string
  /** The text as written, for `actual`. */
  text: string
  kind: 'word' | 'punctuation' | 'edge'
  start?: Point
  end?: Point
}

// Edge markers that no text token can equal (a "$" in the text is a dollar sign).
const START = '\u0000^'
const END = '\u0000$'

export function sentenceTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = [{norm: START, text: '', kind: 'edge'}]
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    const text = toString(child)
    const kind = child.type === 'WordNode' ? 'word' : 'punctuation'
    // retext-english keeps "kilometers." whole when it looks like an abbreviation.
    const norm = text.toLowerCase().replace(/’/g, "'").replace(/(?<=\p{L})\.$/u, '')
    tokens.push({norm, text, kind, start: child.position?.start, end: child.position?.end})
  }
  tokens.push({norm: END, text: '', kind: 'edge'})
  return tokens
}

/** Every sentence of the tree, tokenised, in document order. */
export function eachSentence(tree: Root, callback: (tokens: Token[]) => void): void {
  visit(tree, 'SentenceNode', (sentence) => {
    callback(sentenceTokens(sentence))
  })
}

interface Slot {
  words: Set<string>
  optional: boolean
}

/**
 * A word-sequence pattern: words separated by spaces, `a|b` for alternatives, a trailing `?`
 * for an optional slot, `#` for a number (digits or a number word), `^`/`$` for the sentence
 * edges and `,` for a comma.
 */
export type Pattern = Slot[]

const numberWords = new Set(
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
      return {words: new Set(words), optional}
    })
}

function slotAccepts(slot: Slot, token: Token): boolean {
  if (slot.words.has(token.norm)) return true
  if (slot.words.has('#') && token.kind === 'word') {
    return /^\d+(?:[.,]\d+)?$/.test(token.norm) || numberWords.has(token.norm)
  }
  return false
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

/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
export function listOr(values: string[]): string {
  const quoted = values.map((value) => '`' + value + '`')
  if (quoted.length < 2) return quoted.join('')
  return quoted.slice(0, -1).join(', ') + ' or ' + quoted[quoted.length - 1]
}

/** Capitalises the suggestion when the flagged text starts a sentence in capitals. */
export function matchCase(actual: string, replacement: string): string {
  const first = actual.charAt(0)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement
  return replacement.charAt(0).toUpperCase() + replacement.slice(1)
}

export function spanText(tokens: Token[], from: number, to: number, source: string): string {
  const start = tokens[from]?.start?.offset
  const end = tokens[to - 1]?.end?.offset
  if (start === undefined || end === undefined) return tokens.slice(from, to).map((token) => token.text).join(' ')
  return source.slice(start, end)
}

interface CompiledCalque {
  entry: CalqueEntry
  forms: Array<{pattern: Pattern; expected: string[]}>
  followedBy?: Pattern[]
  notFollowedBy?: Pattern[]
  precededBy?: Pattern[]
  notPrecededBy?: Pattern[]
}

function compileList(words: string[] | undefined): Pattern[] | undefined {
  return words?.map(compilePattern)
}

function compileCalque(entry: CalqueEntry): CompiledCalque {
  return {
    entry,
    forms: Object.entries(entry.forms).map(([pattern, expected]) => ({pattern: compilePattern(pattern), expected})),
    followedBy: compileList(entry.followedBy),
    notFollowedBy: compileList(entry.notFollowedBy),
    precededBy: compileList(entry.precededBy),
    notPrecededBy: compileList(entry.notPrecededBy)
  }
}

/**
 * Literal translations of French idioms and constructions ("a show of muscle", "giving the
 * ball back to"): every word is English, the phrase is not. Matched on word tokens, so line
 * breaks and double spaces inside the phrase do not hide it.
 */
export default function retextCalque() {
  const compiled = calques.map(compileCalque)

  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    eachSentence(tree, (tokens) => {
      let index = 1
      while (index < tokens.length - 1) {
        const hit = findAt(compiled, tokens, index)
        if (!hit) {
          index++
          continue
        }
        const {calque, expected, end} = hit
        const first = tokens[index]
        const last = tokens[end - 1]
        const actual = spanText(tokens, index, end, source)
        const suggestions = expected.map((value) => matchCase(actual, value))
        const message = file.message(
          `Unexpected \`${actual}\` (calque of French *${calque.entry.french}*), expected ${listOr(suggestions)}`,
          {place: {start: first!.start!, end: last!.end!}, ruleId: id, source: 'postedit'}
        )
        message.actual = actual
        message.expected = suggestions
        message.url = ruleUrl(id)
        index = end
      }
    })
  }
}

function findAt(
  compiled: CompiledCalque[],
  tokens: Token[],
  index: number
): {calque: CompiledCalque; expected: string[]; end: number} | undefined {
  if (tokens[index]?.kind !== 'word') return undefined
  let best: {calque: CompiledCalque; expected: string[]; end: number} | undefined
  for (const calque of compiled) {
    for (const form of calque.forms) {
      const end = matchAt(form.pattern, tokens, index)
      if (end === -1 || (best && end <= best.end)) continue
      if (calque.followedBy && !startsAfter(calque.followedBy, tokens, end)) continue
      if (calque.notFollowedBy && startsAfter(calque.notFollowedBy, tokens, end)) continue
      if (calque.precededBy && !endsBefore(calque.precededBy, tokens, index)) continue
      if (calque.notPrecededBy && endsBefore(calque.notPrecededBy, tokens, index)) continue
      best = {calque, expected: form.expected, end}
    }
  }
  return best
}

export const calque: RuleDefinition = {
  id,
  plugin: retextCalque,
  severity: 'warning',
  category: 'Style/Unidiomatic style',
  summary: 'A word-for-word rendering of a French idiom ("a show of muscle", "at the level of").'
}
