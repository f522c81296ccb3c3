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
  bylineOutlets,
  datelineOpeners,
  datelineWords,
  nameParticles,
  photoAgencies,
  shareBarNetworks,
  shareBarWords
} from '../data/page-furniture.js'
import {englishMonths, englishWeekdays} from '../data/calendar.js'
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
/** "AFP", "AFP and Reuters", "AFP, Reuters": one agency or several. */
const agencyList = String.raw`(?:${agencies})(?:\s*(?:,|\/|&|\band\b|\bet\b)\s*(?:${agencies}))*`
const withAgency = String.raw`\s*,?\s*(?:with|avec)\s+${agencyList}`
/** "By Jane Doe and John Roe with AFP", then what else the byline line holds (group 1). */
const byline = new RegExp(String.raw`^(?:${alternation(bylineOpeners)})\s+${names}(?:${withAgency})?(?=\s*(?:[|,•·–—-]|$))\s*(?:[|,•·–—-]\s*)?(.*)$`, 'u')
/** "Jane Doe with AFP", "(With AFP)", "(with AFP and Reuters)": a byline without "By". */
const agencyCredit = new RegExp(String.raw`^\(?\s*(?:(?:\d{1,3}\s+)?(?:${personName})(?=\s+(?:with|avec)\s)${withAgency}|(?:[Ww]ith|[Aa]vec)\s+${agencyList})\s*\)?$`, 'u')
/** "Source: AFP", "(Sources : AFP, Reuters)": the wire credit of a rewritten dispatch, alone on its line. */
const sourceCredit = new RegExp(String.raw`^\(?\s*(?:Sources?|SOURCES?)\s*:\s*(?:${agencyList}|(?:www\.)?[a-z\d\-]+(?:\.[a-z\d\-]+)*\.(?:fr|com|ca|be|ch|net|org|info|eu|qc\.ca))\s*\)?\.?$`, 'u')
/** What may follow the names on a byline line: a reporter's title ("special correspondent in Kyiv"). */
const bylineTitle = /^(?:(?:(?:our|special|notre|senior|chief)\s+)?(?:correspondent|correspondante?|envoyée? spéciale?|envoy|envoys|reporter|journalist|journaliste|editor|rédaction|staff writer)\b[^.!?]{0,40}|(?:in|à|from|at|depuis|en)\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)$/iu

const datelineOpener = new Set(datelineOpeners)
const datelineWord = new Set(datelineWords)
const datelineAnchor = /^(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|yesterday|today|hier|aujourd)/u
/** Openers of a date line that also open prose: "Le 12/03/2024 à 10h32" and its MT "The …", "On …". */
const weakOpeners = new Set(['le', 'the', 'on'])
const clockToken = /^\d{1,2}[:h]\d{2}$/u
const numericDate = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/u
/** English and French month and weekday names, lowercase, as alternations. */
const months = [...englishMonths.map((month) => month.toLowerCase()), 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].join('|')
const weekdays = [...englishWeekdays.map((day) => day.toLowerCase()), 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].join('|')
const monthWord = new RegExp(`^(?:${months})$`, 'u')
const dateToken = /^(?:\d{1,4}(?:st|nd|rd|th|er)?|\d{1,2}[:h]\d{2}|\d{1,2}h|\d{1,4}(?:[./]\d{1,4}){1,2})$/u

// The expressions that every line is tested against are named here, not written where they
// are tested: a regular expression literal is a new object each time it is evaluated, and
// these are evaluated for every line of every file.
const datelineStop = /[\s,;|•·–—():-]/u
const trailingPoints = /\.+$/u
/** A clock time ("10:32", "10h32"), looked for before a line is split into words. */
const clockHint = /\d[:hH]\d\d/u
const strictClockHint = /\d[:hH][0-5]\d/u
const shareBarStop = /[\s|•·,/]/u
/** A capital and a point, perhaps after a bracket: how a desk writer's initials open a line. */
const initialsOpening = /^\(?\s*\p{Lu}\./u
const commissionedHint = / (?:POUR|FOR) /u

/**
 * The text before the first `stop`, undefined when it is empty. Asked of every line: a search
 * gives the word's end without the match array of an `exec`.
 */
function leadingWord(text: string, stop: RegExp): string | undefined {
  const end = text.search(stop)
  if (end === 0 || text === '') return undefined
  return end === -1 ? text : text.slice(0, end)
}

/**
 * The line's first word when it may open a date line (a date-line word or a weak opener).
 * Asked of every line of every paragraph: the first word settles most of them. No opener
 * holds a hyphen or a colon, so cutting there too leaves an opener whole.
 */
function datelineFirstWord(text: string): string | undefined {
  const first = leadingWord(text, datelineStop)?.toLowerCase().replace(trailingPoints, '')
  return first !== undefined && (datelineOpener.has(first) || weakOpeners.has(first)) ? first : undefined
}

/**
 * "Published on March 3, 2024 at 10:32, updated at 11:05", "Publié le 3 mars 2024 à 10h32 -
 * Mis à jour le …": a line that opens with a date-line word and holds nothing but such words,
 * dates and times, and names a date or time.
 */
function isDateline(text: string, first = datelineFirstWord(text)): boolean {
  if (first === undefined) return false
  // After a weak opener the line needs a clock time (below): most prose lines that start with
  // "The" or "On" have none, and are settled here without splitting them into words.
  if (!datelineOpener.has(first) && !clockHint.test(text)) return false
  const words = text
    .toLowerCase()
    .split(/[\s,;|•·–—()]+|-(?=\s)|(?<=\s)-|:(?!\d)/u)
    .map((word) => word.replace(trailingPoints, ''))
    .filter((word) => word !== '')
  if (words.length < 2) return false
  if (!datelineOpener.has(words[0]!)) {
    // "Le 12/03/2024 à 10:32", "On 12/03/2024 at 10:32": an opener of prose too, so the line
    // must name both a date and a clock time.
    if (!weakOpeners.has(words[0]!) || !words.some((word) => clockToken.test(word))) return false
    if (!words.some((word) => numericDate.test(word) || monthWord.test(word))) return false
  }
  if (!words.some((word) => datelineAnchor.test(word))) return false
  return words.every((word) => datelineWord.has(word) || weakOpeners.has(word) || dateToken.test(word))
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
  // cheap tests settle nearly every line first, the line's last word before a search of it all.
  if (endsWithAgency(text) && agencyJoin.test(text) && agencyCredit.test(text)) return true
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
  const first = leadingWord(text, shareBarStop)?.toLowerCase()
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
/** The longest line `imageFileLine` can match: a name of 80 characters, a point, an extension of 4. */
const maxImageFileLine = 85

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

/**
 * "Credit: AFP", "Crédit : Jane Doe / Reuters", "Video: AFP", "Photo © AFP", "Photo AFP":
 * a credit label and an agency, alone on the line and without a full stop (a line that ends
 * with one is a sentence about a credit).
 */
const creditLine = new RegExp(
  String.raw`^(?:(?:Photo|Photos|Video|Vidéo|Image|Images)\s+)?(?:Credits?|Crédits?|Photos?|Videos?|Vidéos?|Images?|Illustration)\s*[:©]?\s*(?:${personName}\s*\/\s*)?(?:${creditAgencies})(?:\s*(?:\/|,|and|et)\s*(?:${creditAgencies}))*$`,
  'u'
)
/** "AFP Photo", "Reuters Video": an agency, then what it supplied. */
const agencyMedia = new RegExp(String.raw`^(?:${creditAgencies})\s*\/?\s*(?:Photo|Photos|Video|Vidéo|Image|Images|PHOTO|VIDEO)$`, 'u')
/** "Getty Images via AFP", "© MAXPPP": agencies alone on the line. */
const agencyAlone = new RegExp(String.raw`^(?:©\s*)?(?:${creditAgencies})(?:\s*(?:\/|,|via)\s*(?:${creditAgencies}))*$`, 'u')
/**
 * "PHOTO OLIVIER JEAN, LA PRESSE", "PHOTO TIRÉE DE FACEBOOK": the credit line of Quebec
 * newspapers (La Presse, Le Devoir, Le Journal de Montréal), in capitals, and its MT.
 */
const capitalCredit =
  /^(?:PHOTOS?|VIDÉO|VIDEO|IMAGE|ILLUSTRATION|ARCHIVES|CAPTURE D['’]ÉCRAN|SCREENSHOT|SCREEN CAPTURE)\s+(?:[\p{Lu}\d][^\p{Ll},]{1,60},\s*[^\p{Ll}]{2,60}|(?:TIRÉES?|FOURNIES?|PROVIDED|TAKEN|FROM|COURTESY|COURTOISIE|ARCHIVES|D['’]ARCHIVES|ARCHIVE|FILE|SUPPLIED|SUBMITTED)\s[^\p{Ll}]{2,100})$/u
/**
 * The agency and editor's initials that Swiss and Belgian news sites put at the foot of a
 * dispatch ("ats/afp", "ATS/NXP", "belga/jdo").
 */
const agencyInitials = /^(?:ats|ATS|afp|AFP|ap|AP|reuters|Reuters|dpa|DPA|belga|Belga|BELGA|keystone-ats|Keystone-ATS)(?:\s*\/\s*[\p{L}]{2,5}){1,3}$/u
/** "00:00 / 03:12": the time display of an audio or video player. */
const playerTime = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u
/** "3 / 12": a photo gallery's counter, the slash spaced. */
const galleryCounter = /^(\d{1,3}) \/ (\d{1,3})$/u
/** "Lecture : 2min", "Reading: 3 minutes": a reading time, the number run into its unit or not. */
const readingTime = /^(?:Reading(?: time)?|Read time|Lecture|Temps de lecture|Durée de lecture)\s*:?\s*\d{1,2}\s?(?:min|mins|minutes?)\.?$/iu

/**
 * The metered paywall's count of what is left ("You have 80% of this article left to read",
 * French "Il vous reste 80 % de cet article à lire") and its MT, at the start of a line.
 */
const paywallRemainder = new RegExp(
  [
    String.raw`^(?:You (?:still )?have|There (?:is|are|remains?) (?:still )?)\s*\d{1,3}\s?%\s+(?:of (?:this|the) article\s+)?(?:left|remaining)(?:\s+to (?:be )?read)?`,
    String.raw`^\d{1,3}\s?% of (?:this|the) article (?:remains|is left) to (?:be )?read`,
    String.raw`^(?:It|There) remains? (?:you )?\d{1,3}\s?% of (?:this|the) article`,
    String.raw`^Il vous reste (?:encore )?\d{1,3}\s?%`
  ].join('|'),
  'u'
)

/**
 * The line WordPress's feed template adds under each post ("The post … appeared first on …",
 * French locale "L’article … est apparu en premier sur …"), which republishing sites scrape.
 */
const feedFooter = /^(?:The post [\p{Lu}\d"“‘'«].{0,250} appeared first on [\p{Lu}\d].{0,80}|L['’]article [\p{Lu}\d"“‘'«].{0,250} est apparu en premier sur [\p{Lu}\d].{0,80})$/u
/** "Themes: Ukraine, Russia": the labels MT makes of "Thèmes :", "Sujets :", a list without a sentence's stop. */
const labelList = /^(?:Themes|Subjects|Tagged|Labels|Étiquettes|Key words|Key-words)\s*:\s*[^.!?\n]{1,150}$/u

/** "12/03/2024 10:32", "12.03.2024 - 10h32": a numeric date, perhaps with a time, alone on its line. */
const numericDateLine = /^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})(?:\s*(?:[-–,|]|à|at)?\s*\d{1,2}[:h]\d{2})?$/u

/** "Current Time 0:00", "Duration 2:47", "Playback Rate 1x": the control bar of the video.js player, as text. */
const playerControl = /^(?:Current Time|Remaining Time|Duration(?: Time)?|Playback Rate)\s*-?\d{1,2}(?::\d{2}){1,2}(?:\s*\/\s*(?:Duration(?: Time)?\s*)?\d{1,2}(?::\d{2}){1,2})?$|^Playback Rate\s*\d(?:\.\d+)?x$/u

/** "(opens in a new window)": the label of a link, kept in the text of a share button. */
const newWindow = /\((?:opens|open|s['’]ouvre) in (?:a )?new (?:window|tab)\)/giu

/** "2 hours ago", "about 5 min ago": a relative time stamp alone on its line. */
const relativeTime = /^(?:about |environ )?\d{1,3}\s*(?:min|mins|minutes?|h|hrs?|hours?|days?)\s+ago$/iu

/** An author after a date line: names, or a user name in lowercase ("admin"). */
const authorName = new RegExp(String.raw`^(?:${names}|[\p{Ll}\d_.\-]{2,30})$`, 'u')

/** "Posted on March 3, 2024 by admin": a date line, then its author's name or handle. */
function datelineWithAuthor(text: string): boolean {
  // Cut at the last " by " without a regex: a line of many spaces would make one backtrack.
  const by = text.lastIndexOf(' by ')
  const par = text.lastIndexOf(' par ')
  if (by === -1 && par === -1) return false
  const cut = by > par ? by : par
  const author = text.slice(cut + (by > par ? 4 : 5)).trim()
  return author !== '' && isDateline(text.slice(0, cut).trim()) && authorName.test(author)
}

/**
 * "LUDOVIC MARIN / POOL / AFP", "YOAN VALAT / EPA / MAXPPP": a credit that names a pool or a
 * second agency between the photographer and the agency, after a caption's last sentence or
 * alone, at the line's end. Every segment is a few capitalised words; the last is an agency.
 */
const creditSegment = String.raw`\p{Lu}[\p{L}\d'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\d'’.\-]*){0,3}`
const layeredCredit = new RegExp(
  String.raw`(?:^|(?<=[.!?…]["”’»)]?)[ \t]+)${creditSegment}(?:[ \t]*\/[ \t]*${creditSegment}){1,3}[ \t]*\/[ \t]*(?:${creditAgencies})[ \t]*$`,
  'u'
)
/**
 * "ED ALCOCK / MYOP POUR « LE MONDE »" and its MT "… FOR “LE MONDE”": Le Monde's credit of a
 * commissioned photo, in capitals (the photographer's two names at least), at the line's end.
 */
const commissionedCredit = /(?:^|(?<=[.!?…]["”’»)]?)[ \t]+)\p{Lu}[\p{Lu}'’.\-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.\-]*){1,3}(?:[ \t]*\/[ \t]*\p{Lu}[\p{Lu}\d'’.\-]*(?:[ \t]+\p{Lu}[\p{Lu}\d'’.\-]*){0,2}){0,2}[ \t]+(?:POUR|FOR)[ \t]+[«“"][ \t\u00A0\u202F]*\p{Lu}[\p{Lu}'’ \-]{1,30}?[ \t\u00A0\u202F]*[»”"][ \t]*$/u
/** "franceinfo avec AFP", "France 24 with AFP": an outlet a name pattern does not read, and the agency. */
const outletCredit = new RegExp(String.raw`^\(?\s*(?:${alternation(bylineOutlets)})\s*(?:,|\/|with|avec|and|et)\s*${agencyList}\s*\)?$`, 'u')
// Asked of every line: one set lookup of its first two characters, not a scan of the outlets.
const outletStarts = new Set(bylineOutlets.map((outlet) => outlet.slice(0, 2)))

/** "J.D. avec AFP", "J.-M.D. with AFP": a desk writer's initials and the agency (BFMTV, Le Parisien). */
const initialsCredit = new RegExp(String.raw`^\(?\s*\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}\s+(?:with|avec)\s+${agencyList}\s*\)?$`, 'u')

/**
 * "March 3, 2024 at 10:32 a.m.", "3 mars 2024 à 10h32", "Monday, March 3, 2024 - 10:32": a
 * date and a clock time alone on a line, an article's time stamp without its label. The time
 * is required: a date alone heads a changelog's entry too.
 */
const dateTimeLine = new RegExp(
  String.raw`^(?:(?:${weekdays}),?\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:${months})|(?:${months})\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\s*(?:[,|–—-]|à|at)?\s*${clock}\.?$`,
  'iu'
)

/** Whole-line furniture of a shape: the label, or undefined. */
export function lineShape(text: string): string | undefined {
  if (bylineHit(text)) return 'byline'
  if ((outletStarts.has(text.slice(0, 2)) || (text.startsWith('(') && outletStarts.has(text.slice(1, 3)))) && outletCredit.test(text)) return 'byline'
  if (sourceCredit.test(text)) return 'source line'
  // The part before " by " starts as the line does: no date-line opener, neither can hold.
  const first = datelineFirstWord(text)
  if (first !== undefined && (isDateline(text, first) || datelineWithAuthor(text))) return 'publication date line'
  if (text.length <= 60 && strictClockHint.test(text) && dateTimeLine.test(text)) return 'publication date line'
  if (initialsOpening.test(text) && initialsCredit.test(text)) return 'byline'
  if (relativeTime.test(text) || numericDateLine.test(text)) return 'publication date line'
  if (creditLine.test(text) || agencyMedia.test(text) || agencyAlone.test(text) || capitalCredit.test(text)) return 'photo credit'
  if (agencyInitials.test(text)) return 'agency credit'
  if (playerTime.test(text) || playerControl.test(text)) return 'player time display'
  const counter = galleryCounter.exec(text)
  if (counter && Number(counter[1]) >= 1 && Number(counter[1]) <= Number(counter[2])) return 'gallery counter'
  if (readingTime.test(text)) return 'reading-time notice'
  if (paywallRemainder.test(text)) return 'paywall prompt'
  if (feedFooter.test(text)) return 'feed footer'
  if (labelList.test(text)) return 'tag list'
  if (stampLine.test(text)) return 'live-blog time stamp'
  if (isShareBar(text)) return 'share bar'
  // Every line that got this far is asked: its length settles nearly all without a backtracking run.
  if (text.length <= maxImageFileLine && imageFileLine.test(text)) return 'image file name'
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
  // Two slashes at least: a photographer, a pool or partner, then the agency.
  const layered = !trailing && text.indexOf('/') !== text.lastIndexOf('/') ? layeredCredit.exec(text) : null
  if (layered) hits.push({start: layered.index, end: layered.index + layered[0].trimEnd().length, label: 'photo credit'})
  const commissioned = commissionedHint.test(text) ? commissionedCredit.exec(text) : null
  if (commissioned) hits.push({start: commissioned.index, end: commissioned.index + commissioned[0].trimEnd().length, label: 'photo credit'})
  if (text.includes('new ')) {
    for (const match of text.matchAll(newWindow)) hits.push({start: withSpaceBefore(text, match.index), end: match.index + match[0].length, label: 'link label'})
  }
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
  // Nearly every line has none: no second list for it.
  if (hits.length === 0) return hits
  // Spans may overlap ("(Photo © AFP)"): the earlier, longer one stands.
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: ShapeHit[] = []
  // Kept spans never overlap and come in order: the last one reaches furthest.
  for (const hit of hits) if (hit.start >= (kept.at(-1)?.end ?? 0)) kept.push(hit)
  return kept
}
