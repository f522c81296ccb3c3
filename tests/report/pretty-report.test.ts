import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {FINDINGS_PER_PART, prettyReport} from '../../src/report/pretty-report.js'

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
