import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Finding} from '../../src/lint/postedit.js'
import {createProcessor} from '../../src/lint/processor.js'
import {runCli, scratchDir} from '../helpers.js'

const text = 'Defense Minister Sergei Shoigu visited the front.\n'
const corrections = (published: string) => `document: source-text/a.txt\npublished: ${published}\ncorrections: []\n`

async function officeFindings(cwd: string, args: string[]): Promise<{code: number; reasons: string[]; stderr: string}> {
  const {code, stdout, stderr} = await runCli(['lint', '--format', 'json', ...args], cwd)
  const report = stdout ? (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>) : []
  return {code, stderr, reasons: report.flatMap((file) => file.messages.filter((m) => m.ruleId === 'person-office').map((m) => m.reason))}
}

const late = 'Unexpected `Defense Minister` for Sergei Shoigu, expected `Security Council Secretary`: '

describe('the document date of person-office', () => {
  it('is the corrections file’s published date', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': corrections('2023-01-20')})
    expect(await officeFindings(cwd, [])).toEqual({code: 0, reasons: [], stderr: ''})
    const later = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': corrections('2025-03-01')})
    expect((await officeFindings(later, [])).reasons).toEqual([
      `${late}on 2025-03-01, Sergei Shoigu was Secretary of the Security Council of Russia (since 2024-05-12)`
    ])
  })

  it('is --date when given, over published', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': corrections('2023-01-20')})
    const {code, reasons} = await officeFindings(cwd, ['--date', '2025-03-01'])
    expect(code).toBe(1)
    expect(reasons).toEqual([`${late}on 2025-03-01, Sergei Shoigu was Secretary of the Security Council of Russia (since 2024-05-12)`])
  })

  it('is absent without either: the latest office, and the message says so', async () => {
    const cwd = scratchDir({'source-text/a.txt': text})
    expect((await officeFindings(cwd, [])).reasons).toEqual([
      `${late}Sergei Shoigu's latest office is Secretary of the Security Council of Russia (since 2024-05-12) (no document date; latest office assumed)`
    ])
  })

  it('dates the cleaned text as its source, for check', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': corrections('2023-01-20'), 'cleaned/a.txt': text})
    expect((await runCli(['check'], cwd)).code).toBe(0)
    const failing = await runCli(['check', '--date', '2025-03-01', '--format', 'json'], cwd)
    expect(failing.code).toBe(1)
    const kinds = (JSON.parse(failing.stdout) as {documents: Array<{problems: Array<{kind: string; ruleId: string}>}>}).documents.flatMap((d) => d.problems.map((p) => `${p.kind} ${p.ruleId}`))
    expect(kinds).toEqual(['unresolved-finding person-office'])
  })

  it('is refused unless it is a calendar day', async () => {
    const cwd = scratchDir({'source-text/a.txt': text})
    for (const command of ['lint', 'run', 'check', 'report', 'propose']) {
      const {code, stderr} = await runCli([command, '--date', '2025-02-30'], cwd)
      expect(code).toBe(2)
      expect(stderr).toBe('postedit: --date must be a calendar day written YYYY-MM-DD, as in `--date 2023-01-20`, not `2025-02-30`\n')
    }
  })

  it('reaches every piece of a text linted piece by piece', async () => {
    const long = `${'The weather was calm and the roads were quiet that week.\n\n'.repeat(700)}${text}`
    const file = new VFile({path: 'long.txt', value: long, data: {documentDate: '2025-03-01'}})
    await createProcessor(undefined, {piecewise: true}).process(file)
    const found = (file.messages as Finding[]).filter((message) => message.ruleId === 'person-office')
    expect(found.map((finding) => finding.reason)).toEqual([`${late}on 2025-03-01, Sergei Shoigu was Secretary of the Security Council of Russia (since 2024-05-12)`])
  })
})

describe('the document date of report and propose', () => {
  const page = (cwd: string) => readFileSync(path.join(cwd, 'cleaned', 'a.report.html'), 'utf8')
  const corrected = (cwd: string) => readFileSync(path.join(cwd, 'corrections', 'a.yml'), 'utf8')

  it('report: the published date, or --date over it, decides the office on the page', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': corrections('2023-01-20')})
    expect((await runCli(['report'], cwd)).code).toBe(0)
    expect(page(cwd)).not.toContain('person-office')
    expect(await runCli(['report', '--date', '2025-03-01'], cwd)).toEqual({code: 0, stdout: 'source-text/a.txt: report written to cleaned/a.report.html\n', stderr: ''})
    expect(page(cwd)).toContain('on 2025-03-01, Sergei Shoigu was Secretary of the Security Council of Russia (since 2024-05-12)')
  })

  it('propose: no entry for the office held on the published date; one for --date when it no longer was', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': corrections('2023-01-20')})
    expect(await runCli(['propose'], cwd)).toEqual({code: 0, stdout: 'corrections/a.yml: 0 proposed entries added\n', stderr: ''})
    expect(corrected(cwd)).toBe(corrections('2023-01-20'))
    const later = await runCli(['propose', '--date', '2025-03-01'], cwd)
    expect(later).toEqual({code: 0, stdout: 'corrections/a.yml: 1 proposed entry added\n', stderr: ''})
    expect(corrected(cwd)).toContain('rule: person-office')
    expect(corrected(cwd)).toContain('Security Council Secretary')
  })
})
