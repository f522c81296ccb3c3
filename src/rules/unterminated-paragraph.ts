import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {nodeText, paragraphText, treeViews} from './support/views.js'
import type {VFile} from 'vfile'
import {photoAgencies} from './data/page-furniture.js'
import {neverFinalWords, rarelyFinalWords} from './data/sentence-words.js'
import {blockKind} from './support/block-kind.js'
import {isPlainLowercase} from './support/sentence-stops.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'
import {escapeRegExp} from './support/regexp-source.js'

const id = 'unterminated-paragraph'

/**
 * Thresholds, measured on the seed article: its headings, related-article headlines and page
 * boilerplate have at most 14 words and 2 sentences ("Ukraine: tension between the Wagner
 * group and the Russian army? Moscow speaks after Soledar"), its body paragraphs 35 words or
 * more. The body limits sit between the two with a margin on each side.
 */
const limits = {
  /** A paragraph ending on "the", "and", "its"… is cut from this length (not a one-word label). */
  neverFinalMinWords: 3,
  /** A paragraph ending on "at", "for", "with"… is cut from this length (headings strand prepositions). */
  rarelyFinalMinWords: 8,
  /** Any other paragraph without terminal punctuation is body text cut short from these sizes. */
  bodyMinWords: 20,
  bodyMinSentences: 2,
  /** A paragraph ending on a comma is cut from this length (salutations are shorter). */
  commaMinWords: 6,
  /** A paragraph whose sentence goes on, lowercase, in the next one is broken from this length. */
  brokenMinWords: 4,
  /**
   * A plain-text line this long is a paragraph on one line (as scraped pages have them), not
   * a line wrapped by hand: a single line break next to one also ends a paragraph.
   */
  unwrappedLineLength: 200
}

// Closing quotes, brackets and emphasis marks that may follow the terminal mark: `blows. »`,
// `(see above.)`, `**in one second.**`.
const closer = /[\s"'”’»›)\]}*_]/u
const terminals = new Set(['.', '?', '!', '…', ':', ';'])

/** Whether the text ends with `.`, `?`, `!`, `…`, `:` or `;`, closers after it aside. */
function endsWithTerminal(text: string): boolean {
  // Read from the end: a regex anchored at the end would be tried from every position.
  // Every closer and terminal is one UTF-16 unit, so the walk goes unit by unit.
  let end = text.length
  while (end > 0 && closer.test(text.charAt(end - 1))) end--
  return end > 0 && terminals.has(text.charAt(end - 1))
}
// Brackets, assignments, statement ends and comments of code.
const codeLike = /[(){}[\]=;<>`$|\\]|\/\/|\w\.\w/u
const markupExtensions = new Set(['.md', '.markdown', '.html', '.htm'])
// "- item", "* item", "• item", "1. item", "2) item", "a) item": list lines end as they like.
const listItem = /^\s*(?:[-*+•‣◦▪·–—]|\d+[.)]|\p{L}\))\s/u
// Markup that slipped into the text (Markdown links, badges, tables, headings, HTML tags):
// not prose, so not a paragraph that lost its full stop.
const markupLine = /^\s*(?:[<|[!#>{]|```)/u
// `[^<>]*`, not `[^>]*`: a tag holds no `<`, and the scan from each `<x` stops at the next one
// (text full of `<a` without `>` was otherwise rescanned to its end from each).
const markupInline = /\]\(|<\/?[a-z][^<>]*>/iu
// A photo caption ends on its credit, which takes no full stop: "… Credit: AFP Photo",
// "… THE CANADIAN PRESS/Jane Doe", "… Jane Doe / AFP". A labelled credit holds a colon, an
// agency's a slash: two patterns, so that a text is tried against the one its marks allow.
const agencyNames = photoAgencies.map(escapeRegExp).join('|')
const labelledCreditEnd = /\b(?:credits?|crédits?|photo)(?: photo)?\s*:\s*[^.:\n]{1,60}$/iu
const agencyCreditEnd = new RegExp(
  String.raw`(?:\b(?:${agencyNames})\s*\/\s*\p{L}[\p{L} .'’-]{0,40}|\p{L}[\p{L} .'’-]{0,40}\/\s*(?:${agencyNames}))$`,
  'iu'
)

export default function unterminatedParagraph() {
  return (tree: Root, file: VFile) => {
    const paragraphs = treeViews(tree).paragraphs
    const source = String(file.value ?? '')
    // Markdown and HTML put badges, image text and headings between paragraphs, which read as
    // prose once the markup is gone: only plain text is judged for broken sentences.
    const plain = !markupExtensions.has((file.extname ?? '').toLowerCase())
    paragraphs.forEach((paragraph, index) => {
      // Markdown and HTML say what a block is: only a body paragraph must end a sentence.
      const kind = blockKind(paragraph)
      if (kind !== undefined && kind !== 'paragraph') return
      const text = paragraphText(tree, paragraph)
      const trimmed = text.trim()
      const lastWord = unterminatedLastWord(paragraph, trimmed, plain)
      const broken = lastWord || !plain ? undefined : brokenSentence(tree, paragraph, trimmed, paragraphs[index + 1], source)
      // Only a line break inside a sentence can break it: most paragraphs are one line.
      if (plain && kind === undefined && text.includes('\n')) {
        for (const inner of brokenInside(paragraph, source)) {
          if (inner.next !== undefined) report(file, inner.word, inner.next)
          else {
            const actual = nodeText(inner.word)
            reportFinding(file, id, inner.word.position, inner.comma ? commaReason(actual) : danglingReason(actual), actual)
          }
        }
      }
      if (!lastWord && !broken) return
      if (broken) {
        report(file, broken.word, broken.next)
        return
      }
      if (!lastWord) return
      const {word, dangling, comma} = lastWord
      const actual = nodeText(word)
      const reason = comma
        ? commaReason(actual)
        : dangling
        ? danglingReason(actual)
        : `Unexpected end of paragraph after \`${actual}\` without terminal punctuation, ` +
          'expected `.`, `?`, `!` or `…`'
      reportFinding(file, id, word.position, reason, actual)
    })
  }
}

function commaReason(actual: string): string {
  return `Unexpected end of paragraph on a comma after \`${actual}\`: the sentence is cut off, expected the rest of it and a full stop`
}

function danglingReason(actual: string): string {
  return `Unexpected end of paragraph on \`${actual}\`: the sentence is cut off mid-phrase, expected the rest of it and a full stop`
}

function report(file: VFile, word: Word, next: string): void {
  const actual = nodeText(word)
  const reason =
    `Unexpected end of paragraph after \`${actual}\`: the sentence goes on in the next paragraph ` +
    `(\`${next}\`), expected the two parts joined`
  reportFinding(file, id, word.position, reason, actual)
}

/**
 * A single line break inside a sentence, next to a line of 200 characters or more (a paragraph
 * on one line, not a line wrapped by hand), between prose with no stop and a line going on in
 * lowercase: a paragraph break that cut the sentence. The parser keeps the two lines in one
 * sentence, so the break is found inside it. Only the two lines around the break decide, so a
 * text judged whole or piece by piece gives the same findings.
 */
function brokenInside(paragraph: Paragraph, source: string): Array<{word: Word; next?: string; comma?: boolean}> {
  const found: Array<{word: Word; next?: string; comma?: boolean}> = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const children = sentence.children
    let lineWords = 0
    children.forEach((node, index) => {
      if (node.type === 'WordNode') lineWords++
      if (node.type !== 'WhiteSpaceNode' || !node.value.includes('\n')) return
      const before = children[index - 1]
      const first = children[index + 1]
      const second = children[index + 3]
      const words = lineWords
      lineWords = 0
      if (before?.type === 'WordNode' && danglingLineEnd(before, words, children, index, source)) {
        found.push({word: before})
        return
      }
      const beforeComma = children[index - 2]
      if (before?.type === 'PunctuationNode' && before.value === ',' && beforeComma?.type === 'WordNode' && words >= limits.commaMinWords) {
        if (proseLineBefore(source, node.position?.start.offset) !== undefined) found.push({word: beforeComma, comma: true})
        return
      }
      if (before?.type !== 'WordNode' || first?.type !== 'WordNode' || second?.type !== 'WordNode') return
      if (words < limits.brokenMinWords || !/\p{Ll}$/u.test(nodeText(before))) return
      const gap = children[index + 2]
      if (gap?.type !== 'WhiteSpaceNode' || gap.value !== ' ') return
      if (!isPlainLowercase(first) || !/^\p{Ll}+$/u.test(nodeText(second))) return
      const at = node.position?.start.offset
      if (at === undefined || !unwrappedAround(source, at)) return
      found.push({word: before, next: `${nodeText(first)} ${nodeText(second)}`})
    })
  }
  return found
}

/**
 * A sentence broken in two at a paragraph break: the paragraph ends on a word with no stop and
 * the next one goes on in lowercase ("…the reform would be presented" / "next week to the
 * council."), as a scraped page leaves where a link, an image or an advertisement stood. The
 * break must be a blank line here: a text wrapped by hand breaks its sentences at every line
 * (for texts of unwrapped lines, see `brokenInside`). Returns the paragraph's last word and the
 * next paragraph's first two.
 */
function brokenSentence(
  tree: Root,
  paragraph: Paragraph,
  text: string,
  next: Paragraph | undefined,
  source: string
): {word: Word; next: string} | undefined {
  // Asked of nearly every paragraph, which ends on a stop: that test comes first.
  if (!endsWithLowercase(text)) return undefined
  if (!next) return undefined
  const nextKind = blockKind(next)
  if (nextKind !== undefined && nextKind !== 'paragraph') return undefined
  const end = paragraph.position?.end.offset
  const start = next.position?.start.offset
  if (end === undefined || start === undefined) return undefined
  const between = source.slice(end, start)
  if (!/\n[^\S\n]*\n/.test(between)) return undefined
  const lines = text.split('\n')
  if (listItem.test(lines[0] ?? '') || listItem.test(lines.at(-1) ?? '')) return undefined
  if (lines.some((line) => markupLine.test(line)) || markupInline.test(text)) return undefined
  if (endsOnCredit(text)) return undefined
  const words = paragraphWords(paragraph)
  const word = words.at(-1)
  if (!word || words.length < limits.brokenMinWords || isTitleCase(words)) return undefined
  if (word.position?.end.offset !== paragraph.position?.end.offset) return undefined
  // The next paragraph opens with two plain lowercase words: prose going on, not a code line,
  // a URL or a name written lowercase.
  const nextText = paragraphText(tree, next).trim()
  if (markupLine.test(nextText) || listItem.test(nextText)) return undefined
  // Code pasted in the text breaks its lines anywhere: both sides must read as prose.
  if (codeLike.test(lines.at(-1) ?? '') || codeLike.test(nextText.split('\n')[0] ?? '')) return undefined
  const [first, second] = paragraphWords(next)
  if (!first || !second || !isPlainLowercase(first) || !/^\p{Ll}+$/u.test(nodeText(second))) return undefined
  if (first.position?.start.offset !== next.position?.start.offset) return undefined
  return {word, next: `${nodeText(first)} ${nodeText(second)}`}
}

/**
 * A line of a text of unwrapped lines (each line a paragraph, as scraped pages keep them) that
 * ends on a word no sentence ends on ("the", "and", "its"), or on a preposition after a body
 * line of eight words or more: the paragraph was cut, as `unterminatedLastWord` finds for a
 * paragraph that blank lines separate. Title Case headings, list lines, markup and credits are
 * left alone, as there.
 */
function danglingLineEnd(
  word: Word,
  words: number,
  children: Sentence['children'],
  index: number,
  source: string
): boolean {
  const last = nodeText(word).toLowerCase()
  const never = neverFinalWords.has(last) && words >= limits.neverFinalMinWords
  const rarely = rarelyFinalWords.has(last) && words >= limits.rarelyFinalMinWords
  if (!never && !rarely) return false
  const line = proseLineBefore(source, children[index]?.position?.start.offset)
  if (line === undefined || markupInline.test(line) || endsOnCredit(line)) return false
  if (rarely && !never) {
    const lineWords: Word[] = []
    for (let back = index - 1; back >= 0; back--) {
      const node = children[back]
      if (node?.type === 'WhiteSpaceNode' && node.value.includes('\n')) break
      if (node?.type === 'WordNode') lineWords.push(node)
    }
    if (isTitleCase(lineWords)) return false
  }
  return true
}

/**
 * The line that ends at the break at `at`, trimmed, when the text is one of unwrapped lines
 * there and the line is prose: not a list item, a line of markup or code. Undefined otherwise.
 */
function proseLineBefore(source: string, at: number | undefined): string | undefined {
  if (at === undefined || !unwrappedAround(source, at)) return undefined
  const line = source.slice(source.lastIndexOf('\n', at - 1) + 1, at).trim()
  return listItem.test(line) || markupLine.test(line) || codeLike.test(line) ? undefined : line
}

/** Whether the line ending at `offset` or the line after it is a paragraph on one line. */
function unwrappedAround(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1
  const nextBreak = source.indexOf('\n', offset + 1)
  const nextEnd = nextBreak === -1 ? source.length : nextBreak
  const newline = source.indexOf('\n', offset)
  return newline - lineStart >= limits.unwrappedLineLength || nextEnd - (newline + 1) >= limits.unwrappedLineLength
}

/**
 * Whether `text` ends on a lowercase letter. The regex sees the last two units only (a letter
 * outside the BMP is two): anchored at the end of the whole text, it would be tried from
 * every position of it.
 */
function endsWithLowercase(text: string): boolean {
  return /\p{Ll}$/u.test(text.slice(-2))
}

/**
 * Whether the text ends on a photo credit. The agency pattern, tried from every position and
 * from each letter up to 41 characters on, is slow: it runs only on a text with a slash.
 */
function endsOnCredit(text: string): boolean {
  return (text.includes(':') && labelledCreditEnd.test(text)) || (text.includes('/') && agencyCreditEnd.test(text))
}

/** Whether `text` holds a letter or a digit: an ASCII one is found by its code, others by the regex. */
function hasLetterOrDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128) return /[\p{L}\p{N}]/u.test(text)
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return true
  }
  return false
}

/** The words of a paragraph that hold a letter or a digit, in order. */
function paragraphWords(paragraph: Paragraph): Word[] {
  const words: Word[] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    for (const node of child.children) {
      if (node.type === 'WordNode' && hasLetterOrDigit(nodeText(node))) words.push(node)
    }
  }
  return words
}

/** The paragraph's last word when the paragraph looks cut off, and whether it dangles. */
function unterminatedLastWord(paragraph: Paragraph, text: string, plain: boolean): {word: Word; dangling: boolean; comma?: boolean} | undefined {
  // Most paragraphs end a sentence: that test comes first, and looks at the end alone.
  if (endsWithTerminal(text)) return undefined
  const lines = text.split('\n')
  if (listItem.test(lines[0] ?? '') || listItem.test(lines.at(-1) ?? '')) return undefined
  if (lines.some((line) => markupLine.test(line)) || markupInline.test(text)) return undefined
  if (endsOnCredit(text)) return undefined

  const words: Word[] = []
  let sentences = 0
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    sentences++
    for (const node of child.children) {
      if (node.type === 'WordNode' && hasLetterOrDigit(nodeText(node))) words.push(node)
    }
  }
  const word = words.at(-1)
  if (!word) return undefined

  const endsOnWord = word.position?.end.offset === paragraph.position?.end.offset
  // "…the minister said," then nothing: a comma ends no English sentence. Salutations and
  // letter closes ("Dear colleagues,", "Yours sincerely,") are shorter than a body clause. In
  // Markdown and HTML a comma may lead into a code block or a list, so only plain text is judged.
  if (plain && text.endsWith(',') && words.length >= limits.commaMinWords && word.position?.end.offset === (paragraph.position?.end.offset ?? 0) - 1) {
    return {word, dangling: true, comma: true}
  }
  const last = nodeText(word).toLowerCase()
  if (endsOnWord && neverFinalWords.has(last) && words.length >= limits.neverFinalMinWords) {
    return {word, dangling: true}
  }
  if (
    endsOnWord &&
    rarelyFinalWords.has(last) &&
    words.length >= limits.rarelyFinalMinWords &&
    !isTitleCase(words)
  ) {
    return {word, dangling: true}
  }
  // The points of a URL split sentences and its parts count as words: "https://…" makes a
  // block of links look long, so such a paragraph is judged on its last word only.
  const long = words.length >= limits.bodyMinWords && sentences >= limits.bodyMinSentences
  if (long && !text.includes('://')) {
    return {word, dangling: false}
  }
  return undefined
}

/** "What We Are Fighting For": a heading, which English lets end on a preposition. */
function isTitleCase(words: Word[]): boolean {
  const long = words.map((word) => nodeText(word)).filter((text) => text.length >= 4)
  const capitalised = long.filter((text) => /^\p{Lu}/u.test(text))
  return long.length > 0 && capitalised.length / long.length >= 0.6
}

export const unterminatedParagraphRule: RuleDefinition = {
  id,
  plugin: unterminatedParagraph,
  severity: 'warning',
  category: 'Linguistic conventions/Punctuation',
  summary: 'A body paragraph that ends without terminal punctuation, as a truncated one does.'
}
