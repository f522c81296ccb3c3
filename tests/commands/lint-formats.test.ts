import {existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, scratchDir} from '../helpers.js'

const doubled = 'It is used to combat combat aircraft.\n'
const repeatedUrl = 'https://github.com/postedit/postedit/blob/main/docs/rules.md#repeated-word'

describe('postedit lint --format sarif|github', () => {
  it('writes the same GitHub annotation check writes for the finding', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    const lint = await runCli(['lint', '--format', 'github'], cwd)
    expect(lint).toEqual({
      code: 1,
      stdout: '::error file=source-text/a.txt,line=1,col=15,endLine=1,endColumn=28,title=repeated-word::Unexpected repeated `combat`, remove one occurrence\n',
      stderr: ''
    })
    const check = await runCli(['check', '--format', 'github'], cwd)
    expect(check.stdout).toBe(lint.stdout)
  })

  it('writes a SARIF log whose result is check’s without the check kind', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    const lint = await runCli(['lint', '--format', 'sarif'], cwd)
    expect(lint.code).toBe(1)
    const log = JSON.parse(lint.stdout)
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    expect(run.tool.driver.rules.find((rule: {id: string}) => rule.id === 'repeated-word').helpUri).toBe(repeatedUrl)
    const region = {startLine: 1, startColumn: 15, endLine: 1, endColumn: 28, charOffset: 14, charLength: 13}
    const location = {artifactLocation: {uri: 'source-text/a.txt', uriBaseId: '%SRCROOT%'}}
    expect(run.results).toEqual([
      {
        ruleId: 'repeated-word',
        ruleIndex: run.tool.driver.rules.findIndex((rule: {id: string}) => rule.id === 'repeated-word'),
        level: 'error',
        message: {text: 'Unexpected repeated `combat`, remove one occurrence'},
        locations: [{physicalLocation: {...location, region}}],
        fixes: [
          {
            description: {text: 'Replace "combat combat" with "combat"'},
            artifactChanges: [{...location, replacements: [{deletedRegion: region, insertedContent: {text: 'combat'}}]}]
          }
        ]
      }
    ])
    const check = JSON.parse((await runCli(['check', '--format', 'sarif'], cwd)).stdout)
    const {properties, ...checkResult} = check.runs[0].results[0]
    expect(properties).toEqual({kind: 'unresolved-finding'})
    expect(checkResult).toEqual(run.results[0])
  })

  it('a clean file gives no annotation and a SARIF log without results', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'A clean sentence.\n'})
    expect(await runCli(['lint', '--format', 'github'], cwd)).toEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse((await runCli(['lint', '--format', 'sarif'], cwd)).stdout).runs[0].results).toEqual([])
  })

  it('names every format when it is given another', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    expect(await runCli(['lint', '--format', 'xml'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: unknown format `xml`, expected `pretty`, `json`, `sarif` or `github`\n'
    })
  })
})

describe('--output FILE', () => {
  for (const command of ['lint', 'check']) {
    for (const format of ['pretty', 'json', 'sarif', 'github']) {
      it(`${command} --format ${format} writes to the file what it would print`, async () => {
        const cwd = scratchDir({'source-text/a.txt': doubled})
        const printed = await runCli([command, '--format', format], cwd)
        const written = await runCli([command, '--format', format, '--output', 'out/report.txt'], cwd)
        expect(written).toEqual({code: printed.code, stdout: '', stderr: ''})
        expect(printed.code).toBe(1)
        expect(readFileSync(path.join(cwd, 'out/report.txt'), 'utf8')).toBe(printed.stdout)
        // Written through a temporary file in the same folder, renamed: none is left behind.
        expect(readdirSync(path.join(cwd, 'out'))).toEqual(['report.txt'])
      })
    }
  }

  it('lint leaves an earlier file as it was when the run stops on bad input', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, '.posteditrc': '{"rules": {"no-such-rule": "off"}}'})
    writeFileSync(path.join(cwd, 'report.json'), 'earlier\n')
    const result = await runCli(['lint', '--format', 'json', '--output', 'report.json'], cwd)
    expect(result.code).toBe(2)
    expect(readFileSync(path.join(cwd, 'report.json'), 'utf8')).toBe('earlier\n')
  })

  it('check leaves an earlier file as it was when a corrections file is invalid', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      'corrections/a.yml': 'document: source-text/a.txt\ncorrections:\n  - id: x\n    exact: combat combat\n    replacement: combat\n    status: maybe\n'
    })
    writeFileSync(path.join(cwd, 'report.json'), 'earlier\n')
    const result = await runCli(['check', '--format', 'json', '--output', 'report.json'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'postedit: corrections/a.yml:6:13: entry `x`: `status` must be proposed, approved or rejected, not `maybe`; write one of those\n'
    )
    expect(readFileSync(path.join(cwd, 'report.json'), 'utf8')).toBe('earlier\n')
  })

  it('never replaces a text the run reads, nor a file in source-text/, corrections/ or cleaned/', async () => {
    const corrections = 'document: drafts/a.txt\ncorrections: []\n'
    const cwd = scratchDir({'source-text/a.txt': doubled, 'drafts/a.txt': doubled, 'corrections/a.yml': corrections, 'cleaned/a.txt': doubled})
    mkdirSync(path.join(cwd, 'out'))
    symlinkSync(path.join(cwd, 'drafts/a.txt'), path.join(cwd, 'out/link.txt'))
    writeFileSync(path.join(cwd, 'notes.txt'), 'mine\n')
    symlinkSync(path.join(cwd, 'notes.txt'), path.join(cwd, 'out/elsewhere.txt'))
    const fix = 'write the report outside source-text/, corrections/, cleaned/, as in `--output postedit-report.txt`'
    const cases: Array<[string[], string]> = [
      [['lint', '--output', 'source-text/a.txt'], `--output \`source-text/a.txt\` would replace a file in source-text/, which postedit keeps; ${fix}`],
      [['lint', '--output', 'corrections/a.yml'], `--output \`corrections/a.yml\` would replace a file in corrections/, which postedit keeps; ${fix}`],
      [['check', '--output', 'cleaned/new.txt'], `--output \`cleaned/new.txt\` would replace a file in cleaned/, which postedit keeps; ${fix}`],
      [['lint', 'drafts', '--output', 'drafts/a.txt'], `--output \`drafts/a.txt\` would replace a text this run reads; ${fix}`],
      // Through a symbolic link, and a source that only its corrections file names.
      [['lint', 'drafts', '--output', 'out/link.txt'], '--output `out/link.txt` is a symbolic link, which the report, renamed over it, would replace; name a regular file, or leave out --output to print the report on stdout'],
      [['check', '--output', 'drafts/a.txt'], `--output \`drafts/a.txt\` would replace a text this run reads; ${fix}`],
      // Linting another text: drafts/a.txt is still under review.
      [['lint', 'source-text/a.txt', '--output', 'drafts/a.txt'], `--output \`drafts/a.txt\` would replace a text this run reads; ${fix}`],
      [['lint', 'source-text/a.txt', '--output', './drafts/../drafts/a.txt'], `--output \`./drafts/../drafts/a.txt\` would replace a text this run reads; ${fix}`],
      [['lint', '--output', 'out'], '--output `out` is a folder; name a file, as in `--output out/postedit-report.txt`'],
      [['lint', '--output', 'source-text'], '--output `source-text` is a folder; name a file, as in `--output postedit-report.txt`'],
      // A name that starts with two dots lies in the folder: it was let through.
      [['lint', '--output', 'corrections/..x.yml'], `--output \`corrections/..x.yml\` would replace a file in corrections/, which postedit keeps; ${fix}`],
      // Renamed over, a link or a device would be replaced by a plain file (/dev/null, as root).
      [['lint', '--output', 'out/elsewhere.txt'], '--output `out/elsewhere.txt` is a symbolic link, which the report, renamed over it, would replace; name a regular file, or leave out --output to print the report on stdout'],
      [['lint', '--output', '/dev/null'], '--output `/dev/null` is not a regular file (a device, pipe or socket), which the report, renamed over it, would replace; name a regular file, or leave out --output to print the report on stdout'],
      [['lint', '--output', '.posteditrc'], '--output `.posteditrc` would replace a configuration file; name another file, as in `--output postedit-report.txt`'],
      [['check', '--output', ''], '--output needs a file name, as in `--output postedit-report.txt`']
    ]
    for (const [args, message] of cases) {
      expect(await runCli(args, cwd), args.join(' ')).toEqual({code: 2, stdout: '', stderr: `postedit: ${message}\n`})
    }
    for (const file of ['source-text/a.txt', 'drafts/a.txt', 'cleaned/a.txt']) expect(readFileSync(path.join(cwd, file), 'utf8')).toBe(doubled)
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(corrections)
    expect(readdirSync(path.join(cwd, 'cleaned'))).toEqual(['a.txt'])
    expect(readdirSync(path.join(cwd, 'corrections'))).toEqual(['a.yml'])
    expect(lstatSync(path.join(cwd, 'out/elsewhere.txt')).isSymbolicLink()).toBe(true)
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  it('the pretty report in a file has no colour codes, even with --color', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    await runCli(['lint', '--color', '--output', 'report.txt'], cwd)
    const text = readFileSync(path.join(cwd, 'report.txt'), 'utf8')
    expect(text).toContain('1:15-1:28')
    expect(text).not.toContain('\u001B[')
    expect(existsSync(path.join(cwd, 'report.txt'))).toBe(true)
  })
})
