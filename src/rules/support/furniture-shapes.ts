/**
 * Page furniture recognised by its shape rather than by a phrase: bylines, publication date
 * lines, live-blog time stamps, share bars flattened into one line, and photo credits in
 * brackets, after a caption or after ©. Each detector reads one line's text (already trimmed)
 * and answers with the span to delete, in offsets of that text.
 */
import {
  bracketCreditLabels,
  bylineAgencies,
  bylineOpeners,
  datelineOpeners,
  datelineWords,
  nameParticles,
  photoAgencies,
  shareBarNetworks,
  shareBarWords
} from '../data/page-furniture.js'
import {phraseSource} from './regexp-source.js'

export interface ShapeHit {
  start: number
  end: number
  /** How the reason names the furniture ("byline", "photo credit"). */
  label: string
}

function alternation(items: readonly string[]): string {
  return [...items].sort((a, b) => b.length - a.length).map(phraseSource).join('|')
}

// A name word is taken whole (nothing of a word may follow it), so that a long word cannot be
// cut into names and separators in every possible way.
const nameWord = String.raw`\p{Lu}[\p{L}'’\-]*\.?(?![\p{L}'’\-.])`
const particles = alternation(nameParticles.filter((particle) => !/['’]$/.test(particle)))
/** "Jane Doe", "J. R. Smith", "Ursula von der Leyen", "Valéry Giscard d'Estaing": up to four words. */
const personName = String.raw`${nameWord}(?:\s+(?:(?:${particles})\s+)*(?:d['’])?${nameWord}){0,3}`
const agencies = alternation(bylineAgencies)
const names = String.raw`${personName}(?:(?:\s*,\s*|\s+(?:and|et|&)\s+)${personName})*`
const withAgency = String.raw`\s*,?\s*(?:with|avec)\s+(?:${agencies})`
/** "By Jane Doe and John Roe with AFP", then what else the byline line holds (group 1). */
const byline = new RegExp(String.raw`^(?:${alternation(bylineOpeners)})\s+${names}(?:${withAgency})?(?=\s*(?:[|,•·–—-]|$))\s*(?:[|,•·–—-]\s*)?(.*)$`, 'u')
/** "Jane Doe with AFP", "(With AFP)": a byline without "By". */
const agencyCredit = new RegExp(String.raw`^\(?\s*(?:(?:${personName})(?=\s+(?:with|avec)\s)${withAgency}|(?:With|Avec)\s+(?:${agencies}))\s*\)?$`, 'u')
/** What may follow the names on a byline line: a reporter's title ("special correspondent in Kyiv"). */
const bylineTitle = /^(?:(?:our|special|notre|senior|chief)\s+)?(?:correspondent|correspondante?|envoyée? spéciale?|reporter|journalist|journaliste|editor|rédaction|staff writer)\b[^.!?]{0,40}$/iu

const datelineOpener = new Set(datelineOpeners)
const datelineWord = new Set(datelineWords)
const datelineAnchor = /^(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|yesterday|today|hier|aujourd)/u
const dateToken = /^(?:\d{1,4}(?:st|nd|rd|th|er)?|\d{1,2}[:h]\d{2}|\d{1,2}h|\d{1,4}(?:[./]\d{1,4}){1,2})$/u

/**
 * "Published on March 3, 2024 at 10:32, updated at 11:05", "Publié le 3 mars 2024 à 10h32 -
 * Mis à jour le …": a line that opens with a date-line word and holds nothing but such words,
 * dates and times, and names a date or time.
 */
function isDateline(text: string): boolean {
  // Asked of every line of every paragraph: the first word settles most of them. No opener
  // holds a hyphen or a colon, so cutting there too leaves an opener whole.
  const first = /^[^\s,;|•·–—():-]+/u.exec(text)?.[0].toLowerCase().replace(/\.+$/u, '')
  if (first === undefined || !datelineOpener.has(first)) return false
  const words = text
    .toLowerCase()
    .split(/[\s,;|•·–—()]+|-(?=\s)|(?<=\s)-|:(?!\d)/u)
    .map((word) => word.replace(/\.+$/u, ''))
    .filter((word) => word !== '')
  if (words.length < 2 || !datelineOpener.has(words[0]!)) return false
  if (!words.some((word) => datelineAnchor.test(word))) return false
  return words.every((word) => datelineWord.has(word) || dateToken.test(word))
}

/** Lines that could be a byline: an opener first, or "with"/"avec" before an agency. */
const bylineOpening = new RegExp(String.raw`^(?:${alternation(bylineOpeners)})\s`, 'u')
const agencyJoin = /(?:[Ww]ith|[Aa]vec)\s/u
/** The last word of each agency's name: an agency credit's line ends with one. */
const agencyLastWords = new Set(bylineAgencies.map((agency) => agency.split(/\s+/u).at(-1)!))
const space = /\s/u

/** Whether the line's last word, before an optional closing bracket, ends an agency's name. */
function endsWithAgency(text: string): boolean {
  let end = text.endsWith(')') ? text.length - 1 : text.length
  while (end > 0 && space.test(text.charAt(end - 1))) end--
  let start = end
  while (start > 0 && !space.test(text.charAt(start - 1))) start--
  return agencyLastWords.has(text.slice(start, end))
}

/** A byline line, alone or with its date line after it. */
function bylineHit(text: string): boolean {
  // The name patterns are long Unicode expressions, costly to compile and to run; these two
  // cheap tests settle nearly every line first.
  if (agencyJoin.test(text) && endsWithAgency(text) && agencyCredit.test(text)) return true
  if (!bylineOpening.test(text)) return false
  const match = byline.exec(text)
  if (!match) return false
  const rest = (match[1] ?? '').trim()
  return rest === '' || isDateline(rest) || bylineTitle.test(rest)
}

const clock = String.raw`(?:[01]?\d|2[0-3])[:hH][0-5]\d(?:\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM))?(?:\s+(?:GMT|UTC|CET|CEST|BST|ET|EST|EDT))?`
/** A live-blog time stamp alone on its line ("10:32", "14h05"), the template's entry header. */
const stampLine = new RegExp(String.raw`^${clock}$`, 'u')

const networks = new Set(shareBarNetworks)
const barWords = new Set(shareBarWords)

/** "Facebook Twitter LinkedIn Email": share buttons, two networks at least and nothing else. */
function isShareBar(text: string): boolean {
  // The first word settles most lines without splitting the whole of them.
  const first = /^[^\s|•·,/]+/u.exec(text)?.[0].toLowerCase()
  if (first === undefined || !barWords.has(first)) return false
  const words = text.toLowerCase().split(/[\s|•·,/]+/u).filter((word) => word !== '')
  if (words.length < 2 || !words.every((word) => barWords.has(word))) return false
  return new Set(words.filter((word) => networks.has(word))).size >= 2
}

const creditAgencies = alternation([
  ...photoAgencies,
  ...photoAgencies.map((agency) => agency.replace(/\p{Lu}+/gu, (word) => (word.length <= 3 ? word : word[0] + word.slice(1).toLowerCase())))
])
/** "(Photo: Jane Doe / AFP)", "(Crédit : …)", "(AFP Photo)": a bracketed credit anywhere in a line. */
// The spaces before a credit go with it, but are counted in code: a regex that opened on them
// would retry every start of a long run of spaces.
const bracketCredit = new RegExp(
  String.raw`\((?:(?:${alternation(bracketCreditLabels)})\b|(?:${creditAgencies})\s+(?:Photo|photo)\b|©)[^()\n]{0,80}\)`,
  'gu'
)
/** "… outside the court. Jane Doe / AFP": a credit after a caption's last sentence, at the line's end. */
/** "protest-paris-2024.jpg": an image's file name, left where a scraper dropped the image. */
const imageFileLine = /^[\w.\-’' ]{1,80}\.(?:jpe?g|png|gif|webp|avif)$/iu

const trailingCredit = new RegExp(
  String.raw`(?:^|(?<=[.!?…]["”’»)]?)[ \t]+)(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*\s*\/\s*(?:${creditAgencies})(?:\s+(?:via|pour|for)\s+(?:Getty Images|AFP))?\s*$`,
  'u'
)
/**
 * "© AFP", "©Jane Doe/Reuters" up to the line's end, when that is short and names an agency:
 * a copyright line naming a person alone is a licence notice, not a photo's credit.
 */
const copyrightCredit = /©[^\n]*$/u
const creditAgency = new RegExp(String.raw`(?:^|[^\p{L}])(?:${creditAgencies})(?![\p{L}])`, 'u')
const maxCopyrightWords = 12

/** Where the spaces before `index` start, so that deleting the span leaves no double space. */
function withSpaceBefore(text: string, index: number): number {
  let start = index
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--
  return start
}

/**
 * The trailer of an embedded tweet, as X's embed code writes it under the tweet's text when
 * the script does not run: "— Jane Doe (@janedoe) March 3, 2024", and its "pic.twitter.com/…"
 * image link.
 */
const tweetTrailer = /(?:^|(?<=\S)[ \t]*)[—–-][ \t]*[^\n()]{1,60}\(@\w{1,30}\)[ \t]*(?:\p{L}+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})[ \t]*$/u
const tweetPicture = /(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/\w+/gu

/** Whole-line furniture of a shape: the label, or undefined. */
export function lineShape(text: string): string | undefined {
  if (bylineHit(text)) return 'byline'
  if (isDateline(text)) return 'publication date line'
  if (stampLine.test(text)) return 'live-blog time stamp'
  if (isShareBar(text)) return 'share bar'
  if (imageFileLine.test(text)) return 'image file name'
  return undefined
}

/**
 * Furniture of a shape inside a line (credits), in text order. A time stamp opening a
 * live-blog entry ("14h05 – The minister…") is not one: it is the entry's time, content of
 * the live blog, and only a stamp alone on its line is taken for the template's.
 */
export function spanShapes(text: string): ShapeHit[] {
  const hits: ShapeHit[] = []
  // Each line of every paragraph comes here: a plain character test spares the regexes.
  if (text.includes('(')) {
    for (const match of text.matchAll(bracketCredit)) {
      hits.push({start: withSpaceBefore(text, match.index), end: match.index + match[0].length, label: 'photo credit'})
    }
  }
  const trailing = text.includes('/') ? trailingCredit.exec(text) : null
  if (trailing) hits.push({start: trailing.index, end: trailing.index + trailing[0].trimEnd().length, label: 'photo credit'})
  if (text.includes('pic.')) {
    for (const match of text.matchAll(tweetPicture)) {
      hits.push({start: withSpaceBefore(text, match.index), end: match.index + match[0].length, label: 'social-media embed text'})
    }
  }
  const trailer = text.includes('(@') ? tweetTrailer.exec(text) : null
  if (trailer) hits.push({start: trailer.index, end: trailer.index + trailer[0].length, label: 'social-media embed text'})
  const copyright = text.includes('©') ? copyrightCredit.exec(text) : null
  if (copyright && copyright[0].trim().split(/\s+/).length <= maxCopyrightWords && creditAgency.test(copyright[0])) {
    hits.push({start: withSpaceBefore(text, copyright.index), end: copyright.index + copyright[0].length, label: 'photo credit'})
  }
  // Spans may overlap ("(Photo © AFP)"): the earlier, longer one stands.
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: ShapeHit[] = []
  for (const hit of hits) if (kept.every((other) => hit.start >= other.end)) kept.push(hit)
  return kept
}
