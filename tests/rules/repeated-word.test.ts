import {describe, expect, it} from 'vitest'
import {ruleFindings} from '../helpers.js'

const summary = (findings: Awaited<ReturnType<typeof ruleFindings>>) =>
  findings.map((finding) => [finding.reason, finding.actual, finding.expected, `${finding.line}:${finding.column}`])

describe('repeated-word', () => {
  it('reports a word written twice across white space, with the span of both', async () => {
    const findings = await ruleFindings('repeated-word', 'It is used to combat\ncombat aircraft. The the end.\n')
    expect(summary(findings)).toEqual([
      ['Unexpected repeated `combat`, remove one occurrence', 'combat\ncombat', ['combat'], '1:15'],
      ['Unexpected repeated `the`, remove one occurrence', 'The the', ['the'], '2:18']
    ])
    expect(findings[0]?.place).toEqual({start: {line: 1, column: 15, offset: 14}, end: {line: 2, column: 7, offset: 27}})
  })

  it('leaves alone what English doubles, initials, names and words split by punctuation', async () => {
    const text = 'He said that that was all he had had to say. D. D. came. Duran Duran played. Go, go now.\n'
    expect(await ruleFindings('repeated-word', text)).toEqual([])
  })

  it('compares words without regard to case, and reports the second as written', async () => {
    const findings = await ruleFindings('repeated-word', 'We saw the THE film.\n')
    expect(summary(findings)).toEqual([['Unexpected repeated `THE`, remove one occurrence', 'the THE', ['THE'], '1:8']])
  })
})
