import type {Root} from 'nlcst'
import {fileLocation} from './support/file-location.js'
import {treeViews} from './support/views.js'
import type {VFile} from 'vfile'
import {indirectQuestionPredicate, sententialWhichVerbs} from './data/sentential-which.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'which-calque'

/**
 * "Which"/"Whom" at the start of a sentence: at the start of the parser's sentence, or right
 * after a full stop inside it (the parser sometimes keeps two sentences together).
 */
const opening = /(?:^|(?<=[.!…][”’"»)]?\s+))[“‘"«(]?(Which|Whom)\b/gu

/** The first end of sentence after the opening word: a stop, a question or exclamation mark. */
const terminal = /[.?!](?=[”’"»)]*(?:\s|$))/u

/** Words after which "Which X" is an object relative ("Which he denied."), not a determiner. */
const determinersAndPronouns = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
  'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'some', 'many', 'most'
])

interface Verdict {
  reason: string
  expected?: string[]
}

function judge(word: string, next: string): Verdict | undefined {
  const quote = `\`${word}\``
  if (word === 'Whom') {
    return {reason: `Unexpected ${quote} opening a statement that is not a question (a French relative *dont/lequel* calque); rephrase the sentence`}
  }
  if (next === '' || next === ',') return undefined
  const lower = next.toLowerCase()
  // "Which is why…", "Which prompted…": a sentential relative, informal but English.
  if (sententialWhichVerbs.has(lower) || (lower.length > 4 && /(?:ed|ly)$/.test(lower))) return undefined
  if (determinersAndPronouns.has(lower) || /^\p{Lu}/u.test(next)) {
    return {reason: `Unexpected ${quote} opening a statement that is not a question (French *ce que* calque); rephrase the sentence`}
  }
  return {
    reason: `Unexpected ${quote} opening a statement, expected \`The\` or \`This\` (French *lequel/laquelle* read as a question word)`,
    expected: ['The', 'This']
  }
}

/**
 * A statement that opens with "Which" ("Which ministry has not commented yet."): MT renders
 * French *lequel/laquelle* or *ce que*, which link to the previous sentence, as the English
 * question word, and the sentence ends with a full stop.
 */
export default function retextWhichCalque() {
  return function (tree: Root, file: VFile) {
    const value = String(file.value ?? '')
    // Most texts have no capitalised "Which"/"Whom" at all: skip the walk.
    if (!/\bWh(?:ich|om)\b/.test(value)) return
    const place = fileLocation(file)
    // Sentences sit in paragraphs under the root: a flat loop, not a walk of every word.
    for (const {node: sentence} of treeViews(tree).sentences) {
      const base = sentence.position?.start.offset
      const stop = sentence.position?.end.offset
      if (base === undefined || stop === undefined) continue
      const text = value.slice(base, stop)
      if (!text.includes('Wh')) continue
      for (const match of text.matchAll(opening)) {
        const word = match[1]!
        const wordStart = match.index + match[0].length - word.length
        const rest = text.slice(wordStart + word.length)
        const close = terminal.exec(rest)
        if (!close || close[0] !== '.') continue
        if (indirectQuestionPredicate.test(rest.slice(0, close.index))) continue
        const next = /^\s*([\p{L}\p{M}’'-]+|,)/u.exec(rest)?.[1] ?? ''
        const verdict = judge(word, next)
        if (!verdict) continue
        const start = place.toPoint(base + wordStart)
        const end = place.toPoint(base + wordStart + word.length)
        if (!start || !end) continue
        reportFinding(file, id, {start, end}, verdict.reason, word, verdict.expected)
      }
    }
  }
}

export const whichCalque: RuleDefinition = {
  id,
  plugin: retextWhichCalque,
  severity: 'warning',
  category: 'Linguistic conventions/Grammar',
  summary: 'A statement opening with "Which" that is not a question ("Which ministry has not commented yet.").'
}
