import type {Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {
  breadcrumbRoots,
  breadcrumbSeparators,
  furniturePhrases,
  kindLabels,
  oneWordKickers,
  photoAgencies,
  type FurniturePhrase
} from './data/page-furniture.js'
import {fileLocation} from './support/file-location.js'
import {lineShape, spanShapes} from './support/furniture-shapes.js'
import {PhraseIndex} from './support/phrase-index.js'
import {treeViews, type SentenceView, type Token} from './support/views.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'
import {phraseSource} from './support/regexp-source.js'

const id = 'page-furniture'

/** A line longer than this is running text, whatever phrase it holds. */
const maxFurnitureWords = 60
/** A headline under a "Read also" line is short and ends without a full stop. */
const maxHeadlineWords = 25
/** "See also HuffPost:" is still a bare marker; more words after it are an inline headline. */
const maxWordsAfterMarker = 3

let index: PhraseIndex<FurniturePhrase> | undefined

function phraseIndex(): PhraseIndex<FurniturePhrase> {
  index ??= PhraseIndex.of(furniturePhrases)
  return index
}

let anywhereIndex: PhraseIndex<FurniturePhrase> | undefined

/**
 * The `anywhere` phrases alone (45 of some 500), in list order: past a line's first word no
 * other kind may match, and asking the whole index there tried every `line` and `start`
 * phrase that begins with a common word only to pass it over.
 */
function anywherePhrases(): PhraseIndex<FurniturePhrase> {
  anywhereIndex ??= PhraseIndex.of(furniturePhrases.filter((phrase) => phrase.at === 'anywhere'))
  return anywhereIndex
}

const agencies = [...photoAgencies].sort((a, b) => b.length - a.length).map(phraseSource).join('|')
/** "PAUL GYPTEAU / AFP A number of…": a credit in capitals, then the caption's first capital. */
const fusedCredit = new RegExp(String.raw`^(?:\p{Lu}[\p{Lu}'’.\-]*\s+){1,4}\/\s*(?:${agencies})(?=\s+\p{Lu})`, 'u')
/** "WAR IN UKRAINE – Is the war…": words in capitals, a dash, then text with lowercase. */
const kicker = /^((?:\p{Lu}[\p{Lu}'’\-]*\s+){0,5}\p{Lu}[\p{Lu}'’\-]*)\s+[–—-]\s+(?=\S)/u
const oneWord = new Set(oneWordKickers)
/** "LIVE. War in Ukraine…", "VIDÉO. Le ministre…": a known one-word kicker, a full stop, then the headline. */
// "INFO FRANCEINFO." and "EXCLUSIF LE PARISIEN.": a scoop kicker naming the outlet.
const dotKicker = new RegExp(String.raw`^(?:${oneWordKickers.map(phraseSource).join('|')})(?:\s+[\p{Lu}\d'’\-]{2,}){0,2}\.\s+(?=\p{Lu})`, 'u')
/** "News » World » Europe": items after chevrons, whatever the first, when two chevrons at least part them. */
const chevronTrail = /^\p{Lu}[^»›\n]{0,40}?(?:[ \t]*[»›][ \t]*\p{Lu}[^»›\n]{0,120}?){2,}$/u
const separator = `[${breadcrumbSeparators.replace(/[\]\\^-]/g, '\\$&')}]`
/** "Home » World » Europe": a root, then at least two more items after separators. */
const breadcrumb = new RegExp(String.raw`^(?:${breadcrumbRoots.join('|')})\s*${separator}[^\n]*?${separator}`, 'u')
const openingQuote = /^["“‘«'„]$/u
const chevron = /[»›]/u
/** A trail is short: longer lines with such a start are prose. */
const maxBreadcrumbWords = 20

/** "Read also" markers that a scraper ran into a paragraph, as French templates and their MT write them. */
const inlineMarkerWords = String.raw`(?:READ ALSO|Read also|READ MORE|ALSO READ|Also read|TO READ ALSO|To read also|To read too|Also to read|À LIRE AUSSI|À lire aussi|LIRE AUSSI|Lire aussi|À lire également|À LIRE ÉGALEMENT)`
/** "(READ ALSO: Storm closes three ports)": the marker and its headline in brackets. */
const bracketedMarker = new RegExp(String.raw`\(${inlineMarkerWords}[ \t]*:[^()\n]{1,200}\)`, 'gu')
/** "… the port said. READ ALSO: …": a marker with its colon after a sentence's end. */
const bareMarker = new RegExp(String.raw`${inlineMarkerWords}[ \t]*:`, 'gu')
const sentenceEndBefore = /[.!?…]["”’»)]?[ \t]+$/u

interface MarkerHit {
  start: number
  end: number
  bracketed: boolean
}

// Shared by every line without a marker; never written to.
const noMarkers: readonly MarkerHit[] = []
/** Letters that every marker holds: named once, since a regex literal is a new object each time it runs. */
const markerHint = /lso|ussi|LSO|USSI|galement|GALEMENT|READ MORE/u

/** Related-article markers inside a line, after its first sentence: bracketed ones whole, bare ones alone. */
function inlineMarkers(text: string): readonly MarkerHit[] {
  // Every marker ends with a colon: one character search settles most lines before the words'.
  if (!text.includes(':') || !markerHint.test(text)) return noMarkers
  const hits: MarkerHit[] = []
  for (const match of text.matchAll(bracketedMarker)) {
    if (match.index === 0) continue
    let start = match.index
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--
    hits.push({start, end: match.index + match[0].length, bracketed: true})
  }
  for (const match of text.matchAll(bareMarker)) {
    // Checked on a few characters before it: a lookbehind would rescan long runs of spaces.
    if (!sentenceEndBefore.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
    if (hits.some((hit) => match.index >= hit.start && match.index < hit.end)) continue
    hits.push({start: match.index, end: match.index + match[0].length, bracketed: false})
  }
  return hits.sort((a, b) => a.start - b.start)
}

interface Line {
  start: number
  end: number
  text: string
  sentences: Token[][]
  words: number
}

/** The text of `from`–`to` without its surrounding white space, with its file offsets. */
function trimmedLine(source: string, from: number, to: number, sentences: Token[][]): Line | undefined {
  const raw = source.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  const text = raw.trim()
  if (text === '') return undefined
  let words = 0
  for (const tokens of sentences) for (const token of tokens) if (token.kind === 'word') words++
  return {start: from + lead, end: from + lead + text.length, text, sentences, words}
}

/**
 * A paragraph's physical lines longer than this are a text wrapped to a width (e-mail, plain
 * text, Markdown source at 72–80 characters): the next line goes on with its sentence.
 */
const wrapWidth = 60
const sentenceEnd = /[.!?:;…"”»)]$/u

/**
 * Whether a physical line inside a paragraph stands on its own, as the lines of a page
 * copied from a browser do (a caption and its credit, or a list of share buttons, one line
 * each with a single break between), rather than going on with the text wrapped above it.
 * retext-english ends a paragraph at a blank line or after a sentence's end, so a credit under
 * a caption is read as the caption's continuation. A wrapped line goes on mid-sentence after a
 * long line; a line of its own follows a short one or a sentence's end, and does not begin in
 * lowercase. Only with the `eachLine` option: by default the rule reads paragraphs, since
 * native pages scraped the same way carry such furniture too and the false-alarm measure
 * (bench/eval.ts) counts it.
 */
function standsAlone(previous: string, next: string): boolean {
  if (next === '' || /^\p{Ll}/u.test(next)) return false
  return previous.length < wrapWidth || sentenceEnd.test(previous)
}

/**
 * The lines of a paragraph, each with its words as tokens: the paragraph whole, or with
 * `eachLine` cut where a physical line stands alone (see `standsAlone`).
 */
function linesOf(paragraph: Paragraph, source: string, tokensOf: SentenceCursor, eachLine: boolean): Line[] {
  const from = paragraph.position?.start.offset
  const to = paragraph.position?.end.offset
  if (from === undefined || to === undefined) return []
  const sentences: Token[][] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    const tokens = tokensOf.tokensOf(child)
    if (tokens) sentences.push(tokens)
  }
  const cuts = eachLine ? lineCuts(source, from, to) : undefined
  if (cuts === undefined || cuts.length === 0) {
    const line = trimmedLine(source, from, to, sentences)
    return line ? [line] : []
  }
  const lines: Line[] = []
  const bounds = [from, ...cuts, to]
  for (let part = 0; part + 1 < bounds.length; part++) {
    const start = bounds[part]!
    const end = bounds[part + 1]!
    const line = trimmedLine(source, start, end, sentences.flatMap((tokens) => tokensWithin(tokens, start, end)))
    if (line) lines.push(line)
  }
  return lines
}

/**
 * The tokens of each paragraph's sentences, read paragraph by paragraph in document order.
 * The views list sentences in that order too, so a paragraph's sentences come next in the
 * list: a cursor finds them, where a map from every sentence of the file cost a hash entry a
 * sentence and a lookup a sentence.
 */
class SentenceCursor {
  private next = 0
  constructor(private readonly sentences: readonly SentenceView[]) {}

  /** The tokens of `node`, listed at or after the cursor; undefined when it is not listed. */
  tokensOf(node: Sentence): Token[] | undefined {
    for (let index = this.next; index < this.sentences.length; index++) {
      const view = this.sentences[index]!
      if (view.node !== node) continue
      this.next = index + 1
      return view.tokens
    }
    return undefined
  }
}

/** The file offsets inside `from`–`to` where a physical line that stands alone begins. */
function lineCuts(source: string, from: number, to: number): number[] {
  const cuts: number[] = []
  let lineStart = from
  for (let at = source.indexOf('\n', from); at !== -1 && at < to; at = source.indexOf('\n', at + 1)) {
    const nextStart = at + 1
    let nextEnd = source.indexOf('\n', nextStart)
    if (nextEnd === -1 || nextEnd > to) nextEnd = to
    if (standsAlone(source.slice(lineStart, at).trim(), source.slice(nextStart, nextEnd).trim())) cuts.push(nextStart)
    lineStart = nextStart
  }
  return cuts
}

/** A sentence's tokens that lie in `start`–`end`, framed by the sentence's edges; none when none lie there. */
function tokensWithin(tokens: Token[], start: number, end: number): Token[][] {
  const inner = tokens.filter((token) => token.kind !== 'edge' && token.start?.offset !== undefined && token.start.offset >= start && token.start.offset < end)
  if (inner.length === 0) return []
  if (inner.length === tokens.length - 2) return [tokens]
  return [[tokens[0]!, ...inner, tokens[tokens.length - 1]!]]
}

interface PhraseHit {
  phrase: FurniturePhrase
  /** Words of the line after the phrase. */
  wordsAfter: number
}

/** The first furniture phrase of the line: `start` ones at its first word, `anywhere` ones anywhere. */
function findPhrase(line: Line, phrases: PhraseIndex<FurniturePhrase>, anywhere: PhraseIndex<FurniturePhrase>): PhraseHit | undefined {
  if (line.words > maxFurnitureWords) return undefined
  // An index, not `entries()`: asked of every line, whose iterator and pairs were garbage.
  for (let number = 0; number < line.sentences.length; number++) {
    const tokens = line.sentences[number]!
    let firstWord = -1
    for (let position = 1; position < tokens.length - 1; position++) {
      const token = tokens[position]!
      if (token.kind !== 'word') continue
      if (firstWord === -1) firstWord = position
      // Past the line's first word only `anywhere` phrases may match: that index holds no other.
      const opens = number === 0 && position === firstWord
      for (const {value, end} of (opens ? phrases : anywhere).matchesAt(tokens, position)) {
        // Running text that quotes a notice ("we use cookies", it said) is not the notice.
        if (value.at === 'anywhere' && openingQuote.test(tokens[position - 1]?.text ?? '')) continue
        let after = 0
        for (let rest = end; rest < tokens.length; rest++) if (tokens[rest]!.kind === 'word') after++
        for (const later of line.sentences.slice(number + 1)) for (const t of later) if (t.kind === 'word') after++
        // A button or heading ("Advertisement", "Comments:") is the whole line.
        if (value.at === 'line' && after > 0) continue
        return {phrase: value, wordsAfter: after}
      }
    }
  }
  return undefined
}

/** Short, capitalised (after a list bullet), and not ended by a full stop. */
function looksLikeHeadline(line: Line): boolean {
  const text = line.text.replace(/^[•·▪►›*-]\s*/u, '')
  return line.words > 0 && line.words <= maxHeadlineWords && /^\p{Lu}/u.test(text) && !/[.…]["'”’»)]*$/u.test(text)
}

/** At most eight words of a long line, for the reason. */
function shortened(text: string): string {
  const words = text.split(/\s+/)
  return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')}…`
}

/** The rule's options (see docs/rules.md#page-furniture). */
export interface PageFurnitureOptions {
  /**
   * Read a physical line that stands alone inside a paragraph as a line of its own (text
   * copied from a browser, where each block of the page is a line); see `standsAlone`.
   */
  eachLine?: boolean
}

/**
 * Page furniture scraped with the article: cookie and consent notices, video-player and
 * ad-blocker notices, "Read also" lines and the headlines under them, comment forms, paywall,
 * share and newsletter prompts (each line one finding), section kickers ("WAR IN UKRAINE –")
 * and photo credits run into a caption ("NAME / AFP A number of…"). The suggestion is deletion.
 */
export default function retextPageFurniture(options: PageFurnitureOptions = {}) {
  const eachLine = options.eachLine === true
  const phrases = phraseIndex()
  const anywhere = anywherePhrases()
  return function (tree: Root, file: VFile) {
    const source = String(file.value ?? '')
    const place = fileLocation(file)
    const views = treeViews(tree)
    const tokensOf = new SentenceCursor(views.sentences)

    // `null`: no suggestion (an explicit undefined would take the default).
    const report = (start: number, end: number, reason: string, expected: string[] | null = ['']) => {
      const startPoint = place.toPoint(start)
      const endPoint = place.toPoint(end)
      if (!startPoint || !endPoint) return
      reportFinding(file, id, {start: startPoint, end: endPoint}, reason, source.slice(start, end), expected ?? undefined)
    }

    // The marker of the related-articles box whose headlines the next lines may be.
    let marker: string | undefined
    for (const paragraph of views.paragraphs) for (const line of linesOf(paragraph, source, tokensOf, eachLine)) {
      const hit = findPhrase(line, phrases, anywhere)
      if (hit) {
        report(line.start, line.end, `Unexpected ${kindLabels[hit.phrase.kind]} \`${shortened(line.text)}\`, remove it`)
        const bare = hit.phrase.kind === 'related-links' && hit.wordsAfter <= maxWordsAfterMarker && !/[.!?]$/.test(line.text)
        marker = bare ? line.text : undefined
        continue
      }
      if (marker !== undefined && looksLikeHeadline(line)) {
        report(line.start, line.end, `Unexpected headline \`${shortened(line.text)}\` under \`${marker}\`, remove it`)
        continue
      }
      marker = undefined
      if (line.words <= maxBreadcrumbWords && (breadcrumb.test(line.text) || (chevron.test(line.text) && chevronTrail.test(line.text)))) {
        report(line.start, line.end, `Unexpected ${kindLabels.breadcrumb} \`${shortened(line.text)}\`, remove it`)
        continue
      }
      const shape = line.words <= maxFurnitureWords ? lineShape(line.text) : undefined
      if (shape) {
        report(line.start, line.end, `Unexpected ${shape} \`${shortened(line.text)}\`, remove it`)
        continue
      }
      const credit = fusedCredit.exec(line.text)
      if (credit) {
        report(line.start, line.start + credit[0].length, `Unexpected photo credit \`${credit[0]}\` run into the caption, remove it`)
        continue
      }
      let taken = 0
      const dotted = dotKicker.exec(line.text)
      if (dotted) {
        report(line.start, line.start + dotted[0].length, `Unexpected section kicker \`${dotted[0].trim()}\`, remove it`)
        taken = dotted[0].length
      }
      const kick = taken === 0 ? kicker.exec(line.text) : null
      if (kick && /\p{Ll}/u.test(line.text.slice(kick[0].length))) {
        const words = kick[1]!.split(/\s+/)
        if (words.length >= 2 || oneWord.has(words[0]!)) {
          report(line.start, line.start + kick[0].length, `Unexpected section kicker \`${kick[0].trim()}\`, remove it`)
          taken = kick[0].length
        }
      }
      for (const hit of spanShapes(line.text)) {
        if (hit.start < taken) continue
        const text = line.text.slice(hit.start, hit.end)
        report(line.start + hit.start, line.start + hit.end, `Unexpected ${hit.label} \`${shortened(text.trim())}\`, remove it`)
      }
      for (const hit of inlineMarkers(line.text)) {
        const text = line.text.slice(hit.start, hit.end).trim()
        if (hit.bracketed) report(line.start + hit.start, line.start + hit.end, `Unexpected related-articles link \`${shortened(text)}\` run into the text, remove it`)
        // Where the headline after the marker ends is not known: no deletion is offered.
        else report(line.start + hit.start, line.start + hit.end, `Unexpected related-articles link \`${text}\` run into the text, remove it and the headline after it`, null)
      }
    }
  }
}

export const pageFurniture: RuleDefinition = {
  id,
  plugin: retextPageFurniture,
  severity: 'warning',
  category: 'Accuracy/Addition',
  summary: 'Page furniture scraped with the article: cookie notices, "Read also" links, comment forms, bylines, date lines, ad labels, navigation, kickers, photo credits.',
  options: {eachLine: 'boolean'}
}
