import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {englishMonths, englishWeekdays} from './data/calendar.js'
import {createReporter} from './support/reporter.js'
import {treeViews} from './support/views.js'
import type {RuleDefinition} from './types.js'

const id = 'weekday-date'

export interface WeekdayDateOptions {
  /** The document's date, `YYYY-MM-DD`: dates without a year are read in the year nearest it. */
  date?: string
}

const weekdays = englishWeekdays
const months = englishMonths
const monthNames = months.join('|')
const ordinal = '(?:st|nd|rd|th)?'

/** "Friday, January 20", "Friday January 20th, 2023", "Friday 20 January", "Friday, the 20th of January 2023". */
const weekdayDatePattern = new RegExp(
  String.raw`\b(${weekdays.join('|')}),?\s+(?:(${monthNames})\s+(\d{1,2})${ordinal}\b|(?:the\s+)?(\d{1,2})${ordinal}(?:\s+of)?\s+(${monthNames})\b)(?:,?\s+((?:1[89]|20)\d\d)\b)?`,
  'giu'
)

/**
 * A weekday name anywhere, under the same flags: every match of the pattern above starts with
 * one. Looking for the name alone is five times cheaper than trying the whole pattern, with its
 * word boundary and case folding, at every character of every block; few blocks hold one.
 */
const weekdayName = new RegExp(`(?:${weekdays.join('|')})`, 'iu')

/** Full dates that say which year the document is about: "January 20, 2023", "20 January 2023", "2023-01-20". */
const fullDates = [
  new RegExp(String.raw`\b(${monthNames})\s+(\d{1,2})${ordinal},?\s+((?:1[89]|20)\d\d)\b`, 'giu'),
  new RegExp(String.raw`\b(\d{1,2})${ordinal}\s+(${monthNames})\s+((?:1[89]|20)\d\d)\b`, 'giu'),
  /\b((?:1[89]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/gu
]

function monthIndex(name: string): number {
  return months.findIndex((month) => month.toLowerCase() === name.toLowerCase())
}

/** Milliseconds of a calendar date, or undefined when it does not exist (February 30). */
function dayOf(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month, day)
  const date = new Date(time)
  return date.getUTCMonth() === month && date.getUTCDate() === day ? time : undefined
}

function parseDate(text: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '')
  return match ? dayOf(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined
}

/** The latest full date written in the text: the document is about that time, or later. */
function latestDate(source: string): number | undefined {
  let latest: number | undefined
  for (const pattern of fullDates) {
    for (const match of source.matchAll(pattern)) {
      const [, a, b, c] = match
      const time = pattern === fullDates[2]
        ? dayOf(Number(a), Number(b) - 1, Number(c))
        : pattern === fullDates[0]
          ? dayOf(Number(c), monthIndex(a!), Number(b))
          : dayOf(Number(c), monthIndex(b!), Number(a))
      if (time !== undefined && (latest === undefined || time > latest)) latest = time
    }
  }
  return latest
}

/** The year that puts month/day nearest the document's date (a December date in a January article is last year's). */
function nearestYear(reference: number, month: number, day: number): number {
  const year = new Date(reference).getUTCFullYear()
  let best = year
  let distance = Infinity
  for (const candidate of [year - 1, year, year + 1]) {
    const time = dayOf(candidate, month, day)
    if (time !== undefined && Math.abs(time - reference) < distance) {
      distance = Math.abs(time - reference)
      best = candidate
    }
  }
  return best
}

function weekdayOf(year: number, month: number, day: number): string | undefined {
  const time = dayOf(year, month, day)
  return time === undefined ? undefined : weekdays[new Date(time).getUTCDay()]!.toLowerCase()
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

/**
 * A weekday that does not fall on its date: "Monday, January 20, 2023" (a Friday). MT engines
 * re-render dates token by token and sometimes change one of their parts. The year comes from
 * the date itself, else the document's date (`file.data.documentDate`, then the rule's `date`
 * option), else the latest full
 * date written in the text (then a weekday right in the year before or after is let be); with
 * none, nothing is said.
 */
export default function retextWeekdayDate(options: WeekdayDateOptions = {}) {
  const configured = parseDate(options.date)
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    // The command layer may put the document's date on the file (`--date`, or the corrections
    // file's `published`); it speaks for this document, so it wins over the configured one.
    const stated = typeof file.data.documentDate === 'string' ? parseDate(file.data.documentDate) : undefined
    const known = stated ?? configured
    let reference: number | undefined | null = known ?? null
    for (const block of treeViews(tree).blocks) {
      if (!weekdayName.test(block.text)) continue
      for (const match of block.text.matchAll(weekdayDatePattern)) {
        const [, weekday, monthFirst, dayAfter, dayFirst, monthAfter, yearText] = match
        const month = monthIndex((monthFirst ?? monthAfter)!)
        const day = Number(dayAfter ?? dayFirst)
        let year: number
        if (yearText) year = Number(yearText)
        else {
          if (reference === null) reference = latestDate(String(file.value ?? ''))
          if (reference === undefined) continue
          year = nearestYear(reference, month, day)
          // A year guessed from the text may be a year off (a text written in 2018 can name
          // "January 1, 2020"): only a weekday wrong in the years either side too is reported.
          if (known === undefined && [year - 1, year + 1].some((other) => weekdayOf(other, month, day) === weekday!.toLowerCase())) continue
        }
        const time = dayOf(year, month, day)
        if (time === undefined) continue
        const actual = weekdays[new Date(time).getUTCDay()]!
        if (actual.toLowerCase() === weekday!.toLowerCase()) continue
        const date = `${months[month]} ${day}, ${year}`
        const expected = weekday === weekday!.toLowerCase() ? actual.toLowerCase() : actual
        report(
          block,
          match.index,
          match.index + weekday!.length,
          `Unexpected \`${capitalised(weekday!)}\`: ${date} is a ${actual}, expected \`${expected}\``,
          [expected]
        )
      }
    }
  }
}

export const weekdayDateRule: RuleDefinition = {
  id,
  plugin: retextWeekdayDate,
  severity: 'warning',
  category: 'Accuracy/Mistranslation',
  summary: 'A weekday that does not fall on its date ("Monday, January 20, 2023", a Friday).',
  options: {date: 'string'},
  // A date that is no calendar day would be ignored in silence: the rule would fall back on
  // the text's own dates, and the config would seem to work.
  checkOption: (key, value) =>
    key === 'date' && parseDate(value as string) === undefined ? `expected a calendar date as YYYY-MM-DD, such as \`2023-01-20\`, not ${JSON.stringify(value)}` : undefined
}
