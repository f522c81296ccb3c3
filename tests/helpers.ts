import {mkdtempSync, cpSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {main} from '../src/cli.js'
import type {Io} from '../src/io.js'
import type {Finding} from '../src/lint/postedit.js'
import {createProcessor} from '../src/lint/processor.js'
import type {PosteditSettings} from '../src/lint/settings.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const seedPath = path.join(repoRoot, 'source-text', 'moscow-air-defense.txt')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `postedit` in-process with captured streams, as a user would from `cwd`; `extra` adds
 * what an interactive command reads (a scripted `stdin`, a fixed clock).
 */
export async function runCli(argv: string[], cwd: string = repoRoot, extra: Pick<Io, 'stdin' | 'now'> = {}): Promise<CliResult> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk) => (out += chunk))
  stderr.on('data', (chunk) => (err += chunk))
  const code = await main(argv, {cwd, stdout, stderr, color: false, ...extra})
  return {code, stdout: out, stderr: err}
}

/** Lints a string with every default rule (or the given settings) and returns the findings. */
export async function lintText(text: string, settings?: PosteditSettings): Promise<Finding[]> {
  const file = new VFile({path: 'input.txt', value: text})
  await createProcessor(settings).process(file)
  return file.messages as Finding[]
}

/** Findings of one rule only, as `[actual, expected]` pairs and positions, for compact asserts. */
export async function ruleFindings(ruleId: string, text: string): Promise<Finding[]> {
  return (await lintText(text)).filter((message) => message.ruleId === ruleId)
}

/** A scratch folder laid out like the repo, holding the given files. */
export function scratchDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'postedit-'))
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, content)
  }
  return dir
}

export function copySeedTo(dir: string): void {
  cpSync(seedPath, path.join(dir, 'source-text', 'moscow-air-defense.txt'))
}

/** A finding as `[line:column, actual, expected]`: compact enough to pin a whole seed's list. */
export const summary = (findings: Finding[]) =>
  findings.map((finding) => [`${finding.line}:${finding.column}`, finding.actual, finding.expected])

/**
 * Applies the first suggestion of every finding of the given rules, back to front by offset,
 * as a reviewer accepting them all would: shows that the suggestions compose into clean text.
 */
export async function applySuggestions(text: string, ruleIds: ReadonlySet<string>): Promise<string> {
  const edits = (await lintText(text))
    .filter((finding) => ruleIds.has(finding.ruleId ?? '') && finding.expected?.[0] !== undefined)
    .map((finding) => {
      const place = finding.place as {start: {offset?: number}; end: {offset?: number}}
      return {start: place.start.offset!, end: place.end.offset!, value: finding.expected![0]!}
    })
    .sort((a, b) => b.start - a.start)
  let result = text
  for (const edit of edits) result = result.slice(0, edit.start) + edit.value + result.slice(edit.end)
  return result
}

/**
 * A seeded generator of whole numbers below `limit`, for generated-input tests that must give
 * the same inputs on every run. The high bits of a linear congruential generator: its low bits
 * repeat with a short period.
 */
export function seededRandom(seed: number): (limit: number) => number {
  let state = seed
  return (limit) => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return Math.floor(state / 65536) % limit
  }
}
