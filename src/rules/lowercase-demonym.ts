import type {Root} from 'nlcst'
import {fileLocation} from './support/file-location.js'
import type {VFile} from 'vfile'
import {demonyms, lowercaseExceptions, properNames} from './data/demonyms.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'
import {hashStep, isAsciiLetter, wordHash} from './support/letter-runs.js'
import {phraseSource} from './support/regexp-source.js'

const id = 'lowercase-demonym'

/** Citizen nouns take an "s" ("canadians", "muscovites"); adjectives in -ese, -ish, -ch do not. */
function withPlural(word: string): string[] {
  return /(?:ese|sh|ch|ss|man|men|ais|ois|y|ic)$/.test(word) ? [word] : [word, `${word}s`]
}

const forms = [...new Set([...demonyms.flatMap(withPlural), ...properNames])].sort((a, b) => b.length - a.length)

/**
 * Lowercase only, on purpose: the capitalised word is right. Not inside a URL, an e-mail
 * address, a file name or an identifier ("french.txt", "@russian", "lang_french").
 */
export const demonymPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@/#.\\])(?:${forms.map(phraseSource).join('|')})(?![\p{L}\p{N}_@]|[./\\][\p{L}\p{N}])`,
  'uy'
)

/**
 * The letters each form starts with ("united" of "united arab emirates"). A match starts a run
 * of letters (the lookbehind allows no letter before it) and that run is the form's first
 * one, since a form goes on with a space or a hyphen, or ends where a letter may not follow.
 * So the pattern is tried only where a run of the text is one of these, not at every
 * character of the file, and its own lookbehind and lookahead judge the edges there: the same
 * matches, found at a fraction of the cost.
 */
const firstRuns = new Set(forms.map((form) => /^\p{L}+/u.exec(form)?.[0] ?? ''))
if (firstRuns.has('')) throw new Error('lowercase-demonym: every form must start with a letter')

const longestFirstRun = Math.max(...[...firstRuns].map((run) => run.length))
const letter = /\p{L}/u

/** The hash of each first run, from its code units, as the scan hashes a run (letter-runs.ts). */
const firstRunHashes = new Set([...firstRuns].map(wordHash))

/** The start and text of each match of `demonymPattern` in `text`, left to right, as `matchAll` would give them. */
export function* demonymMatches(text: string): Generator<{index: number; text: string}> {
  // Runs of letters as `\p{L}+` reads them, code point by code point: ASCII letters by their
  // codes, the rest by the regex.
  let from = -1
  let hash = 0
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32
    let isLetter = isAsciiLetter(code)
    let width = 1
    if (!isLetter && code >= 128) {
      const point = text.codePointAt(index)!
      width = point > 0xffff ? 2 : 1
      isLetter = letter.test(String.fromCodePoint(point))
    }
    if (isLetter) {
      if (from === -1) {
        from = index
        hash = 0
      }
      hash = hashStep(hash, code)
      if (width === 2) hash = hashStep(hash, text.charCodeAt(++index))
      continue
    }
    if (from === -1) continue
    const start = from
    from = -1
    if (index - start > longestFirstRun || !firstRunHashes.has(hash) || !firstRuns.has(text.slice(start, index))) continue
    demonymPattern.lastIndex = start
    const match = demonymPattern.exec(text)
    if (!match) continue
    yield {index: start, text: match[0]}
    // Go on after the match, which no letter follows.
    index = start + match[0].length - 1
  }
}

const exceptions = new RegExp(String.raw`^(?:${lowercaseExceptions.map(phraseSource).join('|')})(?![\p{L}])`, 'u')

/**
 * Prefixes after which a demonym is still a word of prose ("pro-russian", "franco-german");
 * after any other hyphenated word it is part of a name such as a package ("parse-english").
 */
const prefixes = new Set([
  'pro', 'anti', 'pan', 'sub', 'non', 'neo', 'post', 'pre', 'ex', 'trans', 'inter', 'franco',
  'anglo', 'afro', 'euro', 'indo', 'sino', 'greco', 'graeco', 'austro', 'italo', 'russo',
  'judeo', 'ibero', 'german', 'polish', 'north', 'south', 'east', 'west', 'central'
])

/** Not code: not in backticks or [link labels], not a segment of a kebab-case identifier. */
function inProse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start)
  const after = text.slice(end, end + 1)
  if (/[`[]$/.test(before) || /^[`\]]/.test(after)) return false
  const hyphenated = /([\p{L}\p{N}]+)-$/u.exec(before)
  if (hyphenated && !prefixes.has(hyphenated[1]!) && !forms.includes(hyphenated[1]!)) return false
  if (/^-[\p{Ll}]+-/u.test(text.slice(end, end + 30)) && !/^-(?:speaking|born|based|made|led|owned|language)\b/u.test(text.slice(end))) return false
  return true
}

/** "sub-saharan" → "sub-Saharan", "new yorker" → "New Yorker", "anglo-saxon" → "Anglo-Saxon". */
function capitalise(text: string): string {
  return text
    .split(/(?<=[\s-])/u)
    .map((part) => (part === 'sub-' ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('')
}

/**
 * Nationalities, demonyms and place names in lowercase ("the french government", "canadian
 * parents", "european union"): MT systems that lowercase their input, and French, which
 * writes adjectives of nationality in lowercase (*le gouvernement français*), both leave them.
 */
export default function retextLowercaseDemonym() {
  return function (_tree: Root, file: VFile) {
    const text = String(file.value ?? '')
    const place = fileLocation(file)
    for (const match of demonymMatches(text)) {
      const actual = match.text
      if (exceptions.test(text.slice(match.index, match.index + 40))) continue
      if (!inProse(text, match.index, match.index + actual.length)) continue
      const start = place.toPoint(match.index)
      const end = place.toPoint(match.index + actual.length)
      if (!start || !end) continue
      const expected = capitalise(actual.replace(/\s+/g, ' '))
      reportFinding(file, id, {start, end}, `Unexpected lowercase \`${actual}\`, expected \`${expected}\``, actual, [expected])
    }
  }
}

export const lowercaseDemonym: RuleDefinition = {
  id,
  plugin: retextLowercaseDemonym,
  severity: 'warning',
  category: 'Linguistic conventions/Spelling',
  summary: 'A nationality, demonym or place name in lowercase ("the french government").'
}
