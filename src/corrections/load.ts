import path from 'node:path'
import {Ajv, type ErrorObject} from 'ajv'
import {isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node} from 'yaml'
import {isNestedTooDeep, nestedTooDeep} from '../lint/yaml-depth.js'
import {ReadTextError, readTextFile} from '../fs/read-text.js'
import {ProjectPaths} from '../fs/project-paths.js'
import {isSystemError, systemErrorParts} from '../fs/system-error.js'
import {closest} from './edit-distance.js'
import {CorrectionsError} from './errors.js'
import {byPlace, readProblem, type Problem} from '../problems/file-problem.js'
import {correctionFields, correctionsSchema, fileFields, isIsoDate} from './schema.js'
import type {CorrectionsFile} from './types.js'

export interface FilePosition {
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
}

export interface LoadedCorrections {
  /** Absolute path of the corrections file. */
  path: string
  /** The path relative to the cwd with forward slashes, as messages print it. */
  displayPath: string
  /** Absolute path of the source document it names (`document`, relative to the cwd). */
  sourcePath: string
  data: CorrectionsFile
  /** The parsed YAML, so a rewrite keeps comments and layout. */
  document: Document
  lineCounter: LineCounter
}

export function relativeDisplay(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/')
}

const ajv = new Ajv({allErrors: true})
ajv.addFormat('date', {type: 'string', validate: isIsoDate})
const validate = ajv.compile(correctionsSchema)

/** Fixes for a missing field, as the message's last clause. */
const requiredFix: Record<string, string> = {
  document: 'add the path of the source it corrects, such as `document: source-text/article.txt`',
  corrections: 'add `corrections:` with a list of entries (`corrections: []` for none)',
  id: 'add a unique id, such as `id: lavrov-office`',
  exact: 'add the text to replace, exactly as the source has it',
  replacement: 'add what the text becomes (`replacement: ""` deletes it)',
  status: 'add `status: proposed`, `approved` or `rejected`',
  reviewer: 'add who reviewed it',
  reviewed: 'add the review date as YYYY-MM-DD'
}

function segments(instancePath: string): (string | number)[] {
  if (instancePath === '') return []
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `\`${value}\``
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : typeof value} \`${String(value)}\``
}

function getAt(data: unknown, at: (string | number)[]): unknown {
  let current = data
  for (const key of at) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

/** YAML 1.1 (`%YAML 1.1`) reads `2026-11-20` as a timestamp; postedit keeps dates as text. */
function datesToText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10)
  if (Array.isArray(value)) return value.map(datesToText)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, datesToText(item)]))
  }
  return value
}

class Locator {
  constructor(
    readonly document: Document,
    readonly lineCounter: LineCounter,
    readonly displayPath: string
  ) {}

  point(offset: number): FilePosition {
    const {line, col} = this.lineCounter.linePos(offset)
    return {line, column: col}
  }

  /** The node at a path, or the closest ancestor that exists. */
  node(at: (string | number)[]): Node | undefined {
    for (let length = at.length; length >= 0; length--) {
      const node = length === 0 ? this.document.contents : this.document.getIn(at.slice(0, length), true)
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node
    }
    return undefined
  }

  /** The key node of `field` in the mapping at `at`. */
  keyNode(at: (string | number)[], field: string): Node | undefined {
    const map = this.node(at)
    if (!isMap(map)) return undefined
    const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === field)
    return isScalar(pair?.key) ? pair.key : undefined
  }

  /** A problem with the file invalid at `node` (its start; the file's first line without one). */
  problem(node: Node | undefined, message: string, fix?: string): Problem {
    const position = node?.range ? this.point(node.range[0]) : {line: 1, column: 1}
    return {file: this.displayPath, ...position, kind: 'invalid-corrections', message, ...(fix === undefined ? {} : {fix})}
  }
}

function entryLabel(data: unknown, at: (string | number)[]): string {
  if (at[0] !== 'corrections' || typeof at[1] !== 'number') return ''
  const id = getAt(data, ['corrections', at[1], 'id'])
  // An id with a line break in it would forge lines in the message: name such an entry by number.
  return typeof id === 'string' && id !== '' && !/[\u0000-\u001f\u007f\u2028\u2029]/.test(id) ? `entry \`${id}\`: ` : `entry ${at[1] + 1}: `
}

function ajvProblem(error: ErrorObject, data: unknown, locator: Locator): Problem | undefined {
  const at = segments(error.instancePath)
  const label = entryLabel(data, at)
  const last = at[at.length - 1]
  const field = typeof last === 'string' ? last : undefined
  const value = getAt(data, at)
  const isEntry = at.length === 2 && at[0] === 'corrections'
  const known: readonly string[] = at.length === 0 ? fileFields : correctionFields

  switch (error.keyword) {
    case 'if':
      // The `then` branch reports the missing field itself.
      return undefined
    case 'required': {
      const missing = String((error.params as {missingProperty: string}).missingProperty)
      const status = getAt(data, [...at, 'status'])
      const when = error.schemaPath.includes('/then/') ? ` when status is ${String(status)}` : ''
      const fix = requiredFix[missing] ?? `add \`${missing}\``
      return locator.problem(locator.node(at), `${label}\`${missing}\` is required${when}`, fix)
    }
    case 'additionalProperties': {
      const extra = String((error.params as {additionalProperty: string}).additionalProperty)
      const guess = closest(extra, known)
      const fix = guess
        ? `did you mean \`${guess}\`?`
        : `remove it (known fields: ${known.join(', ')})`
      return locator.problem(locator.keyNode(at, extra) ?? locator.node(at), `${label}unknown field \`${extra}\``, fix)
    }
    case 'type': {
      const node = locator.node(at)
      if (at.length === 0) {
        return locator.problem(node, `expected a mapping with \`document\` and \`corrections\`, not ${describeValue(value)}`, `start the file with \`document: source-text/<name>.txt\``)
      }
      if (isEntry) {
        return locator.problem(node, `${label}expected a mapping of fields such as \`id: …\` and \`exact: …\`, not ${describeValue(value)}`, `indent the entry's fields under its \`-\``)
      }
      if (field === 'corrections') {
        return locator.problem(node, `\`corrections\` must be a list of entries, not ${describeValue(value)}`, `start each entry with \`- id: …\``)
      }
      if (field === 'start') {
        return locator.problem(node, `${label}\`start\` must be a whole number (the offset where \`exact\` began), not ${describeValue(value)}`, `fix it or remove it`)
      }
      // A mapping or list here is text that YAML read as structure (an unquoted `: `, `{` or `[`).
      const example = value !== null && typeof value === 'object' ? '…' : String(value).replace(/["\\]/g, '\\$&')
      return locator.problem(node, `${label}\`${field}\` must be text, not ${describeValue(value)}`, `quote it, as in \`${field}: "${example}"\``)
    }
    case 'minLength': {
      const fix =
        field === 'exact'
          ? 'give the text to replace, exactly as the source has it'
          : field === 'document'
            ? 'give the path of the source it corrects'
            : `fill it in or remove \`${field}\``
      return locator.problem(locator.node(at), `${label}\`${field}\` must not be empty`, fix)
    }
    case 'enum': {
      const allowed = (error.params as {allowedValues: unknown[]}).allowedValues.map(String)
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined
      const fix = guess ? `did you mean \`${guess}\`?` : 'write one of those'
      return locator.problem(locator.node(at), `${label}\`${field}\` must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not ${describeValue(value)}`, fix)
    }
    case 'pattern':
      return locator.problem(locator.node(at), `${label}\`${field}\` must be one line without control characters, not ${JSON.stringify(value)}`, `write the id as one word such as \`lavrov-office\``)
    case 'minimum':
      return locator.problem(locator.node(at), `${label}\`${field}\` must be 0 or more, not ${describeValue(value)}`, `fix it or remove it`)
    case 'format':
      return locator.problem(locator.node(at), `${label}\`${field}\` must be a date as YYYY-MM-DD, not ${describeValue(value)}`, `write it as \`${field}: 2026-11-20\``)
    default:
      return locator.problem(locator.node(at), `${label}\`${field ?? 'file'}\` ${error.message ?? 'is invalid'}`)
  }
}

/**
 * An approved or rejected entry missing both `reviewer` and `reviewed` gets one line, not one
 * per field: a file of hand-approved entries would otherwise print two errors per entry.
 * Pushes those lines and returns the other errors.
 */
function undecided(errors: ErrorObject[], data: unknown, locator: Locator, problems: Problem[], allow: boolean): ErrorObject[] {
  const decisionFields = (error: ErrorObject) => error.keyword === 'required' && error.schemaPath.includes('/then/')
  if (allow) return errors.filter((error) => !decisionFields(error))
  const missing = new Map<string, string[]>()
  for (const error of errors.filter(decisionFields)) {
    const field = String((error.params as {missingProperty: string}).missingProperty)
    missing.set(error.instancePath, [...(missing.get(error.instancePath) ?? []), field])
  }
  const both = new Set([...missing].filter(([, fields]) => fields.length > 1).map(([at]) => at))
  for (const at of both) {
    const path = segments(at)
    const status = String(getAt(data, [...path, 'status']))
    const id = getAt(data, [...path, 'id'])
    const verb = status === 'rejected' ? 'reject' : 'approve'
    const command = typeof id === 'string' && id !== '' ? `postedit review ${verb} ${id}` : `postedit review ${verb}`
    problems.push(
      locator.problem(locator.node(path), `${entryLabel(data, path)}\`reviewer\` and \`reviewed\` are required when status is ${status}`, `run \`${command}\` to set both, or add who reviewed it and the date (YYYY-MM-DD)`)
    )
  }
  return errors.filter((error) => !(decisionFields(error) && both.has(error.instancePath)))
}

function duplicateIds(data: unknown, locator: Locator): Problem[] {
  const entries = getAt(data, ['corrections'])
  if (!Array.isArray(entries)) return []
  const seen = new Map<string, number>()
  const problems: Problem[] = []
  entries.forEach((entry, index) => {
    const id = getAt(entry, ['id'])
    if (typeof id !== 'string') return
    const node = locator.node(['corrections', index, 'id'])
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, node?.range ? locator.point(node.range[0]).line : 1)
      return
    }
    problems.push(
      locator.problem(node, `entry \`${id}\`: duplicate id, also used at line ${first}`, `give each entry its own id`)
    )
  })
  return problems
}

/** Half of a UTF-16 surrogate pair with no other half beside it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Quotes and replacements holding half a character (YAML's "\uD83D" escape): `exact` would
 * match inside an emoji and leave its other half behind, which the cleaned file then writes as
 * U+FFFD. No text holds a lone surrogate; the entry is a mistake.
 */
function halfCharacters(data: unknown, locator: Locator): Problem[] {
  const entries = getAt(data, ['corrections'])
  if (!Array.isArray(entries)) return []
  const problems: Problem[] = []
  entries.forEach((entry, index) => {
    for (const field of ['exact', 'prefix', 'suffix', 'replacement']) {
      const value = getAt(entry, [field])
      const found = typeof value === 'string' ? loneSurrogate.exec(value) : null
      if (!found) continue
      const unit = found[0].charCodeAt(0).toString(16).toUpperCase()
      problems.push(
        locator.problem(
          locator.node(['corrections', index, field]),
          `${entryLabel(data, ['corrections', index])}\`${field}\` holds half of a character (the lone UTF-16 surrogate U+${unit})`,
          'write the whole character, or its escape such as "\\U0001F600" in double quotes'
        )
      )
    }
  })
  return problems
}

/** The first alias in the document, where an alias bomb is reported. */
function firstAlias(document: Document): Node | undefined {
  let found: Node | undefined
  visit(document, {
    Alias(_, node) {
      if (isAlias(node)) found = node
      return visit.BREAK
    }
  })
  return found
}

export interface ParseOptions {
  /**
   * Accept approved and rejected entries without `reviewer` and `reviewed`: what `review`
   * reads, since setting them is its job.
   */
  allowUndecided?: boolean
}

/** Parses and validates YAML text; throws a CorrectionsError listing every problem. */
export function parseCorrections(
  text: string,
  displayPath: string,
  options: ParseOptions = {}
): {data: CorrectionsFile; document: Document; lineCounter: LineCounter} {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: true})
  const locator = new Locator(document, lineCounter, displayPath)
  const [first] = document.errors
  if (first && isNestedTooDeep(first)) {
    // The parser's stack ran out: what it reports after that is noise from where it stopped.
    const position = first.linePos?.[0] ?? {line: 1, col: 1}
    throw new CorrectionsError([
      {
        file: displayPath,
        line: position.line,
        column: position.col,
        kind: 'invalid-corrections',
        message: `invalid YAML: ${nestedTooDeep('corrections file')}`,
        fix: 'write the entries as a list of maps, as the README shows'
      }
    ])
  }
  if (document.errors.length > 0) {
    throw new CorrectionsError(
      byPlace(
        document.errors.map((error): Problem => {
          // An error at the end of the text (a quote never closed) is placed on its last
          // character: yaml puts it on a line past the end.
          const last = text.trimEnd().length - 1
          const at = error.pos[0] >= text.length && last >= 0 ? lineCounter.linePos(last) : undefined
          const position = at ?? error.linePos?.[0] ?? {line: 1, col: 1}
          const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
          return {file: displayPath, line: position.line, column: position.col, kind: 'invalid-corrections', message: `invalid YAML: ${reason}`, fix: 'fix the syntax there'}
        })
      )
    )
  }
  let js: unknown
  try {
    js = document.toJS({maxAliasCount: MAX_ALIASES})
  } catch (error) {
    // yaml throws a ReferenceError when aliases would expand past the count (a "billion laughs").
    if (!(error instanceof ReferenceError)) throw error
    throw new CorrectionsError([locator.problem(firstAlias(document), `too many YAML aliases (more than ${MAX_ALIASES} expansions)`, `write the values out instead of \`*alias\` references`)])
  }
  const data = datesToText(js)
  const problems: Problem[] = []
  if (!validate(data)) {
    for (const error of undecided(validate.errors ?? [], data, locator, problems, Boolean(options.allowUndecided))) {
      const problem = ajvProblem(error, data, locator)
      if (problem) problems.push(problem)
    }
  }
  // A loop, not push(...): a large file can repeat more ids than the call stack has room for.
  for (const problem of duplicateIds(data, locator)) problems.push(problem)
  for (const problem of halfCharacters(data, locator)) problems.push(problem)
  if (problems.length > 0) throw new CorrectionsError(byPlace(problems))
  return {data: data as CorrectionsFile, document, lineCounter}
}

/** How many YAML aliases a corrections file may expand: a few for anchors, never a bomb. */
export const MAX_ALIASES = 100

export interface LoadOptions {
  /** Refuse a corrections file larger than this (default: read-text's). */
  maxBytes?: number
}

/**
 * Reads and validates `corrections/<name>.yml`. `filePath` is relative to `cwd` (or absolute);
 * so is the `document` it names. The file must lie inside the project (symlinks followed) and
 * be a regular UTF-8 file under the size limit: a pull request chooses both.
 */
export async function loadCorrectionsFile(filePath: string, cwd: string, options: LoadOptions = {}): Promise<LoadedCorrections> {
  const absolute = path.resolve(cwd, filePath)
  const displayPath = relativeDisplay(absolute, cwd)
  const text = await readCorrectionsText(absolute, displayPath, cwd, options)
  // A BOM is not part of the YAML.
  const {data, document, lineCounter} = parseCorrections(text.replace(/^\uFEFF/, ''), displayPath)
  return {path: absolute, displayPath, sourcePath: path.resolve(cwd, data.document), data, document, lineCounter}
}

/** The text of a corrections file, read only when it is a regular file inside the project. */
export async function readCorrectionsText(absolute: string, displayPath: string, cwd: string, options: LoadOptions = {}): Promise<string> {
  const real = new ProjectPaths(cwd).inside(absolute)
  if (real === undefined) {
    throw new CorrectionsError([outsideProject(displayPath)])
  }
  try {
    return await readTextFile(real, {display: displayPath, ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes})})
  } catch (error) {
    if (error instanceof ReadTextError) throw new CorrectionsError([readProblem(error, 'invalid-corrections')])
    if (!isSystemError(error)) throw error
    // The fix depends on the error: permissions for EACCES, the open-files limit for EMFILE.
    const {message, fix} = systemErrorParts(error, cwd, displayPath)
    throw new CorrectionsError([{file: displayPath, kind: 'invalid-corrections', message: `cannot read the corrections file: ${message}`, fix}])
  }
}

/** A corrections file that resolves (symlinks followed) outside the project. */
export function outsideProject(displayPath: string): Problem {
  return {
    file: displayPath,
    kind: 'invalid-corrections',
    message: 'the corrections file is outside the project folder (symlinks followed)',
    fix: 'keep corrections files under corrections/'
  }
}

/** Where entry `index` starts (its first key), or where one of its fields' value starts. */
export function entryPosition(loaded: LoadedCorrections, index: number, field?: string): FilePosition {
  const at = field ? ['corrections', index, field] : ['corrections', index]
  const locator = new Locator(loaded.document, loaded.lineCounter, loaded.displayPath)
  const node = locator.node(at)
  return node?.range ? locator.point(node.range[0]) : {line: 1, column: 1}
}

/**
 * A problem with entry `index`, placed where one of its fields' value starts: its message
 * begins ``entry `id`: ``.
 */
export function entryProblem(loaded: LoadedCorrections, index: number, field: string, problem: Pick<Problem, 'kind' | 'message' | 'fix'>): Problem {
  const id = loaded.data.corrections[index]?.id
  return {
    file: loaded.displayPath,
    ...entryPosition(loaded, index, field),
    kind: problem.kind,
    message: `entry \`${id}\`: ${problem.message}`,
    ...(problem.fix === undefined ? {} : {fix: problem.fix}),
    ...(id === undefined ? {} : {correctionId: id})
  }
}

/** `corrections/x.yml:12:5: entry \`id\`: ` for messages about entry `index`. */
export function entryWhere(loaded: LoadedCorrections, index: number, field?: string): string {
  const position = entryPosition(loaded, index, field)
  const id = loaded.data.corrections[index]?.id
  return `${loaded.displayPath}:${position.line}:${position.column}: entry \`${id}\`: `
}
