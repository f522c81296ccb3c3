/**
 * Changes fields of existing entries in a corrections file without disturbing anything else:
 * each changed value is spliced in place of the old one, each new field goes on its own line
 * under the entry, so every other byte (comments, quoting, blank lines, order) stays as it was.
 * The result is parsed back and compared with what was asked; a layout the splice cannot
 * handle (a field taken out of a flow mapping, a block scalar) goes through the `yaml`
 * Document API instead, which keeps comments though it may normalise layout.
 */
import {isMap, isScalar, isSeq, stringify, type Pair, type YAMLMap} from 'yaml'
import {parseCorrections} from './load.js'
import {lineBreakOf} from './source-view.js'
import type {Correction, CorrectionsFile} from './types.js'

export interface EntryEdit {
  /** Index of the entry in `corrections`. */
  index: number
  /** Fields to set (added when missing, in the order given). */
  set?: Partial<Correction>
  /** Fields to remove. */
  remove?: (keyof Correction)[]
}

interface TextEdit {
  start: number
  end: number
  text: string
}

/**
 * A value as YAML writes it on one line: plain when it can be, quoted when it must. Inside a
 * flow mapping (`{id: x, …}`) a comma or bracket would end the value: quoted there too.
 */
function scalarText(value: unknown, flow = false): string {
  const text = stringify(value, {lineWidth: 0}).replace(/\n$/, '')
  // Multi-line text would need block layout: quote it on one line so it splices cleanly.
  return text.includes('\n') || (flow && /[,[\]{}]/.test(text)) ? JSON.stringify(value) : text
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end === -1 ? text.length : end
}

function pairOf(map: YAMLMap, field: string): Pair | undefined {
  return map.items.find((item) => isScalar(item.key) && item.key.value === field) as Pair | undefined
}

/**
 * The splices for one entry, or undefined when its layout is neither a block mapping nor a
 * flow mapping on one line. New lines take the file's line break (CRLF or LF).
 */
function spliceEdits(text: string, map: YAMLMap, edit: EntryEdit): TextEdit[] | undefined {
  const flow = Boolean(map.flow)
  // A field is taken out of a flow mapping with its comma: left to the API.
  if (flow && (edit.remove ?? []).some((field) => pairOf(map, field))) return undefined
  const edits: TextEdit[] = []
  const firstKey = map.items[0]?.key
  if (!isScalar(firstKey) || !firstKey.range) return undefined
  const indent = ' '.repeat(firstKey.range[0] - lineStart(text, firstKey.range[0]))
  let lastEnd = 0
  for (const pair of map.items) {
    const node = (isScalar(pair.value) ? pair.value : pair.key) as {range?: [number, number, number]}
    if (node.range) lastEnd = Math.max(lastEnd, node.range[1])
  }
  const additions: string[] = []
  for (const [field, value] of Object.entries(edit.set ?? {})) {
    const pair = pairOf(map, field)
    if (!pair) {
      additions.push(flow ? `${field}: ${scalarText(value, true)}` : `${indent}${field}: ${scalarText(value)}`)
      continue
    }
    const node = pair.value
    // Block scalars and multi-line values end elsewhere than their line: leave them to the API.
    if (!isScalar(node) || !node.range || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') return undefined
    if (text.slice(node.range[0], node.range[1]).includes('\n')) return undefined
    edits.push({start: node.range[0], end: node.range[1], text: scalarText(value, flow)})
  }
  for (const field of edit.remove ?? []) {
    const pair = pairOf(map, field)
    if (!pair) continue
    if (!isScalar(pair.key) || !pair.key.range || !isScalar(pair.value) || !pair.value.range) return undefined
    const start = lineStart(text, pair.key.range[0])
    // Only a field alone on its line goes line and all (the first shares the entry's dash).
    if (text.slice(start, pair.key.range[0]).trim() !== '') return undefined
    const end = lineEnd(text, pair.value.range[1])
    edits.push({start, end: Math.min(text.length, end + 1), text: ''})
  }
  if (additions.length > 0) {
    if (flow) {
      // After the last value, before any space and the closing brace: `{…, status: x, reviewer: y}`.
      edits.push({start: lastEnd, end: lastEnd, text: ', ' + additions.join(', ')})
    } else {
      const eol = lineBreakOf(text)
      let at = lineEnd(text, lastEnd)
      if (eol === '\r\n' && text[at - 1] === '\r') at--
      edits.push({start: at, end: at, text: eol + additions.join(eol)})
    }
  }
  return edits
}

function spliced(text: string, edits: TextEdit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return result
}

function expectedData(data: CorrectionsFile, edits: EntryEdit[]): CorrectionsFile {
  const corrections = data.corrections.map((entry) => ({...entry}))
  for (const edit of edits) {
    const entry = corrections[edit.index] as Record<string, unknown>
    for (const field of edit.remove ?? []) delete entry[field]
    Object.assign(entry, edit.set)
  }
  return {...data, corrections}
}

/** Same data, field order aside (a new field may land elsewhere than the caller listed it). */
function sameData(text: string, expected: CorrectionsFile): boolean {
  const lenient = {allowUndecided: true}
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]))
        : value
  try {
    return JSON.stringify(sorted(parseCorrections(text, 'corrections', lenient).data)) === JSON.stringify(sorted(expected))
  } catch {
    return false
  }
}

/**
 * The text of a corrections file (no byte order mark) with the given entries changed. Throws
 * only on an internal error: `text` must be a valid corrections file.
 */
export function editEntries(text: string, edits: EntryEdit[]): string {
  if (edits.length === 0) return text
  // Entries approved by hand without a reviewer are what a review fixes: read them as they are.
  const {data, document} = parseCorrections(text, 'corrections', {allowUndecided: true})
  const expected = expectedData(data, edits)
  const list = document.get('corrections', true)
  if (isSeq(list)) {
    const all: TextEdit[] = []
    let handled = true
    for (const edit of edits) {
      const map = list.items[edit.index]
      const some = isMap(map) ? spliceEdits(text, map, edit) : undefined
      if (!some) {
        handled = false
        break
      }
      for (const entry of some) all.push(entry)
    }
    if (handled) {
      const result = spliced(text, all)
      if (sameData(result, expected)) return result
    }
  }
  // Through the Document API: comments survive, layout may be normalised.
  for (const edit of edits) {
    for (const field of edit.remove ?? []) document.deleteIn(['corrections', edit.index, field])
    for (const [field, value] of Object.entries(edit.set ?? {})) document.setIn(['corrections', edit.index, field], value)
  }
  const written = document.toString({lineWidth: 0, doubleQuotedAsJSON: true})
  // The API writes LF: a file whose every break was CRLF keeps them.
  const result = lineBreakOf(text) === '\r\n' ? written.replace(/\n/g, '\r\n') : written
  if (!sameData(result, expected)) throw new Error('internal error: could not change entries without changing the others')
  return result
}
