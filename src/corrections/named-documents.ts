/**
 * Which corrections files may concern a set of texts, found without the YAML parser or the
 * schema. `lint a.txt` filters a.txt's findings by the corrections that name a.txt and dates it
 * by their `published`; it has no use for the others. Parsing and validating every corrections
 * file of the project took 15 ms each and kept its tree: linting one staged text in a project
 * of 200 documents took 3.7 s and 295 MB. A file whose `document` cannot be read off its text
 * with certainty is kept, so the full load still judges it.
 */
import {existsSync} from 'node:fs'
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {ProjectPaths} from '../fs/project-paths.js'
import {readTextFile} from '../fs/read-text.js'
import {CLEANED_DIR, CORRECTIONS_DIR} from './folders.js'

export const correctionsExtension = /\.ya?ml$/

/**
 * `corrections/*.yml` (and `.yaml`) under `cwd`, relative and sorted; none without the folder.
 * Every entry so named, not only regular files: a link out of the project, a FIFO or a folder
 * named `a.yml` is listed so that loading it fails with its reason, where passing it over
 * silently let `check` pass with a cleaned text nobody checked.
 */
export async function listCorrectionsFiles(cwd: string): Promise<string[]> {
  const dir = path.join(cwd, CORRECTIONS_DIR)
  if (!existsSync(dir)) return []
  const names = (await readdir(dir, {withFileTypes: true}))
    .filter((entry) => correctionsExtension.test(entry.name))
    .map((entry) => `${CORRECTIONS_DIR}/${entry.name}`)
  return names.sort()
}

/** Where the cleaned text of a source goes: `cleaned/<the source's file name>`. */
export function cleanedPathFor(sourcePath: string, cwd: string): string {
  return path.join(cwd, CLEANED_DIR, path.basename(sourcePath))
}

/**
 * `document:` as a top-level key of a block mapping (a value after a blank, or none on the
 * line). Only the key is matched by a regex: the value is read by hand, since a pattern for a
 * value with optional trailing blanks and comment backtracked quadratically over a long line
 * of blanks (32,000 of them took 5.6 s), and corrections files come from pull requests.
 */
const documentKey = /^document[ \t]*:(?=[ \t\r\n]|$)/gm
/** Lines after which the document line may not mean what it shows: see `plainDocumentName`. */
const unsureShape = /^(?:%|\.\.\.|[{[])/m
/** A line that goes on with the value above it (a plain scalar folded over lines). */
const continuation = /^[ \t]+[^\s#]/
/** A plain scalar's first character must not be an indicator (YAML 1.2, 7.3.3). */
const indicators = new Set([...'"\'#|>&*!%@`[]{},?:-'])
/** Plain values YAML reads as null, a boolean or a number, not as the text. */
const notText = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[\d.][\d._]*(?:e[-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t'
}

/** Whether `rest` is blanks, then perhaps a comment (after a blank): what may end a value's line. */
function endsLine(rest: string): boolean {
  const trimmed = rest.trimStart()
  return trimmed === '' || (trimmed.startsWith('#') && trimmed.length < rest.length)
}

/** The value of a document line, as YAML reads a one-line scalar, or undefined when unsure. */
function oneLineValue(line: string): string | undefined {
  let at = 0
  while (isBlank(line[at])) at++
  const first = line[at]
  if (first === undefined) return undefined
  if (first === '"') {
    const close = line.indexOf('"', at + 1)
    const value = close === -1 ? undefined : line.slice(at + 1, close)
    // An escape changes the text: left to the parser.
    return value === undefined || value.includes('\\') || !endsLine(line.slice(close + 1)) ? undefined : value
  }
  if (first === "'") {
    let value = ''
    let index = at + 1
    for (;;) {
      const close = line.indexOf("'", index)
      if (close === -1) return undefined
      value += line.slice(index, close)
      if (line[close + 1] !== "'") return endsLine(line.slice(close + 1)) ? value : undefined
      value += "'"
      index = close + 2
    }
  }
  if (indicators.has(first)) return undefined
  // A comment starts at a "#" after a blank; the value ends before it, blanks trimmed (by
  // hand: a regex for trailing blanks retries every run of blanks inside the line).
  let end = line.length
  for (let index = at + 1; index < line.length; index++) {
    if (line[index] === '#' && isBlank(line[index - 1])) {
      end = index
      break
    }
  }
  while (end > at && isBlank(line[end - 1])) end--
  const plain = line.slice(at, end)
  // YAML reads these as something else than the text: a mapping, a flow collection, a number or null.
  if (plain.includes(': ') || /[,[\]{}]/.test(plain) || plain.endsWith(':') || notText.test(plain)) return undefined
  return plain
}

/**
 * The `document` a corrections file's text names, as the YAML parser would read it, or
 * undefined when the text does not show it plainly (a flow mapping, an anchor, a tag, a
 * value over several lines, the key twice, a value with `: ` or an escape inside): the caller
 * must then parse the file.
 */
export function plainDocumentName(text: string): string | undefined {
  const yaml = text.replace(/^\uFEFF/, '')
  // A directive (%YAML 1.1 reads "on" as true), a second document, or a flow collection at
  // the top (where "a.txt," ends at its comma) changes what the line means.
  if (unsureShape.test(yaml) || (yaml.match(/^---/gm)?.length ?? 0) > 1) return undefined
  const keys = [...yaml.matchAll(documentKey)]
  if (keys.length !== 1) return undefined
  const from = keys[0]!.index + keys[0]![0].length
  const lineEnd = yaml.indexOf('\n', from)
  const line = yaml.slice(from, lineEnd === -1 ? yaml.length : lineEnd).replace(/\r$/, '')
  const name = oneLineValue(line)
  if (name === undefined || name === '') return undefined
  const next = lineEnd === -1 ? '' : yaml.slice(lineEnd + 1, (yaml.indexOf('\n', lineEnd + 1) + 1 || yaml.length + 1) - 1)
  return continuation.test(next) ? undefined : name
}

/**
 * The corrections files of the project that name one of `texts` (absolute paths) as their
 * document or as its cleaned text, and those whose document cannot be read off plainly (see
 * `plainDocumentName`) or whose text cannot be read: the full load reports those as it did.
 */
export async function correctionsFilesFor(texts: readonly string[], cwd: string): Promise<string[]> {
  const wanted = new Set(texts.map((text) => path.resolve(cwd, text)))
  const paths = new ProjectPaths(cwd)
  const chosen: string[] = []
  for (const file of await listCorrectionsFiles(cwd)) {
    const real = paths.inside(path.resolve(cwd, file))
    let text: string | undefined
    try {
      text = real === undefined ? undefined : await readTextFile(real, {display: file})
    } catch {
      text = undefined
    }
    const named = text === undefined ? undefined : plainDocumentName(text)
    if (named === undefined) {
      chosen.push(file)
      continue
    }
    const source = path.resolve(cwd, named)
    if (wanted.has(source) || wanted.has(cleanedPathFor(source, cwd))) chosen.push(file)
  }
  return chosen
}
