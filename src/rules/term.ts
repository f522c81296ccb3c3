import path from 'node:path'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {terms} from './data/terms.js'
import {conditionFields, conditionProblem, type ConditionField} from './support/termbase-conditions.js'
import {termFields, textFields} from './support/termbase-yaml.js'
import {compileTermbase, termApplies, type CompiledTerm, type TermEntry, type TermIndex} from './support/termbase.js'
import {readTermbase} from './support/termbase-file.js'
import {phraseSpan, type Token} from './support/word-patterns.js'
import {treeViews} from './support/views.js'
import {matchCase} from './support/wording.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'term'

export interface TermOptions {
  /** The user's termbases (the `termbases` setting; the config loader resolves them to absolute paths). */
  termbases?: string[]
  /** Entries given directly, as a library caller may. */
  entries?: TermEntry[]
}

// Compiled once per process for each set of termbases: unified-engine attaches the plugins anew for every file.
const compiled = new Map<string, TermIndex>()

const isList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

const isForm = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * What is wrong with inline `entries`, or undefined: checked field by field as a YAML
 * termbase's entries are (termbase-yaml.ts): known fields only, `preferred`, `note` and
 * `source` one non-empty text, the others a form or a list of them, context conditions that
 * read as written, and `preferred` and `forbidden` present (`forbidden` may be an empty list).
 */
function entriesProblem(entries: unknown): string | undefined {
  if (!Array.isArray(entries)) return 'must be a list of terms such as {"preferred": "Kyiv", "forbidden": ["Kiev"]}'
  for (const [index, value] of entries.entries()) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `entry ${index + 1} must be an object such as {"preferred": "Kyiv", "forbidden": ["Kiev"]}`
    const entry = value as Record<string, unknown>
    const preferred = typeof entry['preferred'] === 'string' ? entry['preferred'] : ''
    const label = `entry ${index + 1}${preferred.trim() ? ` (\`${preferred.trim()}\`)` : ''}`
    for (const [field, fieldValue] of Object.entries(entry)) {
      if (!termFields.has(field)) return `${label}: unknown field \`${field}\`, expected one of ${[...termFields].map((name) => `\`${name}\``).join(', ')}`
      if ((textFields as readonly string[]).includes(field)) {
        if (!isForm(fieldValue)) return `${label}: \`${field}\` must be a non-empty string`
        continue
      }
      const forms = Array.isArray(fieldValue) ? (fieldValue as unknown[]) : [fieldValue]
      if (!forms.every(isForm)) return `${label}: \`${field}\` must be a non-empty string or a list of them`
      if (!(conditionFields as readonly string[]).includes(field)) continue
      for (const pattern of forms) {
        const problem = conditionProblem(field as ConditionField, pattern)
        if (problem) return `${label}: \`${field}\` ${problem}`
      }
    }
    if (entry['preferred'] === undefined) return `${label} needs \`preferred\`, the form to write`
    // `forbidden: []` is taken, as in a YAML file: the entry flags nothing, and keeps its
    // preferred and admitted forms from being flagged by the built-in termbase.
    if (entry['forbidden'] === undefined) return `${label} needs \`forbidden\`, the forms to flag (a form or a list)`
  }
  return undefined
}

/** Inline entries as a termbase file gives them: a single form made a list, every text trimmed. */
function normalEntry(entry: TermEntry): TermEntry {
  const normal: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(entry)) {
    normal[field] = (textFields as readonly string[]).includes(field) ? (value as string).trim() : (Array.isArray(value) ? value : [value]).map((form: string) => form.trim())
  }
  return normal as unknown as TermEntry
}

/** Library callers pass options without a config: the same checks, as an error of their call. */
function checkOptions(options: TermOptions): void {
  const problem = options.entries === undefined ? undefined : entriesProblem(options.entries)
  if (problem) throw new Error(`rule \`term\`: \`entries\` ${problem}`)
  if (options.termbases !== undefined && !isList(options.termbases)) throw new Error('rule `term`: `termbases` must be a list of file paths')
}

function indexFor(options: TermOptions): TermIndex {
  checkOptions(options)
  const paths = options.termbases ?? []
  const key = options.entries ? undefined : paths.join('\0')
  const known = key === undefined ? undefined : compiled.get(key)
  if (known) return known
  // A library caller may give relative paths: they are read from the working folder.
  const user = paths.flatMap((file) => {
    const absolute = path.resolve(file)
    return readTermbase(absolute, path.relative(process.cwd(), absolute) || absolute)
  })
  const own = [...user, ...(options.entries ?? []).map(normalEntry)]
  const index = compileTermbase([...withoutAllowed(terms, own), ...own])
  if (key !== undefined) compiled.set(key, index)
  return index
}

/**
 * The built-in entries less the forms the user's termbases prefer or admit: a newsroom whose
 * style keeps a spelling the built-in data forbids is not told otherwise.
 */
function withoutAllowed(builtIn: readonly TermEntry[], own: readonly TermEntry[]): TermEntry[] {
  if (own.length === 0) return [...builtIn]
  const allowed = new Set(own.flatMap((entry) => [entry.preferred, ...(entry.admitted ?? [])]).map((form) => form.toLowerCase()))
  return builtIn.map((entry) => ({...entry, forbidden: entry.forbidden.filter((form) => !allowed.has(form.toLowerCase()))}))
}

function findAt(index: TermIndex, tokens: Token[], at: number, words: Set<string>): {term: CompiledTerm; end: number} | undefined {
  let best: {term: CompiledTerm; end: number} | undefined
  // The longest match wins ("the Dnieper" over "Dnieper"); of equal ones, the first entry.
  for (const {value: term, end} of index.matchesAt(tokens, at)) {
    if (best && end <= best.end) continue
    if (termApplies(term, tokens, at, end, words)) best = {term, end}
  }
  return best
}

/**
 * Names that a termbase spells otherwise: the built-in one (Kiev → Kyiv, a city mistaken for a
 * river) and the user's own, from `termbases` in .posteditrc. Forbidden forms are matched as
 * whole words through one index over every form, with the entry's context deciding ambiguous ones.
 */
export default function retextTerm(options: TermOptions = {}) {
  const index = indexFor(options)
  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    for (const {tokens} of treeViews(tree).sentences) {
      let words: Set<string> | undefined
      // Only the tokens a form may start on are tried (see `nextStart`).
      let at = index.nextStart(tokens, 1)
      while (at < tokens.length - 1) {
        if (tokens[at]?.kind !== 'word' || index.candidatesAt(tokens, at).length === 0) {
          at = index.nextStart(tokens, at + 1)
          continue
        }
        words ??= new Set(tokens.map((token) => token.norm))
        const hit = findAt(index, tokens, at, words)
        if (!hit) {
          at = index.nextStart(tokens, at + 1)
          continue
        }
        const {entry, form} = hit.term
        // A form that ends with its own point ("Mr.") keeps it; any other point glued to the
        // last word is the sentence's.
        const span = phraseSpan(tokens, at, hit.end, source, form.at(-1)?.text.endsWith('.'))
        if (span) {
          const actual = span.text
          const expected = matchCase(actual, entry.preferred)
          const reason = `Unexpected \`${actual}\`, expected \`${expected}\`${entry.note ? `: ${entry.note}` : ''}`
          reportFinding(file, id, span.place, reason, actual, [expected])
        }
        at = index.nextStart(tokens, hit.end)
      }
    }
  }
}

export const term: RuleDefinition = {
  id,
  plugin: retextTerm,
  severity: 'warning',
  category: 'Terminology/Inconsistent with termbase',
  summary: 'A name spelt as the termbase forbids ("Kiev", "Quebec Security"), with the preferred form.',
  options: {entries: 'object[]'},
  checkOption: (key, value) => (key === 'entries' ? entriesProblem(value) : undefined)
}
