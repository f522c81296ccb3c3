import {existsSync, lstatSync, statSync, type Stats} from 'node:fs'
import {ReadTextError, readTextFile} from '../fs/read-text.js'
import {isInside, ProjectPaths} from '../fs/project-paths.js'
import path from 'node:path'
import {parseDocument} from 'yaml'
import {UsageError} from '../io.js'
import {lintExtensions} from '../lint/formats.js'
import {hiddenFolderOf, isLintExtension} from '../lint/discover.js'
import {applyCorrections, type ApplyResult} from './apply.js'
import {CorrectionsError} from './errors.js'
import {entryProblem, entryWhere, loadCorrectionsFile, readCorrectionsText, relativeDisplay, type LoadedCorrections} from './load.js'
import {readProblem, type Problem} from '../problems/file-problem.js'
import {printable} from '../problems/printable.js'
import {plural} from '../problems/plural.js'
import {spanDiff, wordDiff} from './diff.js'

import {CLEANED_DIR, CORRECTIONS_DIR} from './folders.js'
import {cleanedPathFor, correctionsExtension, listCorrectionsFiles, plainDocumentName} from './named-documents.js'

export {CLEANED_DIR, CORRECTIONS_DIR}

export {cleanedPathFor, listCorrectionsFiles}

/**
 * The corrections files that the command-line arguments name: a corrections file itself, or
 * the source document a corrections file names. No arguments: every corrections file.
 *
 * Every file that names the same document comes along, so that naming one of two files that
 * correct one text, or the text, meets the same conflict as the whole run (correctDocuments);
 * and a file too broken to load still answers for the document it names, so that naming the
 * text reports what is wrong with its file rather than that it has none.
 */
export async function resolveCorrectionsFiles(args: string[], cwd: string): Promise<string[]> {
  const all = await listCorrectionsFiles(cwd)
  if (args.length === 0) {
    if (!existsSync(path.join(cwd, CORRECTIONS_DIR))) {
      throw new UsageError(`no \`${CORRECTIONS_DIR}/\` folder in ${cwd}; write corrections/<name>.yml first, or name one`)
    }
    return all
  }
  let named: Map<string, string> | undefined
  // Read only when an argument is a text, not a corrections file.
  const sources = async () => (named ??= await namedSources(all, cwd))
  const chosen = new Set<string>()
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg)
    if (correctionsExtension.test(arg)) {
      if (!existsSync(absolute)) throw new UsageError(`no such corrections file: \`${arg}\``)
      chosen.add(relativeDisplay(absolute, cwd))
      continue
    }
    const files = [...(await sources())].filter(([, source]) => source === absolute).map(([file]) => file)
    if (files.length === 0) {
      const guess = `${CORRECTIONS_DIR}/${path.basename(arg, path.extname(arg))}.yml`
      throw new UsageError(
        `no corrections file has \`document: ${relativeDisplay(absolute, cwd)}\`; write ${guess} or name the corrections file`
      )
    }
    for (const file of files) chosen.add(file)
  }
  // The files that would write the same cleaned text as a chosen one.
  const bySource = await sources()
  const targets = new Set([...chosen].flatMap((file) => (bySource.has(file) ? [cleanedPathFor(bySource.get(file)!, cwd)] : [])))
  for (const [file, source] of bySource) if (targets.has(cleanedPathFor(source, cwd))) chosen.add(file)
  // In the folder's order, as the whole run takes them, so that both say the same.
  return [...chosen].sort()
}

/**
 * Each of `files`' source, absolute, as its `document` field names it (a broken file's too):
 * its field alone, since the files are validated once, by the command's own load.
 */
async function namedSources(files: readonly string[], cwd: string): Promise<Map<string, string>> {
  const named = new Map<string, string>()
  for (const file of files) {
    const source = await namedSource(file, cwd, {})
    if (source !== undefined) named.set(file, source)
  }
  return named
}

/** The source every corrections file of the project names (absolute), broken files' too where their field can be read. */
export async function sourcesUnderReview(cwd: string): Promise<string[]> {
  return [...new Set((await namedSources(await listCorrectionsFiles(cwd), cwd)).values())]
}

/** Every cleaned text that apply may write in the project, with its source (as `document` names it). */
export async function cleanedTexts(cwd: string): Promise<Map<string, string>> {
  const sources = await namedSources(await listCorrectionsFiles(cwd), cwd)
  return new Map([...sources.values()].map((source) => [cleanedPathFor(source, cwd), source]))
}

/**
 * The corrections files whose document lies inside `folder` (absolute), as their `document`
 * field names it: a folder named to a command takes its documents under review with it,
 * whatever `.posteditignore` says of their texts.
 */
export async function correctionsUnder(folder: string, cwd: string): Promise<string[]> {
  const sources = await namedSources(await listCorrectionsFiles(cwd), cwd)
  return [...sources].filter(([, source]) => source !== folder && isInside(folder, source)).map(([file]) => file)
}

export interface CorrectedDocument {
  /** The corrections file, relative to the cwd. */
  correctionsFile: string
  loaded?: LoadedCorrections
  /** Absolute path of the source it names, when that can be read even from an invalid file. */
  sourcePath?: string
  /** Relative path of the source and of its cleaned text, as messages print them. */
  sourceName?: string
  cleanedName?: string
  /** Absolute path of the cleaned text. */
  cleanedPath?: string
  source?: string
  result?: ApplyResult
  /** Where the file names its document: `corrections/x.yml`, line 2, column 11. */
  documentWhere?: DocumentField
  /** What is wrong with the file or its document; any means nothing is written. */
  problems: Problem[]
  /** Entries by status. */
  counts: {approved: number; proposed: number; rejected: number}
}

/** The place of a corrections file's `document` field. */
export interface DocumentField {
  file: string
  line: number
  column: number
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

/** A problem with the `document` a corrections file names, placed at that field. */
function documentProblem(where: DocumentField, message: string, fix: string): Problem {
  return {...where, kind: 'invalid-corrections', message, fix}
}

export interface CorrectOptions {
  /** Re-anchor quotes that are gone to their best approximate match. */
  fuzzy?: boolean
  /** The largest corrections file or source read, in bytes (`maxBytes` in .posteditrc). */
  maxBytes?: number
  /** false: load and place-check the corrections only, without reading or applying the source. */
  readSource?: boolean
}

/** Loads a corrections file and its source and applies it in memory. Never throws for bad input. */
export async function correctDocument(correctionsFile: string, cwd: string, options: CorrectOptions = {}): Promise<CorrectedDocument> {
  const document: CorrectedDocument = {correctionsFile, problems: [], counts: {approved: 0, proposed: 0, rejected: 0}}
  const limits = options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}
  let loaded: LoadedCorrections
  try {
    loaded = await loadCorrectionsFile(correctionsFile, cwd, limits)
  } catch (error) {
    if (error instanceof CorrectionsError) {
      for (const item of error.items) document.problems.push(item)
      document.sourcePath = await namedSource(correctionsFile, cwd, limits)
      return document
    }
    throw error
  }
  document.loaded = loaded
  document.sourcePath = loaded.sourcePath
  for (const entry of loaded.data.corrections) document.counts[entry.status]++
  const sourceName = relativeDisplay(loaded.sourcePath, cwd)
  const cleanedPath = cleanedPathFor(loaded.sourcePath, cwd)
  document.sourceName = sourceName
  document.cleanedPath = cleanedPath
  document.cleanedName = relativeDisplay(cleanedPath, cwd)
  const documentNode = loaded.document.get('document', true) as {range?: [number, number, number]} | undefined
  const at = loaded.lineCounter.linePos(documentNode?.range?.[0] ?? 0)
  const where: DocumentField = {file: loaded.displayPath, line: at.line, column: at.col}
  document.documentWhere = where

  const problem = placeProblem(loaded, where, sourceName, document.cleanedName, cwd)
  if (problem) {
    document.problems.push(problem)
    return document
  }
  if (options.readSource === false) return document
  try {
    document.source = await readTextFile(new ProjectPaths(cwd).inside(loaded.sourcePath)!, {display: sourceName, ...limits})
  } catch (error) {
    if (!(error instanceof ReadTextError)) throw error
    document.problems.push(
      error.reason === 'no such file'
        ? documentProblem(where, `\`document\` names ${sourceName}, which does not exist`, `fix the path (it is relative to ${cwd})`)
        : error.reason.startsWith('not a regular file')
          ? // A folder, a FIFO, a device: the field names no text, and is where to fix it.
            documentProblem(where, `\`document\` names ${sourceName}, which is ${error.reason}`, error.fix)
          : readProblem(error, 'invalid-corrections')
    )
    return document
  }
  const result = applyCorrections(document.source, loaded.data.corrections, {fuzzy: options.fuzzy, sourceName})
  document.result = result
  const indexOf = new Map(loaded.data.corrections.map((entry, index) => [entry.id, index]))
  for (const problem of result.problems) {
    document.problems.push(entryProblem(loaded, indexOf.get(problem.id) ?? 0, 'exact', problem))
  }
  return document
}

/**
 * Why a document's source may not be read or its cleaned text not written, if so: the source
 * must resolve (symlinks followed) inside the project and outside cleaned/, which postedit
 * writes; cleaned/ must be the project's own folder, not a link out of it; and the cleaned
 * file must be a file (or absent), not a folder or a link that `rename` would not follow.
 */
function placeProblem(loaded: LoadedCorrections, where: DocumentField, sourceName: string, cleanedName: string, cwd: string): Problem | undefined {
  const paths = new ProjectPaths(cwd, CLEANED_DIR)
  const real = paths.inside(loaded.sourcePath)
  if (real === undefined) {
    return documentProblem(where, `\`document\` ${loaded.data.document} is outside the project folder (symlinks followed)`, `name a file in the project, such as source-text/<name>.txt`)
  }
  // Inside the project is not enough: .git/config holds the CI token that actions/checkout
  // writes there, and apply and report would copy it into cleaned/ and an uploaded page.
  const hidden = hiddenFolderOf(path.relative(paths.root, real))
  if (hidden !== undefined) {
    return documentProblem(where, `\`document\` ${loaded.data.document} lies in ${hidden}/, which holds no text to correct`, `name a text file, such as source-text/<name>.txt`)
  }
  // (A folder is told it is one, below.)
  if (!isLintExtension(real) && !isFolder(real)) {
    return documentProblem(
      where,
      `\`document\` ${loaded.data.document} is not a text postedit reads (${lintExtensions.map((extension) => `.${extension}`).join(', ')})`,
      `name a text file, such as source-text/<name>.txt`
    )
  }
  if (path.resolve(cleanedPathFor(loaded.sourcePath, cwd)) === path.resolve(loaded.sourcePath)) {
    return documentProblem(where, `\`document\` ${sourceName} is its own cleaned file`, `postedit never writes the source, so keep sources outside ${CLEANED_DIR}/`)
  }
  if (paths.inCleaned(real)) {
    return documentProblem(where, `\`document\` ${sourceName} is a link into ${CLEANED_DIR}/, which postedit writes`, `postedit never writes the source, so replace the link with the file itself`)
  }
  if (!paths.cleanedIsOwn()) {
    // A link to another folder of the project is refused too: it may lead to source-text/.
    const target = paths.inside(CLEANED_DIR)
    const linked = target === undefined ? 'out of the project folder' : `to ${path.relative(paths.root, target).split(path.sep).join('/') || '.'}/`
    return documentProblem(where, `${CLEANED_DIR}/ is a link ${linked}, so ${cleanedName} would be written elsewhere`, `replace the link with a real ${CLEANED_DIR}/ folder`)
  }
  const cleaned = lstatOrUndefined(path.join(cwd, cleanedName))
  if (cleaned && !cleaned.isFile()) {
    const kind = cleaned.isDirectory() ? 'a folder' : cleaned.isSymbolicLink() ? 'a symlink' : 'not a regular file'
    return documentProblem(where, `${cleanedName} is ${kind}, where postedit writes the cleaned text of ${sourceName}`, `remove it, and rerun`)
  }
  return undefined
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}

/** The `document` an invalid corrections file names, if its YAML gets that far. */
async function namedSource(correctionsFile: string, cwd: string, limits: {maxBytes?: number}): Promise<string | undefined> {
  const absolute = path.resolve(cwd, correctionsFile)
  const text = await readCorrectionsText(absolute, relativeDisplay(absolute, cwd), cwd, limits).catch(() => undefined)
  if (text === undefined) return undefined
  // Read off the line when it shows plainly, as lint does: no YAML parse of the whole file.
  const plain = plainDocumentName(text)
  if (plain !== undefined) return path.resolve(cwd, plain)
  let named: unknown
  try {
    named = parseDocument(text.replace(/^\uFEFF/, '')).get('document')
  } catch {
    return undefined
  }
  return typeof named === 'string' && named !== '' ? path.resolve(cwd, named) : undefined
}

/**
 * Each fuzzy re-anchoring as a word diff for review: the quote against the text found in its
 * place, then the found text's line with the replacement applied.
 */
export function movedDiffs(document: CorrectedDocument, color = false): string[][] {
  const {loaded, result, source} = document
  if (!loaded || !result || source === undefined) return []
  return result.moved.map((move) => {
    const entry = loaded.data.corrections.find((item) => item.id === move.id)
    if (!entry) return []
    return [
      `  quote: ${wordDiff(entry.exact, move.found, color)}`,
      ...spanDiff(source, move.start, move.end, entry.replacement, color).map((line, index) => (index === 0 ? `  now:   ${line}` : `         ${line}`))
    ]
  })
}

/** One line per fuzzy re-anchoring, so a reviewer can check where each entry landed. */
export function movedLines(document: CorrectedDocument): string[] {
  const {loaded, result} = document
  if (!loaded || !result) return []
  const indexOf = new Map(loaded.data.corrections.map((entry, index) => [entry.id, index]))
  return result.moved.map((move) => {
    const entry = loaded.data.corrections[indexOf.get(move.id) ?? 0]
    const edits = plural(move.editDistance, 'edit')
    const distance =
      move.distance === undefined
        ? ', moved an unknown distance: the entry records no `start`'
        : `, moved ${plural(move.distance, 'character')}`
    // The quote may still be there, its prefix or suffix changed: then say so, not "gone".
    const what = move.found === entry?.exact ? 'context changed (the quote is unchanged)' : 'exact text gone'
    // JSON.stringify leaves C1 controls and bidirectional overrides as they are.
    return printable(
      entryWhere(loaded, indexOf.get(move.id) ?? 0, 'exact') +
        `${what}; applied to a ${Math.floor(move.similarity * 100)}% match at ${document.sourceName}:${move.line}:${move.column} ` +
        `(${JSON.stringify(move.found)} for ${JSON.stringify(entry?.exact ?? '')}, ${edits}${distance})`
    )
  })
}

/**
 * Corrects each file; two files that would write the same cleaned file (the same document, or
 * two sources with one file name) are both stopped, since either result would overwrite the other.
 */
export async function correctDocuments(files: string[], cwd: string, options: CorrectOptions = {}): Promise<CorrectedDocument[]> {
  const documents: CorrectedDocument[] = []
  for (const file of files) documents.push(await correctDocument(file, cwd, options))
  const byTarget = new Map<string, CorrectedDocument[]>()
  for (const document of documents) {
    if (!document.cleanedPath) continue
    byTarget.set(document.cleanedPath, [...(byTarget.get(document.cleanedPath) ?? []), document])
  }
  for (const claimants of byTarget.values()) {
    if (claimants.length < 2) continue
    for (const document of claimants) {
      const others = claimants.filter((other) => other !== document)
      const same = others.filter((other) => other.sourceName === document.sourceName)
      const fix =
        same.length > 0
          ? `${others.map((other) => other.correctionsFile).join(', ')} also corrects it; keep one corrections file per document`
          : `so does ${others.map((other) => `${other.sourceName} (${other.correctionsFile})`).join(', ')}; give the sources different file names`
      // A document with a cleaned file has been placed, so it knows where it names its document.
      const where = document.documentWhere!
      document.problems.push({...where, kind: 'invalid-corrections', message: `\`document\` ${document.sourceName} would write ${document.cleanedName}, and ${fix}`})
    }
  }
  return documents
}

/** `cleaned/x.txt: 12 corrections applied (3 proposed, 1 rejected not applied)` */
export function appliedLine(document: CorrectedDocument): string {
  const {counts} = document
  const applied = document.result?.applied.length ?? 0
  const skipped = [
    counts.proposed > 0 ? `${counts.proposed} proposed` : '',
    counts.rejected > 0 ? `${counts.rejected} rejected` : ''
  ].filter(Boolean)
  const tail = skipped.length > 0 ? ` (${skipped.join(', ')} not applied)` : ''
  return printable(`${document.cleanedName}: ${plural(applied, 'correction')} applied${tail}`)
}
