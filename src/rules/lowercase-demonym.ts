import type {Root} from 'nlcst'
import {fileLocation} from './support/file-location.js'
import type {VFile} from 'vfile'
import {demonyms, lowercaseExceptions, properNames} from './data/demonyms.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'
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
const pattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@/#.\\])(?:${forms.map(phraseSource).join('|')})(?![\p{L}\p{N}_@]|[./\\][\p{L}\p{N}])`,
  'gu'
)

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
    for (const match of text.matchAll(pattern)) {
      const actual = match[0]
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
