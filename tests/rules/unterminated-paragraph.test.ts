import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Finding} from '../../src/lint/postedit.js'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/lint/processor.js'
import type {PosteditSettings} from '../../src/lint/settings.js'
import {rules} from '../../src/rules/registry.js'
import {lintText, ruleFindings, seedPath} from '../helpers.js'

const id = 'unterminated-paragraph'

function brief(finding: Finding) {
  return {at: `${finding.line}:${finding.column}`, actual: finding.actual, expected: finding.expected}
}

const longBody =
  'The ministry gave no figure for the cost of the batteries. Experts think that each of them costs several million dollars and that more will follow in the capital'

describe('unterminated-paragraph', () => {
  it('flags exactly the truncated paragraph of the seed article', async () => {
    // The rule alone: with every rule on, page-furniture deletes that line (an ad-blocker
    // notice) whole, and a finding inside a deletion is not reported.
    const alone: PosteditSettings = {rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.id === id ? rule.severity : 'off']))}
    const findings = (await lintText(readFileSync(seedPath, 'utf8'), alone)).filter((finding) => finding.ruleId === id)
    expect(await ruleFindings(id, readFileSync(seedPath, 'utf8'))).toEqual([])
    expect(findings.map(brief)).toEqual([{at: '37:64', actual: 'at', expected: undefined}])
    const [finding] = findings
    expect(finding?.reason).toBe(
      'Unexpected end of paragraph on `at`: the sentence is cut off mid-phrase, expected the rest of it and a full stop'
    )
    expect(finding?.place).toEqual({
      start: {line: 37, column: 64, offset: 4048},
      end: {line: 37, column: 66, offset: 4050}
    })
    expect(finding?.fatal).toBe(false)
    expect(finding?.category).toBe('Linguistic conventions/Punctuation')
  })

  it.each([
    ['Kyiv asked its allies for more tanks and', 'and'],
    ['The spokesman refused to comment on the', 'the'],
    ['Send your questions about the new rules to the press office at', 'at'],
    ['The batteries were seen on the roofs of several buildings in', 'in']
  ])('flags %j, cut mid-phrase', async (text, actual) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, undefined]])
  })

  it('flags a long body paragraph without terminal punctuation', async () => {
    const findings = await ruleFindings(id, longBody)
    expect(findings.map(brief)).toEqual([{at: '1:155', actual: 'capital', expected: undefined}])
    expect(findings[0]?.reason).toBe(
      'Unexpected end of paragraph after `capital` without terminal punctuation, expected `.`, `?`, `!` or `…`'
    )
  })

  it.each([
    // The seed article's headings, headlines and page furniture.
    'Russia is installing air defense systems in Moscow',
    'Fear of drone strikes',
    'Avoid being surprised',
    'Russian threats',
    'Read also',
    'Leave a Reply',
    'See also HuffPost:',
    'Ukraine war: Zelensky attacks Germany’s hesitation and promises to take back Crimea',
    'Ukraine: tension between the Wagner group and the Russian army? Moscow speaks after Soledar',
    'Your email address will not be published. Required fields are marked *',
    'You cannot view this content because:',
    // Short lines, stranded prepositions in headings, lists and captions.
    'Contact us at',
    'What are you waiting for',
    'Ten Things the Kremlin Does Not Want You to Know About',
    '- download the file and open it with the',
    '1. Read the terms of the contract and the',
    '  • By subscribing, you accept the terms of the',
    'Photo: AFP / Paul Gypteau (Illustrative photo)',
    // Long captions that end on their photo credit.
    'Firefighters work through the night to clear the road after the storm. The highway reopened at dawn, police said. Credit: AFP Photo',
    'Voters queue outside a polling station in the village hall on Monday. Turnout was higher than at the last election. THE CANADIAN PRESS/Jane Doe',
    'Voters queue outside a polling station in the village hall on Monday. Turnout was higher than at the last election. Jane Doe / REUTERS',
    // Terminated paragraphs, also behind closing quotes and brackets.
    'They are right to prepare so much in advance rather than waiting for the first blows. »',
    'He said: “We will stay.”',
    'The batteries were installed on the roofs (see the photo above).',
    'Is this just a show of muscle?',
    'He paused and then he said…',
    'The parser reads **one million files in under one second.**',
    // Markup and links are not prose.
    'Read the [guide](https://example.com/guide) and the [FAQ](https://example.com/faq) before you ask in the chat room of the project or on the forum of the',
    '| Option | Default | What it does for the |',
    'See https://example.com/a.b and https://example.com/c.d, then https://example.org/e.f for the rest of the story of the war in the east of Europe'
  ])('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('flags a sentence broken across a blank line, the next paragraph going on in lowercase', async () => {
    const text = 'A clean opening paragraph.\n\nThe mayor said the new bridge would open\n\nlate next year, after the tests.\n'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([{at: '3:37', actual: 'open', expected: undefined}])
    expect(findings[0]?.reason).toBe(
      'Unexpected end of paragraph after `open`: the sentence goes on in the next paragraph (`late next`), expected the two parts joined'
    )
    expect(findings[0]?.place).toEqual({
      start: {line: 3, column: 37, offset: 64},
      end: {line: 3, column: 41, offset: 68}
    })
  })

  it('reads a single line break as a paragraph break only next to a line of one whole paragraph', async () => {
    const long =
      'The council met for the third time this month and voted on the budget, the roads, the schools and the new tram line, which has been delayed by two years and now costs twice as much as planned, and the mayor said the new bridge would open'
    const findings = await ruleFindings(id, `${long}\nlate next year, after the tests.\n`)
    expect(findings.map(brief)).toEqual([{at: '1:234', actual: 'open', expected: undefined}])
    // Lines wrapped by hand, even in a text that has a long line elsewhere.
    const wrapped = `${long}.\n\nThe council met again.\nThe mayor said the new bridge would open\nlate next year, after the tests.\n`
    expect(await ruleFindings(id, wrapped)).toEqual([])
  })

  it('flags a paragraph that ends on a comma, from six words, in plain text', async () => {
    const text = 'The prefect of the Gironde announced on Monday evening,\n\nDear readers and friends,\n\nAll the best,\n'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([{at: '1:48', actual: 'evening', expected: undefined}])
    expect(findings[0]?.reason).toBe(
      'Unexpected end of paragraph on a comma after `evening`: the sentence is cut off, expected the rest of it and a full stop'
    )
    // In Markdown a comma may lead into a code block.
    const file = new VFile({path: 'notes.md', value: 'The prefect of the Gironde announced on Monday evening,\n\n```\ncode\n```\n'})
    await createProcessor().process(file)
    expect(file.messages.filter((message) => message.ruleId === id)).toEqual([])
  })

  it('flags a line of unwrapped text that ends mid-phrase or on a comma, as it does a paragraph', async () => {
    const long =
      'The council met for the third time this month and voted on the budget, the roads, the schools and the new tram line, which has been delayed by two long years and now costs twice as much as planned by the'
    const findings = await ruleFindings(id, `${long}\nMayor of the city left.\n${long.replace(/ by the$/, ' by all,')}\nThe prefect left.\n`)
    expect(findings.map(brief)).toEqual([
      {at: '1:201', actual: 'the', expected: undefined},
      {at: '3:201', actual: 'all', expected: undefined}
    ])
    expect(findings[0]?.reason).toBe(
      'Unexpected end of paragraph on `the`: the sentence is cut off mid-phrase, expected the rest of it and a full stop'
    )
    expect(findings[1]?.reason).toBe(
      'Unexpected end of paragraph on a comma after `all`: the sentence is cut off, expected the rest of it and a full stop'
    )
    // Lines wrapped by hand break anywhere: without a long line near the break, nothing.
    expect(await ruleFindings(id, 'The council voted on the budget and the\nroads, then left.\n')).toEqual([])
  })

  it.each([
    'The first part ends with a stop.\n\nthen a lowercase line follows it here.',
    'Why We Fight Back Home\n\nthe story of a war told by its soldiers.',
    'Install the package with\n\nnpm install postedit --save-dev',
    'The result is stored in\n\nconst value = compute(input)',
    'The list of options\n\n- first option here\n- second option here',
    'The options are the following\n\nLater paragraphs start with a capital.'
  ])('leaves %j alone (a stop, a heading, code, a list, a capital)', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('reports positions on multi-line input', async () => {
    const text = 'A clean paragraph.\n\nThe second paragraph is cut\nin the middle of its phrase by the\n\nA third one.\n'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([{at: '4:32', actual: 'the', expected: undefined}])
    expect(findings[0]?.place).toEqual({
      start: {line: 4, column: 32, offset: 79},
      end: {line: 4, column: 35, offset: 82}
    })
  })
})
