import type {Root, Sentence, Word} from 'nlcst'
import {nodeText, paragraphText, treeViews, type TreeViews} from './support/views.js'
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
const quotedJoin = /(?<=\p{Ll}{2})[.?!]["”’»)](?=\p{Lu}\p{Ll})/uy

/**
 * A stop glued to an opening quote and a capital ("Monday.“This", "lundi.« C'est"): the next
 * sentence opens with a quotation. An opening quote never follows a stop with no space.
 */
const openedJoin = /(?<=\p{Ll}{2})[.?!](?=[“«][ \u00A0\u202F]?\p{Lu})/uy

/** The run-on sentence openers as a sentence writes them ("The|They|…"), for the block-text joins below. */
const capitalisedStarters = [...runOnStarters].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|')

/**
 * A stop after a percent sign, a closing bracket or an acronym, glued to a capitalised sentence
 * opener ("5%.The", "(AFP).They", "NATO.The"): the word-level check wants a lowercase or
 * capitalised word before the point, so these are found in the block text.
 */
const closedJoin = new RegExp(
  `(?<=\\d%|[)\\]]|\\b\\p{Lu}{2,6})[.?!](?=(?:${capitalisedStarters})\\b)`,
  'uy'
)

/**
 * Weekdays and months, capitalised: "Tuesday.Russian forces" is a join, as "war.Analysts" is.
 * Not May: "the May.June issue" names a double issue.
 */
const calendarWords = new Set([...englishWeekdays, ...englishMonths.filter((month) => month !== 'May')])

/** The parser also splits at an exclamation mark glued to the next word ("won!They"). */
const exclaimedJoin = new RegExp(
  `(?<=\\p{Ll}{2})!(?=(?:${capitalisedStarters})\\b)`,
  'uy'
)

/**
 * Where a block may hold a glued join: a stop followed, at once or after a quote or bracket,
 * by a capital. Every join pattern above matches at such a stop and nowhere else, so each is
 * tried at these few places instead of from every character of the block (each opens with a
 * lookbehind, which a scan would try at every one).
 */
const joinCandidate = /[.?!](?=(?:["”’»)]|[“«][ \u00A0\u202F]?)?\p{Lu})/gu

// The join patterns (sticky: each is tried at one stop), in the order their findings are reported.
const joinPatterns = [quotedJoin, exclaimedJoin, openedJoin, closedJoin]

export default function fusedSentence() {
  return (tree: Root, file: VFile) => {
    const views = treeViews(tree)
    if (sentencesInParagraphs(views)) {
      for (const paragraph of views.paragraphs) {
        if (!mayJoin(paragraphText(tree, paragraph))) continue
        for (const child of paragraph.children) if (child.type === 'SentenceNode') checkSentence(child, file)
      }
    } else {
      for (const sentence of views.sentences) checkSentence(sentence.node, file)
    }
    const report = createReporter(file, id)
    for (const block of views.blocks) {
      const text = block.text
      const candidates = joinCandidates(text)
      if (candidates === undefined) continue
      for (const pattern of joinPatterns) {
        // As a global scan would: the next match starts at or after the end of the last.
        let from = 0
        for (const at of candidates) {
          if (at < from) continue
          pattern.lastIndex = at
          const match = pattern.exec(text)
          if (!match) continue
          const actual = match[0]
          from = at + actual.length
          report(
            block,
            at,
            from,
            `Unexpected \`${actual}\` with no space after it: two sentences run together, expected \`${actual} \``,
            [`${actual} `]
          )
        }
      }
    }
  }
}

/** The offsets of `joinCandidate` stops in `text`, or undefined when it has none (most blocks). */
function joinCandidates(text: string): number[] | undefined {
  joinCandidate.lastIndex = 0
  let match = joinCandidate.exec(text)
  if (!match) return undefined
  const found: number[] = []
  while (match) {
    found.push(match.index)
    match = joinCandidate.exec(text)
  }
  return found
}

/**
 * What a paragraph's text must hold for a sentence of it to have a join: a stop glued to a
 * letter ("time.analysis", "Kremlin.The": the word after the stop opens with one), or a
 * lowercase letter or digit, one space and a run-on opener written as a sentence starts it,
 * then a space or a comma ("on Monday The minister", "Tuesday However,"). Few paragraphs hold
 * either; the sentences of the others are not walked.
 */
const stopThenLetter = /[.?!]\p{L}/u
const openerAfterWord = new RegExp(`[\\p{Ll}\\d] (?:${capitalisedStarters})[ ,]`, 'u')

function mayJoin(text: string): boolean {
  return stopThenLetter.test(text) || openerAfterWord.test(text)
}

/**
 * Whether every sentence lies in a paragraph, as parse-latin puts it: the paragraphs' text
 * then tells which sentences to walk. A tree built otherwise has every sentence walked.
 */
function sentencesInParagraphs(views: TreeViews): boolean {
  let count = 0
  for (const paragraph of views.paragraphs) {
    for (const child of paragraph.children) if (child.type === 'SentenceNode') count++
  }
  return count === views.sentences.length
}

function checkSentence(sentence: Sentence, file: VFile): void {
  const children = sentence.children
  let wordsBefore = 0
  // Words since the last punctuation mark: a run-on needs a clause before it, not a label
  // ("* **{String}**: str The string to test.").
  let wordsInRun = 0
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    if (node.type !== 'WordNode') {
      if (node.type === 'WhiteSpaceNode') {
        if (node.value.includes('\n')) wordsBefore = wordsInRun = 0
      } else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') wordsInRun = 0
      continue
    }
    const enough = wordsBefore >= minWordsBefore
    const clause = wordsInRun >= minWordsBefore
    wordsBefore++
    wordsInRun++
    if (!enough) continue
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
      continue
    }
    if (clause) runOn(sentence, index, file)
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
  const starter = nodeText(opener)
  if (!mayBeCapitalised(starter)) return
  const word = nodeText(before)
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
 * Whether `text` may open with a capital: asked of most words of the file, so an ASCII first
 * letter is judged by its code, and only other characters by the Unicode class.
 */
function mayBeCapitalised(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 128 ? /^\p{Lu}/u.test(text) : code >= 65 && code <= 90
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
