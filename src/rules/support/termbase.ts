/**
 * A termbase as the `term` rule reads it: preferred forms, the forms that must not stand for
 * them, and the words around a form that decide an ambiguous one. The built-in data, a YAML
 * termbase and a TBX one all become this shape, so one compiled index serves them all.
 */
import type {Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {sentenceTokens, type Token} from './views.js'
import {compileContext, contextAllows, type CompiledContext, type PhraseContext} from './phrase-context.js'
import {slotOf, type Pattern} from './word-patterns.js'
import {PhraseIndex} from './phrase-index.js'

export interface TermEntry extends PhraseContext {
  /** The form to write. */
  preferred: string
  /** Forms that are wrong where `preferred` is meant, as written (capitals must match). */
  forbidden: string[]
  /** Forms that are right too: never flagged, listed so a reader sees the choice was made. */
  admitted?: string[]
  /** Flag only after one of these (word patterns, see `compilePattern`), e.g. `in` for a city. */
  precededBy?: string[]
  /** Words anywhere in the sentence that mark the other sense ("river" for the Dnieper). */
  notInSentence?: string[]
  /** Why, in a few words: shown after the reason. */
  note?: string
  /** Where the preferred form comes from (style guide, official name). */
  source?: string
}

export interface CompiledTerm {
  entry: TermEntry
  /** The forbidden form as written, for the case check. */
  form: Token[]
  context: CompiledContext
  notInSentence?: Set<string>
}

export type TermIndex = PhraseIndex<CompiledTerm>

const parser = new ParseEnglish()

/** Words of letters only, one space apart: the shape of most forms ("Kiev", "the Dnieper"). */
const plainForm = /^\p{L}+(?: \p{L}+)*$/u

/** The tokens a form becomes in a sentence, split exactly as the linted text is split. */
export function formTokens(form: string): Token[] {
  return plainForm.test(form) ? plainFormTokens(form) : parsedFormTokens(form)
}

/** A form's tokens from retext-english's own parse: the reference for every shape of form. */
export function parsedFormTokens(form: string): Token[] {
  const root = parser.parse(form)
  const tokens: Token[] = []
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const token of sentenceTokens(sentence)) if (token.kind !== 'edge') tokens.push(token)
    }
  }
  return tokens
}

/**
 * A plain form's tokens without the parser, which the built-in termbase's 1,400 forms made
 * the costliest step of a run's start (a parse each): a run of letters is one word to
 * retext-english and a space ends it, so the sentence it would build is written here directly
 * and read by the same `sentenceTokens`. tests/rules/termbase.test.ts holds the two equal.
 */
function plainFormTokens(form: string): Token[] {
  const point = (offset: number) => ({line: 1, column: offset + 1, offset})
  const children: Sentence['children'] = []
  let offset = 0
  for (const word of form.split(' ')) {
    if (offset > 0) {
      children.push({type: 'WhiteSpaceNode', value: ' ', position: {start: point(offset - 1), end: point(offset)}})
    }
    const position = {start: point(offset), end: point(offset + word.length)}
    children.push({type: 'WordNode', children: [{type: 'TextNode', value: word, position}], position})
    offset += word.length + 1
  }
  const sentence: Sentence = {type: 'SentenceNode', children, position: {start: point(0), end: point(form.length)}}
  return sentenceTokens(sentence).filter((token) => token.kind !== 'edge')
}

/** One index over every forbidden form of every entry; later entries may add forms, not remove them. */
export function compileTermbase(entries: readonly TermEntry[]): TermIndex {
  const index: TermIndex = new PhraseIndex()
  for (const entry of entries) {
    const context = compileContext(entry)
    const notInSentence = entry.notInSentence ? new Set(entry.notInSentence.map((word) => word.toLowerCase())) : undefined
    for (const forbidden of entry.forbidden) {
      const form = formTokens(forbidden)
      if (form.length === 0) continue
      const pattern: Pattern = form.map((token) => slotOf([token.norm]))
      index.add(pattern, {entry, form, context, ...(notInSentence ? {notInSentence} : {})})
    }
  }
  return index
}

/** A capital in the entry's form asks for a capital in the text; a lowercase form matches any case. */
function caseFits(form: Token[], tokens: Token[], index: number): boolean {
  return form.every((expected, offset) => {
    const first = expected.text.charAt(0)
    if (first === first.toLowerCase()) return true
    const actual = tokens[index + offset]?.text.charAt(0) ?? ''
    return actual !== actual.toLowerCase()
  })
}

/** Whether the term's context allows flagging the match `[index, end)`. */
export function termApplies(term: CompiledTerm, tokens: Token[], index: number, end: number, sentenceWords: Set<string>): boolean {
  if (!caseFits(term.form, tokens, index)) return false
  if (!contextAllows(term.context, tokens, index, end)) return false
  if (term.notInSentence) for (const word of term.notInSentence) if (sentenceWords.has(word)) return false
  return true
}
