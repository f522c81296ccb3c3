import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  codeReceivers,
  fileExtensions,
  shortSentenceStarters,
  topLevelDomains
} from '../../src/rules/data/dotted-names.js'
import type {Finding} from '../../src/lint/postedit.js'
import {ruleFindings, seedPath} from '../helpers.js'

const id = 'fused-sentence'

function brief(finding: Finding) {
  return {at: `${finding.line}:${finding.column}`, actual: finding.actual, expected: finding.expected}
}

describe('fused-sentence', () => {
  it('flags exactly the fused sentence of the seed article', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(findings.map(brief)).toEqual([
      {at: '23:139', actual: 'time.analysis', expected: ['time. Analysis']}
    ])
    const [finding] = findings
    expect(finding?.reason).toBe(
      'Unexpected `time.analysis`: two sentences run together at a full stop, expected `time. Analysis`'
    )
    expect(finding?.place).toEqual({
      start: {line: 23, column: 139, offset: 2739},
      end: {line: 23, column: 152, offset: 2752}
    })
    expect(finding?.fatal).toBe(true)
    expect(finding?.category).toBe('Linguistic conventions/Punctuation')
    expect(finding?.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#fused-sentence')
  })

  it.each([
    ['The talks were over.negotiators went home.', 'over.negotiators', 'over. Negotiators'],
    ['Strikes on Moscow are a matter of time.the army knows it.', 'time.the', 'time. The'],
    ['The shelling went on all night.Ukraine asked for tanks.', 'night.Ukraine', 'night. Ukraine'],
    ['The vote was held in the Duma.analysts expected it.', 'Duma.analysts', 'Duma. Analysts'],
    ['He spoke about the war.he left soon after.', 'war.he', 'war. He']
  ])('flags %j', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, [expected]]])
  })

  it.each([
    'Open source research, i.e., images on the Internet, e.g. satellite photos, helped.',
    'U.S. troops met Mr. Smith in St. Petersburg at 3 p.m. on Friday.',
    'The school lets in Ph.D. students at 9 a.m. every day, etc.',
    'The rate rose to 3.5 percent, as section 1.2 of the report says.',
    'The team shipped version v1.2.3 of the tool last week.',
    'Read the news on example.com or on www.lemonde.fr every morning.',
    'The full text is at https://x.org/a.b for anyone to read.',
    'Write to the press office at john.doe@example.com before noon.',
    'The minister attached report.pdf and index.html to the message.',
    'The novel by J.R.R. Tolkien came out in 1954.',
    'Our servers run Node.js and the site uses Vue.js for its pages.',
    'The code calls os.path to join names and console.log to print them.',
    'The company sells its services on acme.news and on acme.io too.',
    'Mr.Smith and St.Petersburg have a missing space but no sentence break.',
    'The base lies approx.five hours away and the final pits Kyiv vs.the rest.',
    'The script in main.py imports the data from data.json at startup.'
  ])('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('needs a real sentence before the join, not a short label', async () => {
    expect(await ruleFindings(id, 'Use bundle.analysis in the build.')).toEqual([])
    expect(await ruleFindings(id, 'Done.analysis came next.')).toEqual([])
    // Counted on the line: a dotted name heading a list line is not a sentence end.
    expect(await ruleFindings(id, 'The settings are these:\n* info.domain is the host name.')).toEqual([])
    expect((await ruleFindings(id, 'The build was done.analysis came next.')).map(brief)).toEqual([
      {at: '1:15', actual: 'done.analysis', expected: ['done. Analysis']}
    ])
  })

  it('reports positions on multi-line input', async () => {
    const text = 'A first paragraph ends well.\n\nThe second one\nstarts on two lines and ends.the third\nfollows it.\n'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([{at: '4:25', actual: 'ends.the', expected: ['ends. The']}])
    expect(findings[0]?.place).toEqual({
      start: {line: 4, column: 25, offset: 69},
      end: {line: 4, column: 33, offset: 77}
    })
  })

  it('keeps the short sentence starters out of the domain and file-name lists', () => {
    for (const word of shortSentenceStarters) {
      expect(topLevelDomains.has(word) || fileExtensions.has(word), word).toBe(false)
    }
    for (const list of [shortSentenceStarters, topLevelDomains, fileExtensions, codeReceivers]) {
      for (const word of list) expect(word).toBe(word.toLowerCase())
    }
  })
})
