/**
 * Reads a YAML termbase: `terms:`, a list of entries in the shape of {@link TermEntry}.
 * The document is walked as YAML nodes, not as plain values, so that a wrong field is
 * reported at its own line and column.
 */
import {createRequire} from 'node:module'
import type {Node, Pair} from 'yaml'
import {conditionFields, conditionProblem, type ConditionField} from './termbase-conditions.js'
import {TermbaseError} from './termbase-error.js'
import {isNestedTooDeep, nestedTooDeep} from './yaml-depth.js'
import type {TermEntry} from './termbase.js'

/** A term's fields that hold forms or patterns (one may be written without brackets), and those that hold one text. */
export const listFields = ['forbidden', 'admitted', ...conditionFields] as const
export const textFields = ['preferred', 'note', 'source'] as const
export const termFields: ReadonlySet<string> = new Set<string>([...listFields, ...textFields])

export function parseYamlTermbase(text: string, file: string): TermEntry[] {
  // Required here, not imported: most runs name no termbase, and no worker thread should load
  // a YAML parser for nothing (yaml's Node build is CommonJS, so this is synchronous).
  const {isMap, isScalar, isSeq, LineCounter, parseDocument} = createRequire(import.meta.url)('yaml') as typeof import('yaml')
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false})
  const fail = (offset: number | undefined, detail: string): never => {
    const {line, col} = lines.linePos(offset ?? 0)
    throw new TermbaseError(file, line, col, detail)
  }
  const [error] = document.errors
  if (error) fail(error.pos[0], `YAML: ${isNestedTooDeep(error) ? nestedTooDeep('termbase') : error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`)

  const root = document.contents
  const example = 'such as `terms: [{preferred: Kyiv, forbidden: [Kiev]}]`'
  if (!isMap(root)) return fail(root?.range?.[0], `expected a map with a \`terms\` list, ${example}`)
  let terms: Node | undefined
  for (const pair of root.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (key !== 'terms') fail((pair.key as Node | null)?.range?.[0], `unknown field \`${key}\`, expected \`terms\``)
    terms = pair.value as Node | undefined
  }
  if (!terms || !isSeq(terms)) return fail(terms?.range?.[0] ?? root.range?.[0], `\`terms\` must be a list, ${example}`)

  return terms.items.map((item) => {
    const node = item as Node
    if (!isMap(node)) return fail(node?.range?.[0], `a term must be a map with \`preferred\` and \`forbidden\`, ${example}`)
    const entry: Record<string, unknown> = {}
    for (const pair of node.items as Pair[]) {
      const keyNode = pair.key as Node | null
      const key = isScalar(keyNode) ? String(keyNode.value) : ''
      const value = pair.value as Node | null
      const at = value?.range?.[0] ?? keyNode?.range?.[0]
      if (!termFields.has(key)) fail(keyNode?.range?.[0], `unknown field \`${key}\`, expected one of ${[...termFields].map((name) => `\`${name}\``).join(', ')}`)
      if ((textFields as readonly string[]).includes(key)) {
        if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') fail(at, `\`${key}\` must be a non-empty string`)
        entry[key] = (value as {value: string}).value.trim()
      } else {
        // A single form may be written without brackets.
        const items = isSeq(value) ? (value.items as Node[]) : [value as Node]
        entry[key] = items.map((form) => {
          if (!isScalar(form) || typeof form.value !== 'string' || form.value.trim() === '') {
            return fail(form?.range?.[0] ?? at, `\`${key}\` must be a list of non-empty strings`)
          }
          const problem = (conditionFields as readonly string[]).includes(key) ? conditionProblem(key as ConditionField, form.value) : undefined
          if (problem) fail(form.range?.[0], `\`${key}\` ${problem}`)
          return form.value.trim()
        })
      }
    }
    if (entry['preferred'] === undefined) fail(node.range?.[0], 'a term needs `preferred`, the form to write')
    if (entry['forbidden'] === undefined) fail(node.range?.[0], 'a term needs `forbidden`, the forms to flag')
    return entry as unknown as TermEntry
  })
}
