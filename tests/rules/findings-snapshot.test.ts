/**
 * Every finding of every rule over a fixed set of texts, compared with a committed snapshot.
 * The rule engine is being rebuilt for speed (shared views, one matcher per phrase list, one
 * plugin for all rules); none of that may change what is reported, where, or how it is worded.
 * When a rule change is meant to change findings, regenerate the snapshot with
 * `POSTEDIT_UPDATE_SNAPSHOT=1 npx vitest run tests/rules/findings-snapshot.test.ts` and review
 * the diff of tests/rules/fixtures/findings-snapshot.tsv like code.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Finding} from '../../src/lint/postedit.js'
import {createProcessor, type ProcessorOptions} from '../../src/lint/processor.js'
import type {PosteditSettings} from '../../src/lint/settings.js'
import {rules} from '../../src/rules/registry.js'
import {repoRoot} from '../helpers.js'

const snapshotPath = path.join(repoRoot, 'tests', 'rules', 'fixtures', 'findings-snapshot.tsv')

/** Every rule of the registry on, those off by default included, at its own severity. */
const everyRule: PosteditSettings = {rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]))}

interface Sample {
  name: string
  value: string
  options?: ProcessorOptions
}

const read = (...parts: string[]) => readFileSync(path.join(repoRoot, ...parts), 'utf8')

function filesIn(...parts: string[]): Sample[] {
  const dir = path.join(repoRoot, ...parts)
  return readdirSync(dir)
    .filter((name) => /\.(?:txt|md|html)$/.test(name))
    .sort()
    .map((name) => ({name: [...parts, name].join('/'), value: read(...parts, name)}))
}

/** Hard-wraps every line at `width` columns: quotations and phrases then cross line breaks. */
function rewrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = []
      let current = ''
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
          out.push(current)
          current = word
        } else current = current === '' ? word : `${current} ${word}`
      }
      out.push(current)
      return out.join('\n')
    })
    .join('\n')
}

function samples(): Sample[] {
  const own = filesIn('tests', 'rules', 'fixtures')
  const plain = own.find((sample) => sample.name.endsWith('synthetic-mt.txt'))!
  const seed = filesIn('source-text')
  const derived: Sample[] = [
    {name: 'derived/wrapped-40.txt', value: rewrap(plain.value, 40)},
    {name: 'derived/wrapped-72.txt', value: rewrap(plain.value, 72)},
    {name: 'derived/crlf.txt', value: plain.value.replace(/\n/g, '\r\n')},
    {name: 'derived/blank-lines-only.txt', value: plain.value.replace(/\n/g, '\n\n')}
  ]
  // Over 32 kB with blank lines: parsed, and in piecewise mode linted, a piece at a time.
  const texts = [...seed, plain, ...derived].map((sample) => sample.value)
  let large = ''
  for (let round = 0; large.length < 48_000; round++) large += texts[round % texts.length]!.trim() + '\n\n'
  return [
    ...seed,
    ...filesIn('tests', 'lint', 'fixtures'),
    ...own,
    ...derived,
    {name: 'derived/large.txt', value: large},
    {name: 'derived/large-piecewise.txt', value: large, options: {piecewise: true}}
  ]
}

function line(name: string, finding: Finding): string {
  const place = finding.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const at = start && end ? `${start.line}:${start.column}-${end.line}:${end.column}` : '-'
  const severity = finding.fatal === true ? 'error' : finding.fatal === false ? 'warning' : 'info'
  return [
    name,
    finding.ruleId ?? '-',
    at,
    severity,
    JSON.stringify(finding.reason),
    JSON.stringify(finding.actual ?? null),
    JSON.stringify(finding.expected ?? null)
  ].join('\t')
}

async function lintSample(sample: Sample): Promise<string[]> {
  const file = new VFile({path: sample.name, value: sample.value})
  await createProcessor(everyRule, sample.options).process(file)
  return (file.messages as Finding[]).map((finding) => line(sample.name, finding))
}

describe('findings of every rule', () => {
  it('equal the committed snapshot, finding for finding', async () => {
    const lines: string[] = []
    for (const sample of samples()) lines.push(...(await lintSample(sample)))
    const actual = lines.join('\n') + '\n'
    if (process.env.POSTEDIT_UPDATE_SNAPSHOT === '1') writeFileSync(snapshotPath, actual)
    expect(existsSync(snapshotPath), `${snapshotPath} is missing`).toBe(true)
    const expected = readFileSync(snapshotPath, 'utf8')
    // Line by line, so that a failure shows which findings moved.
    expect(actual.split('\n')).toEqual(expected.split('\n'))
  })

  it('cover every rule of the registry', () => {
    const seen = new Set(readFileSync(snapshotPath, 'utf8').split('\n').map((row) => row.split('\t')[1]))
    expect(rules.map((rule) => rule.id).filter((id) => !seen.has(id))).toEqual([])
  })

  it('are the same for a large text linted whole and piece by piece', () => {
    const rows = readFileSync(snapshotPath, 'utf8').split('\n')
    const of = (name: string) => rows.filter((row) => row.startsWith(name + '\t')).map((row) => row.slice(name.length))
    expect(of('derived/large.txt').length).toBeGreaterThan(100)
    // Whole, the findings come rule by rule; piece by piece, rule by rule within each piece.
    expect(of('derived/large-piecewise.txt').sort()).toEqual(of('derived/large.txt').sort())
  })
})
