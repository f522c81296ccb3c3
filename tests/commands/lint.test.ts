import {describe, expect, it} from 'vitest'
import {runCli, scratchDir} from '../helpers.js'

const doubled = 'It is used to combat combat aircraft.\n'

describe('postedit lint', () => {
  it('prints a JSON report with the stable message contract and exits 1 on an error', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    const result = await runCli(['lint', '--format', 'json'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual([
      {
        path: 'source-text/a.txt',
        messages: [
          {
            ruleId: 'repeated-word',
            source: 'postedit',
            reason: 'Unexpected repeated `combat`, remove one occurrence',
            fatal: true,
            severity: 'error',
            category: 'Linguistic conventions/Grammar',
            place: {
              start: {line: 1, column: 15, offset: 14},
              end: {line: 1, column: 28, offset: 27}
            },
            actual: 'combat combat',
            expected: ['combat'],
            url: 'https://github.com/postedit/postedit/blob/main/docs/rules.md#repeated-word'
          }
        ],
        score: {words: 7, findings: {neutral: 0, minor: 0, major: 1, critical: 0}, points: 5, perThousandWords: 714.29}
      }
    ])
  })

  it('exits 0 and reports a clean file in the pretty format', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'A clean sentence.\n'})
    const result = await runCli(['lint'], cwd)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('source-text/a.txt: no issues found')
  })

  it('lints the paths it is given, folders and globs included', async () => {
    const cwd = scratchDir({'docs/a.txt': doubled, 'docs/b.txt': 'Fine.\n', 'docs/c.md': doubled, 'docs/d.rst': doubled})
    const json = async (args: string[]) =>
      (JSON.parse((await runCli(['lint', '--format', 'json', ...args], cwd)).stdout) as {path: string}[]).map(
        (file) => file.path
      )
    expect(await json(['docs'])).toEqual(['docs/a.txt', 'docs/b.txt', 'docs/c.md'])
    expect(await json(['docs/*.txt'])).toEqual(['docs/a.txt', 'docs/b.txt'])
    expect(await json(['docs/b.txt'])).toEqual(['docs/b.txt'])
  })

  it('takes a file whose name has glob characters as named, when it exists', async () => {
    const cwd = scratchDir({'docs/[slug].md': doubled, 'docs/a{1,2}.txt': doubled, 'docs/s.md': doubled})
    const json = async (args: string[]) =>
      (JSON.parse((await runCli(['lint', '--format', 'json', ...args], cwd)).stdout) as {path: string}[]).map((file) => file.path)
    expect(await json(['docs/[slug].md'])).toEqual(['docs/[slug].md'])
    expect(await json(['docs/a{1,2}.txt'])).toEqual(['docs/a{1,2}.txt'])
    // Not there as named: a glob, whose class [slug] matches the s of s.md.
    expect(await json(['docs/[slug]*.md'])).toEqual(['docs/s.md'])
  })

  it('--quiet leaves out files without findings', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, 'source-text/b.txt': 'Fine.\n'})
    const result = await runCli(['lint', '--quiet', '--format', 'json'], cwd)
    expect((JSON.parse(result.stdout) as {path: string}[]).map((file) => file.path)).toEqual(['source-text/a.txt'])
  })

  it('--frail makes warnings fail', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      '.posteditrc': JSON.stringify({rules: {'repeated-word': 'warning'}})
    })
    expect((await runCli(['lint'], cwd)).code).toBe(0)
    expect((await runCli(['lint', '--frail'], cwd)).code).toBe(1)
  })

  it('a YAML config can turn a rule off, and package.json can change its severity', async () => {
    const off = scratchDir({'source-text/a.txt': doubled, '.posteditrc.yml': 'rules:\n  repeated-word: off\n'})
    const offResult = await runCli(['lint', '--format', 'json'], off)
    expect(offResult.code).toBe(0)
    expect(JSON.parse(offResult.stdout)).toEqual([
      {path: 'source-text/a.txt', messages: [], score: {words: 7, findings: {neutral: 0, minor: 0, major: 0, critical: 0}, points: 0, perThousandWords: 0}}
    ])

    const info = scratchDir({
      'source-text/a.txt': doubled,
      'package.json': JSON.stringify({name: 'x', postedit: {rules: {'repeated-word': 'info'}}})
    })
    const infoResult = await runCli(['lint', '--format', 'json', '--frail'], info)
    expect(infoResult.code).toBe(0)
    const [file] = JSON.parse(infoResult.stdout) as {messages: {fatal: unknown; severity: string}[]}[]
    expect(file?.messages[0]).toMatchObject({fatal: null, severity: 'info'})
  })

  it('.posteditignore excludes paths', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      'source-text/skip/b.txt': doubled,
      '.posteditignore': 'source-text/skip/\n'
    })
    const result = await runCli(['lint', '--format', 'json'], cwd)
    expect((JSON.parse(result.stdout) as {path: string}[]).map((file) => file.path)).toEqual(['source-text/a.txt'])
  })

  it('exits 2 with one line naming a missing path', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    const result = await runCli(['lint', 'missing.txt'], cwd)
    expect(result).toEqual({code: 2, stdout: '', stderr: 'postedit: no such file or folder: `missing.txt`\n'})
  })

  it('exits 2 when there is no source-text/ and no path', async () => {
    const cwd = scratchDir({})
    const result = await runCli(['lint'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: no `source-text\/` folder in .*; name the files to lint/)
  })

  it('exits 2 on an unknown option or format', async () => {
    const unknown = await runCli(['lint', '--bogus'])
    expect(unknown).toEqual({code: 2, stdout: '', stderr: 'postedit: unknown option `--bogus` for `lint`; run `postedit lint --help` for its options\n'})
    expect((await runCli(['record', 'a.txt', 'b.txt', '-x'])).stderr).toBe('postedit: unknown option `-x` for `record`; run `postedit record --help` for its options\n')
    const format = await runCli(['lint', '--format', 'xml'])
    expect(format).toEqual({code: 2, stdout: '', stderr: 'postedit: unknown format `xml`, expected `pretty`, `json`, `sarif` or `github`\n'})
  })

  it('exits 2 naming the config file and the unknown rule', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      'source-text/b.txt': doubled,
      '.posteditrc': '{\n  "rules": {\n    "repeated-word": "warning",\n    "nope": "off"\n  }\n}\n'
    })
    const result = await runCli(['lint'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      // Said once, though both files fail on it.
      stderr: 'postedit: .posteditrc:4:5: invalid configuration: unknown rule `nope` in `rules`; run `postedit rules` to list the ids\n'
    })
  })

  it('exits 2 naming the line of a config file that is not valid JSON', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, '.posteditrc': '{"rules": {\n'})
    const result = await runCli(['lint'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:2:1: invalid configuration: Flow map in block collection must be sufficiently indented and end with a }; fix the syntax there\n'
    })
  })

  it('exits 2 on a severity it does not know', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, '.posteditrc.yml': 'rules:\n  repeated-word: loud\n'})
    const result = await runCli(['lint'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: .posteditrc.yml:2:3: invalid configuration: rule `repeated-word`: expected "off", "info", "warning", "error" or [severity, options], not "loud"\n'
    })
  })
})

describe('postedit lint on the committed cleaned seed', () => {
  it('reports nothing: the reviewed corrections leave no artifact the rules know', async () => {
    const result = await runCli(['lint', '--format', 'json', '--frail', 'cleaned/moscow-air-defense.txt'])
    expect(result).toEqual({
      code: 0,
      stdout:
        JSON.stringify(
          [
            {
              path: 'cleaned/moscow-air-defense.txt',
              messages: [],
              score: {words: 738, findings: {neutral: 0, minor: 0, major: 0, critical: 0}, points: 0, perThousandWords: 0}
            }
          ],
          null,
          2
        ) + '\n',
      stderr: ''
    })
  })
})

describe('postedit lint with nothing to lint', () => {
  it('exits 2 when the paths hold no text file, rather than pass silently', async () => {
    const cwd = scratchDir({'notes/a.rst': 'A note.\n', 'source-text/skip.txt': 'Fine.\n', '.posteditignore': 'source-text/\n'})
    expect(await runCli(['lint', 'notes'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: no .txt, .md or .html files to lint in `notes`; name text files or folders that hold them (.posteditignore may exclude them)\n'
    })
    expect((await runCli(['lint'], cwd)).stderr).toBe(
      'postedit: no .txt, .md or .html files to lint in `source-text`; name text files or folders that hold them (.posteditignore may exclude them)\n'
    )
  })
})
