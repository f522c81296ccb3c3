/**
 * Adds entries to a corrections file without disturbing what a reviewer wrote: the new entries
 * are rendered with the `yaml` Document API and spliced in after the last entry, so every byte
 * outside the appended part (comments, quoting, blank lines, order) stays as it was.
 */
import {ReadTextError, readTextFile} from '../fs/read-text.js'
import {ProjectPaths} from '../fs/project-paths.js'
import path from 'node:path'
import {isMap, isScalar, isSeq, Document, Scalar, stringify} from 'yaml'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {CorrectionsError} from './errors.js'
import {outsideProject, parseCorrections, relativeDisplay} from './load.js'
import {readProblem} from '../problems/file-problem.js'
import type {Correction, CorrectionsFile} from './types.js'

/** A corrections file about to receive entries; `text` is undefined when it does not exist yet. */
export interface CorrectionsTarget {
  /** Absolute path. */
  path: string
  /** Relative to the cwd, forward slashes, as messages print it. */
  displayPath: string
  /** The source document, relative to the cwd, as `document:` names it. */
  document: string
  text?: string
  /** The parsed file, when it exists. */
  data?: CorrectionsFile
  /** A byte order mark the file starts with, given back on writing. */
  bom: string
  /**
   * The file exactly as read (undefined: it did not exist), so a write can refuse when someone
   * else changed it meanwhile instead of silently dropping their entry.
   */
  original: string | undefined
}

export interface MergeResult {
  path: string
  displayPath: string
  /** Entries written (or, on a dry run, that would be), in file order. */
  added: Correction[]
  /** Entries left out because the file already has an identical one. */
  skipped: Correction[]
  /** Whether the file did not exist before. */
  created: boolean
  /** The whole file after the merge. */
  text: string
  /** Only the appended entries, as a YAML list (what a dry run shows). */
  appended: string
  /** The file as it was read; see {@link CorrectionsTarget.original}. */
  original: string | undefined
}

/** Same change at the same place: what `record` would produce twice from the same edit. */
export function sameChange(a: Correction, b: Correction): boolean {
  return (
    a.exact === b.exact &&
    (a.prefix ?? '') === (b.prefix ?? '') &&
    (a.suffix ?? '') === (b.suffix ?? '') &&
    a.replacement === b.replacement
  )
}

function samePath(a: string, b: string, cwd: string): boolean {
  return path.resolve(cwd, a) === path.resolve(cwd, b)
}

/**
 * Reads and validates the corrections file for `documentPath` (both relative to `cwd` or
 * absolute). A missing file is fine; an invalid one, or one for another document, throws a
 * CorrectionsError naming file:line:col. `otherDocumentFix` is what the caller's user can do
 * about a file that corrects another text (record takes --corrections; propose does not).
 */
export async function openCorrectionsTarget(
  filePath: string,
  documentPath: string,
  cwd: string,
  maxBytes?: number,
  otherDocumentFix = 'name another file with --corrections'
): Promise<CorrectionsTarget> {
  const absolute = path.resolve(cwd, filePath)
  const displayPath = relativeDisplay(absolute, cwd)
  const document = relativeDisplay(documentPath, cwd)
  if (new ProjectPaths(cwd).inside(absolute) === undefined) {
    throw new CorrectionsError([outsideProject(displayPath)])
  }
  let raw: string
  try {
    raw = await readTextFile(absolute, {display: displayPath, ...(maxBytes === undefined ? {} : {maxBytes})})
  } catch (error) {
    if (error instanceof ReadTextError && error.reason === 'no such file') return {path: absolute, displayPath, document, bom: '', original: undefined}
    if (error instanceof ReadTextError) throw new CorrectionsError([readProblem(error, 'invalid-corrections')])
    throw error
  }
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : ''
  const text = raw.slice(bom.length)
  const parsed = parseCorrections(text, displayPath)
  if (!samePath(parsed.data.document, document, cwd)) {
    const node = parsed.document.get('document', true)
    const offset = isScalar(node) && node.range ? node.range[0] : 0
    const {line, col} = parsed.lineCounter.linePos(offset)
    throw new CorrectionsError([
      {
        file: displayPath,
        line,
        column: col,
        kind: 'invalid-corrections',
        message: `this corrections file is for \`${parsed.data.document}\`, not \`${document}\``,
        fix: otherDocumentFix
      }
    ])
  }
  return {path: absolute, displayPath, document, text, data: parsed.data, bom, original: raw}
}

/**
 * Multi-line text and text with edge whitespace go in double quotes: a block scalar would hide
 * trailing spaces that the anchor needs, and editors strip them.
 */
function entryNode(doc: Document, entry: Correction) {
  const node = doc.createNode(entry)
  if (!isMap(node)) throw new Error('internal error: an entry did not become a YAML mapping')
  for (const pair of node.items) {
    const value = pair.value
    if (isScalar(value) && typeof value.value === 'string' && /^\s|\s$|[ \t]\n|\n/u.test(value.value)) {
      value.type = Scalar.QUOTE_DOUBLE
    }
  }
  return node
}

/** The entries as a top-level YAML list, `- id: …` lines, ending with a newline. */
export function renderEntries(entries: Correction[]): string {
  if (entries.length === 0) return ''
  const doc = new Document([])
  const list = doc.contents
  if (!isSeq(list)) throw new Error('internal error: an empty list did not become a YAML sequence')
  for (const entry of entries) list.add(entryNode(doc, entry))
  return doc.toString({lineWidth: 0, doubleQuotedAsJSON: true})
}

function indent(block: string, width: number): string {
  const pad = ' '.repeat(width)
  return block
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n')
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Inserts a newline-terminated block at `offset`, starting a new line if `offset` is mid-line. */
function insertLines(text: string, offset: number, block: string): string {
  const head = text.slice(0, offset)
  const tail = text.slice(offset)
  if (offset === 0 || head.endsWith('\n')) return head + block + tail
  return head + '\n' + (tail === '' ? block : block.replace(/\n$/, '')) + tail
}

/**
 * Splices the rendered entries into the text: after the last entry of a block list (and after
 * comment lines indented under it, which annotate it), or in place of an empty `[]`.
 * Returns undefined for layouts it does not handle (a flow list with entries).
 */
function splice(text: string, rendered: string): string | undefined {
  const root = parseCorrections(text, 'corrections').document.contents
  if (!isMap(root)) return undefined
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'corrections')
  const list = pair?.value
  if (!pair || !isScalar(pair.key) || !pair.key.range || !isSeq(list) || !list.range) return undefined

  if (!list.flow && list.items.length > 0) {
    const dashColumn = list.range[0] - lineStart(text, list.range[0])
    const last = list.items[list.items.length - 1] as {range?: [number, number, number]}
    if (!last.range) return undefined
    let offset = last.range[1]
    // Comment lines indented deeper than the dash belong to the last entry: keep them with it.
    for (;;) {
      const start = offset === 0 || text[offset - 1] === '\n' ? offset : text.indexOf('\n', offset) + 1
      if (start === 0 && offset !== 0) break
      const end = text.indexOf('\n', start)
      const line = text.slice(start, end === -1 ? text.length : end)
      const match = /^( *)#/.exec(line)
      if (!match || match[1]!.length <= dashColumn || end === -1) break
      offset = end + 1
    }
    return insertLines(text, offset, indent(rendered, dashColumn))
  }

  if (list.flow && list.items.length === 0) {
    const keyColumn = pair.key.range[0] - lineStart(text, pair.key.range[0])
    const colon = text.indexOf(':', pair.key.range[1])
    if (colon === -1 || colon > list.range[0]) return undefined
    // `corrections: []  # none yet` → `corrections:  # none yet` and the list below it.
    const rest = text.slice(list.range[1])
    const lineEnd = rest.indexOf('\n')
    const sameLine = lineEnd === -1 ? rest : rest.slice(0, lineEnd)
    const after = lineEnd === -1 ? '' : rest.slice(lineEnd + 1)
    const block = indent(rendered, keyColumn + 2)
    return text.slice(0, colon + 1) + sameLine + '\n' + block + after
  }
  return undefined
}

/** Rewrites through the Document API: comments survive, though layout may be normalised. */
function rewrite(text: string, entries: Correction[]): string {
  const {document} = parseCorrections(text, 'corrections')
  let list = document.get('corrections', true)
  if (!isSeq(list)) {
    document.set('corrections', document.createNode([]))
    list = document.get('corrections', true)
  }
  if (!isSeq(list)) throw new Error('internal error: `corrections` is not a list after setting it')
  list.flow = false
  for (const entry of entries) list.add(entryNode(document, entry))
  return document.toString({lineWidth: 0, doubleQuotedAsJSON: true})
}

function sameEntries(text: string, expected: CorrectionsFile): boolean {
  try {
    const {data} = parseCorrections(text, 'corrections')
    return JSON.stringify(data) === JSON.stringify(expected)
  } catch {
    return false
  }
}

/** The file with `entries` added (identical ones skipped); writes nothing. */
export function mergeEntries(target: CorrectionsTarget, entries: Correction[]): MergeResult {
  const existing = target.data?.corrections ?? []
  const added: Correction[] = []
  const skipped: Correction[] = []
  for (const entry of entries) {
    if ([...existing, ...added].some((other) => sameChange(other, entry))) skipped.push(entry)
    else added.push(entry)
  }
  const appended = renderEntries(added)
  const base = {path: target.path, displayPath: target.displayPath, added, skipped, appended, original: target.original}

  if (target.text === undefined || target.data === undefined) {
    const header = stringify({document: target.document}, {lineWidth: 0})
    const text = header + (added.length > 0 ? `corrections:\n${indent(appended, 2)}` : 'corrections: []\n')
    // Read back before anything is written, as the other two ways are: a writer that quoted a
    // text wrongly once turned a line holding one space into a backslash.
    if (!sameEntries(text, {document: target.document, corrections: added} as CorrectionsFile)) {
      throw new Error(`internal error: the entries for ${target.displayPath} do not read back as written`)
    }
    return {...base, created: true, text}
  }
  if (added.length === 0) return {...base, created: false, text: target.bom + target.text}

  const expected: CorrectionsFile = {...target.data, corrections: [...existing, ...added]}
  const spliced = splice(target.text, appended)
  if (spliced !== undefined && sameEntries(spliced, expected)) {
    return {...base, created: false, text: target.bom + spliced}
  }
  const rewritten = rewrite(target.text, added)
  if (!sameEntries(rewritten, expected)) {
    throw new Error(`internal error: could not add entries to ${target.displayPath} without changing the others`)
  }
  return {...base, created: false, text: target.bom + rewritten}
}

export interface MergeOptions {
  /** Folder that relative paths (and the file's `document`) are relative to. */
  cwd: string
  /** The source document the entries anchor in. */
  document: string
  /** Compute the result but write nothing. */
  dryRun?: boolean
}

/**
 * Adds entries to the corrections file at `filePath`, creating it (and its folder) if missing.
 * Nothing is written when every entry is already there or on a dry run.
 */
export async function mergeIntoCorrectionsFile(
  filePath: string,
  entries: Correction[],
  options: MergeOptions
): Promise<MergeResult> {
  const target = await openCorrectionsTarget(filePath, options.document, options.cwd)
  const result = mergeEntries(target, entries)
  if (!options.dryRun && result.added.length > 0) await writeCorrections(result)
  return result
}

/**
 * Writes the merged file atomically (temporary file, then rename), creating its folder; just
 * before the rename, refuses if the file no longer holds what was read (another `record`, an
 * editor or a merge changed it meanwhile), since the rename would drop that change.
 */
export async function writeCorrections(result: MergeResult): Promise<void> {
  await writeFileAtomic(result.path, result.text, {
    beforeRename: async () => {
      const now = await readTextFile(result.path, {display: result.displayPath}).catch((error: unknown) => {
        if (error instanceof ReadTextError && error.reason === 'no such file') return undefined
        throw error
      })
      if (now !== result.original) {
        throw new CorrectionsError([
          {
            file: result.displayPath,
            kind: 'invalid-corrections',
            message: 'changed since postedit read it (another run or an editor wrote it)',
            fix: 'nothing written, so rerun the command to add to the new version'
          }
        ])
      }
    }
  })
}
