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
    ['He spoke about the war.he left soon after.', 'war.he', 'war. He'],
    ['The envoys met at the Elysée.In Brussels the mood was calmer.', 'Elysée.In', 'Elysée. In'],
    ['Exports fell sharply in 2022.According to customs, they recovered.', '2022.According', '2022. According'],
    ['The storm hit the coast of Normandy.Meanwhile rail traffic stopped.', 'Normandy.Meanwhile', 'Normandy. Meanwhile']
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
    'The script in main.py imports the data from data.json at startup.',
    'You can simplify your troubleshooting with fc.context and its logging, or call np.array on a list.',
    'The guide to Life In Paris and the film Midnight In Paris came out on DVD.',
    'She read the report on example.in and on news.at over breakfast.'
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

  it.each([
    ['The talks ended on Monday.The minister left.', 'Monday.The', 'Monday. The', 'a full stop'],
    ['The army pulled out in 2019.It came back later.', '2019.It', '2019. It', 'a full stop'],
    ['The union asked why the plant shut.It got no answer.', 'shut.It', 'shut. It', 'a full stop'],
    ['Would the ceasefire hold?They doubted it.', 'hold?They', 'hold? They', 'a question mark'],
  ])('flags the sentence opener fused after a capital, a year or another stop in %j', async (text, actual, expected, stop) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, [expected]]])
    expect(findings[0]?.reason).toBe(`Unexpected \`${actual}\`: two sentences run together at ${stop}, expected \`${expected}\``)
  })

  it('flags a sentence run into the next with no stop at all', async () => {
    const text = 'Farmers blocked the roads near Lyon on Tuesday The prefect called for calm.'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([{at: '1:40', actual: 'Tuesday The', expected: ['Tuesday. The']}])
    expect(findings[0]?.reason).toBe(
      'Unexpected `Tuesday The`: two sentences run together with no full stop, expected `Tuesday. The`'
    )
    expect(findings[0]?.place).toEqual({
      start: {line: 1, column: 40, offset: 39},
      end: {line: 1, column: 51, offset: 50}
    })
    const more = await ruleFindings(id, 'The vote was close in the end She said so herself. Mayors spoke for an hour However, nothing changed.')
    expect(more.map((finding) => [finding.actual, finding.expected])).toEqual([
      ['end She', ['end. She']],
      ['hour However', ['hour. However']]
    ])
  })

  it('flags a missing space after a closing quote or bracket', async () => {
    const text = 'The mayor said the bridge was unsafe."The council agreed (after a vote.)This ended it. We won!They cheered.'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([
      {at: '1:37', actual: '."', expected: ['." ']},
      {at: '1:71', actual: '.)', expected: ['.) ']},
      {at: '1:94', actual: '!', expected: ['! ']}
    ])
    expect(findings[0]?.reason).toBe('Unexpected `."` with no space after it: two sentences run together, expected `." `')
    expect(findings[0]?.place).toEqual({
      start: {line: 1, column: 37, offset: 36},
      end: {line: 1, column: 39, offset: 38}
    })
  })

  it('flags a stop glued to an opening quote, and a weekday or month glued to a capitalised word', async () => {
    const text = 'The minister resigned on Monday.“This is a scandal,” the mayor said. Strikes went on all Tuesday.Russian forces advanced.'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([
      {at: '1:90', actual: 'Tuesday.Russian', expected: ['Tuesday. Russian']},
      {at: '1:32', actual: '.', expected: ['. ']}
    ])
    expect(findings[1]?.reason).toBe('Unexpected `.` with no space after it: two sentences run together, expected `. `')
  })

  it('flags a stop after a percent sign, a bracket or an acronym glued to a sentence opener', async () => {
    const text = 'Prices rose by 5%.The bank reacted (AFP).They left, and NATO.The allies cheered.'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([
      {at: '1:18', actual: '.', expected: ['. ']},
      {at: '1:41', actual: '.', expected: ['. ']},
      {at: '1:61', actual: '.', expected: ['. ']}
    ])
  })

  it.each([
    'Call Date.Now and Math.Max, or read about Java.Lang in the May.June issue.',
    'She quoted it: “We won.” Then she left.',
    'She read the story in The Guardian and told The Associated Press about it.',
    'Critics loved the novel It and the film The Artist in the same year.',
    'A band called The National played, and a newspaper named The Times reviewed it.',
    'Why We Fight Back Home is the title of the exhibition.',
    'The talks failed on Monday. The minister left on Tuesday.',
    'Our team met the coach at the club on Monday The Reds trained.',
    'Column one  The data sit in aligned text with two spaces.',
    'Yahoo!Finance and Yahoo!News carried the report that day.',
    'She said "It was over." The mayor agreed (after a vote). Then he left!',
    '* **{String}**: str The string to test.',
    'The first line ends here\nThe second line is a heading of its own.',
    'Trust the Lord for He is good, the preacher said on Sunday.'
  ])('leaves names, titles, headings and line breaks alone: %j', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
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
