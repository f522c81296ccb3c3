import {describe, expect, it} from 'vitest'
import {runCli, scratchDir} from '../helpers.js'
import {tree} from './fixtures.js'
import {resolvedByEdits} from '../../src/corrections/suppress.js'

const text = 'It is used to combat combat aircraft.\nThey met in in Paris.\n'

function rejected(exact: string, rule?: string, status = 'rejected'): string {
  const review = status === 'proposed' ? '' : '    reviewer: desk\n    reviewed: 2026-11-20\n'
  return `  - id: keep-${exact.replace(/\W+/g, '-')}\n    exact: ${exact}\n    replacement: x\n    status: ${status}\n${review}${rule ? `    rule: ${rule}\n` : ''}`
}

async function findings(...entries: string[]): Promise<{code: number; stderr: string; found: string[]}> {
  const files: Record<string, string> = {'source-text/a.txt': text}
  if (entries.length > 0) files['corrections/a.yml'] = `document: source-text/a.txt\ncorrections:\n${entries.join('')}`
  const result = await runCli(['lint', '--format', 'json'], scratchDir(files))
  const report = result.stdout ? (JSON.parse(result.stdout) as {messages: {ruleId: string; actual: string}[]}[]) : []
  return {code: result.code, stderr: result.stderr, found: report.flatMap((file) => file.messages.map((m) => `${m.ruleId}: ${m.actual}`))}
}

describe('lint leaves out what a reviewer rejected', () => {
  it('without corrections, both repeated words are findings', async () => {
    expect((await findings()).found).toEqual(['repeated-word: combat combat', 'repeated-word: in in'])
  })

  it('drops a finding inside a rejected entry of the same rule, and only that one', async () => {
    const result = await findings(rejected('combat combat', 'repeated-word'))
    expect(result).toEqual({code: 1, stderr: '', found: ['repeated-word: in in']})
  })

  it('an entry without a rule covers every finding inside its span', async () => {
    expect((await findings(rejected('used to combat combat aircraft'))).found).toEqual(['repeated-word: in in'])
  })

  it('keeps findings of another rule, outside the span, or under an entry not rejected', async () => {
    expect((await findings(rejected('combat combat', 'calque'))).found).toEqual(['repeated-word: combat combat', 'repeated-word: in in'])
    // The finding spans `combat combat`; an entry on `combat` alone does not contain it.
    expect((await findings(rejected('combat combat aircraft', undefined).replace('exact: combat combat aircraft', 'exact: combat\n    suffix: " combat"'))).found).toEqual([
      'repeated-word: combat combat',
      'repeated-word: in in'
    ])
    expect((await findings(rejected('combat combat', undefined, 'proposed'))).found).toEqual(['repeated-word: combat combat', 'repeated-word: in in'])
  })

  it('works on a source with a BOM and CRLF line breaks', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': '\uFEFF' + text.replace(/\n/g, '\r\n'),
      'corrections/a.yml': `document: source-text/a.txt\ncorrections:\n${rejected('in in', 'repeated-word')}`
    })
    const result = await runCli(['lint', '--format', 'json'], cwd)
    const report = JSON.parse(result.stdout) as {messages: {actual: string}[]}[]
    expect(report.flatMap((file) => file.messages.map((message) => message.actual))).toEqual(['combat combat'])
  })

  it('a corrections file that cannot be loaded is a problem line and exit 2, not a crash', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': 'document: source-text/a.txt\ncorrections:\n  - id: x\n'})
    const result = await runCli(['lint'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'postedit: corrections/a.yml:3:5: entry `x`: `exact` is required; add the text to replace, exactly as the source has it\n' +
        'postedit: corrections/a.yml:3:5: entry `x`: `replacement` is required; add what the text becomes (`replacement: ""` deletes it)\n' +
        'postedit: corrections/a.yml:3:5: entry `x`: `status` is required; add `status: proposed`, `approved` or `rejected`\n'
    )
    expect(tree(cwd)).toEqual(['corrections/a.yml', 'source-text/a.txt'])
  })
})

describe('resolvedByEdits', () => {
  const edit = (start: number, end: number) => ({
    correction: {id: `e${start}`, exact: 'x', replacement: '', status: 'approved' as const},
    start,
    end
  })
  const finding = (start: number, end: number) =>
    ({place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}}) as never

  it('counts a finding as acted on when an approved edit rewrites any part of it', () => {
    expect(resolvedByEdits([edit(0, 10)], finding(2, 8))).toBe(true)
    expect(resolvedByEdits([edit(9, 10), edit(10, 18)], finding(5, 18))).toBe(true)
    expect(resolvedByEdits([edit(7, 9)], finding(2, 8))).toBe(true)
    expect(resolvedByEdits([edit(3, 4)], finding(3, 3))).toBe(true)
  })

  it('leaves a finding open when no edit rewrites any of it', () => {
    expect(resolvedByEdits([edit(0, 2), edit(8, 10)], finding(2, 8))).toBe(false)
    expect(resolvedByEdits([edit(2, 3)], finding(3, 3))).toBe(false)
    expect(resolvedByEdits([], finding(2, 8))).toBe(false)
  })
})
