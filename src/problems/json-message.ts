/**
 * Findings as the JSON contract gives them, and how reports name and order them: shared by
 * the reporters (report/) and the CI gate (check/), which must not import each other.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {Finding} from '../lint/postedit.js'
import type {Severity} from '../rules/types.js'

export interface JsonPoint {
  line: number
  column: number
  offset: number | null
}

/** One finding in `--format json`: a stable contract that CI tooling reads. */
export interface JsonMessage {
  ruleId: string | null
  source: string | null
  reason: string
  fatal: boolean | null
  severity: Severity
  category: string | null
  place: {start: JsonPoint; end: JsonPoint} | null
  actual: string | null
  expected: string[] | null
  url: string | null
}

export function severityOf(message: {fatal?: boolean | null | undefined}): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Paths in reports are relative to the working directory, with forward slashes on every OS. */
export function displayPath(file: VFile, cwd: string): string {
  const full = path.resolve(file.cwd ?? cwd, file.path ?? '')
  return path.relative(cwd, full).split(path.sep).join('/')
}

function point(value: {line: number; column: number; offset?: number | undefined}): JsonPoint {
  return {line: value.line, column: value.column, offset: value.offset ?? null}
}

export function toJsonMessage(message: Finding): JsonMessage {
  const place = message.place
  let jsonPlace: JsonMessage['place'] = null
  if (place && 'start' in place) jsonPlace = {start: point(place.start), end: point(place.end)}
  else if (place) jsonPlace = {start: point(place), end: point(place)}
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    fatal: message.fatal ?? null,
    severity: severityOf(message),
    category: message.category ?? null,
    place: jsonPlace,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    url: message.url ?? null
  }
}

/** Findings in reading order: by offset, then rule id, so output is byte-stable. */
export function sortFindings<T extends Finding>(messages: readonly T[]): T[] {
  const key = (message: Finding) => {
    const place = message.place
    const start = place && 'start' in place ? place.start : place
    return start ? (start.offset ?? (start.line * 1e6 + start.column)) : -1
  }
  return [...messages].sort(
    (a, b) => key(a) - key(b) || String(a.ruleId).localeCompare(String(b.ruleId))
  )
}

