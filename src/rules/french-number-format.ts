import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {createReporter} from './support/reporter.js'
import {treeViews} from './support/views.js'
import {listOr} from './support/wording.js'
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

/** "14h30", "9 h 05": a French time of day. */
const frenchTime = /(?<![\p{L}\p{N}_.,:])([01]?\d|2[0-3]) ?h ?([0-5]\d)(?![\p{L}\p{N}])/gu

/** "0: 45", "14: 30": a space after the colon of a time. */
const spacedTime = /(?<![\p{L}\p{N}_.,:])([01]?\d|2[0-3]): ([0-5]\d)(?![\p{N}]|:\d)/gu

/** "km / h", "m / s": spaces around the slash of a compound unit. */
const spacedUnit = /(?<![\p{L}\p{N}])(km|m|cm|mm|kg|g|mg|l|ml|kW|W|MW|€|\$|euros?) \/ (h|s|min|m²|km²|m2|km2|l|kg|g|an|year|day|month|person|capita|inhabitant)(?![\p{L}\p{N}])/gu

function withCommas(digits: string): string {
  return digits.replace(/\B(?=(?:\d{3})+$)/g, ',')
}

/** The unit or word just after `index`, lowercased, or "" (a "%" or currency sign counts). */
function nextUnit(text: string, index: number): string {
  const match = /^ ?([%€$£°]|[\p{L}°²³]+)/u.exec(text.slice(index, index + 24))
  return match ? match[1]!.toLowerCase() : ''
}

function twelveHour(hour: number, minutes: string): string {
  const suffix = hour < 12 ? 'a.m.' : 'p.m.'
  const shown = hour % 12 === 0 ? 12 : hour % 12
  return `${shown}:${minutes} ${suffix}`
}

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
      for (const match of text.matchAll(frenchNumber)) {
        const [whole, integer, point, fraction, percent] = match
        const start = match.index
        // "1,2,3" and "3,5,7" are lists, whatever follows.
        if (/^,\d/.test(text.slice(start + whole.length, start + whole.length + 2))) continue
        const grouped = integer!.includes(' ') && !integer!.startsWith('0')
        const afterFraction = start + integer!.length + (point?.length ?? 0) + (fraction === undefined ? 0 : fraction.length + 1)
        // Space-grouped thousands make the comma decimal; otherwise a unit or "%" must follow,
        // and three digits after it are English thousands ("3,500").
        const decimal =
          fraction !== undefined && point === undefined && (grouped || (fraction.length !== 3 && (percent !== undefined || units.has(nextUnit(text, afterFraction)))))
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
      for (const match of text.matchAll(frenchTime)) {
        const hour = Number(match[1])
        const minutes = match[2]!
        const options = [`${hour}:${minutes}`, twelveHour(hour, minutes)]
        report(block, match.index, match.index + match[0].length, `Unexpected French time format \`${match[0]}\`, expected ${listOr(options)}`, options)
      }
      for (const match of text.matchAll(spacedTime)) {
        const fixed = `${match[1]}:${match[2]}`
        report(block, match.index, match.index + match[0].length, `Unexpected space in the time \`${match[0]}\`, expected \`${fixed}\``, [fixed])
      }
      for (const match of text.matchAll(spacedUnit)) {
        const fixed = `${match[1]}/${match[2]}`
        report(block, match.index, match.index + match[0].length, `Unexpected spaced unit \`${match[0]}\`, expected \`${fixed}\``, [fixed])
      }
    }
  }
}

export const frenchNumberFormat: RuleDefinition = {
  id,
  plugin: retextFrenchNumberFormat,
  severity: 'warning',
  category: 'Locale conventions/Number format',
  summary: 'French number, time and unit formats ("3,5 km", "10 000", "17 %", "14h30", "km / h").'
}
