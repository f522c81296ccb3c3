import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {runCli, scratchDir} from '../helpers.js'

/**
 * File names, ids and quotes from a pull request in the status lines of every command: an
 * ESC sequence would retitle or clear the reader's terminal, a bidirectional override reorder
 * the line, a line break forge the next one. The report lines were escaped; these were not.
 */
const name = 'a\u001b]0;pwned\u0007\u202e\nb'
const shown = 'a\\u001b]0;pwned\\u0007\\u202e\\nb'
const yamlName = 'h\u001b[2J'
const yamlShown = 'h\\u001b[2J'

const corrections = `document: ${JSON.stringify(`source-text/${name}.txt`)}
corrections:
  - id: in-in
    exact: in in
    replacement: in
    status: approved
    reviewer: copy desk
    reviewed: 2026-11-20
  - id: "p\\u202eid"
    rule: "repeated\\u009bword"
    exact: Paris
    replacement: "Par\\u009bis"
    status: proposed
`

function hostile(files: Record<string, string> = {}): string {
  return scratchDir({[`source-text/${name}.txt`]: 'They met in in Paris.\n', [`corrections/${yamlName}.yml`]: corrections, ...files})
}

const clock = {now: () => new Date(2026, 11, 1, 9, 30)}

describe('status lines escape what a pull request names', () => {
  it('apply, apply --check and apply --dry-run', async () => {
    const cwd = hostile()
    const applied = `cleaned/${shown}.txt: 1 correction applied (1 proposed not applied)`
    expect(await runCli(['apply'], cwd)).toEqual({code: 0, stdout: `${applied}\n`, stderr: ''})
    expect(await runCli(['apply', '--check'], cwd)).toEqual({code: 0, stdout: `cleaned/${shown}.txt: up to date\n`, stderr: ''})
    expect((await runCli(['apply', '--dry-run'], cwd)).stdout.split('\n').at(-2)).toBe(`${applied} (dry run: nothing written)`)
  })

  it('apply --fuzzy: the line saying where an entry moved', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': 'They met in Paris\u202e on Monday.\n',
      'corrections/a.yml': `document: source-text/a.txt
corrections:
  - id: paris
    exact: "in Paris\\u202e on Mondey"
    replacement: in Paris on Monday
    status: approved
    reviewer: copy desk
    reviewed: 2026-11-20
`
    })
    const {code, stderr} = await runCli(['apply', '--fuzzy'], cwd)
    expect(code).toBe(0)
    expect(stderr.split('\n')[0]).toBe(
      'postedit: corrections/a.yml:4:12: entry `paris`: exact text gone; applied to a 94% match at source-text/a.txt:1:10 ' +
        '("in Paris\\u202e on Monday" for "in Paris\\u202e on Mondey", 1 edit, moved an unknown distance: the entry records no `start`)'
    )
  })

  it('run: the summary line', async () => {
    const {code, stdout} = await runCli(['run'], hostile())
    expect(code).toBe(0)
    expect(stdout.split('\n').at(-2)).toBe(
      `source-text/${shown}.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 1000.00 per 1,000 words (5 points, 5 words); ` +
        `1 correction applied to cleaned/${shown}.txt; unresolved: 0 findings, 1 proposed correction`
    )
  })

  it('report: the page written, and a page refused', async () => {
    expect(await runCli(['report'], hostile())).toEqual({code: 0, stdout: `source-text/${shown}.txt: report written to cleaned/${shown}.report.html\n`, stderr: ''})
    const twice = hostile({[`other/${name}.txt`]: 'Fine.\n'})
    expect((await runCli(['report', `source-text/${name}.txt`, `other/${name}.txt`], twice)).stderr).toBe(
      `postedit: other/${shown}.txt: its report would be cleaned/${shown}.report.html, and so would source-text/${shown}.txt's; give the texts different file names, or report one at a time; nothing written for it\n` +
        `postedit: source-text/${shown}.txt: its report would be cleaned/${shown}.report.html, and so would other/${shown}.txt's; give the texts different file names, or report one at a time; nothing written for it\n`
    )
  })

  it('propose and propose --dry-run', async () => {
    const cwd = hostile({[`source-text/${yamlName}.txt`]: 'Fine.\n'})
    expect(await runCli(['propose', `source-text/${name}.txt`], cwd)).toEqual({
      code: 0,
      stdout: `corrections/${yamlShown}.yml: 0 proposed entries added (1 already present)\n`,
      stderr: ''
    })
    expect((await runCli(['propose', '--dry-run', `source-text/${name}.txt`], cwd)).stdout).toBe(
      `# corrections/${yamlShown}.yml: 0 proposed entries would be added (1 already present); dry run, nothing written\n`
    )
  })

  it('the entries a dry run of propose or record shows', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'X\u009b\u202e in in Paris.\nThey met in in Rome.\n', 'source-text/b.txt': 'It was \u009b\u202eso.\n', 'edited/b.txt': 'It was so.\n'})
    expect((await runCli(['propose', '--dry-run', 'source-text/a.txt'], cwd)).stdout.split('\n').slice(0, 3)).toEqual(['- id: repeated-word-in-in', '  exact: in in', '  prefix: "X\\u009b\\u202e "'])
    expect((await runCli(['record', '--dry-run', 'source-text/b.txt', 'edited/b.txt'], cwd)).stdout.split('\n').slice(0, 2)).toEqual(['- id: rec-1-punctuation', '  exact: "\\u009b\\u202e"'])
  })

  it('review list, approve, and the end of review -i', async () => {
    const cwd = hostile()
    expect(await runCli(['review', 'list'], cwd)).toEqual({
      code: 0,
      stdout:
        `corrections/${yamlShown}.yml: p\\u202eid (repeated\\u009bword): "Paris" → "Par\\u009bis"\n` +
        '1 proposed entry; `postedit review approve ID` or `reject ID` to decide\n',
      stderr: ''
    })
    const stdin = Object.assign(Readable.from(['x\u001b\n', 'a\n']), {isTTY: false})
    const session = await runCli(['review', '--interactive', '--reviewer', 'Ana'], cwd, {...clock, stdin})
    expect(session.stdout).toContain('"x\\u001b": press a, r, s or q\n')
    expect(session.stdout.split('\n').at(-2)).toBe(`1 approved, 0 rejected, 0 skipped; saved corrections/${yamlShown}.yml`)
    expect(await runCli(['review', 'reject', 'p\u202eid', '--reviewer', 'Ana'], cwd, clock)).toEqual({
      code: 0,
      stdout: `corrections/${yamlShown}.yml: 1 entry rejected by Ana on 2026-12-01 (p\\u202eid)\n`,
      stderr: ''
    })
  })

  it('record', async () => {
    const cwd = hostile({[`edited/${name}.txt`]: 'They met in in Paris.\n'})
    expect(await runCli(['record', `source-text/${name}.txt`, `edited/${name}.txt`], cwd)).toEqual({
      code: 0,
      stdout: `source-text/${shown}.txt and edited/${shown}.txt do not differ: nothing to record\n`,
      stderr: ''
    })
  })

  it('check: the line that says why the exit is 2, in every format', async () => {
    const cwd = hostile({[`corrections/${yamlName}-2.yml`]: 'document: [\n'})
    const pretty = await runCli(['check'], cwd)
    expect(pretty.code).toBe(2)
    expect(pretty.stderr).toBe(`postedit: corrections/${yamlShown}-2.yml: invalid corrections file (1 problem, listed above); fix it and rerun\n`)
    expect((await runCli(['check', '--format', 'json'], cwd)).stderr).toBe(
      `postedit: corrections/${yamlShown}-2.yml:1:11: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the syntax there\n`
    )
  })

  it('a usage error naming a file of the project, or an argument', async () => {
    const cwd = hostile()
    mkdirSync(path.join(cwd, `source-text/${yamlName}`))
    writeFileSync(path.join(cwd, `source-text/${yamlName}/c.txt`), 'Fine.\n')
    symlinkSync('/etc/hostname', path.join(cwd, `source-text/${yamlName}/.posteditignore`))
    expect(await runCli(['lint'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `postedit: source-text/${yamlShown}/.posteditignore: is a symbolic link out of the project folder; replace the link with the file itself\n`
    })
    expect((await runCli(['apply', `corrections/${name}.yml`], cwd)).stderr).toBe(`postedit: no such corrections file: \`corrections/${shown}.yml\`\n`)
  })
})
