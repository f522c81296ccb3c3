import type {Root, Sentence, Word} from 'nlcst'
import {nodeText, treeViews} from './support/views.js'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {abbreviations} from './data/abbreviations.js'
import {englishMonths, englishWeekdays} from './data/calendar.js'
import {codeReceivers, fileExtensions, shortSentenceStarters, topLevelDomains} from './data/dotted-names.js'
import {gluedStarters, neverFinalWords, rarelyFinalWords, runOnStarters, titleIntroducers} from './data/sentence-words.js'
import {createReporter, reportFinding} from './support/reporter.js'
import type {RuleDefinition} from './types.js'

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

const stopNames: Record<string, string> = {'.': 'a full stop', '?': 'a question mark', '!': 'an exclamation mark'}

/**
 * A stop, a closing quote or bracket, then a capitalised word with no space ("said."The",
 * "over.)The"): the parser splits the sentences there, so the join is found in the block text.
 */
const quotedJoin = /(?<=\p{Ll}{2})[.?!]["”’»)](?=\p{Lu}\p{Ll})/gu

/**
 * A stop glued to an opening quote and a capital ("Monday.“This", "lundi.« C'est"): the next
 * sentence opens with a quotation. An opening quote never follows a stop with no space.
 */
const openedJoin = /(?<=\p{Ll}{2})[.?!](?=[“«][ \u00A0\u202F]?\p{Lu})/gu

/** The run-on sentence openers as a sentence writes them ("The|They|…"), for the block-text joins below. */
const capitalisedStarters = [...runOnStarters].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|')

/**
 * A stop after a percent sign, a closing bracket or an acronym, glued to a capitalised sentence
 * opener ("5%.The", "(AFP).They", "NATO.The"): the word-level check wants a lowercase or
 * capitalised word before the point, so these are found in the block text.
 */
const closedJoin = new RegExp(
  `(?<=\\d%|[)\\]]|\\b\\p{Lu}{2,6})[.?!](?=(?:${capitalisedStarters})\\b)`,
  'gu'
)

/**
 * Weekdays and months, capitalised: "Tuesday.Russian forces" is a join, as "war.Analysts" is.
 * Not May: "the May.June issue" names a double issue.
 */
const calendarWords = new Set([...englishWeekdays, ...englishMonths.filter((month) => month !== 'May')])

/** The parser also splits at an exclamation mark glued to the next word ("won!They"). */
const exclaimedJoin = new RegExp(
  `(?<=\\p{Ll}{2})!(?=(?:${capitalisedStarters})\\b)`,
  'gu'
)

export default function fusedSentence() {
  return (tree: Root, file: VFile) => {
    const views = treeViews(tree)
    for (const {node: sentence} of views.sentences) {
      let wordsBefore = 0
      // Words since the last punctuation mark: a run-on needs a clause before it, not a label
      // ("* **{String}**: str The string to test.").
      let wordsInRun = 0
      sentence.children.forEach((node, index) => {
        if (node.type === 'WhiteSpaceNode' && node.value.includes('\n')) wordsBefore = wordsInRun = 0
        if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') wordsInRun = 0
        if (node.type !== 'WordNode') return
        const enough = wordsBefore >= minWordsBefore
        const clause = wordsInRun >= minWordsBefore
        wordsBefore++
        wordsInRun++
        if (!enough) return
        const fused = fusedFix(node)
        if (fused && !linked(sentence, index)) {
          const actual = toString(node)
          reportFinding(
            file,
            id,
            node.position!,
            `Unexpected \`${actual}\`: two sentences run together at ${stopNames[fused.stop]}, expected \`${fused.fix}\``,
            actual,
            [fused.fix]
          )
          return
        }
        if (clause) runOn(sentence, index, file)
      })
    }
    const report = createReporter(file, id)
    for (const block of views.blocks) {
      if (!/[.?!](?:["”’»)]|[“«][ \u00A0\u202F]?)?\p{Lu}/u.test(block.text)) continue
      for (const match of [...block.text.matchAll(quotedJoin), ...block.text.matchAll(exclaimedJoin), ...block.text.matchAll(openedJoin), ...block.text.matchAll(closedJoin)]) {
        const start = match.index
        const end = start + match[0].length
        const actual = match[0]
        report(
          block,
          start,
          end,
          `Unexpected \`${actual}\` with no space after it: two sentences run together, expected \`${actual} \``,
          [`${actual} `]
        )
      }
    }
  }
}

/**
 * "…on Monday The minister said…": a word, one space, then a capitalised sentence opener
 * (`runOnStarters`) that goes on in lowercase, so that a title ("The Guardian"), a heading in
 * title case ("Why We Fight") or a name keeps its capitals and is left alone. Reports the two
 * words and offers a full stop between them.
 */
function runOn(sentence: Sentence, index: number, file: VFile): void {
  const children = sentence.children
  const before = children[index]!
  const space = children[index + 1]
  const opener = children[index + 2]
  // One plain space: columns of a table or aligned text use several.
  if (space?.type !== 'WhiteSpaceNode' || space.value !== ' ' || opener?.type !== 'WordNode') return
  const word = nodeText(before)
  const starter = nodeText(opener)
  if (!/^\p{Lu}\p{Ll}+$/u.test(starter) || !runOnStarters.has(starter.toLowerCase())) return
  // The sentence before ends on a word: a lowercase one or a name ("Monday"), not "FIFA" or a
  // word that cannot end a sentence ("the", "of") or introduces a title ("the novel It").
  if (!/[\p{Ll}\d]$/u.test(word) || /^\p{Lu}+$/u.test(word)) return
  const lower = word.toLowerCase()
  if (neverFinalWords.has(lower) || rarelyFinalWords.has(lower) || titleIntroducers.has(lower)) return
  const afterSpace = children[index + 3]
  const next = children[index + 4]
  if (starter === 'However') {
    if (afterSpace?.type !== 'PunctuationNode' || afterSpace.value !== ',') return
  } else if (afterSpace?.type !== 'WhiteSpaceNode' || afterSpace.value !== ' ' || next?.type !== 'WordNode' || !/^\p{Ll}/u.test(nodeText(next))) {
    return
  }
  const start = before.position?.start
  const end = opener.position?.end
  if (!start || !end) return
  const actual = `${word} ${starter}`
  const fix = `${word}. ${starter}`
  reportFinding(
    file,
    id,
    {start, end},
    `Unexpected \`${actual}\`: two sentences run together with no full stop, expected \`${fix}\``,
    actual,
    [fix]
  )
}

/**
 * `time.analysis` → `time. Analysis`, or undefined when the word is not two words around one
 * point: decimals, versions, initials and domains have digits, more points or a known suffix.
 */
function fusedFix(word: Word): {fix: string; stop: string} | undefined {
  // Most words are one text node: only three children can be word, point, word.
  if (word.children.length !== 3) return undefined
  const [left, point, right] = word.children
  if (left?.type !== 'TextNode' || right?.type !== 'TextNode') return undefined
  if (point?.type !== 'PunctuationNode' || !(point.value in stopNames)) return undefined
  const head = left.value
  const tail = right.value
  const lowerTail = tail.toLowerCase()
  // "Kremlin.The", "2023.The", "over?The": a capitalised sentence opener after any word or a
  // year; neither domains nor file names are written so.
  const opener = /^\p{Lu}\p{Ll}+$/u.test(tail) && (runOnStarters.has(lowerTail) || gluedStarters.has(lowerTail))
  const year = /^(?:19|20)\d\d$/.test(head)
  if (!opener || !(year || /^\p{Lu}?\p{Ll}+$/u.test(head))) {
    // "?" and "!" inside a word are brand names ("Yahoo!Finance") unless an opener follows.
    if (point.value !== '.') return undefined
    // "time", "Kremlin": not "U", "USA", "iPhone" or "v1".
    if (!/^\p{Lu}?\p{Ll}+$/u.test(head) || head.length < 2) return undefined
    // "analysis", or "Analysis" after a lowercase word ("war.Analysts"): "St.Petersburg" and
    // "System.Collections" are names.
    const tailLower = /^\p{Ll}{2,}$/u.test(tail)
    const tailCapital = /^\p{Lu}\p{Ll}+$/u.test(tail) && (/^\p{Ll}/u.test(head) || calendarWords.has(head))
    if (!tailLower && !tailCapital) return undefined
    // A dictionary word has a vowel; "js", "pdf", "html" are suffixes of names.
    if (!/[aeiouy]/.test(lowerTail)) return undefined
    if (topLevelDomains.has(lowerTail) || fileExtensions.has(lowerTail)) return undefined
    if (lowerTail.length <= 3 && !shortSentenceStarters.has(lowerTail)) return undefined
  } else if (head.length < 2) return undefined
  // "fc.context", "np.array": a word that ends a sentence has a vowel; a namespace of two or
  // three consonants is code.
  if (!year && !/[aeiouy]/i.test(head)) return undefined
  // "approx.five", "vs.the": a missing space after an abbreviation, not a sentence end.
  if (codeReceivers.has(head.toLowerCase()) || abbreviations.has(head.toLowerCase())) return undefined
  return {fix: `${head}${point.value} ${tail.charAt(0).toUpperCase()}${tail.slice(1)}`, stop: point.value}
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
  summary: 'Two sentences joined with no space after the stop ("time.analysis", "Monday.The") or with no stop at all ("on Tuesday The prefect").'
}
