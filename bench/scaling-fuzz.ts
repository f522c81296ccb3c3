/**
 * Looks for input on which linting grows faster than the input: random texts built from
 * fragments that the rules and the parser treat specially (guillemets, French spacing,
 * mojibake, furniture phrases, abbreviations, names), each linted with every rule on at two
 * sizes, 4 times apart. Time that grows more than `--ratio` times (default 7; linear is 4)
 * or more than 5 ms a kilobyte is printed with the text's pattern, to take into
 * bench/pathological-inputs.ts once fixed. Found so far: the quadratic filters of
 * french-spacing and stop-before-attribution, parse-latin's square on texts without a
 * blank line, and a call stack overflow on 256,000 findings. Text that never ends a sentence
 * is parsed in pieces of 32 kB, each in parse-latin's square time: its ms/kB stays high, but
 * grows no more with the text.
 *
 *   npx tsx bench/scaling-fuzz.ts [--seed N] [--cases N] [--size BYTES] [--ratio R]
 *
 * Two shapes of text: lines of random fragments, one line break apart with a blank line now
 * and then (one text block, as pages copied from a browser are); and one short random unit
 * repeated on a single line. Deterministic for a seed. Reads nothing outside the repository.
 */
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {createProcessor} from '../src/lint/processor.js'
import {rules} from '../src/rules/registry.js'

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}

const cases = option('cases', 40)
// Twice the 32 kB that parse-paragraphs cuts text without a sentence's end at: below it, such
// text is parsed whole and grows as its square, by design.
const size = option('size', 64_000)
const ratioLimit = option('ratio', 7)
let seed = option('seed', 1)

const every = {rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]))}
const processor = createProcessor(every as never).freeze()

const fragments = [
  'the', 'The', 'of', 'in', 'a', 'is', 'has', 'said', 'writes', 'according to', 'announced', 'yesterday', 'since', 'two',
  'years', 'Read also', 'READ ALSO:', 'See also', 'Leave a Reply', 'Share', 'Facebook', 'cookies', 'Accept', 'AFP',
  'Photo', 'POUR', 'FOR', 'LE MONDE', 'WAR IN UKRAINE', 'Posted on', 'by', 'admin', '0:00', '/', ' / ', '«', '»', ' « ',
  ' » ', '“', '”', '"', "'", '’', '(', ')', ':', ' :', ';', '?', '!', '.', '. ', ',', ', ', '…', '-', '–', '—', ' ', '  ',
  '\u00A0', '14h30', '3,5', '10 000', '17 %', 'km / h', 'Monday', 'January 20', '2023', 'Mr.', 'M.', 'Mme', 'Lavrov',
  'Sergey', 'Minister of Defense', 'Dnieper', 'Kiev', 'as written', 'watchman', 'analysis', 'time.analysis', 'et',
  'selon', 'lundi', 'mars', '1er', 'XIXe', 'n°', 'premier', 'quebec', 'canada', 'november', 'president', 'Macron',
  'http://x.y/z', '@user', 'pic.twitter.com/x', '©', 'Ã©', 'é', '|', '•', '>', '*', '$', '€', '°C', '%', '??', 'taken.”,'
]

/** A linear congruential generator: the same cases for the same seed on every machine. */
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}
const pick = () => fragments[Math.floor(random() * fragments.length)]!

function line(): string {
  let text = ''
  const count = 3 + Math.floor(random() * 15)
  for (let index = 0; index < count; index++) text += pick() + (random() < 0.7 ? ' ' : '')
  return text
}

/** The pattern repeated to `length`: lines with a blank line every tenth, or one unit on one line. */
function grow(pattern: {lines: string[]; oneLine: boolean}, length: number): string {
  if (pattern.oneLine) return pattern.lines[0]!.repeat(Math.ceil(length / pattern.lines[0]!.length)).slice(0, length)
  let text = ''
  for (let index = 0; text.length < length; index++) text += pattern.lines[index % pattern.lines.length] + (index % 10 === 9 ? '\n\n' : '\n')
  return text
}

function lintMs(value: string): number {
  const file = new VFile({path: 'fuzz.txt', value})
  const start = performance.now()
  processor.runSync(processor.parse(file), file)
  return performance.now() - start
}

// Warm the JIT on a few small texts first, so that the first case is not charged for it.
for (let index = 0; index < 10; index++) lintMs(grow({lines: [line(), line()], oneLine: false}, 3_000))

let slow = 0
for (let index = 0; index < cases; index++) {
  const oneLine = random() < 0.3
  const pattern = {lines: oneLine ? [line()] : Array.from({length: 1 + Math.floor(random() * 6)}, line), oneLine}
  const small = lintMs(grow(pattern, size))
  const large = lintMs(grow(pattern, 4 * size))
  const perKb = large / ((4 * size) / 1000)
  if (large / small > ratioLimit || perKb > 5) {
    slow++
    console.log(`${oneLine ? 'one line' : 'lines'}: ${small.toFixed(0)} ms at ${size / 1000} kB, ${large.toFixed(0)} ms at ${(4 * size) / 1000} kB (${(large / small).toFixed(1)}x, ${perKb.toFixed(2)} ms/kB): ${JSON.stringify(pattern.lines)}`)
  }
}
console.log(`${cases} cases, ${slow} grew faster than ${ratioLimit} times for 4 times the text or passed 5 ms/kB (seed ${option('seed', 1)}).`)
