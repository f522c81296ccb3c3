import {existsSync} from 'node:fs'
import path from 'node:path'
import {linkedOutOf, projectRoot} from '../fs/project-paths.js'
import type {Node} from 'yaml'
import {yaml} from '../fs/yaml-on-demand.js'
import {UsageError} from '../io.js'
import {DEFAULT_MAX_BYTES, ReadTextError, readTextFile} from '../fs/read-text.js'
import {SettingsError, validateSettings, type PosteditSettings} from './settings.js'
import {isNestedTooDeep, nestedTooDeep} from '../rules/support/yaml-depth.js'
import {configNames} from './config-names.js'
import {duplicateKeyReason, jsonDuplicateKeys, yamlDuplicateKey, type DuplicateKey} from './duplicate-keys.js'

/** A config file that cannot be used: where (`.posteditrc:3:5`), what, and the fix. */
export class ConfigProblem extends UsageError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`${file}:${line}:${column}: invalid configuration: ${reason}`)
    this.name = 'ConfigProblem'
  }
}

/**
 * Parses and validates config text. Valid JSON that validates is taken as it is; anything else
 * is read as the YAML that JSON is a subset of, so a syntax error and a bad value both get the
 * line and column of the fault (the YAML parser is loaded only then).
 */
export function parseSettings(text: string, display: string): PosteditSettings {
  const json = settingsFromJson(text, display)
  if (json !== undefined) return json
  const {LineCounter, parseDocument} = yaml()
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: true})
  const at = (offset: number) => lineCounter.linePos(offset)
  const [syntax] = document.errors
  const duplicate = syntax?.code === 'DUPLICATE_KEY' ? yamlDuplicateKey(document.contents, syntax.pos[0]) : undefined
  if (duplicate) {
    const {line, col} = at(duplicate.offset)
    const first = at(duplicate.firstOffset)
    throw new ConfigProblem(display, line, col, duplicateKeyReason(duplicate.path, {line: first.line, column: first.col}))
  }
  if (syntax) {
    const {line, col} = syntax.linePos?.[0] ?? {line: 1, col: 1}
    if (isNestedTooDeep(syntax)) throw new ConfigProblem(display, line, col, nestedTooDeep('config'))
    const reason = (syntax.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigProblem(display, line, col, `${reason}; fix the syntax there`)
  }
  let raw: unknown
  try {
    raw = document.toJS({maxAliasCount: 50})
  } catch {
    throw new ConfigProblem(display, 1, 1, 'too many YAML aliases; write the values out')
  }
  try {
    return validateSettings(raw)
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    const node = error.key === undefined ? undefined : keyNode(document.contents, error.key)
    const {line, col} = at(node?.range?.[0] ?? document.contents?.range?.[0] ?? 0)
    throw new ConfigProblem(display, line, col, error.message)
  }
}

/**
 * Settings from text that is JSON and valid as settings; undefined for anything else. A key
 * written twice is refused here, where JSON.parse would keep the last one.
 */
function settingsFromJson(text: string, display: string): PosteditSettings | undefined {
  if (!/^\s*\{/.test(text)) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return undefined
  }
  const [duplicate] = jsonDuplicateKeys(text)
  if (duplicate) throw duplicateProblem(text, display, duplicate)
  try {
    return validateSettings(raw)
  } catch (error) {
    if (error instanceof SettingsError) return undefined
    throw error
  }
}

function duplicateProblem(text: string, display: string, duplicate: DuplicateKey): ConfigProblem {
  const {line, column} = offsetPosition(text, duplicate.offset)
  return new ConfigProblem(display, line, column, duplicateKeyReason(duplicate.path, offsetPosition(text, duplicate.firstOffset)))
}

/** 1-based line and column of an offset of the text. */
function offsetPosition(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n')}
}

/** The first key named `key` anywhere in the config, for pointing at it. */
function keyNode(root: Node | null, key: string): Node | undefined {
  const {isMap, isScalar, visit} = yaml()
  let found: Node | undefined
  if (!root) return undefined
  visit(root, {
    Pair(_, pair) {
      if (!found && isScalar(pair.key) && String(pair.key.value) === key) {
        found = pair.key
        return visit.BREAK
      }
      return undefined
    }
  })
  return found ?? (isMap(root) ? root : undefined)
}

/**
 * The largest config file read. Settings take a few hundred bytes; a pull request can add a
 * config, and a 70 MB one took 40 s and 1.3 GB to refuse when it was read whole.
 */
export const CONFIG_MAX_BYTES = 1024 * 1024

/** A config file found and valid: its text (for positions) and its settings. */
export interface ConfigFile {
  text: string
  settings: PosteditSettings
}

/**
 * Reads config file `file`, named `display` in problems: a `.posteditrc` name (JSON or YAML)
 * or the `postedit` field of a package.json. Undefined when the file does not exist, or is a
 * package.json without the field. Read as every untrusted file is (read-text.ts): a regular
 * file only, never a folder, FIFO or device (a symbolic link to /dev/zero is refused, not read
 * until memory runs out), within {@link CONFIG_MAX_BYTES}. Never loads `.posteditrc.js`: a
 * pull request must not be able to run code in CI through postedit.
 */
export async function readConfigFile(file: string, display: string, root?: string): Promise<ConfigFile | undefined> {
  // A missing name is the usual case, passed over; a file that is there must be readable.
  if (!existsSync(file)) return undefined
  let text: string
  try {
    const options = {display, maxBytes: CONFIG_MAX_BYTES, limitFix: 'a config holds settings, not text: shorten it'}
    text = (await readTextFile(file, options)).replace(/^\uFEFF/, '')
  } catch (error) {
    if (error instanceof ReadTextError) throw new ConfigProblem(display, error.line ?? 1, error.column ?? 1, `${error.reason}; ${error.fix}`)
    throw error
  }
  // Read (a device or FIFO is refused as such), but not used: its keys would be echoed.
  if (root !== undefined && linkedOutOf(root, file) !== undefined) {
    throw new ConfigProblem(display, 1, 1, 'is a symbolic link out of the project folder; replace the link with the file itself')
  }
  if (path.basename(file) !== 'package.json') return {text, settings: parseSettings(text, display)}
  const settings = packageField(text, display)
  return settings === undefined ? undefined : {text, settings}
}

/**
 * The settings in the project root's config file, for commands that read corrections and
 * their sources (lint finds config per file itself, with the same reader).
 */
export async function loadProjectSettings(cwd: string): Promise<PosteditSettings> {
  const root = projectRoot(cwd)
  for (const name of configNames) {
    const found = await readConfigFile(path.join(cwd, name), name, root)
    if (found) return found.settings
  }
  return {}
}

/** The `postedit` field of a package.json's text, validated; undefined when it has none. */
function packageField(text: string, display: string): PosteditSettings | undefined {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    // Node's message gives the offset where parsing stopped ("… in JSON at position 42").
    const offset = Number(/at position (\d+)/.exec(String((error as Error).message))?.[1] ?? 0)
    const reason = `cannot parse package.json as JSON: ${String((error as Error).message).replace(/ in JSON at position \d+.*$/s, '')}; fix the syntax there`
    const {line, column} = offsetPosition(text, offset)
    throw new ConfigProblem(display, line, column, reason)
  }
  const field = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['postedit'] : undefined
  if (field === undefined) return undefined
  // The rest of package.json is npm's: only a key repeated in postedit's field, or the field itself, is ours.
  const duplicate = jsonDuplicateKeys(text).find((found) => found.path[0] === 'postedit')
  if (duplicate) throw duplicateProblem(text, display, duplicate)
  try {
    return validateSettings(field)
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    const {line, column} = keyPosition(text, error.key)
    throw new ConfigProblem(display, line ?? 1, column ?? 1, error.message)
  }
}

/**
 * Where a config key is written, found in the file's text: the parsed value carries no
 * positions. JSON and YAML both write a key before a colon, quoted or not.
 */
export function keyPosition(text: string, key: string | undefined): {line: number; column: number} | {line?: undefined; column?: undefined} {
  if (key === undefined) return {}
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`(["']?)${escaped}\\1\\s*:`).exec(text)
  if (!match) return {}
  return offsetPosition(text, match.index)
}

/** The byte limit for one file read: `maxBytes` from the config, else the default. */
export function maxBytesOf(settings: PosteditSettings): number {
  return settings.maxBytes ?? DEFAULT_MAX_BYTES
}
