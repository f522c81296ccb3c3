import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Finding} from '../../src/lint/postedit.js'
import {lintText, ruleFindings, seedPath} from '../helpers.js'

const id = 'lowercase-sentence-start'

function brief(finding: Finding) {
  return {at: `${finding.line}:${finding.column}`, actual: finding.actual, expected: finding.expected}
}

describe('lowercase-sentence-start', () => {
  it('flags exactly the lowercase sentence start of the seed article', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(findings.map(brief)).toEqual([{at: '29:308', actual: 'special', expected: ['Special']}])
    const [finding] = findings
    expect(finding?.reason).toBe(
      'Unexpected lowercase `special` at the start of a sentence, expected `Special`'
    )
    expect(finding?.place).toEqual({
      start: {line: 29, column: 308, offset: 3614},
      end: {line: 29, column: 315, offset: 3621}
    })
    expect(finding?.fatal).toBe(false)
    expect(finding?.category).toBe('Linguistic conventions/Grammar')
    expect(finding?.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#lowercase-sentence-start')
  })

  it.each([
    ['The talks ended. then the delegates went home.', 'then', 'Then'],
    ['Will Moscow answer? nobody knows yet.', 'nobody', 'Nobody'],
    ['Stop the strikes! the crowd shouted.', 'the', 'The'],
    ['The city was 500 kilometers away. the road was long.', 'the', 'The'],
    ['The army left (see above). soldiers went home.', 'soldiers', 'Soldiers'],
    ['Step 5. open the valve slowly.', 'open', 'Open']
  ])('flags %j', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, [expected]]])
  })

  it('flags a paragraph that opens lowercase only when it is a body sentence', async () => {
    const body = 'the delegates came back to the table after a long night.'
    expect((await ruleFindings(id, body)).map(brief)).toEqual([
      {at: '1:1', actual: 'the', expected: ['The']}
    ])
    // Too short, or not terminated: a label or a fragment.
    expect(await ruleFindings(id, 'see the annex.')).toEqual([])
    expect(await ruleFindings(id, 'the delegates came back to the table after a long night')).toEqual([])
  })

  it.each([
    'Open source research, i.e., images on the Internet, e.g. the satellite photos, helped.',
    'U.S. troops met Mr. Smith in St. Petersburg at 3 p.m. on Friday.',
    'The base lies approx. five hours away, cf. the map in Fig. 2 and vol. 3.',
    'They sent tanks, guns, etc. and many trucks, vs. the planes of last year.',
    'He paused... then he left. She waited … then she called.',
    'Sales fell. iPhone sales fell the most. eBay grew.',
    'The plant closed. 200 people lost their jobs.',
    'Read the notice. www.example.com has it, and https://x.org/a.b has more.',
    'They left. "yes," she said. They came back.',
    'The measures were taken. “, he said during a press conference.',
    'Yahoo! is still a search engine.',
    'The novel by J.R.R. Tolkien came out in 1954.',
    'The convoy stopped 300 km. from the city.',
    'Install it. npm does the rest.',
    'iPhone users were told to update their phones before Friday.'
  ])('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('leaves numbered list lines and lowercase Latin abbreviations alone', async () => {
    const text = 'Changes in this release:\n1. make the errors consistent\n2. add a timeout. eg the CLI waits.\n'
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('leaves the names given in its options alone', async () => {
    const text = 'The parser is done. vfile keeps the messages of every rule.'
    expect((await ruleFindings(id, text)).map(brief)).toEqual([
      {at: '1:21', actual: 'vfile', expected: ['Vfile']}
    ])
    const settings = {rules: {[id]: ['warning', {names: ['vfile']}] as ['warning', {names: string[]}]}}
    expect((await lintText(text, settings)).filter((finding) => finding.ruleId === id)).toEqual([])
  })

  it('reports positions on multi-line input', async () => {
    const text = 'A clean first paragraph.\n\nThe second paragraph\nends its first sentence.\nthe next one starts on line 4.\n'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([{at: '5:1', actual: 'the', expected: ['The']}])
    expect(findings[0]?.place).toEqual({
      start: {line: 5, column: 1, offset: 72},
      end: {line: 5, column: 4, offset: 75}
    })
  })
})
