import {cpSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copySeedTo, repoRoot, runCli, scratchDir} from '../helpers.js'
import {read, snapshot, tree} from '../corrections/fixtures.js'

const doubled = 'It is used to combat combat aircraft.\n'
const fixed = 'It is used to combat aircraft.\n'

function entry(id: string, exact: string, replacement: string, status: 'approved' | 'proposed' | 'rejected' = 'approved', extra = ''): string {
  const review = status === 'proposed' ? '' : '    reviewer: desk\n    reviewed: 2026-11-20\n'
  return `  - id: ${id}\n    exact: ${exact}\n    replacement: ${replacement}\n    status: ${status}\n${review}${extra}`
}

const combat = entry('combat-combat', 'combat combat', 'combat')

function corrections(...items: string[]): string {
  return `document: source-text/a.txt\ncorrections:\n${items.join('')}`
}

/** A one-document repo: source-text/a.txt, its corrections and (unless null) its cleaned text. */
function repo(source: string, entries: string[], cleaned: string | null, more: Record<string, string> = {}): string {
  return scratchDir({
    'source-text/a.txt': source,
    'corrections/a.yml': corrections(...entries),
    ...(cleaned === null ? {} : {'cleaned/a.txt': cleaned}),
    ...more
  })
}

interface Problem {
  kind: string
  severity: string
  message: string
  path: string
  place?: {start: {line: number; column: number; offset: number | null}; end: {line: number; column: number; offset: number | null}}
  ruleId: string
  correctionId?: string
  finding?: {ruleId: string; reason: string; actual: string | null; expected: string[] | null}
}

interface Report {
  ok: boolean
  documents: {document: string | null; corrections: string | null; cleaned: string | null; problems: Problem[]}[]
  summary: {documents: number; failed: number; severities: Record<string, number>; kinds: Record<string, number>}
}

async function json(cwd: string, ...argv: string[]): Promise<{code: number; report: Report; stderr: string}> {
  const result = await runCli(['check', '--format', 'json', ...argv], cwd)
  return {code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr}
}

const section = 'source-text/a.txt (corrections/a.yml -> cleaned/a.txt)\n'

function seedRepo(): string {
  const cwd = scratchDir()
  copySeedTo(cwd)
  for (const file of ['corrections/moscow-air-defense.yml', 'cleaned/moscow-air-defense.txt']) {
    cpSync(path.join(repoRoot, file), path.join(cwd, file))
  }
  return cwd
}

/** Every file's bytes and mtime, to prove check wrote nothing. */
function treeSnapshot(cwd: string) {
  return tree(cwd).map((file) => ({file, ...snapshot(cwd, file), dirMtime: statSync(path.dirname(path.join(cwd, file))).mtimeMs}))
}

describe('postedit check', () => {
  describe('the seed, its reviewed corrections and the committed cleaned text pass', () => {
    const cwd = seedRepo()

    it('pretty', async () => {
      expect(await runCli(['check'], cwd)).toEqual({
        code: 0,
        stdout:
          'source-text/moscow-air-defense.txt (corrections/moscow-air-defense.yml -> cleaned/moscow-air-defense.txt)\n  ok\n  MQM penalty 0.00 per 1,000 words (0 points, 868 words)\n\ncheck: 1 document, 0 failed\n',
        stderr: ''
      })
    })

    it('json', async () => {
      const {code, report, stderr} = await json(cwd)
      expect({code, stderr}).toEqual({code: 0, stderr: ''})
      expect(report).toEqual({
        ok: true,
        documents: [
          {
            document: 'source-text/moscow-air-defense.txt',
            corrections: 'corrections/moscow-air-defense.yml',
            cleaned: 'cleaned/moscow-air-defense.txt',
            score: {words: 868, findings: {neutral: 0, minor: 0, major: 0, critical: 0}, points: 0, perThousandWords: 0},
            problems: []
          }
        ],
        summary: {
          documents: 1,
          failed: 0,
          severities: {error: 0, warning: 0, info: 0},
          kinds: {
            'invalid-corrections': 0,
            stale: 0,
            ambiguous: 0,
            conflict: 0,
            'cleaned-missing': 0,
            'cleaned-outdated': 0,
            'unresolved-finding': 0,
            'cleaned-finding': 0,
            'proposed-correction': 0,
            'max-penalty': 0
          }
        }
      })
    })

    it('sarif and github', async () => {
      const sarif = await runCli(['check', '--format', 'sarif'], cwd)
      expect(sarif.code).toBe(0)
      const log = JSON.parse(sarif.stdout) as {runs: {results: unknown[]}[]}
      expect(log.runs[0]?.results).toEqual([])
      expect(await runCli(['check', '--format', 'github', '--frail'], cwd)).toEqual({code: 0, stdout: '', stderr: ''})
    })

    it('with --frail too', async () => {
      expect((await runCli(['check', '--frail'], cwd)).code).toBe(0)
    })
  })

  it('json: the exact bytes, so that the key order of the contract is pinned too', async () => {
    const cwd = repo(doubled, [entry('planes', 'aircraft', 'planes', 'proposed')], doubled)
    const result = await runCli(['check', '--format', 'json'], cwd)
    const at = (line: number, column: number, offset: number) => ({line, column, offset})
    const reason = 'Unexpected repeated `combat`, remove one occurrence'
    const kinds = {
      'invalid-corrections': 0,
      stale: 0,
      ambiguous: 0,
      conflict: 0,
      'cleaned-missing': 0,
      'cleaned-outdated': 0,
      'unresolved-finding': 1,
      'cleaned-finding': 0,
      'proposed-correction': 1,
      'max-penalty': 0
    }
    const expected = {
      ok: false,
      documents: [
        {
          document: 'source-text/a.txt',
          corrections: 'corrections/a.yml',
          cleaned: 'cleaned/a.txt',
          score: {words: 7, findings: {neutral: 0, minor: 0, major: 1, critical: 0}, points: 5, perThousandWords: 714.29},
          problems: [
            {
              kind: 'proposed-correction',
              severity: 'warning',
              message: 'entry `planes`: proposed, not reviewed yet; approve it (with `reviewer` and `reviewed`) or reject it',
              path: 'corrections/a.yml',
              place: {start: at(6, 13, 112), end: at(6, 21, 120)},
              ruleId: 'postedit/proposed-correction',
              correctionId: 'planes'
            },
            {
              kind: 'unresolved-finding',
              severity: 'error',
              message: reason,
              path: 'source-text/a.txt',
              place: {start: at(1, 15, 14), end: at(1, 28, 27)},
              ruleId: 'repeated-word',
              finding: {
                ruleId: 'repeated-word',
                source: 'postedit',
                reason,
                fatal: true,
                severity: 'error',
                category: 'Linguistic conventions/Grammar',
                place: {start: at(1, 15, 14), end: at(1, 28, 27)},
                actual: 'combat combat',
                expected: ['combat'],
                url: 'https://github.com/postedit/postedit/blob/main/docs/rules.md#repeated-word'
              }
            }
          ]
        }
      ],
      summary: {documents: 1, failed: 1, severities: {error: 1, warning: 1, info: 0}, kinds}
    }
    expect(result).toEqual({code: 1, stdout: JSON.stringify(expected, null, 2) + '\n', stderr: ''})
  })

  it('--help', async () => {
    const result = await runCli(['check', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: postedit check \[documents\.\.\.\] \[options\]\n/)
    expect(result.stdout).toContain('Errors always fail, warnings only with --frail, info never.')
  })

  describe('each failing kind: exit 1, its line and its JSON problem', () => {
    it('a stale correction, with no close match', async () => {
      const cwd = repo(fixed, [entry('gone', 'Sergei Shoigu', 'Lavrov')], fixed)
      const message =
        'entry `gone`: `exact` "Sergei Shoigu" is not in source-text/a.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry'
      expect(await runCli(['check'], cwd)).toEqual({
        code: 1,
        stdout: `${section}  corrections/a.yml:4:12  error  ${message}  [postedit/stale-correction]\n  MQM penalty 0.00 per 1,000 words (0 points, 6 words)\n\ncheck: 1 document, 1 failed: 1 stale correction\n`,
        stderr: ''
      })
      const {code, report} = await json(cwd)
      expect(code).toBe(1)
      expect(report.ok).toBe(false)
      expect(report.documents[0]?.problems).toEqual([
        {
          kind: 'stale',
          severity: 'error',
          message,
          path: 'corrections/a.yml',
          place: {start: {line: 4, column: 12, offset: 65}, end: {line: 4, column: 25, offset: 78}},
          ruleId: 'postedit/stale-correction',
          correctionId: 'gone'
        }
      ])
    })

    it('a stale correction with a close match says to run apply --fuzzy and review, never re-anchoring', async () => {
      const cwd = repo(fixed, [entry('aircraft', 'combat aircrafts', 'combat planes')], fixed)
      const result = await runCli(['check'], cwd)
      expect(result.code).toBe(1)
      expect(result.stdout).toBe(
        `${section}  corrections/a.yml:4:12  error  entry \`aircraft\`: \`exact\` "combat aircrafts" is not in source-text/a.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry; found a 93% match at line 1 ("combat aircraft"); \`postedit check\` does not re-anchor: run \`postedit apply --fuzzy\`, review where it lands, then set \`exact\` to the text there  [postedit/stale-correction]\n  MQM penalty 0.00 per 1,000 words (0 points, 6 words)\n\ncheck: 1 document, 1 failed: 1 stale correction\n`
      )
    })

    it('an ambiguous correction', async () => {
      const cwd = repo(doubled, [entry('one', 'combat', 'fight')], doubled)
      const {code, report} = await json(cwd)
      expect(code).toBe(1)
      expect(report.documents[0]?.problems.map((problem) => [problem.kind, problem.path, problem.place?.start.line, problem.correctionId, problem.message])).toEqual([
        [
          'ambiguous',
          'corrections/a.yml',
          4,
          'one',
          'entry `one`: `exact` "combat" matches 2 places in source-text/a.txt (at 1:15 and 1:22); to pick one, set prefix "o " (for 1:15) or prefix "t " (for 1:22)'
        ],
        ['unresolved-finding', 'source-text/a.txt', 1, undefined, 'Unexpected repeated `combat`, remove one occurrence']
      ])
    })

    it('conflicting corrections', async () => {
      const cwd = repo(doubled, [combat, entry('aircraft', 'combat aircraft', 'warplanes')], doubled)
      const result = await runCli(['check'], cwd)
      expect(result.code).toBe(1)
      expect(result.stdout).toBe(
        `${section}  corrections/a.yml:10:12  error  entry \`aircraft\`: overlaps entry \`combat-combat\` at line 1 of source-text/a.txt; two approved corrections cannot change the same text, so merge them into one entry or reject one  [postedit/conflicting-correction]\n  MQM penalty 0.00 per 1,000 words (0 points, 7 words)\n\ncheck: 1 document, 1 failed: 1 conflicting correction\n`
      )
    })

    it('a missing cleaned file', async () => {
      const cwd = repo(doubled, [combat], null)
      expect(await runCli(['check'], cwd)).toEqual({
        code: 1,
        stdout: `${section}  cleaned/a.txt  error  missing: corrections/a.yml has no cleaned text yet; run \`postedit apply\` to write it  [postedit/cleaned-missing]\n  MQM penalty 0.00 per 1,000 words (0 points, 7 words)\n\ncheck: 1 document, 1 failed: 1 missing cleaned file\n`,
        stderr: ''
      })
      const {report} = await json(cwd)
      expect(report.documents[0]?.problems).toEqual([
        {
          kind: 'cleaned-missing',
          severity: 'error',
          message: 'missing: corrections/a.yml has no cleaned text yet; run `postedit apply` to write it',
          path: 'cleaned/a.txt',
          ruleId: 'postedit/cleaned-missing'
        }
      ])
    })

    it('an out-of-date cleaned file, placed where it first differs; a byte-order mark alone makes it stale', async () => {
      const cwd = repo(doubled + 'Second line.\n', [combat], fixed + 'Second line!\n')
      const line = '  cleaned/a.txt:2:12  error  out of date: differs from what corrections/a.yml gives from here on; run `postedit apply` to update it  [postedit/cleaned-outdated]'
      expect(await runCli(['check'], cwd)).toEqual({
        code: 1,
        stdout: `${section}${line}\n  MQM penalty 0.00 per 1,000 words (0 points, 9 words)\n\ncheck: 1 document, 1 failed: 1 out-of-date cleaned file\n`,
        stderr: ''
      })
      const {report} = await json(cwd)
      expect(report.documents[0]?.problems[0]?.place).toEqual({start: {line: 2, column: 12, offset: 42}, end: {line: 2, column: 12, offset: 42}})

      const bom = repo(doubled, [combat], '\uFEFF' + fixed)
      expect((await json(bom)).report.documents[0]?.problems.map((problem) => [problem.kind, problem.place?.start])).toEqual([
        ['cleaned-outdated', {line: 1, column: 1, offset: 0}]
      ])

      // Text added at the end of a line, or of the file, made the file longer than apply's and
      // was placed at 1:1: it is placed where it starts.
      for (const [edit, start] of [
        [fixed.replace('aircraft.', 'aircraft. Added here'), {line: 1, column: 31, offset: 30}],
        [fixed + 'A line added at the end.\n', {line: 2, column: 1, offset: 31}]
      ] as const) {
        const longer = repo(doubled, [combat], edit)
        expect((await json(longer)).report.documents[0]?.problems.map((problem) => [problem.kind, problem.place?.start]), edit).toEqual([['cleaned-outdated', start]])
      }
    })

    it('an unresolved finding: no corrections file, or only a proposed entry on it', async () => {
      const cwd = scratchDir({'source-text/a.txt': doubled})
      expect(await runCli(['check'], cwd)).toEqual({
        code: 1,
        stdout:
          'source-text/a.txt\n  source-text/a.txt:1:15  error  Unexpected repeated `combat`, remove one occurrence  [repeated-word]\n  MQM penalty 714.29 per 1,000 words (5 points, 7 words)\n\ncheck: 1 document, 1 failed: 1 unresolved finding\n',
        stderr: ''
      })
      const {report} = await json(cwd)
      expect(report.documents).toEqual([
        {
          document: 'source-text/a.txt',
          corrections: null,
          cleaned: null,
          score: {words: 7, findings: {neutral: 0, minor: 0, major: 1, critical: 0}, points: 5, perThousandWords: 714.29},
          problems: [
            {
              kind: 'unresolved-finding',
              severity: 'error',
              message: 'Unexpected repeated `combat`, remove one occurrence',
              path: 'source-text/a.txt',
              place: {start: {line: 1, column: 15, offset: 14}, end: {line: 1, column: 28, offset: 27}},
              ruleId: 'repeated-word',
              finding: {
                ruleId: 'repeated-word',
                source: 'postedit',
                reason: 'Unexpected repeated `combat`, remove one occurrence',
                fatal: true,
                severity: 'error',
                category: 'Linguistic conventions/Grammar',
                place: {start: {line: 1, column: 15, offset: 14}, end: {line: 1, column: 28, offset: 27}},
                actual: 'combat combat',
                expected: ['combat'],
                url: 'https://github.com/postedit/postedit/blob/main/docs/rules.md#repeated-word'
              }
            }
          ]
        }
      ])

      const proposed = repo(doubled, [entry('combat-combat', 'combat combat', 'combat', 'proposed')], doubled)
      const result = await runCli(['check'], proposed)
      expect(result.code).toBe(1)
      expect(result.stdout).toBe(
        `${section}  corrections/a.yml:6:13  warning  entry \`combat-combat\`: proposed, not reviewed yet; approve it (with \`reviewer\` and \`reviewed\`) or reject it  [postedit/proposed-correction]\n  source-text/a.txt:1:15  error  Unexpected repeated \`combat\`, remove one occurrence  [repeated-word]\n  MQM penalty 714.29 per 1,000 words (5 points, 7 words)\n\ncheck: 1 document, 1 failed: 1 unresolved finding, 1 proposed correction\n`
      )
    })

    it('an approved edit resolves the finding it acts on; a rejected entry covers it, in the source and in the cleaned text', async () => {
      expect((await runCli(['check'], repo(doubled, [combat], fixed))).code).toBe(0)
      const rejected = repo(doubled, [entry('keep', 'combat combat', 'combat', 'rejected', '    rule: repeated-word\n')], doubled)
      expect(await runCli(['check'], rejected)).toEqual({code: 0, stdout: `${section}  ok\n  MQM penalty 0.00 per 1,000 words (0 points, 7 words)\n\ncheck: 1 document, 0 failed\n`, stderr: ''})
    })

    it('a finding the cleaned text carries over from the source, away from every edit, is reported once: on the source', async () => {
      const cwd = repo(doubled + 'They met in in Paris.\n', [combat], fixed + 'They met in in Paris.\n')
      expect(await runCli(['check'], cwd)).toEqual({
        code: 1,
        stdout: `${section}  source-text/a.txt:2:10  error  Unexpected repeated \`in\`, remove one occurrence  [repeated-word]\n  MQM penalty 416.67 per 1,000 words (5 points, 12 words)\n\ncheck: 1 document, 1 failed: 1 unresolved finding\n`,
        stderr: ''
      })
    })

    it('a finding in the cleaned text: a correction must not introduce an artifact', async () => {
      const cwd = repo(doubled, [entry('combat-combat', 'combat combat', 'combat in in')], 'It is used to combat in in aircraft.\n')
      const {code, report} = await json(cwd)
      expect(code).toBe(1)
      expect(report.documents[0]?.problems.map((problem) => [problem.kind, problem.path, problem.place?.start, problem.ruleId, problem.finding?.actual])).toEqual([
        ['cleaned-finding', 'cleaned/a.txt', {line: 1, column: 22, offset: 21}, 'repeated-word', 'in in']
      ])
      expect(report.summary.kinds['cleaned-finding']).toBe(1)
    })
  })

  describe('severity: errors always fail, warnings only with --frail, info never', () => {
    it('a proposed entry on clean text fails only with --frail', async () => {
      const cwd = repo(fixed, [entry('planes', 'aircraft', 'planes', 'proposed')], fixed)
      const line = '  corrections/a.yml:6:13  warning  entry `planes`: proposed, not reviewed yet; approve it (with `reviewer` and `reviewed`) or reject it  [postedit/proposed-correction]'
      expect(await runCli(['check'], cwd)).toEqual({code: 0, stdout: `${section}${line}\n  MQM penalty 0.00 per 1,000 words (0 points, 6 words)\n\ncheck: 1 document, 0 failed: 1 proposed correction\n`, stderr: ''})
      expect(await runCli(['check', '--frail'], cwd)).toEqual({code: 1, stdout: `${section}${line}\n  MQM penalty 0.00 per 1,000 words (0 points, 6 words)\n\ncheck: 1 document, 1 failed: 1 proposed correction\n`, stderr: ''})
      expect((await json(cwd)).report.ok).toBe(true)
      expect((await json(cwd, '--frail')).report.ok).toBe(false)
    })

    it("lints the cleaned text with its source's config, not one of cleaned/'s own", async () => {
      // The source's config turns repeated-word off: the cleaned text failed with it anyway.
      const cwd = repo('They met in in Paris at noon.\n', [entry('noon', 'at noon', 'around noon')], 'They met in in Paris around noon.\n', {
        'source-text/.posteditrc': '{"rules": {"repeated-word": "off"}}'
      })
      expect(await runCli(['check'], cwd)).toEqual({code: 0, stdout: `${section}  ok\n  MQM penalty 0.00 per 1,000 words (0 points, 7 words)\n\ncheck: 1 document, 0 failed\n`, stderr: ''})
      // A config beside the cleaned text is not the text's: the source's still rules.
      writeFileSync(path.join(cwd, 'cleaned/.posteditrc'), '{"rules": {"repeated-word": "error"}}')
      expect((await runCli(['check'], cwd)).code).toBe(0)
    })

    it('a warning-level finding fails only with --frail; an info-level one never', async () => {
      const cwd = scratchDir({'source-text/a.txt': 'A fine text.\nthe end.\n'})
      expect((await runCli(['check'], cwd)).code).toBe(0)
      expect((await runCli(['check', '--frail'], cwd)).code).toBe(1)
      const info = scratchDir({'source-text/a.txt': 'A fine text.\nthe end.\n', '.posteditrc': '{"rules": {"lowercase-sentence-start": "info"}}'})
      const result = await runCli(['check', '--frail'], info)
      expect(result).toEqual({
        code: 0,
        stdout:
          'source-text/a.txt\n  source-text/a.txt:2:1  info  Unexpected lowercase `the` at the start of a sentence, expected `The`  [lowercase-sentence-start]\n  MQM penalty 0.00 per 1,000 words (0 points, 5 words)\n\ncheck: 1 document, 0 failed: 1 unresolved finding\n',
        stderr: ''
      })
    })
  })

  describe('documents on the command line', () => {
    it('a corrections file, the source it names, or a text without corrections', async () => {
      const cwd = repo(doubled, [combat], fixed, {'source-text/b.txt': doubled})
      expect((await runCli(['check'], cwd)).code).toBe(1)
      for (const argv of [['corrections/a.yml'], ['source-text/a.txt']]) {
        expect(await runCli(['check', ...argv], cwd)).toEqual({code: 0, stdout: `${section}  ok\n  MQM penalty 0.00 per 1,000 words (0 points, 7 words)\n\ncheck: 1 document, 0 failed\n`, stderr: ''})
      }
      const b = await runCli(['check', 'source-text/b.txt'], cwd)
      expect(b.code).toBe(1)
      expect(b.stdout).toBe(
        'source-text/b.txt\n  source-text/b.txt:1:15  error  Unexpected repeated `combat`, remove one occurrence  [repeated-word]\n  MQM penalty 714.29 per 1,000 words (5 points, 7 words)\n\ncheck: 1 document, 1 failed: 1 unresolved finding\n'
      )
      // A folder: its texts, with their corrections when they have some.
      const folder = await runCli(['check', 'source-text'], cwd)
      expect(folder.stdout).toBe(
        `${section}  ok\n  MQM penalty 0.00 per 1,000 words (0 points, 7 words)\n\nsource-text/b.txt\n  source-text/b.txt:1:15  error  Unexpected repeated \`combat\`, remove one occurrence  [repeated-word]\n  MQM penalty 714.29 per 1,000 words (5 points, 7 words)\n\ncheck: 2 documents, 1 failed: 1 unresolved finding\n`
      )
    })
  })

  it('a folder named takes its documents under review even where .posteditignore excludes their texts', async () => {
    const cwd = repo(doubled, [combat], null, {'source-text/b.txt': fixed, '.posteditignore': 'source-text/a.txt\n'})
    const folder = await runCli(['check', 'source-text'], cwd)
    expect(folder.code).toBe(1)
    expect(folder.stdout).toContain('cleaned/a.txt  error  missing: corrections/a.yml has no cleaned text yet; run `postedit apply` to write it  [postedit/cleaned-missing]')
    expect(folder.stdout).toMatch(/\ncheck: 2 documents, 1 failed: 1 missing cleaned file\n$/)
    // A text without corrections that the file excludes stays out.
    writeFileSync(path.join(cwd, '.posteditignore'), 'source-text/b.txt\n')
    expect((await runCli(['check', 'source-text'], cwd)).stdout).toMatch(/\ncheck: 1 document, 1 failed: 1 missing cleaned file\n$/)
  })

  describe('exit 2: usage and input problems', () => {
    it('an unknown option or format, a missing path, nothing to check', async () => {
      const cwd = repo(doubled, [combat], fixed)
      expect(await runCli(['check', '--fix'], cwd)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'postedit: unknown option `--fix` for `check`; run `postedit check --help` for its options\n'
      })
      expect(await runCli(['check', '--format', 'xml'], cwd)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'postedit: unknown format `xml`, expected `pretty`, `json`, `sarif` or `github`\n'
      })
      expect(await runCli(['check', 'source-text/nope.txt'], cwd)).toEqual({code: 2, stdout: '', stderr: 'postedit: no such file or folder: `source-text/nope.txt`\n'})
      expect(await runCli(['check', 'corrections/nope.yml'], cwd)).toEqual({code: 2, stdout: '', stderr: 'postedit: no such corrections file: `corrections/nope.yml`\n'})
      const empty = scratchDir()
      expect(await runCli(['check'], empty)).toEqual({
        code: 2,
        stdout: '',
        stderr: `postedit: nothing to check: no \`corrections/\` or \`source-text/\` folder in ${empty}; name the documents to check\n`
      })
    })

    it('an invalid config: its line, nothing on stdout', async () => {
      const cwd = repo(doubled, [combat], fixed, {'.posteditrc': '{"rules": {"no-such-rule": "off"}}'})
      expect(await runCli(['check'], cwd)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'postedit: .posteditrc:1:12: invalid configuration: unknown rule `no-such-rule` in `rules`; run `postedit rules` to list the ids\n'
      })
    })

    it('an invalid corrections file: its line in the report, and once on stderr why the exit is 2', async () => {
      const cwd = repo(doubled, [combat.replace('    reviewer: desk\n', '')], fixed)
      const line = 'corrections/a.yml:3:5: entry `combat-combat`: `reviewer` is required when status is approved; add who reviewed it'
      const apply = await runCli(['apply', '--check'], cwd)
      expect(apply.stderr).toBe(`postedit: ${line}\n`)
      const result = await runCli(['check'], cwd)
      expect(result).toEqual({
        code: 2,
        stdout:
          `source-text/a.txt (corrections/a.yml)\n  corrections/a.yml:3:5  error  entry \`combat-combat\`: \`reviewer\` is required when status is approved; add who reviewed it  [postedit/invalid-corrections]\n` +
          '  source-text/a.txt:1:15  error  Unexpected repeated `combat`, remove one occurrence  [repeated-word]\n  MQM penalty 714.29 per 1,000 words (5 points, 7 words)\n\n' +
          'check: 1 document, 1 failed: 1 corrections file error, 1 unresolved finding\n',
        stderr: 'postedit: corrections/a.yml: invalid corrections file (1 problem, listed above); fix it and rerun\n'
      })
      // A machine-read report keeps the stdout clean: the line itself goes to stderr.
      expect((await runCli(['check', '--format', 'github'], cwd)).stderr).toBe(`postedit: ${line}\n`)
      // A report kept out of the --output file (an earlier one stays) lists nothing "above":
      // the line itself goes to stderr.
      writeFileSync(path.join(cwd, 'report.txt'), 'earlier report\n')
      expect(await runCli(['check', '--output', 'report.txt'], cwd)).toEqual({code: 2, stdout: '', stderr: `postedit: ${line}\n`})
      expect(readFileSync(path.join(cwd, 'report.txt'), 'utf8')).toBe('earlier report\n')
      const {code, report} = await json(cwd)
      expect(code).toBe(2)
      expect(report.ok).toBe(false)
      expect(report.documents[0]?.problems[0]).toEqual({
        kind: 'invalid-corrections',
        severity: 'error',
        message: 'entry `combat-combat`: `reviewer` is required when status is approved; add who reviewed it',
        path: 'corrections/a.yml',
        place: {start: {line: 3, column: 5, offset: null}, end: {line: 3, column: 5, offset: null}},
        ruleId: 'postedit/invalid-corrections'
      })
    })

    it('a source named on the command line whose corrections file is invalid: the file is still reported', async () => {
      const cwd = repo(doubled, [combat.replace('    reviewer: desk\n', '')], fixed)
      const result = await runCli(['check', 'source-text/a.txt'], cwd)
      expect(result.code).toBe(2)
      expect(result.stderr).toBe('postedit: corrections/a.yml: invalid corrections file (1 problem, listed above); fix it and rerun\n')
      expect(result.stdout).toContain('  corrections/a.yml:3:5  error  entry `combat-combat`: `reviewer` is required')
    })

    it('a corrections file whose document does not exist', async () => {
      const cwd = scratchDir({'corrections/a.yml': corrections(combat)})
      const result = await runCli(['check'], cwd)
      expect(result.code).toBe(2)
      expect(result.stdout).toContain(
        `  corrections/a.yml:1:11  error  \`document\` names source-text/a.txt, which does not exist; fix the path (it is relative to ${cwd})  [postedit/invalid-corrections]\n`
      )
      expect(result.stderr).toBe('postedit: corrections/a.yml: invalid corrections file (1 problem, listed above); fix it and rerun\n')
    })
  })

  it('is read-only: bytes and mtimes unchanged after a failing and a passing check', async () => {
    const failing = repo(doubled + 'Second line.\n', [combat, entry('planes', 'aircraft', 'planes', 'proposed')], fixed, {'source-text/b.txt': doubled})
    const passing = seedRepo()
    for (const cwd of [failing, passing]) {
      const before = treeSnapshot(cwd)
      for (const format of ['pretty', 'json', 'sarif', 'github']) await runCli(['check', '--format', format, '--frail'], cwd)
      expect(treeSnapshot(cwd)).toEqual(before)
    }
    expect((await runCli(['check'], failing)).code).toBe(1)
    expect(read(failing, 'cleaned/a.txt')).toBe(fixed)
  })
})
