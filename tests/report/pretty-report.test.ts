import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {printable} from '../../src/problems/printable.js'
import {FINDINGS_PER_PART, prettyReport} from '../../src/report/pretty-report.js'
import {runCli, scratchDir} from '../helpers.js'

function fileWith(count: number): VFile {
  const file = new VFile({path: 'big.txt'})
  for (let index = 0; index < count; index++) {
    file.message('Unexpected `x`', {place: {line: index + 1, column: 1}, ruleId: 'r', source: 'postedit'})
  }
  return file
}

describe('prettyReport', () => {
  it('reports a file with few findings under one header, with the count', () => {
    const lines = prettyReport([fileWith(2)], {color: false}).trimEnd().split('\n')
    expect(lines[0]).toBe('big.txt')
    expect(lines.filter((line) => line.includes('Unexpected `x`'))).toHaveLength(2)
    expect(lines.at(-1)).toBe('⚠ 2 warnings')
  })

  it('reports a file with more findings than one part, in parts, with the whole count', () => {
    // vfile-reporter spreads a file's rows into one call: past some 120,000 it threw.
    const count = 2 * FINDINGS_PER_PART + 1
    const lines = prettyReport([fileWith(count)], {color: false}).trimEnd().split('\n')
    expect(lines.filter((line) => line === 'big.txt')).toHaveLength(3)
    const findings = lines.filter((line) => line.includes('Unexpected `x`'))
    expect(findings).toHaveLength(count)
    expect(findings.at(-1)).toMatch(new RegExp(`^\\s*${count}:1\\s`))
    expect(lines.at(-1)).toBe(`⚠ ${count} warnings`)
  })
})

describe('text from the pull request, printed for a terminal', () => {
  it('escapes control characters in file names, reasons, check lines and problem lines', async () => {
    // Raw, `\u001b]0;pwned\u0007` retitled the reader's terminal and a line break forged a report line.
    const name = 'source-text/\u001b[31mred\nb.txt'
    const cwd = scratchDir({[name]: 'Cookie notice: we use cookies \u001b]0;pwned\u0007 to improve. They met in in Paris.\n'})
    const lint = await runCli(['lint', '--no-color'], cwd)
    expect(lint.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u)
    expect(lint.stdout.split('\n')[0]).toBe('source-text/\\u001b[31mred\\nb.txt')
    const check = await runCli(['check'], cwd)
    expect(check.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u)
    expect(check.stdout).toContain('source-text/\\u001b[31mred\\nb.txt:1:')
    const config = scratchDir({'a.txt': 'Fine.\n', '.posteditrc': '{"rules": {"\\u001b[2Jx": "off"}}'})
    expect((await runCli(['lint', 'a.txt'], config)).stderr).toBe(
      'postedit: .posteditrc:1:12: invalid configuration: unknown rule `\\u001b[2Jx` in `rules`; run `postedit rules` to list the ids\n'
    )
  })

  it('printable keeps text without control characters as it is, and line breaks on request', () => {
    expect(printable('Kyiv — « oui »\tok')).toBe('Kyiv — « oui »\tok')
    expect(printable('a\r\nb\u009b\u202Ec')).toBe('a\\r\\nb\\u009b\\u202ec')
    expect(printable('a\nb', true)).toBe('a\nb')
  })
})
