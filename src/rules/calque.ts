import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {calques, type CalqueEntry} from './data/calques.js'
import {compileContext, contextAllows, type CompiledContext} from './support/phrase-context.js'
import {compilePattern, eachSentence, phraseSpan, type Pattern, type Token} from './support/word-patterns.js'
import {PhraseIndex} from './support/phrase-index.js'
import {listOr, matchCase} from './support/wording.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'calque'

interface CompiledCalque {
  entry: CalqueEntry
  forms: Array<{pattern: Pattern; expected: string[]}>
  context: CompiledContext
}

function compileCalque(entry: CalqueEntry): CompiledCalque {
  return {
    entry,
    forms: Object.entries(entry.forms).map(([pattern, expected]) => ({pattern: compilePattern(pattern), expected})),
    context: compileContext(entry)
  }
}

/**
 * Literal translations of French idioms and constructions ("a show of muscle", "giving the
 * ball back to"): every word is English, the phrase is not. Matched on word tokens, so line
 * breaks and double spaces inside the phrase do not hide it.
 */
/** Each form of each calque, indexed by first word; candidates come in list order. */
type CalqueIndex = PhraseIndex<{calque: CompiledCalque; expected: string[]}>

// Compiled once per process: unified-engine attaches the plugins anew for every file.
let compiledIndex: CalqueIndex | undefined

function compileIndex(): CalqueIndex {
  const index: CalqueIndex = new PhraseIndex()
  for (const calque of calques.map(compileCalque)) {
    for (const form of calque.forms) index.add(form.pattern, {calque, expected: form.expected})
  }
  return index
}

export default function retextCalque() {
  const compiled = (compiledIndex ??= compileIndex())

  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    eachSentence(tree, (tokens) => {
      // Only the tokens a calque may start on are tried (see `nextStart`).
      let index = compiled.nextStart(tokens, 1)
      while (index < tokens.length - 1) {
        const hit = findAt(compiled, tokens, index)
        if (!hit) {
          index = compiled.nextStart(tokens, index + 1)
          continue
        }
        const {calque, expected, end} = hit
        const span = phraseSpan(tokens, index, end, source)
        if (span) {
          const actual = span.text
          const suggestions = expected.map((value) => matchCase(actual, value))
          const reason = `Unexpected \`${actual}\` (calque of French *${calque.entry.french}*), expected ${listOr(suggestions)}`
          reportFinding(file, id, span.place, reason, actual, suggestions)
        }
        index = compiled.nextStart(tokens, end)
      }
    })
  }
}

function findAt(
  compiled: CalqueIndex,
  tokens: Token[],
  index: number
): {calque: CompiledCalque; expected: string[]; end: number} | undefined {
  if (tokens[index]?.kind !== 'word') return undefined
  let best: {calque: CompiledCalque; expected: string[]; end: number} | undefined
  const matches = compiled.matchesAt(tokens, index)
  // Most tokens start no calque: not even an iterator for them.
  if (matches.length === 0) return undefined
  // The longest match wins; of equal ones, the first in list order.
  for (const {value: {calque, expected}, end} of matches) {
    if (best && end <= best.end) continue
    if (!contextAllows(calque.context, tokens, index, end)) continue
    best = {calque, expected, end}
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
