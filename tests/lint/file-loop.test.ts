import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintFiles} from '../../src/lint/run-lint.js'
import {repoRoot, runCli, scratchDir} from '../helpers.js'

const doubled = 'It is used to combat combat aircraft.\n'

describe('the lint file loop', () => {
  it('reports a file that is not UTF-8 in one line with file:line:column, exit 2', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    writeFileSync(path.join(cwd, 'source-text/b.txt'), Buffer.from('Fine.\nCaf\xe9 noir.\n', 'latin1'))
    expect(await runCli(['lint', '--format', 'json', '--quiet'], cwd)).toEqual({
      code: 2,
      // The other file is still reported.
      stdout: expect.stringMatching(/^\[\n {2}\{\n {4}"path": "source-text\/a\.txt",\n {4}"messages": \[\n {6}\{\n {8}"ruleId": "repeated-word"/),
      stderr: 'postedit: source-text/b.txt:2:4: is not valid UTF-8 (byte 0xe9); convert it to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`\n'
    })
    writeFileSync(path.join(cwd, 'source-text/b.txt'), Buffer.from([0x41, 0x0a, 0x00, 0x01]))
    expect((await runCli(['lint'], cwd)).stderr).toBe(
      'postedit: source-text/b.txt:2:1: holds a NUL byte: it is binary, or UTF-16 without a byte-order mark; lint only UTF-8 text files\n'
    )
  })

  it('refuses a symbolic link that leads out of the project, and follows one inside it', async () => {
    const outside = scratchDir({'secret.txt': doubled})
    const cwd = scratchDir({'source-text/a.txt': 'A fine text.\n', 'other/b.txt': doubled})
    symlinkSync(path.join(outside, 'secret.txt'), path.join(cwd, 'source-text/link.txt'))
    const result = await runCli(['lint'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: source-text\/link\.txt: is a symbolic link to .*secret\.txt, outside the project; postedit does not follow links out of the working directory, so lint the target by its own path\n$/)

    const named = await runCli(['lint', 'source-text/link.txt'], cwd)
    expect(named.code).toBe(2)
    expect(named.stderr).toMatch(/^postedit: source-text\/link\.txt: is a symbolic link to .*secret\.txt, outside the project/)

    const inside = scratchDir({'source-text/a.txt': 'A fine text.\n', 'other/b.txt': doubled})
    symlinkSync(path.join(inside, 'other'), path.join(inside, 'source-text/other'))
    const json = await runCli(['lint', '--format', 'json'], inside)
    expect((JSON.parse(json.stdout) as {path: string}[]).map((file) => file.path)).toEqual(['source-text/a.txt', 'source-text/other/b.txt'])
  })

  it('a link to a folder the walk is in is not followed: no loop; another link is, under its own path', async () => {
    // `source-text/loop -> .` linted source-text/loop/loop/…/a.txt 40 levels deep; two such links never ended.
    const cwd = scratchDir({'source-text/a.txt': doubled})
    symlinkSync('.', path.join(cwd, 'source-text/loop'))
    symlinkSync('..', path.join(cwd, 'source-text/up'))
    const result = await runCli(['lint', '--format', 'json'], cwd)
    expect(result.code).toBe(1)
    expect((JSON.parse(result.stdout) as {path: string}[]).map((file) => file.path)).toEqual(['source-text/a.txt'])
    expect((await runCli(['check'], cwd)).stdout.split('\n').at(-2)).toBe('check: 1 document, 1 failed: 1 unresolved finding')
    // An alias of a file is no loop: the file is linted under its own path too, with its own config.
    const alias = scratchDir({'source-text/z-article.txt': doubled, 'source-text/a-alias/.posteditrc': '{"rules": {"repeated-word": "off"}}'})
    symlinkSync('../z-article.txt', path.join(alias, 'source-text/a-alias/x.txt'))
    const both = await runCli(['lint', '--format', 'json'], alias)
    expect(both.code).toBe(1)
    expect((JSON.parse(both.stdout) as {path: string; messages: unknown[]}[]).map((file) => [file.path, file.messages.length])).toEqual([
      ['source-text/a-alias/x.txt', 0],
      ['source-text/z-article.txt', 1]
    ])
  })

  it('a link into .git/ or node_modules/ is refused, walked or named: the CI token stays out of reports', async () => {
    // `source-text/evil.txt -> ../.git/config` put the token actions/checkout keeps there into report's page.
    const cwd = scratchDir({'source-text/a.txt': 'Fine.\n', '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n'})
    symlinkSync('../.git/config', path.join(cwd, 'source-text/evil.txt'))
    const refused = 'postedit: source-text/evil.txt: is a symbolic link into .git/config, which postedit does not read; replace the link with the text itself\n'
    for (const command of [['lint'], ['lint', 'source-text/evil.txt'], ['report', '--out-dir', 'rep']]) {
      const result = await runCli(command, cwd)
      expect(result, command.join(' ')).toMatchObject({code: 2, stderr: refused})
      expect(result.stdout).not.toContain('c2VjcmV0')
    }
    expect(existsSync(path.join(cwd, 'rep'))).toBe(false)
  })

  it('check lints a source or cleaned text it names itself, whatever .posteditignore says', async () => {
    // Ignoring cleaned/ made check pass over a finding the approved entries put in the cleaned text.
    const entry = 'document: source-text/a.txt\ncorrections:\n  - id: x\n    exact: cat sat\n    replacement: cat sat sat\n    status: approved\n    reviewer: d\n    reviewed: 2026-01-01\n'
    const cwd = scratchDir({'source-text/a.txt': 'The cat sat on the mat.\n', 'corrections/a.yml': entry})
    expect((await runCli(['apply'], cwd)).code).toBe(0)
    expect((await runCli(['check'], cwd)).code).toBe(1)
    writeFileSync(path.join(cwd, '.posteditignore'), 'cleaned/\n')
    const result = await runCli(['check'], cwd)
    expect(result).toMatchObject({code: 1, stderr: ''})
    expect(result.stdout).toContain('cleaned/a.txt:1:9  error  Unexpected repeated `sat`')
    // Its source named by the corrections file: linted though its folder is ignored.
    writeFileSync(path.join(cwd, '.posteditignore'), 'drafts/\n')
    writeFileSync(path.join(cwd, 'source-text/.posteditignore'), 'a.txt\n')
    expect(await runCli(['check', 'corrections/a.yml'], cwd)).toMatchObject({code: 1, stderr: ''})
  })

  it('check lints the sources its corrections name when .posteditignore excludes source-text/, and only those', async () => {
    // They were dropped as "inside source-text/", whose walk then passed over them: exit 2,
    // "no .txt, .md or .html files to lint", for a folder of documents under review.
    const entry = 'document: source-text/a.txt\ncorrections:\n  - id: x\n    exact: mat\n    replacement: rug\n    status: approved\n    reviewer: d\n    reviewed: 2026-01-01\n'
    const cwd = scratchDir({
      'source-text/a.txt': `The cat sat on the mat.\n${doubled}`,
      'source-text/b.txt': doubled,
      'corrections/a.yml': entry,
      '.posteditignore': 'source-text/\n'
    })
    expect((await runCli(['apply'], cwd)).code).toBe(0)
    const result = await runCli(['check', '--format', 'json'], cwd)
    expect(result).toMatchObject({code: 1, stderr: ''})
    const report = JSON.parse(result.stdout) as {documents: {document: string; problems: {kind: string; path: string; place: {start: {line: number}}}[]}[]}
    // b.txt, which no corrections file names, is the user's to ignore.
    expect(report.documents.map((document) => [document.document, document.problems.map((problem) => [problem.kind, problem.path, problem.place.start.line])])).toEqual([
      ['source-text/a.txt', [['unresolved-finding', 'source-text/a.txt', 2]]]
    ])
  })

  it('passes over a file given outright that .posteditignore excludes, with a warning, as ESLint does', async () => {
    // It was exit 2: the README's pre-commit hook, which names every staged file, refused any
    // commit touching an ignored file.
    const warning = 'postedit: warning: drafts/a.txt: is excluded by .posteditignore, so it is not linted; remove its pattern from .posteditignore to lint it\n'
    const cwd = scratchDir({'drafts/a.txt': doubled, 'b.txt': 'A fine text.\n', '.posteditignore': 'drafts/\n'})
    expect(await runCli(['lint', '--format', 'json', 'drafts/a.txt'], cwd)).toEqual({code: 0, stdout: '[]\n', stderr: warning})
    const both = await runCli(['lint', '--format', 'json', 'drafts/a.txt', 'b.txt'], cwd)
    expect(both).toMatchObject({code: 0, stderr: warning})
    expect((JSON.parse(both.stdout) as {path: string}[]).map((file) => file.path)).toEqual(['b.txt'])
    expect(await runCli(['check', 'drafts/a.txt', 'b.txt'], cwd)).toMatchObject({code: 0, stderr: warning})
  })

  it('lints named files, folders and globs once each, in the order of their sorted paths, and skips node_modules', async () => {
    const cwd = scratchDir({
      'b.txt': doubled,
      'docs/a.md': doubled,
      'docs/z.html': '<p>Fine.</p>\n',
      'docs/notes.rst': doubled,
      'docs/node_modules/x.txt': doubled,
      'c.md': doubled
    })
    const result = await lintFiles({cwd, paths: ['c.md', 'docs', 'b.txt', '*.txt', 'docs/a.md']})
    expect(result.files.map((file) => file.path)).toEqual(['b.txt', 'c.md', 'docs/a.md', 'docs/z.html'])
    expect(result.files.map((file) => file.messages.length)).toEqual([1, 1, 1, 0])
  })

  it('keeps to a bounded number of open files: 1,100 files under `ulimit -n 256`', () => {
    const cwd = scratchDir()
    for (let index = 0; index < 1100; index++) {
      const folder = path.join(cwd, 'source-text', String(index % 10))
      mkdirSync(folder, {recursive: true})
      writeFileSync(path.join(folder, `f${index}.txt`), index % 100 === 0 ? doubled : 'A fine text.\n')
    }
    const tsx = path.join(repoRoot, 'node_modules/.bin/tsx')
    const cli = path.join(repoRoot, 'src/bin/postedit.ts')
    const run = spawnSync('sh', ['-c', `ulimit -n 256 && exec "${tsx}" "${cli}" lint --jobs 1 --format json`], {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as Array<{messages: unknown[]}>
    expect(report).toHaveLength(1100)
    expect(report.filter((file) => file.messages.length > 0)).toHaveLength(11)
  }, 120_000)
})
