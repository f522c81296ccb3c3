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

/** `corrections/*.yml` (and `.yaml`) under `cwd`, relative and sorted; none without the folder. */
export async function listCorrectionsFiles(cwd: string): Promise<string[]> {
  const dir = path.join(cwd, CORRECTIONS_DIR)
  if (!existsSync(dir)) return []
  const names = (await readdir(dir, {withFileTypes: true}))
    .filter((entry) => entry.isFile() && correctionsExtension.test(entry.name))
    .map((entry) => `${CORRECTIONS_DIR}/${entry.name}`)
  return names.sort()
}

/** Where the cleaned text of a source goes: `cleaned/<the source's file name>`. */
export function cleanedPathFor(sourcePath: string, cwd: string): string {
  return path.join(cwd, CLEANED_DIR, path.basename(sourcePath))
}

/**
 * `document: source-text/a.txt` as a top-level key of a block mapping, on one line, its value
 * plain or quoted without escapes, perhaps with a comment after it.
 */
const documentLine = /^document[ \t]*:[ \t]+(?:"([^"\\\n]*)"|'((?:[^'\n]|'')*)'|([^\s"'#|>&*!%@`[\]{},?:-][^\n]*?))[ \t]*(?:[ \t]#[^\n]*)?$/gm
/** Lines after which the document line may not mean what it shows: see `plainDocumentName`. */
const unsureShape = /^(?:%|\.\.\.|[{[])/m
/** A line that goes on with the value above it (a plain scalar folded over lines). */
const continuation = /^[ \t]+[^\s#]/

/**
 * The `document` a corrections file's text names, as the YAML parser would read it, or
 * undefined when the text does not show it plainly (a flow mapping, an anchor, a tag, a
 * value over several lines, the key twice, a value with `: ` or ` #` inside): the caller
 * must then parse the file.
 */
export function plainDocumentName(text: string): string | undefined {
  const yaml = text.replace(/^\uFEFF/, '')
  // A directive (%YAML 1.1 reads "on" as true), a second document, or a flow collection at
  // the top (where "a.txt," ends at its comma) changes what the line means.
  if (unsureShape.test(yaml) || (yaml.match(/^---/gm)?.length ?? 0) > 1) return undefined
  const matches = [...yaml.matchAll(documentLine)]
  if (matches.length !== 1) return undefined
  const match = matches[0]!
  const [, doubleQuoted, singleQuoted, plain] = match
  if (plain !== undefined) {
    // YAML reads these as something else than the text: a mapping, a comment, a number or null.
    if (/: |\t#| #|[,[\]{}]/.test(plain) || plain.endsWith(':') || /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[\d.][\d._]*(?:e[-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/.test(plain)) return undefined
  }
  const after = yaml.slice(match.index + match[0].length + 1)
  if (continuation.test(after.split('\n', 1)[0] ?? '')) return undefined
  const name = doubleQuoted ?? (singleQuoted === undefined ? plain : singleQuoted.replace(/''/g, "'"))
  return name === undefined || name === '' ? undefined : name
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
