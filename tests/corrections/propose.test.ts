import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Finding} from '../../src/lint/postedit.js'
import {proposeCorrections} from '../../src/corrections/propose.js'

function finding(file: VFile, start: number, end: number, expected: string[] | undefined, fatal: boolean | undefined): Finding {
  const text = String(file.value)
  const point = (offset: number) => ({line: 1, column: offset + 1, offset})
  const message = file.message(`Unexpected \`${text.slice(start, end)}\``, {place: {start: point(start), end: point(end)}, ruleId: 'test-rule', source: 'postedit'}) as Finding
  message.expected = expected
  message.fatal = fatal
  message.category = 'Fluency/Test'
  return message
}

describe('proposeCorrections', () => {
  it('an insertion takes in the word it touches; severities map to MQM; several candidates are not a safe fix', () => {
    const text = 'The end The end'
    const file = new VFile({value: text})
    const findings = [finding(file, 7, 7, ['.'], true), finding(file, 0, 3, ['A', 'One'], false), finding(file, 8, 11, ['the'], undefined)]
    const proposal = proposeCorrections(text, findings, [])
    expect(proposal.unsafe).toEqual([findings[1]])
    expect(proposal.entries).toEqual([
      {id: 'test-rule-end', exact: 'end', suffix: ' The', start: 4, replacement: 'end.', status: 'proposed', rule: 'test-rule', category: 'Fluency/Test', severity: 'major', note: 'Unexpected ``'},
      {id: 'test-rule-the', exact: 'The', prefix: 'end ', start: 8, replacement: 'the', status: 'proposed', rule: 'test-rule', category: 'Fluency/Test', severity: 'minor', note: 'Unexpected `The`'}
    ])
  })

  it('two fixes on overlapping spans: the first is proposed, the other left for review', () => {
    const text = 'a « b » c'
    const file = new VFile({value: text})
    const findings = [finding(file, 1, 4, ['“'], true), finding(file, 2, 4, [''], false)]
    const proposal = proposeCorrections(text, findings, [])
    expect(proposal.entries.map((entry) => [entry.exact, entry.replacement])).toEqual([[' « ', '“']])
    expect(proposal.overlapping).toEqual([findings[1]])
  })
})
