import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Shared by the bench scripts: where things are, the eval data, and the throughput corpus. */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/**
 * The eval data sits beside the repo, never inside it: users have no such folder. A git
 * worktree may sit deeper than the main checkout, so the nearest `shared/eval` of an ancestor
 * wins, `../shared/eval` when there is none.
 */
function findEvalDir(): string {
  for (let dir = path.dirname(repoRoot); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'eval')
    if (existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir) return path.resolve(repoRoot, '..', 'shared', 'eval')
  }
}

export const evalDir = findEvalDir()
export const evalDataPath = path.join(evalDir, 'bio-mqm-fr-en.dev.jsonl')
export const corpusDir = path.join(repoRoot, 'bench', '.corpus')

export interface EvalError {
  start: number
  end: number
  category: string
  severity: 'minor' | 'major' | 'critical' | 'neutral'
  text: string
}

export interface EvalRow {
  id: string
  system: string
  human: boolean
  doc: string
  seg: string
  annotator: string
  src: string
  mt: string
  ref?: string
  errors: EvalError[]
}

/** The rows of the eval data, or undefined when the shared folder is absent. */
export function loadEvalRows(): EvalRow[] | undefined {
  if (!existsSync(evalDataPath)) return undefined
  return readFileSync(evalDataPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalRow)
}

/**
 * English paragraphs to lint: each distinct `mt` and `ref` of the eval data (both English;
 * `src` is French and would measure nothing useful), then the paragraphs of `source-text/`.
 */
export function englishParagraphs(rows: EvalRow[] | undefined): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  const add = (text: string | undefined) => {
    const value = text?.trim()
    if (!value || seen.has(value)) return
    seen.add(value)
    out.push(value)
  }
  for (const row of rows ?? []) {
    add(row.mt)
    add(row.ref)
  }
  const sourceDir = path.join(repoRoot, 'source-text')
  if (existsSync(sourceDir)) {
    for (const name of readdirSync(sourceDir).filter((n) => n.endsWith('.txt')).sort()) {
      for (const paragraph of readFileSync(path.join(sourceDir, name), 'utf8').split(/\r?\n\s*\r?\n/)) {
        add(paragraph)
      }
    }
  }
  return out
}

export interface Corpus {
  /** Where the corpus was written: `small/` holds many files, `large/` one. */
  dir: string
  smallFiles: string[]
  largeFile: string
  bytes: number
  paragraphs: number
  fromSharedData: boolean
}

/**
 * Repeats the paragraphs (in order, deterministically) until `minBytes` is reached, and writes
 * them twice: as `fileCount` small files and as one large file, blank lines between paragraphs.
 */
export function buildCorpus(options: {minBytes: number; fileCount: number; dir?: string}): Corpus {
  const rows = loadEvalRows()
  const paragraphs = englishParagraphs(rows)
  if (paragraphs.length === 0) throw new Error('no English text to build a corpus from')
  const dir = options.dir ?? corpusDir
  const chosen: string[] = []
  let bytes = 0
  for (let i = 0; bytes < options.minBytes; i++) {
    const paragraph = paragraphs[i % paragraphs.length] as string
    chosen.push(paragraph)
    bytes += Buffer.byteLength(paragraph) + 2
  }

  rmSync(dir, {recursive: true, force: true})
  mkdirSync(path.join(dir, 'small'), {recursive: true})
  mkdirSync(path.join(dir, 'large'), {recursive: true})
  const perFile = Math.ceil(chosen.length / options.fileCount)
  const smallFiles: string[] = []
  for (let i = 0; i * perFile < chosen.length; i++) {
    const file = path.join(dir, 'small', `part-${String(i).padStart(5, '0')}.txt`)
    writeFileSync(file, chosen.slice(i * perFile, (i + 1) * perFile).join('\n\n') + '\n')
    smallFiles.push(file)
  }
  const largeFile = path.join(dir, 'large', 'all.txt')
  writeFileSync(largeFile, chosen.join('\n\n') + '\n')
  return {dir, smallFiles, largeFile, bytes, paragraphs: chosen.length, fromSharedData: rows !== undefined}
}
