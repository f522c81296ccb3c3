import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {AMOUNT_BEFORE_SIGN, CURRENCY_MAGNITUDES, TIME_OF_DAY_WORDS} from './data/french-number-format.js'
import {createReporter} from './support/reporter.js'
import {treeViews} from './support/views.js'
import {listOr} from './support/wording.js'
import {SpanSet} from './support/span-overlaps.js'
import type {RuleDefinition} from './types.js'

const id = 'french-number-format'

/**
 * What may follow a number with a decimal comma for the comma to be read as decimal: units,
 * currencies and magnitudes (SI symbols, and the words French news pairs with figures). A bare
 * "1,2" stays unjudged: it may be a list or reference numbers.
 */
const units = new Set([
  '%', 'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'l', 'ml', 'cl', 'ha', '°', '°c', '°f', 'h', 'min', 's',
  'km²', 'm²', 'm³', 'gw', 'mw', 'kw', 'kwh', 'twh', 'gwh', 'mwh', 'v', 'hz', 'db', '€', '$', '£',
  'euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'franc', 'francs', 'million', 'millions',
  'billion', 'billions', 'trillion', 'thousand', 'percent', 'points', 'point', 'degrees', 'degree',
  'kilometers', 'kilometres', 'meters', 'metres', 'centimeters', 'centimetres', 'millimeters',
  'millimetres', 'kilograms', 'kilos', 'grams', 'tons', 'tonnes', 'liters', 'litres', 'hectares',
  'hours', 'minutes', 'seconds', 'years', 'months', 'days', 'weeks', 'times', 'children', 'inhabitants'
])

/**
 * A number as French writes it: thousands grouped by plain spaces, a decimal comma, a space
 * before "%". Not right after a letter, digit, point, comma, slash or hyphen, nor after a
 * number and a space ("in 2015 100 soldiers" is two numbers); no-break-space grouping is
 * french-spacing's.
 */
const frenchNumber = /(?<![\p{L}\p{N}_.,/\-])(?<!\p{N} )(\d{1,3}(?: \d{3})+(?!\d)|\d+)(\.\d+)?(?:,(\d+))?( ?%)?/gu

/** "14h30", "9 h 05", "14H30": a French time of day. */
const frenchTime = /(?<![\p{L}\p{N}_.,:])([01]?\d|2[0-3]) ?[hH] ?([0-5]\d)(?![\p{L}\p{N}])/gu

/**
 * "at 14h", "until 20 h": a French hour with no minutes, after a word that makes it a time of
 * day, or closing a range opened so ("from 9h to 17h", "between 8h and 10h").
 */
const hourSource = String.raw`(?:[01]?\d|2[0-3]) ?[hH]`
const frenchHour = new RegExp(
  String.raw`(?<=\b(?:${TIME_OF_DAY_WORDS.join('|')}) |\b(?:from|between) ${hourSource}(?: ?[0-5]\d)? (?:to|and) )([01]?\d|2[0-3]) ?[hH](?![\p{L}\p{N}'’]| ?\d)`,
  'giu'
)

/** "0: 45", "14: 30": a space after the colon of a time. */
const spacedTime = /(?<![\p{L}\p{N}_.,:])([01]?\d|2[0-3]): ([0-5]\d)(?![\p{N}]|:\d)/gu

/** "km / h", "m / s": spaces around the slash of a compound unit. */
const spacedUnit = /(?<![\p{L}\p{N}])(km|m|cm|mm|kg|g|mg|l|ml|kW|W|MW|€|\$|euros?) \/ (h|s|min|m²|km²|m2|km2|l|kg|g|an|year|day|month|person|capita|inhabitant)(?![\p{L}\p{N}])/gu

/**
 * "1.500.000", "12.000.000,50": millions grouped by points, as French news often writes them
 * (the Imprimerie nationale prescribes spaces, but the point is common in the press and in
 * Belgian and Swiss usage). Exactly three groups: two points can never be an English decimal,
 * and an IP address ("192.168.100.200") has four. Not after a letter, digit, point or slash
 * (a version, "v1.200.300"), nor before another point or a letter.
 */
const dottedMillions = /(?<![\p{L}\p{N}_.,/\-:])([1-9]\d{0,2})\.(\d{3})\.(\d{3})(?:,(\d{1,2}))?(?![\p{L}\p{N}_]|[.,:]\d)/gu

/**
 * "1'500'000", "CHF 25’000": thousands grouped by apostrophes, the usage of Swiss German and
 * Swiss French prices and figures ("CHF 1'000"). English groups by commas (Chicago Manual of Style, chapter 9, "Numbers").
 */
const apostropheThousands = /(?<![\p{L}\p{N}_.,'’])([1-9]\d{0,2})((?:['’]\d{3})+)(?:\.(\d{1,2}))?(?![\p{L}\p{N}_'’]|[.,]\d)/gu

/**
 * "1.500 euros", "20.000 people": thousands grouped by a point, before a currency word or a
 * count of people, which no English decimal is ("1.500 km" may be a decimal and is left alone).
 */
const dottedThousands = /(?<![\p{L}\p{N}_.,/\-:$€£])([1-9]\d{0,2})\.(\d{3})(?![\p{N}]|[.,]\d)(?=[ \u00A0\u202F](?:euros?|dollars?|francs|people|inhabitants|residents|jobs|soldiers|troops|deaths|victims|migrants|refugees|employees|workers|households|homes|students|children|demonstrators|protesters|participants|spectators|visitors|signatures)\b)/gu

/**
 * "24h/24", "7j/7": French shorthand for around the clock and every day of the week, which MT
 * copies; English writes "around the clock", "24/7", "seven days a week".
 */
const roundTheClock = /(?<![\p{L}\p{N}_/])(24 ?[hH] ?\/ ?24|7 ?[jJ] ?\/ ?7)(?![\p{L}\p{N}_/])/gu

/**
 * "Fr. 250", "3,5 Mio", "1,2 Mrd": the Swiss franc and the Swiss and German abbreviations of
 * million (Mio.) and milliard (Mia., Mrd.), as Swiss news writes them ("Fr. 250.-" for a whole
 * sum in francs). English writes "CHF 250" (the ISO 4217 code) and spells the magnitude.
 */
const swissFranc = /(?<![\p{L}\p{N}_])Fr\.[ \u00A0\u202F]?(\d[\d'’]*(?:[.,]\d+)?)(?:\.[-–—])?(?![\p{L}\p{N}_])/gu
const swissMagnitude = /(?<![\p{L}\p{N}_.,])(\d{1,4})(?:[.,](\d{1,3}))?[ \u00A0\u202F](Mio|Mia|Mrd)(?:\.(?=[ \u00A0\u202F]\p{Ll}))?(?![\p{L}\p{N}_])/gu

/**
 * What a block must hold for `frenchNumber` to find something to report in it: space-grouped
 * thousands ("10 000"), a decimal comma ("3,5") or a spaced percent sign ("17 %"), each a digit
 * and a space or comma then a digit, or a digit, a space and "%".
 */
const mayHoldFrenchNumber = /\d(?:[ ,]\d| %)/

function withCommas(digits: string): string {
  return digits.replace(/\B(?=(?:\d{3})+$)/g, ',')
}

/** The unit or word just after `index`, lowercased, or "" (a "%" or currency sign counts). */
function nextUnit(text: string, index: number): string {
  const match = /^ ?([%€$£°]|[\p{L}°²³]+)/u.exec(text.slice(index, index + 24))
  return match ? match[1]!.toLowerCase() : ''
}

/** A currency amount written French style, found before the other number patterns claim its figure. */
export interface CurrencyAmount {
  start: number
  end: number
  actual: string
  expected: string[]
}

/** The English form of an integer and decimals grouped French style, digits only. */
function englishFigure(integer: string, separator: string | undefined, fraction: string | undefined): {integer: string; fraction: string | undefined} {
  const digits = integer.replace(/[ \u00A0\u202F\u2009]/g, '')
  const grouped = digits !== integer
  // "3,500 €" is English thousands with a French sign; "3,5 €" and "1 250,75 €" are decimal.
  if (separator === ',' && fraction !== undefined && fraction.length === 3 && !grouped) {
    return {integer: withCommas(digits + fraction), fraction: undefined}
  }
  return {integer: grouped || digits.length > 4 ? withCommas(digits) : digits, fraction}
}

/** "500 k€" → "500,000": the amount times a thousand, in figures. */
function thousandsOf(integer: string, fraction: string | undefined): string {
  const decimals = (fraction ?? '').padEnd(3, '0')
  const digits = (integer.replace(/,/g, '') + decimals.slice(0, 3)).replace(/^0+(?=\d)/, '')
  const rest = decimals.slice(3)
  return withCommas(digits) + (rest === '' || /^0+$/.test(rest) ? '' : `.${rest}`)
}

/**
 * "15 €", "3,5 M€", "10 000 $", "1,2 G$": the currency sign after the amount, as French writes
 * it, with the amount itself in French format. English puts the sign first and spells the
 * magnitude ("€15", "€3.5 million" or "€3.5m", "$10,000", "$1.2 billion").
 */
export function currencyAmounts(text: string): CurrencyAmount[] {
  if (!/\d[ \u00A0\u202F\u2009]?(?:k|K|M|Mds?|Mrds?|G)?[€$£]/u.test(text)) return []
  const found: CurrencyAmount[] = []
  for (const match of text.matchAll(AMOUNT_BEFORE_SIGN)) {
    const [actual, rawInteger = '', separator, rawFraction, magnitude, sign = ''] = match
    const {integer, fraction} = englishFigure(rawInteger, separator, rawFraction)
    const scale = magnitude === undefined ? undefined : CURRENCY_MAGNITUDES[magnitude]
    let expected: string[]
    if (scale?.thousands) {
      expected = [`${sign}${thousandsOf(integer, fraction)}`]
    } else {
      const figure = `${sign}${integer}${fraction === undefined ? '' : `.${fraction}`}`
      expected = scale ? [`${figure} ${scale.word}`, `${figure}${scale.short}`] : [figure]
    }
    found.push({start: match.index, end: match.index + actual.length, actual, expected})
  }
  return found
}

function twelveHour(hour: number, minutes: string): string {
  const suffix = hour < 12 ? 'a.m.' : 'p.m.'
  const shown = hour % 12 === 0 ? 12 : hour % 12
  return `${shown}:${minutes} ${suffix}`
}

/**
 * A figure pattern besides the number and currency ones: `hint` is a plain test of what the
 * text must hold for `pattern` to match, run first because each pattern opens with a
 * lookbehind that irregexp tries at every character of the block, and most blocks hold no
 * such figure. `judge` names what a match is and its fixes, or skips it.
 */
interface FigurePattern {
  hint: RegExp
  /** Whether `pattern` may match where there is no digit: the others are not tried there. */
  digitless?: true
  pattern: RegExp
  judge: (match: RegExpMatchArray, text: string) => {what: string; expected: string[]} | undefined
}

const figurePatterns: FigurePattern[] = [
  {
    hint: /\d ?[hH] ?\d/,
    pattern: frenchTime,
    judge: (match) => {
      const hour = Number(match[1])
      const minutes = match[2]!
      return {what: 'French time format', expected: [`${hour}:${minutes}`, twelveHour(hour, minutes)]}
    }
  },
  {
    hint: /\d ?[hH]/,
    pattern: frenchHour,
    judge: (match, text) => {
      const hour = Number(match[1])
      // "at 20 h" is the calque rule's (*à 20 heures*, "at 8 pm"), over the same words.
      if (hour >= 13 && /\s/u.test(match[0]) && /\bat $/iu.test(text.slice(Math.max(0, match.index! - 3), match.index))) return undefined
      const shown = hour === 0 ? 'midnight' : hour === 12 ? 'noon' : `${hour % 12} ${hour < 12 ? 'a.m.' : 'p.m.'}`
      return {what: 'French time format', expected: [`${hour}:00`, shown]}
    }
  },
  {hint: /\d: \d/, pattern: spacedTime, judge: (match) => ({what: 'space in the time', expected: [`${match[1]}:${match[2]}`]})},
  {
    hint: /\d\.\d{3}\.\d{3}/,
    pattern: dottedMillions,
    judge: ([, head, thousands, units, cents]) => ({
      what: 'French number format',
      expected: [`${head},${thousands},${units}${cents === undefined ? '' : `.${cents}`}`]
    })
  },
  {
    hint: /\d\.\d{3}[ \u00A0\u202F]/u,
    pattern: dottedThousands,
    judge: ([, head, thousands]) => ({what: 'French number format', expected: [`${head},${thousands}`]})
  },
  {hint: /Fr\./, pattern: swissFranc, judge: (match) => ({what: 'Swiss franc format', expected: [`CHF ${match[1]!.replace(/['’]/gu, ',')}`]})},
  {
    hint: /\d[ \u00A0\u202F]M(?:io|ia|rd)/u,
    pattern: swissMagnitude,
    judge: ([, integer, fraction, unit]) => ({
      what: 'abbreviation',
      expected: [`${integer}${fraction === undefined ? '' : `.${fraction}`} ${unit === 'Mio' ? 'million' : 'billion'}`]
    })
  },
  {
    hint: /[hHjJ] ?\/ ?[27]/,
    pattern: roundTheClock,
    judge: ([whole]) => ({what: 'French shorthand', expected: /^24/.test(whole) ? ['around the clock', '24/7'] : ['seven days a week', '24/7']})
  },
  {
    hint: /\d['’]\d/,
    pattern: apostropheThousands,
    judge: ([, head, groups, cents]) => ({
      what: 'Swiss number format',
      expected: [`${head}${groups!.replace(/['’]/gu, ',')}${cents === undefined ? '' : `.${cents}`}`]
    })
  },
  {hint: / \/ /, digitless: true, pattern: spacedUnit, judge: (match) => ({what: 'spaced unit', expected: [`${match[1]}/${match[2]}`]})}
]

/**
 * French number, time and unit conventions left in English: "3,5 km" (decimal comma),
 * "10 000" (space-grouped thousands), "17 %", "14h30", "km / h". MT engines translate the
 * words around a figure and copy the figure as it was.
 */
export default function retextFrenchNumberFormat() {
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    for (const block of treeViews(tree).blocks) {
      const text = block.text
      // Every pattern but the spaced unit's ("km / h") needs a digit, which most blocks lack.
      const digits = /\d/.test(text)
      const amounts = digits ? currencyAmounts(text) : []
      const amountSpans = new SpanSet(amounts)
      for (const {start, end, actual, expected} of amounts) {
        report(block, start, end, `Unexpected currency sign after the amount \`${actual}\`, expected ${listOr(expected)}`, expected)
      }
      for (const match of digits && mayHoldFrenchNumber.test(text) ? text.matchAll(frenchNumber) : []) {
        const [whole, integer, point, fraction, percent] = match
        // A number with neither a space nor a comma is neither grouped, decimal nor a spaced
        // percentage: nothing to report (most numbers, "2023", "3.5", "45%").
        if (!whole.includes(' ') && !whole.includes(',')) continue
        const start = match.index
        // The figure of "3,5 €" is reported with its sign, above.
        if (amountSpans.overlaps(start, start + whole.length)) continue
        // "1,2,3" and "3,5,7" are lists, whatever follows.
        if (/^,\d/.test(text.slice(start + whole.length, start + whole.length + 2))) continue
        const grouped = integer!.includes(' ') && !integer!.startsWith('0')
        const afterFraction = start + integer!.length + (point?.length ?? 0) + (fraction === undefined ? 0 : fraction.length + 1)
        // Space-grouped thousands make the comma decimal; otherwise a unit or "%" must follow,
        // and three digits after it are English thousands ("3,500").
        // "0,75" and "48,8566" are decimal whatever follows: English thousands never start with
        // a lone 0 nor have more than three digits after the comma.
        const plainDecimal = fraction !== undefined && (integer === '0' || fraction.length >= 4)
        const decimal =
          fraction !== undefined && point === undefined && (grouped || plainDecimal || (fraction.length !== 3 && (percent !== undefined || units.has(nextUnit(text, afterFraction)))))
        let end = start + whole.length
        let fixed = withCommas(integer!.replace(/ /g, ''))
        if (fraction !== undefined && !decimal) {
          // Not this number's decimal comma ("3,500", a reference "1,2"): the integer part only.
          if (!grouped) continue
          end = start + integer!.length
        } else {
          if (!grouped && !decimal && percent !== ' %') continue
          if (point !== undefined) fixed += point
          if (decimal) fixed += `.${fraction}`
          if (percent !== undefined) fixed += '%'
        }
        const actual = text.slice(start, end)
        if (actual === fixed) continue
        report(block, start, end, `Unexpected French number format \`${actual}\`, expected \`${fixed}\``, [fixed])
      }
      for (const {hint, digitless, pattern, judge} of figurePatterns) {
        if ((!digits && !digitless) || !hint.test(text)) continue
        for (const match of text.matchAll(pattern)) {
          const verdict = judge(match, text)
          if (!verdict) continue
          const {what, expected} = verdict
          report(block, match.index, match.index + match[0].length, `Unexpected ${what} \`${match[0]}\`, expected ${listOr(expected)}`, expected)
        }
      }
    }
  }
}

export const frenchNumberFormat: RuleDefinition = {
  id,
  plugin: retextFrenchNumberFormat,
  severity: 'warning',
  category: 'Locale conventions/Number format',
  summary: 'French number, time, unit and currency formats ("3,5 km", "10 000", "17 %", "14h30", "km / h", "15 €").'
}
