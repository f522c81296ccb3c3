import type {Root, Sentence, Word} from 'nlcst'
import {treeViews} from './support/views.js'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {abbreviations} from './data/abbreviations.js'
import {codeReceivers, fileExtensions, shortSentenceStarters, topLevelDomains} from './data/dotted-names.js'
import type {RuleDefinition} from './types.js'
import {ruleUrl} from './url.js'

const id = 'fused-sentence'

/**
 * Words the fused sentence must have before the join, on the same line: MT glues whole
 * segments, so the first sentence is a real one, while a dotted name in a short label ("Use
 * os.path") or at the head of a list line ("* info.user -- the user name") is not.
 */
const minWordsBefore = 2

// Punctuation that, stuck to a dotted word, makes it part of a URL, an address or code.
const linkedBefore = new Set(['/', '//', '@', ':', '\\', '`', '_', '#', '~', '=', '.', '-'])
const linkedAfter = new Set(['/', '//', '@', '(', '[', '`', '=', '\\', '_', '-', '<'])

export default function fusedSentence() {
  return (tree: Root, file: VFile) => {
    for (const {node: sentence} of treeViews(tree).sentences) {
      let wordsBefore = 0
      sentence.children.forEach((node, index) => {
        if (node.type === 'WhiteSpaceNode' && node.value.includes('\n')) wordsBefore = 0
        if (node.type !== 'WordNode') return
        const fix = wordsBefore >= minWordsBefore ? fusedFix(node) : undefined
        wordsBefore++
        if (!fix || linked(sentence, index)) return
        const actual = toString(node)
        const message = file.message(
          `Unexpected \`${actual}\`: two sentences run together at a full stop, expected \`${fix}\``,
          {place: node.position, ruleId: id, source: 'postedit'}
        )
        message.actual = actual
        message.expected = [fix]
        message.url = ruleUrl(id)
      })
    }
  }
}

/**
 * `time.analysis` → `time. Analysis`, or undefined when the word is not two words around one
 * point: decimals, versions, initials and domains have digits, more points or a known suffix.
 */
function fusedFix(word: Word): string | undefined {
  // Most words are one text node: only three children can be word, point, word.
  if (word.children.length !== 3) return undefined
  const [left, point, right] = word.children
  if (left?.type !== 'TextNode' || right?.type !== 'TextNode') return undefined
  if (point?.type !== 'PunctuationNode' || point.value !== '.') return undefined
  const head = left.value
  const tail = right.value
  // "time", "Kremlin": not "U", "USA", "iPhone" or "v1".
  if (!/^\p{Lu}?\p{Ll}+$/u.test(head) || head.length < 2) return undefined
  // "analysis", or "Analysis" after a lowercase word ("war.The"): "St.Petersburg" and
  // "System.Collections" are names.
  const tailLower = /^\p{Ll}{2,}$/u.test(tail)
  const tailCapital = /^\p{Lu}\p{Ll}+$/u.test(tail) && /^\p{Ll}/u.test(head)
  if (!tailLower && !tailCapital) return undefined
  const lowerTail = tail.toLowerCase()
  // A dictionary word has a vowel; "js", "pdf", "html" are suffixes of names.
  if (!/[aeiouy]/.test(lowerTail)) return undefined
  if (topLevelDomains.has(lowerTail) || fileExtensions.has(lowerTail)) return undefined
  if (lowerTail.length <= 3 && !shortSentenceStarters.has(lowerTail)) return undefined
  // "approx.five", "vs.the": a missing space after an abbreviation, not a sentence end.
  if (codeReceivers.has(head.toLowerCase()) || abbreviations.has(head.toLowerCase())) return undefined
  return `${head}. ${tail.charAt(0).toUpperCase()}${tail.slice(1)}`
}

/** Whether the word touches URL, e-mail or code punctuation ("https://x.org/a.b", "os.path("). */
function linked(sentence: Sentence, index: number): boolean {
  const previous = sentence.children[index - 1]
  const next = sentence.children[index + 1]
  const touches = (node: typeof previous, marks: Set<string>) =>
    (node?.type === 'PunctuationNode' || node?.type === 'SymbolNode') && marks.has(node.value)
  return touches(previous, linkedBefore) || touches(next, linkedAfter)
}

export const fusedSentenceRule: RuleDefinition = {
  id,
  plugin: fusedSentence,
  severity: 'error',
  category: 'Linguistic conventions/Punctuation',
  summary: 'Two sentences joined at a full stop with no space ("time.analysis").'
}
